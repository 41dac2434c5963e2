package org.dateline.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.core.events.EventDate;
import org.junit.jupiter.api.Test;

class EventClustererTest {
  static final EventSignature.PlaceRef MOSUL =
      new EventSignature.PlaceRef("geonames:99072", "IRQ", 36.34, 43.13, EventSignature.PlaceRef.Precision.CITY);
  static final EventSignature.PlaceRef BASRA =
      new EventSignature.PlaceRef("geonames:99532", "IRQ", 30.51, 47.78, EventSignature.PlaceRef.Precision.CITY);
  static final EventSignature.PlaceRef IRAQ =
      new EventSignature.PlaceRef("geonames:99237", "IRQ", 33.0, 44.0, EventSignature.PlaceRef.Precision.COUNTRY);

  static EventSignature sig(String id, String article, String source, String type, String lemma, EventSignature.PlaceRef place,
      String date, String sentence) {
    return new EventSignature(id, article, source, type, "190", lemma, Set.of("IRQMIL"), Set.of("iraqi army"), place,
        EventSignature.DateRef.parse(date, EventDate.Precision.DAY, false), sentence, sentence);
  }

  /** Two happenings (a Mosul air strike, a Basra protest) reported by three outlets. */
  static List<EventSignature> toy() {
    return List.of(
        sig("a:1", "a", "Reuters", "ASSAULT", "strike", MOSUL, "2024-03-04", "Iraqi jets struck Islamic State positions in Mosul on Monday."),
        sig("a:2", "a", "Reuters", "PROTEST", "protest", BASRA, "2024-03-05", "Thousands protested in Basra over power cuts."),
        sig("b:1", "b", "AP", "ASSAULT", "strike", MOSUL, "2024-03-04", "Iraqi warplanes struck militant positions near Mosul."),
        sig("c:1", "c", "AFP", "PROTEST", "protest", BASRA, "2024-03-05", "Protesters in Basra protested power cuts for a third day."),
        sig("c:2", "c", "AFP", "ASSAULT", "strike", IRAQ, "2024-03-04", "Iraqi jets struck positions of the Islamic State group."));
  }

  static Set<Set<String>> partition(List<EventCluster> clusters) {
    Set<Set<String>> out = new java.util.HashSet<>();
    for (EventCluster c : clusters) {
      Set<String> ids = new TreeSet<>();
      c.members().forEach(m -> ids.add(m.eventId()));
      out.add(ids);
    }
    return out;
  }

  @Test
  void reportsOfOneHappeningFromThreeOutletsFormOneCluster() {
    List<EventCluster> clusters = new EventClusterer().cluster(toy());
    assertThat(partition(clusters)).containsExactlyInAnyOrder(Set.of("a:1", "b:1", "c:2"), Set.of("a:2", "c:1"));
    EventCluster strike = clusters.stream().filter(c -> c.members().size() == 3).findFirst().orElseThrow();
    assertThat(strike.sourceCount()).isEqualTo(3);
    assertThat(strike.id()).isEqualTo("cluster:a:1");
  }

  @Test
  void incrementalJoinGivesTheSameClustersAsBatch() {
    EventClusterer clusterer = new EventClusterer();
    List<EventSignature> all = toy();
    // article by article, each time passing only the clusters under the new events' candidate keys
    Map<String, EventCluster> store = new java.util.LinkedHashMap<>();
    for (String article : List.of("a", "b", "c")) {
      List<EventSignature> batch = all.stream().filter(s -> s.articleId().equals(article)).toList();
      Set<String> keys = new java.util.HashSet<>();
      batch.forEach(s -> keys.addAll(EventClusterer.candidateKeys(s)));
      List<EventCluster> candidates = new ArrayList<>();
      for (EventCluster c : store.values()) {
        if (c.members().stream().anyMatch(m -> keys.contains(EventClusterer.blockingKey(m)))) {
          candidates.add(c);
        }
      }
      EventClusterer.Assignment a = clusterer.assign(batch, candidates);
      a.changed().forEach(c -> store.put(c.id(), c));
      assertThat(a.clusterOf().keySet()).containsExactlyInAnyOrderElementsOf(batch.stream().map(EventSignature::eventId).toList());
    }
    // batch order: by article, as the incremental run saw them
    List<EventSignature> ordered = new ArrayList<>();
    for (String article : List.of("a", "b", "c")) {
      all.stream().filter(s -> s.articleId().equals(article)).forEach(ordered::add);
    }
    assertThat(partition(new ArrayList<>(store.values()))).isEqualTo(partition(clusterer.cluster(ordered)));
  }

