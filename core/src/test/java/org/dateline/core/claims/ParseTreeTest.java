package org.dateline.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;
import org.junit.jupiter.api.Test;

class ParseTreeTest {
  /** "Mitchell , who served , said Clinton called ." with CoreNLP's enhanced edges in its order. */
  private static Sentence mitchellSaid() {
    String[] words = {"Mitchell", ",", "who", "served", ",", "said", "Clinton", "called", "."};
    String[] pos = {"NNP", ",", "WP", "VBD", ",", "VBD", "NNP", "VBD", "."};
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, new Span(at, at + words[i].length()), words[i], pos[i],
          words[i].toLowerCase(), "O"));
      at += words[i].length() + 1;
    }
    List<Dependency> deps = List.of(
        // The relative clause's copy of the subject edge comes first.
        new Dependency("nsubj", 3, 0),
        new Dependency("nsubj", 5, 0),
        new Dependency("ref", 0, 2),
        new Dependency("acl:relcl", 0, 3),
        new Dependency("root", Dependency.ROOT, 5),
        new Dependency("nsubj", 7, 6),
        new Dependency("ccomp", 5, 7));
    return new Sentence(0, new Span(0, at - 1), tokens, deps);
  }

  @Test
  void antecedentOfARelativeClauseStaysTheSubjectOfTheMainVerb() {
    ParseTree tree = new ParseTree(mitchellSaid());
    assertThat(tree.children(5, java.util.Set.of("nsubj"))).containsExactly(0);
    assertThat(tree.parent(3)).isEqualTo(0);
    assertThat(tree.relation(3)).isEqualTo("acl:relcl");
  }
}
