package org.dateline.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.core.model.Span;
import org.junit.jupiter.api.Test;

class ContradictionsTest {
  private static Source source(String name, int at) {
    return new Source(name, new Span(at, at + name.length()), SourceKind.GROUP, null, null, null,
        null, null, List.of(), null);
  }

  private static Claim claim(String source, int at, ClaimStatus status, Integer count) {
    return new Claim(new Span(at, at + 3), 0, source(source, at + 10), null, status, null,
        count == null ? null : new Count(count, new Span(at, at + 1)));
  }

  private final Contradictions contradictions = new Contradictions();

  @Test
  void assertedAgainstDeniedIsFlagged() {
    Claim a = claim("Security officials", 0, ClaimStatus.REPORTED, null);
    Claim b = claim("US defense officials", 100, ClaimStatus.NEGATED, null);
    List<Disagreement> found = contradictions.among(List.of(a, b));
    assertThat(found).hasSize(1);
    Disagreement d = found.get(0);
    assertThat(d.kind()).isEqualTo(Disagreement.Kind.ASSERTED_VS_DENIED);
    assertThat(d.first()).isSameAs(a);
    assertThat(d.second()).isSameAs(b);
    assertThat(d.explanation())
        .isEqualTo("reported by Security officials vs denied by US defense officials");
  }

  @Test
  void differentCountsAreADisagreementWithBothFigures() {
    Claim a = claim("police", 0, ClaimStatus.REPORTED, 2);
    Claim b = claim("medics", 50, ClaimStatus.ASSERTED, 5);
    List<Disagreement> found = contradictions.among(List.of(a, b));
    assertThat(found).extracting(Disagreement::kind).containsExactly(Disagreement.Kind.COUNT);
    assertThat(found.get(0).explanation()).isEqualTo("police gives 2, medics gives 5");
  }

  @Test
  void agreeingOrHypotheticalClaimsAreNotContradictions() {
    Claim a = claim("police", 0, ClaimStatus.REPORTED, 2);
    Claim same = claim("medics", 50, ClaimStatus.ASSERTED, 2);
    Claim hypothetical = claim("analysts", 90, ClaimStatus.HYPOTHETICAL, null);
    Claim denied = claim("army", 120, ClaimStatus.NEGATED, null);
    assertThat(contradictions.among(List.of(a, same))).isEmpty();
    assertThat(contradictions.among(List.of(hypothetical, denied))).isEmpty();
    assertThat(contradictions.among(List.of())).isEmpty();
  }
}