  @Test
  void assignReturnsOnlyChangedClusters() {
    EventClusterer clusterer = new EventClusterer();
    List<EventCluster> first = clusterer.cluster(toy().subList(0, 2));
    EventSignature late = sig("d:1", "d", "BBC", "ASSAULT", "strike", MOSUL, "2024-03-04", "Jets struck Islamic State in Mosul.");
    EventClusterer.Assignment a = clusterer.assign(List.of(late), first);
    assertThat(a.changed()).hasSize(1);
    assertThat(a.changed().get(0).id()).isEqualTo("cluster:a:1");
    assertThat(a.changed().get(0).members()).hasSize(2);
    assertThat(a.clusterOf()).containsEntry("d:1", "cluster:a:1");
  }

  @Test
  void datesBeyondTheirPrecisionsWindowNeverCluster() {
    EventSignature monday = sig("a:1", "a", "Reuters", "ASSAULT", "strike", MOSUL, "2024-03-04", "Jets struck Mosul.");
    EventSignature later = sig("b:1", "b", "AP", "ASSAULT", "strike", MOSUL, "2024-03-20", "Jets struck Mosul.");
    assertThat(new EventClusterer().cluster(List.of(monday, later))).hasSize(2);
    // "in March" (month precision) covers both
    EventSignature march = new EventSignature("c:1", "c", "AFP", "ASSAULT", "190", "strike", Set.of(), Set.of(), MOSUL,
        EventSignature.DateRef.parse("2024-03", EventDate.Precision.MONTH, false), "Jets struck Mosul.", "Jets struck Mosul.");
    assertThat(PairScore.datesCompatible(monday.date(), march.date())).isTrue();
    assertThat(PairScore.datesCompatible(later.date(), march.date())).isTrue();
  }

  @Test
  void placeToleranceFollowsPrecision() {
    // Mosul and Basra are ~570 km apart: two cities, but both inside Iraq
    assertThat(PairScore.placesCompatible(MOSUL, BASRA)).isFalse();
    assertThat(PairScore.placesCompatible(MOSUL, IRAQ)).isTrue();
    assertThat(PairScore.placesCompatible(BASRA, IRAQ)).isTrue();
  }

  @Test
  void typesOfDifferentQuadClassesNeverCluster() {
    EventSignature strike = sig("a:1", "a", "Reuters", "ASSAULT", "strike", MOSUL, "2024-03-04", "Workers strike in Mosul.");
    EventSignature walkout = sig("b:1", "b", "AP", "PROTEST", "strike", MOSUL, "2024-03-04", "Workers strike in Mosul.");
    EventSignature talks = sig("c:1", "c", "AFP", "CONSULT", "strike", MOSUL, "2024-03-04", "Workers strike in Mosul.");
    assertThat(PairScore.typesCompatible(strike, walkout)).isTrue(); // both material conflict
    assertThat(PairScore.typesCompatible(strike, talks)).isFalse();
    assertThat(PairScore.typesCompatible(strike, sig("d:1", "d", "BBC", "COERCE", "strike", MOSUL, "2024-03-04", "x"))).isTrue();
    assertThat(new EventClusterer().cluster(List.of(strike, talks))).hasSize(2);
  }

