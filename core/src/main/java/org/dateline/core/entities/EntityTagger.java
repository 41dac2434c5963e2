package org.dateline.core.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Tags persons, organisations and places without a statistical model: it reads proper-noun chunks
 * (POS {@code NNP}/{@code NNPS}) and decides each one by, in order, the actor dictionaries' names,
 * a title or honorific before it ("Gen.", "President"), an organisation head word ("Ministry",
 * "Party"), a place head word ("Province", "Lake"), a known first name, the rule-based labels
 * already on it (CoreNLP's fine-grained gazetteer: CITY, COUNTRY...), what follows it (", a
 * spokesman", "said"), a place preposition before it ("in Hit"), and its shape (two or more
 * unknown capitalised words are a person; an acronym is an organisation). A second pass gives a
 * lone surname the label of the person named in full earlier in the document.
 *
 * <p>Labels the rules layer set for dates, numbers and the like are never changed; fine-grained
 * place and group labels may be, when the chunk they sit in is a person's or organisation's name
 * ("George Washington", "New York Times"). Immutable and thread-safe.
 */
public final class EntityTagger {
  public static final String PERSON = "PERSON";
  public static final String ORGANIZATION = "ORGANIZATION";
  public static final String LOCATION = "LOCATION";
  public static final String CITY = "CITY";
  private static final String O = "O";

  /** Rule labels a chunk may absorb: places, groups. Anything else non-O is left alone. */
  private static final Set<String> SOFT =
      Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY", "RELIGION", "IDEOLOGY", "LOCATION", "MISC");
  /** Lower-case particles inside names ("Osama bin Laden", "Ministry of Defence"). */
  private static final Set<String> NAME_PARTICLES = Set.of("bin", "ibn", "al", "el", "de", "van", "von", "da", "abu");

  private final EntityLexicon lexicon;

