package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable in-memory gazetteer: GeoNames places, admin units and countries, looked up by
 * {@link NameNormalizer#key normalised name}. Built by {@link GazetteerBuilder}, stored and loaded
 * by {@link GazetteerFile}. Column arrays keep ~250k entries and ~1M names in well under 300 MB.
 * Thread-safe: nothing changes after construction.
 */
public final class Gazetteer {
  /**
   * A lookup hit: the entry, whether the query matched one of its own names (vs an alias), and
   * whether that name is another source's main name for it ("Venice" for GeoNames' Venezia).
   */
  public record Candidate(int index, GeoEntry entry, boolean primaryName, boolean otherOwnName) {
    /**
     * Whether the name looked up, as a {@link NameNormalizer#key}, is one of this entry's own
     * names, not an alias or the plain form of a longer name ("Washington" for Washington, D. C.).
     */
    boolean ownName(String key) {
      return primaryName && (otherOwnName || NameNormalizer.key(entry.name()).equals(key));
    }
  }

  /** A posting: entry {@code index}, found by one of its own names or another source's one. */
  static int posting(int index, boolean ownName, boolean otherSource) {
    return index * 4 + (ownName ? 1 : 0) + (otherSource ? 2 : 0);
  }

  /** The entry index of a posting. */
  static int postingEntry(int posting) {
    return posting >>> 2;
  }

  /** A country as known to the gazetteer. */
  public record Country(String iso2, String iso3, String name, int entryIndex) {}

  /** The entries' columns, indexed by entry. */
  final EntryColumns entries;
  final Map<String, String> admin1Names;
  final Map<String, String> admin2Names;
  final Map<String, Country> countryByIso2;
  /** demonym key → ISO2 ("iraqi" → "IQ"). */
  final Map<String, String> demonyms;
  final String[] keys;
  final int[] postingStarts;
  /**
   * entry index * 4 + 1 if the key is one of the entry's own names + 2 if that name is another
   * source's main name for it ("Venice" for Venezia), not its primary one.
   */
  final int[] postings;

  Gazetteer(EntryColumns cols, Map<String, String> admin1Names, Map<String, String> admin2Names,
      Map<String, Country> countryByIso2, Map<String, String> demonyms, String[] keys,
      int[] postingStarts, int[] postings) {
    if (postingStarts.length != keys.length + 1) {
      throw new IllegalArgumentException("gazetteer posting table does not match its keys");
    }
    this.entries = cols;
    this.admin1Names = Map.copyOf(admin1Names);
    this.admin2Names = Map.copyOf(admin2Names);
    this.countryByIso2 = Map.copyOf(countryByIso2);
    this.demonyms = Map.copyOf(demonyms);
    this.keys = keys;
    this.postingStarts = postingStarts;
    this.postings = postings;
  }

  /** Number of entries. */
  public int size() {
    return entries.size();
  }

  /** Number of distinct lookup keys. */
  public int nameCount() {
    return keys.length;
  }

  /** The entry at {@code index} (0 ≤ index < size). */
  public GeoEntry entry(int index) {
    Objects.checkIndex(index, entries.size());
    EntryColumns e = entries;
    String cc = e.countries[index];
    Country c = countryByIso2.get(cc);
    String a1 = e.admin1Codes[index];
    String a1Name = a1.isEmpty() ? "" : admin1Names.getOrDefault(cc + "." + a1, "");
    String a2 = e.admin2Codes[index];
    String a2Name = a2.isEmpty() ? "" : admin2Names.getOrDefault(cc + "." + a1 + "." + a2, "");
    return new GeoEntry(e.ids[index], e.names[index], e.lats[index], e.lons[index],
        e.featureClasses[index], e.featureCodes[index], cc, c == null ? "" : c.iso3(), a1, a1Name,
        a2Name, e.populations[index]);
  }

  /**
   * Every entry whose primary name or an alias has the same {@link NameNormalizer#key key}. A name
   * with a unit word ("Kirkuk province", "Al Anbar Governorate") also finds the admin units of the
   * bare name, and only those when the full name finds nothing.
   */
  public List<Candidate> lookup(String name) {
    List<Candidate> out = new ArrayList<>(lookupKey(name));
    String bare = GazetteerBuilder.ADMIN_WORDS.matcher(name.trim()).replaceAll("");
    if (!bare.equals(name.trim()) && !bare.isBlank()) {
      for (Candidate c : lookupKey(bare)) {
        GeoEntry.Level l = c.entry().level();
        if ((l == GeoEntry.Level.ADMIN1 || l == GeoEntry.Level.ADMIN2)
            && out.stream().noneMatch(o -> o.index() == c.index())) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private List<Candidate> lookupKey(String name) {
    String key = NameNormalizer.key(name);
    if (key.isEmpty()) {
      return List.of();
    }
    int k = Arrays.binarySearch(keys, key);
    if (k < 0) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>(postingStarts[k + 1] - postingStarts[k]);
    for (int p = postingStarts[k]; p < postingStarts[k + 1]; p++) {
      int idx = postingEntry(postings[p]);
      GeoEntry e = entry(idx);
      boolean other = (postings[p] & 2) != 0;
      out.add(new Candidate(idx, e, (postings[p] & 1) == 1 || qualifiedForm(e.name(), key),
          other));
    }
    return out;
  }

  /**
   * "New York City" and "Washington, D. C." are the plain names with a qualifier that only tells
   * them apart from the state: the plain name is as much theirs as the state's.
   */
  private static boolean qualifiedForm(String primary, String key) {
    int comma = primary.indexOf(',');
    String head = comma > 0 ? primary.substring(0, comma)
        : primary.endsWith(" City") ? primary.substring(0, primary.length() - 5) : null;
    return head != null && NameNormalizer.key(head).equals(key);
  }

  /** True when some entry answers to this name. */
  public boolean contains(String name) {
    String key = NameNormalizer.key(name);
    return !key.isEmpty() && Arrays.binarySearch(keys, key) >= 0;
  }

  /** The country with this ISO 3166 alpha-2 code. */
  public Optional<Country> country(String iso2) {
    return Optional.ofNullable(countryByIso2.get(iso2));
  }

  /** The country a demonym names ("Iraqi", "Iraqis" → IQ), if it is one. */
  public Optional<Country> countryOfDemonym(String word) {
    String key = NameNormalizer.normalize(word);
    String iso2 = demonyms.get(key);
    if (iso2 == null && key.endsWith("s")) {
      iso2 = demonyms.get(key.substring(0, key.length() - 1));
    }
    return iso2 == null ? Optional.empty() : country(iso2);
  }

  /** True when the word is a demonym of a country or a people (see {@link Demonyms}). */
  public boolean isDemonym(String word) {
    return countryOfDemonym(word).isPresent() || Demonyms.isPeople(word);
  }
}
