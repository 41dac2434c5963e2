package org.dateline.core.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CorefChain;
import org.dateline.core.model.CorefMention;
import org.dateline.core.model.Dateline;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Turns the head token of a source noun phrase into a {@link Source}: its extent, name (through
 * coreference for pronouns), apposition, place, count, age and affiliations. Stateless apart from
 * its lexicon; thread-safe.
 */
final class SourceResolver {
  private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "amod", "nummod", "det");
  private static final Set<String> PLACE_RELATIONS = Set.of("nmod", "obl");
  private final ClaimLexicon lexicon;

  SourceResolver(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The source whose head is token {@code head} of the tree's sentence.
   *
   * @param reportingCue the cue lemma, to tell an outlet ("reports") from another organisation
   */
  Source resolve(AnnotatedDocument doc, ParseTree tree, int head, String reportingCue) {
    String text = doc.article().text();
    int sentence = tree.sentence().index();
    Set<Integer> noClauses = new HashSet<>();
    for (int c : tree.children(head, Set.of("acl", "parataxis", "ccomp", "advcl", "case"))) {
      noClauses.add(c);
    }
    Span whole = tree.span(tree.subtree(head, noClauses));
    if (whole == null) {
      whole = tree.token(head).span();
    }
    int nameHead = head;
    Phrase description = null;
    Count age = null;
    for (int c : tree.children(head, Set.of("appos", "amod", "nummod"))) {
      OptionalInt n = Numbers.parse(tree.word(c));
      boolean commaBefore = c > 0 && tree.pos(c - 1).equals(",");
      if (tree.pos(c).equals("CD") && n.isPresent() && commaBefore && n.getAsInt() < 120) {
        age = new Count(n.getAsInt(), tree.token(c).span());
      } else if (tree.relationIs(c, "appos")) {
        Span appos = tree.span(tree.subtree(c, Set.of()));
        if (appos == null) {
          continue;
        }
        if (isPerson(tree, c) && !isPerson(tree, head)) {
          // "Another resident, Sana Ibrahim": the name is in apposition, the head describes.
          Span headSpan = tree.span(nameTokens(tree, head));
          description = headSpan == null ? null : Phrase.of(text, headSpan);
          nameHead = c;
        } else if (description == null) {
          description = Phrase.of(text, appos);
        }
      }
    }
    Span nameSpan = tree.span(nameTokens(tree, nameHead));
    Phrase name = nameSpan == null ? null : Phrase.of(text, nameSpan);
    SourceKind kind = kindOf(doc, tree, nameHead, reportingCue);
    if (tree.pos(head).startsWith("PRP") || tree.pos(head).equals("WP")) {
      Phrase resolved = throughCoref(doc, sentence, tree.token(head).span());
      if (resolved != null) {
        name = resolved;
        kind = kindOfPhrase(doc, resolved);
      }
    } else if (kind != SourceKind.PERSON && tree.isNoun(head) && !tree.pos(head).startsWith("NNP")) {
      Phrase resolved = throughCoref(doc, sentence, tree.token(head).span());
      if (resolved != null && kindOfPhrase(doc, resolved) != SourceKind.OTHER) {
        name = resolved;
      }
    }
    Count count = null;
    for (int c : tree.children(nameHead, Set.of("nummod"))) {
      OptionalInt n = Numbers.parse(tree.word(c));
      if (n.isPresent()) {
        count = new Count(n.getAsInt(), tree.token(c).span());
      }
    }
    Phrase place = place(doc, tree, head, whole, nameSpan);
    List<Phrase> affiliations = affiliations(doc, tree, whole);
    return new Source(
        whole.of(text), whole, kind, name, description, place, count, age, affiliations, null);
  }

  /** The article's own source: its dateline agency, else its {@code source} field. */
  static Source articleSource(Article article) {
    Dateline d = article.dateline();
    if (d != null && d.agency() != null && d.agencySpan() != null) {
      return new Source(
          d.agency(), d.agencySpan(), SourceKind.ARTICLE, new Phrase(d.agencySpan(), d.agency()),
          null, null, null, null, List.of(), null);
    }
    String name = article.source() == null ? "article" : article.source();
    return new Source(name, null, SourceKind.ARTICLE, null, null, null, null, null, List.of(), null);
  }

  private static List<Integer> nameTokens(ParseTree tree, int head) {
    List<Integer> out = new ArrayList<>();
    out.add(head);
    for (int c : tree.children(head, NAME_PARTS)) {
      out.addAll(tree.subtree(c, Set.of()));
    }
    for (int c : tree.children(head, Set.of("punct"))) {
      if (tree.pos(c).equals("HYPH")) {
        out.add(c);
      }
    }
    out.sort(Integer::compare);
    // Keep only the contiguous run around the head: "Two US defense officials".
    List<Integer> run = new ArrayList<>();
    int at = out.indexOf(head);
    int lo = at;
    while (lo > 0 && out.get(lo - 1) == out.get(lo) - 1) {
      lo--;
    }
    int hi = at;
    while (hi < out.size() - 1 && out.get(hi + 1) == out.get(hi) + 1) {
      hi++;
    }
    for (int i = lo; i <= hi; i++) {
      run.add(out.get(i));
    }
    return run;
  }

  private static boolean isPerson(ParseTree tree, int i) {
    return tree.token(i).ner().equals("PERSON");
  }

  private SourceKind kindOf(AnnotatedDocument doc, ParseTree tree, int head, String cue) {
    String ner = tree.token(head).ner();
    String word = tree.word(head);
    String lemma = tree.lemma(head);
    if (ner.equals("PERSON")) {
      return SourceKind.PERSON;
    }
    if (lexicon.outlets().contains(word) && (tree.pos(head).startsWith("NNP") || cue.equals("report"))) {
      return SourceKind.OUTLET;
    }
    if (ner.equals("ORGANIZATION")) {
      return cue.equals("report") || isOutletName(doc, tree, head)
          ? SourceKind.OUTLET
          : SourceKind.ORGANIZATION;
    }
    if (EntityKind.ofLabel(ner) == EntityKind.LOCATION) {
      return SourceKind.ORGANIZATION;
    }
    if (lexicon.documents().contains(lemma)) {
      return SourceKind.DOCUMENT;
    }
    if (tree.pos(head).equals("NNS") || tree.pos(head).equals("NNPS")) {
      return SourceKind.GROUP;
    }
    if (tree.pos(head).startsWith("NN")) {
      return tree.pos(head).equals("NNP") && cue.equals("report") ? SourceKind.OUTLET : SourceKind.PERSON;
    }
    return SourceKind.OTHER;
  }

  private boolean isOutletName(AnnotatedDocument doc, ParseTree tree, int head) {
    for (EntityMention e : doc.entities()) {
      if (e.sentence() == tree.sentence().index() && e.firstToken() <= head && head < e.endToken()) {
        for (String w : e.text().toLowerCase(java.util.Locale.ROOT).split("[\\s.]+")) {
          if (lexicon.outlets().contains(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static SourceKind kindOfPhrase(AnnotatedDocument doc, Phrase p) {
    for (EntityMention e : doc.entities()) {
      if (p.span().contains(e.span())) {
        if (e.kind() == EntityKind.PERSON) {
          return SourceKind.PERSON;
        }
        if (e.kind() == EntityKind.ORGANIZATION || e.kind() == EntityKind.LOCATION) {
          return SourceKind.ORGANIZATION;
        }
      }
    }
    return SourceKind.OTHER;
  }

  /** The representative mention of the coreference chain holding the mention at {@code span}. */
  private static @Nullable Phrase throughCoref(AnnotatedDocument doc, int sentence, Span span) {
    for (CorefChain chain : doc.corefChains()) {
      for (CorefMention m : chain.mentions()) {
        if (m.sentence() == sentence && m.span().contains(span) && m.span().length() - span.length() < 3) {
          CorefMention rep = chain.representativeMention();
          if (rep == m) {
            return null;
          }
          return shortName(doc, rep);
        }
      }
    }
    return null;
  }

  /**
   * A representative may be long ("the organization's leader, Abu Bakr al-Baghdadi, in which he
   * ..."): prefer the person or organisation named inside it.
   */
  private static Phrase shortName(AnnotatedDocument doc, CorefMention rep) {
    for (EntityMention e : doc.entities()) {
      if (rep.span().contains(e.span())
          && (e.kind() == EntityKind.PERSON || e.kind() == EntityKind.ORGANIZATION)) {
        return new Phrase(e.span(), e.text());
      }
    }
    return Phrase.of(doc.article().text(), rep.span());
  }

  private static @Nullable Phrase place(
      AnnotatedDocument doc, ParseTree tree, int head, Span whole, @Nullable Span name) {
    String text = doc.article().text();
    List<Integer> heads = new ArrayList<>();
    heads.add(head);
    heads.addAll(tree.children(head, Set.of("appos")));
    for (int h : heads) {
      for (int c : tree.children(h, PLACE_RELATIONS)) {
        List<Integer> sub = tree.subtree(c, Set.of());
        for (int t : sub) {
          if (EntityKind.ofLabel(tree.token(t).ner()) == EntityKind.LOCATION) {
            List<Integer> withoutCase = new ArrayList<>();
            for (int s : sub) {
              if (!tree.relationIs(s, "case") || tree.parent(s) != c) {
                withoutCase.add(s);
              }
            }
            Span sp = tree.span(withoutCase);
            return sp == null ? null : Phrase.of(text, sp);
          }
        }
      }
    }
    for (EntityMention e : doc.entities()) {
      if (whole.contains(e.span()) && e.kind() == EntityKind.LOCATION
          && !tree.token(head).span().overlaps(e.span())
          && (name == null || !name.overlaps(e.span()))) {
        return new Phrase(e.span(), e.text());
      }
    }
    return null;
  }

  private List<Phrase> affiliations(AnnotatedDocument doc, ParseTree tree, Span whole) {
    String text = doc.article().text();
    List<Phrase> out = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      Span s = tree.token(i).span();
      if (!whole.contains(s)) {
        continue;
      }
      String ner = tree.token(i).ner();
      boolean group = ner.equals("NATIONALITY") || ner.equals("COUNTRY") || ner.equals("RELIGION");
      boolean sector = lexicon.sectors().contains(tree.word(i)) && !tree.pos(i).startsWith("NNP");
      if (group || sector) {
        out.add(Phrase.of(text, s));
      }
    }
    return out;
  }
}