  public EntityTagger(EntityLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * The entity label of every token of a document.
   *
   * @param sentences the document's tokens with POS, lemmas and the rules layer's NER labels
   * @return one label per token, in the same shape
   */
  public List<List<String>> tag(List<List<Token>> sentences) {
    List<List<String>> labels = new ArrayList<>();
    List<List<Chunk>> undecided = new ArrayList<>();
    Set<String> surnames = new HashSet<>();
    for (List<Token> tokens : sentences) {
      List<String> out = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        out.add(t.ner());
      }
      List<Chunk> open = new ArrayList<>();
      for (Chunk c : chunks(tokens)) {
        // A lone word waits for the second pass: it may be the surname of a person named later
        // in this sentence or after it.
        String label = c.end - c.start == 1 ? null : decide(tokens, c);
        if (label == null) {
          open.add(c);
          continue;
        }
        c.apply(out, label);
        if (label.equals(PERSON)) {
          surnames.add(lower(tokens.get(c.end - 1).word()));
        }
      }
      labels.add(out);
      undecided.add(open);
    }
    // Second pass: "Kadir" after "Sarhad Kadir" is the same person, whatever the gazetteer says.
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s);
      for (Chunk c : undecided.get(s)) {
        String label =
            c.end - c.start == 1 && surnames.contains(lower(tokens.get(c.start).word()))
                ? PERSON
                : decide(tokens, c);
        if (label != null) {
          c.apply(labels.get(s), label);
        }
      }
    }
    return labels;
  }

  /** A run of proper-noun tokens {@code [start, end)}; {@code titled} when a title precedes it. */
  private record Chunk(int start, int end, boolean titled) {
    void apply(List<String> out, String label) {
      for (int i = start; i < end; i++) {
        out.set(i, label);
      }
    }
  }

  private List<Chunk> chunks(List<Token> tokens) {
    List<Chunk> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!proper(tokens.get(i)) || isTitle(tokens.get(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean titled = start > 0 && isTitle(tokens.get(start - 1));
      int end = i + 1;
      while (end < tokens.size()) {
        Token t = tokens.get(end);
        if (proper(t) && !isTitle(t)) {
          end++;
        } else {
          int joiners = joiners(tokens, start, end);
          if (joiners == 0) {
            break;
          }
          end += joiners + 1;
        }
      }
      out.add(new Chunk(start, end, titled));
      i = end;
    }
    return out;
  }

  /**
   * How many tokens from {@code at} join the name begun at {@code start} to a proper noun after
   * them ("al - Baghdadi", the tokenizer splits the hyphen; "bin Laden"; "Ministry of Defence"),
   * or 0.
   */
  private int joiners(List<Token> tokens, int start, int at) {
    String w = lower(tokens.get(at).word());
    boolean nextProper = at + 1 < tokens.size() && proper(tokens.get(at + 1));
    if (NAME_PARTICLES.contains(w) && at + 2 < tokens.size() && tokens.get(at + 1).word().equals("-")
        && proper(tokens.get(at + 2))) {
      return 2;
    }
    if (!nextProper) {
      return 0;
    }
    return joins(tokens, start, at) ? 1 : 0;
  }

  private boolean joins(List<Token> tokens, int start, int at) {
    String w = lower(tokens.get(at).word());
    if (NAME_PARTICLES.contains(w) || w.equals("-")) {
      return true;
    }
    if (w.equals("of") || w.equals("for")) {
      for (int i = start; i < at; i++) {
        String x = lower(tokens.get(i).word());
        if (lexicon.orgHeads().contains(x) || lexicon.placeHeads().contains(x)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The chunk's label, or null to keep the rules layer's labels. */
  private @Nullable String decide(List<Token> tokens, Chunk c) {
    int n = c.end - c.start;
    String first = lower(tokens.get(c.start).word());
    String last = lower(tokens.get(c.end - 1).word());
    String known = lexicon.knownNames().get(key(tokens, c));
    if (known != null) {
      return known;
    }
    if (c.titled) {
      return PERSON;
    }
    for (int i = c.start; i < c.end; i++) {
      String w = lower(tokens.get(i).word());
      boolean followedByOf = i + 1 < c.end && lower(tokens.get(i + 1).word()).equals("of");
      if (lexicon.orgHeads().contains(w) && (i == c.end - 1 || followedByOf) && (n > 1 || i > c.start)) {
        return ORGANIZATION;
      }
    }
    if (n > 1 && (lexicon.placeHeads().contains(last) || lexicon.placeHeads().contains(first))) {
      return LOCATION;
    }
    if (n == 1 && lexicon.orgHeads().contains(first)) {
      return ORGANIZATION; // names that are their own head: "Reuters", "Congress"
    }
    if (n > 1 && lexicon.firstNames().containsKey(first) && !NAME_PARTICLES.contains(first)) {
      return PERSON;
    }
    if (sameRuleLabel(tokens, c)) {
      return null;
    }
    if (speaks(tokens, c.end) || (n > 1 && apposition(tokens, c.end))) {
      return PERSON;
    }
    boolean city = !hasRuleLabel(tokens, c) && lexicon.cities().contains(key(tokens, c));
    if (city) {
      return CITY; // the gazetteer's CITY rule only relabels what a model called a place
    }
    if (c.start > 0 && lexicon.placePrepositions().contains(lower(tokens.get(c.start - 1).word()))
        && !hasRuleLabel(tokens, c)) {
      return LOCATION;
    }
    if (n > 1 && !lastHasPlaceLabel(tokens, c)) {
      return PERSON;
    }
    if (n == 1 && acronym(tokens.get(c.start).word())) {
      return ORGANIZATION;
    }
    return null;
  }

  private boolean proper(Token t) {
    if (!(t.pos().equals("NNP") || t.pos().equals("NNPS"))) {
      return false;
    }
    String ner = t.ner();
    return ner.equals(O) || SOFT.contains(ner) || ner.equals("TITLE");
  }

  private boolean isTitle(Token t) {
    return t.ner().equals("TITLE") || lexicon.honorifics().contains(lower(t.word()));
  }

  /** "said", "told"... right after the name (a comma-free lemma match). */
  private boolean speaks(List<Token> tokens, int after) {
    return after < tokens.size() && lexicon.speechVerbs().contains(lower(tokens.get(after).lemma()))
        && tokens.get(after).pos().startsWith("VB");
  }

  /** ", a spokesman", ", who", ", the head of": a description of a person follows. */
  private static boolean apposition(List<Token> tokens, int after) {
    if (after + 1 >= tokens.size() || !tokens.get(after).word().equals(",")) {
      return false;
    }
    String next = lower(tokens.get(after + 1).word());
    return next.equals("who") || next.equals("a") || next.equals("an")
        || tokens.get(after + 1).ner().equals("TITLE");
  }

  private static boolean sameRuleLabel(List<Token> tokens, Chunk c) {
    String label = tokens.get(c.start).ner();
    if (label.equals(O)) {
      return false;
    }
    for (int i = c.start + 1; i < c.end; i++) {
      if (!tokens.get(i).ner().equals(label)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasRuleLabel(List<Token> tokens, Chunk c) {
    for (int i = c.start; i < c.end; i++) {
      if (!tokens.get(i).ner().equals(O)) {
        return true;
      }
    }
    return false;
  }

  private static boolean lastHasPlaceLabel(List<Token> tokens, Chunk c) {
    String ner = tokens.get(c.end - 1).ner();
    return ner.equals("CITY") || ner.equals("COUNTRY") || ner.equals("STATE_OR_PROVINCE");
  }

  private static boolean acronym(String w) {
    String letters = w.replace(".", "");
    return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
  }

  private static String key(List<Token> tokens, Chunk c) {
    StringBuilder sb = new StringBuilder();
    for (int i = c.start; i < c.end; i++) {
      if (i > c.start) {
        sb.append(' ');
      }
      sb.append(lower(tokens.get(i).word()));
    }
    return sb.toString();
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