  @Test
  void consensusKeepsTheMinorityValues() {
    EventSignature a = sig("a:1", "a", "Reuters", "ASSAULT", "strike", MOSUL, "2024-03-04", "x");
    EventSignature b = sig("b:1", "b", "AP", "ASSAULT", "strike", IRAQ, "2024-03-04", "x");
    EventSignature c = sig("c:1", "c", "AFP", "COERCE", "strike", MOSUL, "2024-03-05", "x");
    Consensus k = new EventCluster("cluster:a:1", List.of(a, b, c)).consensus();
    assertThat(k.type()).isEqualTo("ASSAULT");
    assertThat(k.typeVotes()).containsEntry("ASSAULT", 2).containsEntry("COERCE", 1);
    assertThat(k.place()).isEqualTo(MOSUL);
    assertThat(k.date().start()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(k.actors()).containsExactly("IRQMIL");
    assertThat(k.disagreements()).containsExactly("type", "place", "date");
  }

  @Test
  void oneOutletRepeatingItselfVotesOnce() {
    EventSignature a1 = sig("a:1", "a", "Reuters", "COERCE", "strike", MOSUL, "2024-03-04", "x");
    EventSignature a2 = sig("a:2", "a", "Reuters", "COERCE", "strike", MOSUL, "2024-03-04", "x");
    EventSignature a3 = sig("a:3", "a2", "Reuters", "COERCE", "strike", MOSUL, "2024-03-04", "x");
    EventSignature b = sig("b:1", "b", "AP", "ASSAULT", "strike", MOSUL, "2024-03-04", "x");
    EventSignature c = sig("c:1", "c", "AFP", "ASSAULT", "strike", MOSUL, "2024-03-04", "x");
    EventCluster cluster = new EventCluster("cluster:a:1", List.of(a1, a2, a3, b, c));
    assertThat(cluster.consensus().type()).isEqualTo("ASSAULT");
    assertThat(cluster.sourceCount()).isEqualTo(3);
    assertThat(cluster.articleCount()).isEqualTo(4);
  }

  @Test
  void anEventCannotBeAssignedTwice() {
    EventClusterer clusterer = new EventClusterer();
    List<EventCluster> clusters = clusterer.cluster(toy());
    assertThatThrownBy(() -> clusterer.assign(List.of(toy().get(0)), clusters))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a:1");
  }

  @Test
  void stemsJoinInflections() {
    assertThat(Terms.stem("arrested")).isEqualTo(Terms.stem("arrest"));
    assertThat(Terms.stem("shootings")).isEqualTo(Terms.stem("shooting"));
    assertThat(Terms.stem("protests")).isEqualTo(Terms.stem("protested"));
    assertThat(Terms.of("The police said the man was arrested")).containsExactly("polic", "man", Terms.stem("arrest"));
  }
  @Test
  void aNewClusterNeverTakesTheIdOfACandidate() {
    // a recoded article's event whose old cluster lives on with another article's member
    EventSignature other = sig("b:1", "b", "AP", "ASSAULT", "strike", MOSUL, "2024-03-04", "Jets struck Mosul.");
    EventCluster survivor = new EventCluster("cluster:a:1", List.of(other));
    EventSignature recoded = sig("a:1", "a", "Reuters", "PROTEST", "protest", BASRA, "2024-03-04", "Crowds protested in Basra.");
    EventClusterer.Assignment a = new EventClusterer().assign(List.of(recoded), List.of(survivor));
    assertThat(a.clusterOf()).containsEntry("a:1", "cluster:a:1~2");
  }

  @Test
  void blockPartsAndCandidateMonthsCoverEveryCompatibleDate() {
    EventSignature s = sig("a:1", "a", "Reuters", "ASSAULT", "strike", MOSUL, "2024-03-06", "Jets struck Mosul.");
    assertThat(EventClusterer.block(s)).isEqualTo(new EventClusterer.Block("MATERIAL_CONFLICT", "IRQ", "2024-03"));
    assertThat(EventClusterer.block(s).key()).isEqualTo(EventClusterer.blockingKey(s));
    // a report dated by its article on 28 February can be a week late: February must be searched
    EventSignature report = new EventSignature("b:1", "b", "AP", "ASSAULT", "190", "strike", Set.of(), Set.of(), MOSUL,
        EventSignature.DateRef.parse("2024-02-28", EventDate.Precision.DAY, true), "Jets struck Mosul.", "");
    assertThat(PairScore.datesCompatible(s.date(), report.date())).isTrue();
    assertThat(EventClusterer.candidateMonths(s)).contains(EventClusterer.block(report).month());
    EventSignature undated = new EventSignature("c:1", "c", "AFP", null, null, "strike", Set.of(), Set.of(), null, null, "", "");
    assertThat(EventClusterer.candidateMonths(undated)).isEmpty();
    assertThat(EventClusterer.block(undated)).isEqualTo(new EventClusterer.Block("*", "*", "*"));
  }
}
