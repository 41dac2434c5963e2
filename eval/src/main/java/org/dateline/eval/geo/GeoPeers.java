package org.dateline.eval.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Peers' published geoparser outputs under the shared reference data, each scored by
 * {@link GeoScores} against the gold line file published beside it (Gritta et al.'s, EUPEG's, or
 * the one the Focus_Locality_Extraction comparison used), on the same gold lines Dateline was
 * scored on. Files that are missing are left out of the table.
 */
final class GeoPeers {
  private static final String FOCUS =
      "geo/openeventdata+Focus_Locality_Extraction/Geoparser_Comparison/English/data/";
  private static final String EUPEG_OUT = GeoEvalCommand.EUPEG + "geoparser_output/";
  private static final String EUPEG_GOLD = GeoEvalCommand.EUPEG + "gold/";

  /** One published output and the gold file it is scored against. */
  private record Peer(String label, String gold, String output) {}

  private final Path root;

  GeoPeers(Path root) {
    this.root = root;
  }

  /** Scores for the corpus's peers, on the given gold lines (0-based), in table order. */
  Map<String, GeoScores> score(String corpus, List<Integer> lines) {
    GeoCorpusReader reader = new GeoCorpusReader();
    Map<String, GeoScores> out = new LinkedHashMap<>();
    Map<String, List<List<GoldToponym>>> golds = new LinkedHashMap<>();
    for (Peer p : peers(corpus)) {
      Path gold = root.resolve(p.gold());
      Path sys = root.resolve(p.output());
      if (!Files.isRegularFile(gold) || !Files.isRegularFile(sys)) {
        continue;
      }
      List<List<GoldToponym>> g = golds.computeIfAbsent(p.gold(),
          k -> EupegReader.exclusiveEnds(reader.readLines(gold)));
      List<List<GoldToponym>> s = reader.readLines(sys);
      if (lines.stream().anyMatch(i -> i >= g.size() || i >= s.size())) {
        continue; // published for fewer documents than were scored
      }
      out.put(p.label(), GeoScores.score(lines.stream().map(g::get).toList(),
          lines.stream().map(s::get).toList()));
    }
    return out;
  }

  private static List<Peer> peers(String corpus) {
    String qq = GeoEvalCommand.QQ;
    String gritta = GeoEvalCommand.GRITTA + "Geocoding/";
    return switch (corpus) {
      case "lgl" -> List.of(
          new Peer("CLAVIN (Gritta)", qq + "lgl_gold.txt", qq + "lgl_clavin.txt"),
          new Peer("Edinburgh (Gritta)", qq + "lgl_gold.txt", qq + "lgl_edin.txt"),
          new Peer("GeoTxt (Gritta)", qq + "lgl_gold.txt", qq + "lgl_geo.txt"),
          new Peer("Topocluster (Gritta)", qq + "lgl_gold.txt", qq + "lgl_topo.txt"),
          new Peer("Yahoo (Gritta)", qq + "lgl_gold.txt", qq + "lgl_yahoo.txt"),
          new Peer("CLIFF (Focus)", qq + "lgl_gold.txt", FOCUS + "lgl_cliff.txt"),
          new Peer("Mordecai 2 (Focus)", qq + "lgl_gold.txt", FOCUS + "lgl_mordecai_Original.txt"),
          new Peer("CamCoder (EUPEG)", EUPEG_GOLD + "LGL_gold.txt", EUPEG_OUT + "LGL_CamCoder.txt"),
          new Peer("DBpedia (EUPEG)", EUPEG_GOLD + "LGL_gold.txt", EUPEG_OUT + "LGL_DBpedia.txt"),
          new Peer("StanfordNER (EUPEG)", EUPEG_GOLD + "LGL_gold.txt",
              EUPEG_OUT + "LGL_StanfordNER.txt"),
          new Peer("SpaCyNER (EUPEG)", EUPEG_GOLD + "LGL_gold.txt", EUPEG_OUT + "LGL_SpaCyNER.txt"),
          new Peer("TopoCluster (EUPEG)", EUPEG_GOLD + "LGL_gold.txt",
              EUPEG_OUT + "LGL_TopoCluster.txt"));
      case "gwn" -> List.of(
          new Peer("Edinburgh (Gritta)", gritta + "gwn_full.txt", gritta + "gwn_edin.txt"),
          new Peer("Yahoo (Gritta)", gritta + "gwn_full.txt", gritta + "gwn_yahoo.txt"),
          new Peer("EMM (Gritta)", gritta + "gwn_full.txt", gritta + "gwn_emm.txt"),
          eupeg("CamCoder", "GeoWebNews"), eupeg("CLAVIN", "GeoWebNews"),
          eupeg("DBpedia", "GeoWebNews"), eupeg("GeoTxt", "GeoWebNews"),
          eupeg("StanfordNER", "GeoWebNews"), eupeg("SpaCyNER", "GeoWebNews"),
          eupeg("TopoCluster", "GeoWebNews"));
      case "wiktor" -> List.of(
          eupeg("CamCoder", "WikToR"), eupeg("CLAVIN", "WikToR"), eupeg("Edinburgh", "WikToR"),
          new Peer("CLIFF (Focus)", qq + "wiki_gold.txt", FOCUS + "wiki_cliff.txt"),
          new Peer("Mordecai 2 (Focus)", qq + "wiki_gold.txt",
              FOCUS + "wiki_mordecai_Modified.txt"));
      case "geocorpora" -> List.of(
          eupeg("CamCoder", "GeoCorpora"), eupeg("CLAVIN", "GeoCorpora"),
          eupeg("DBpedia", "GeoCorpora"), eupeg("Edinburgh", "GeoCorpora"),
          eupeg("GeoTxt", "GeoCorpora"), eupeg("StanfordNER", "GeoCorpora"),
          eupeg("SpaCyNER", "GeoCorpora"), eupeg("TopoCluster", "GeoCorpora"),
          eupeg("Yahoo", "GeoCorpora"));
      default -> List.of();
    };
  }

  private static Peer eupeg(String system, String corpus) {
    return new Peer(system + " (EUPEG)", EUPEG_GOLD + corpus + "_gold.txt",
        EUPEG_OUT + corpus + "_" + system + ".txt");
  }
}
