package org.dateline.eval.geo;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.core.geo.Gazetteer;
import org.dateline.core.geo.GazetteerConfig;
import org.dateline.core.geo.GazetteerLoader;
import org.dateline.core.geo.GeoEntry;
import org.dateline.core.geo.Geoparser;
import org.dateline.core.geo.Place;
import org.dateline.core.ingest.DatelineParser;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Layer;
import org.dateline.core.nlp.CoreNlpAnnotator;
import org.dateline.core.nlp.LanguageAnnotator;
import org.dateline.core.nlp.NlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline eval geo}: runs Dateline's geoparser (CoreNLP NER + gazetteer) over a gold
 * corpus and prints Gritta et al.'s metrics beside the peers' published outputs, scored by the
 * same code. Last line: {@code RESULT geo corpus=... acc161=... f1=... auc=...}.
 */
@Command(
    name = "geo",
    mixinStandardHelpOptions = true,
    description = {"Scores toponym recognition and resolution against gold data (Gritta et al. 2019",
        "metrics: P/R/F1, accuracy within 161 km, AUC of the error curve, mean/median error km)."})
public final class GeoEvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @picocli.CommandLine.Mixin org.dateline.eval.ProfileOption profile = new org.dateline.eval.ProfileOption();


  @Option(names = "--corpus", paramLabel = "lgl|gwn|wiktor|geocorpora",
      description = "Gold corpus under the shared reference data (default lgl).")
  String corpus = "lgl";

  @Option(names = "--file", paramLabel = "PATH", description = "Score this gold file instead.")
  Path file;

  @Option(names = "--format", paramLabel = "lgl|gwn|eupeg",
      description = "Format of --file (default lgl); eupeg needs --texts.")
  String format = "lgl";

  @Option(names = "--texts", paramLabel = "PATH", description = {"EUPEG texts of --file: a folder"
      + " with one file per gold line (0, 1, ...) or a GeoCorpora-style .tsv of tweets."})
  Path texts;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--stride", paramLabel = "K",
      description = "Score every K-th document only (a fixed spread-out subset; default 1).")
  int stride = 1;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "Reference data folder (default: -Ddateline.shared, else ../shared beside the checkout).")
  Path shared;

  @Option(names = "--gazetteer-data", paramLabel = "DIR", description = "Installed gazetteer packages.")
  Path gazetteerData;

  @Option(names = "--gazetteer-index", paramLabel = "FILE", description = "Gazetteer index file.")
  Path gazetteerIndex;

  @Option(names = "--cache", paramLabel = "FILE",
      description = "Keep the NER annotation of scored documents here (JSON Lines) and reuse it.")
  Path cache;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Write Dateline's misses, false alarms and errors over 161 km here (TSV).")
  Path errors;

  @Option(names = "--with-hits",
      description = "With --errors, also write the resolutions within 161 km (kind 'hit').")
  boolean withHits;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    GeoCorpusReader reader = new GeoCorpusReader();
    Path root = shared == null ? SharedLocator.root() : SharedLocator.refdata(shared);
    Path gold;
    String fmt;
    String name;
    Path textPath = texts;
    if (file != null) {
      gold = file;
      fmt = format;
      name = file.getFileName().toString();
    } else {
      name = corpus;
      fmt = corpus.equals("lgl") || corpus.equals("gwn") ? corpus : "eupeg";
      gold = switch (corpus) {
        case "lgl" -> root.resolve(GRITTA + "Corpora/lgl.xml");
        case "gwn" -> root.resolve(GRITTA + "GWN.xml");
        case "wiktor" -> root.resolve(EUPEG + "gold/WikToR_gold.txt");
        case "geocorpora" -> root.resolve(EUPEG + "gold/GeoCorpora_gold.txt");
        default -> throw new IllegalArgumentException(
            "--corpus must be lgl, gwn, wiktor or geocorpora, got " + corpus);
      };
      textPath = switch (corpus) {
        case "wiktor" -> root.resolve(EUPEG + "corpora/WikToR");
        case "geocorpora" -> root.resolve("geo/geoai-lab+EUPEG/corpora/geocorpora.tsv");
        default -> null;
      };
    }
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("gold file not found: " + gold);
    }
    List<GoldDocument> docs = switch (fmt) {
      case "lgl" -> reader.readLgl(gold);
      case "gwn" -> reader.readGwn(gold);
      case "eupeg" -> {
        if (textPath == null || !Files.exists(textPath)) {
          throw new IllegalArgumentException("--format eupeg needs --texts (folder or .tsv), got "
              + textPath);
        }
        EupegReader.Result r = new EupegReader().read(gold, textPath);
        if (r.unaligned() > 0) {
          out.printf(Locale.ROOT, "%d gold lines have no text showing their toponyms at their"
              + " offsets; left out (peers are scored on the same lines)%n", r.unaligned());
        }
        yield r.documents();
      }
      default -> throw new IllegalArgumentException("--format must be lgl, gwn or eupeg, got " + fmt);
    };
    if (stride < 1) {
      throw new IllegalArgumentException("--stride must be at least 1, got " + stride);
    }
    List<GoldDocument> kept = new ArrayList<>();
    for (int i = 0; i < docs.size() && kept.size() < limit; i += stride) {
      kept.add(docs.get(i));
    }
    docs = kept;
    demonyms = switch (fmt) {
      case "lgl" -> DemonymConvention.ALL;
      case "gwn" -> DemonymConvention.MODIFIERS;
      default -> DemonymConvention.NONE;
    };
    GeoRun run = run(docs, loadGazetteer(), out);
    if (errors != null) {
      GeoErrors.write(errors, docs, run.predictions(), run.reasons(), run.details(), withHits);
    }
    Map<String, GeoScores> rows = new LinkedHashMap<>();
    rows.put("Dateline", GeoScores.score(
        docs.stream().map(GoldDocument::toponyms).toList(), run.predictions()));
    if (file == null) {
      rows.putAll(new GeoPeers(root).score(corpus, lineNumbers(docs, fmt)));
    }
    print(out, name, docs.size(), rows);
    ReasonBreakdown.print(out, docs, run.predictions(), run.reasons());
    out.printf(Locale.ROOT, "geoparsing: %.1f ms per article (after NER); gazetteer load %.2f s%n",
        run.geoparseMsPerDoc(), run.gazetteerLoadSeconds());
    GeoScores d = rows.get("Dateline");
    out.printf(Locale.ROOT, "RESULT geo corpus=%s docs=%d acc161=%.3f f1=%.3f p=%.3f r=%.3f auc=%.3f"
        + " mean_km=%.0f median_km=%.1f ms_per_doc=%.1f%n", name, docs.size(), d.acc161(), d.f1(),
        d.precision(), d.recall(), d.auc(), d.meanKm(), d.medianKm(), run.geoparseMsPerDoc());
    out.flush();
    return 0;
  }

  static final String GRITTA = "geo/milangritta+Pragmatic-Guide-to-Geoparsing-Evaluation/data/";
  private static final DatelineParser DATELINES = new DatelineParser();
  static final String QQ = "geo/qqilihq+WhatsMissingInGeoparsing/data/";
  static final String EUPEG = "geo/geoai-lab+EUPEG/project/src/main/webapp/";

  /** The gold-file line of each document: EUPEG ids are line numbers, others are in line order. */
  private List<Integer> lineNumbers(List<GoldDocument> docs, String fmt) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      out.add(fmt.equals("eupeg") ? Integer.parseInt(docs.get(i).id()) : i * stride);
    }
    return out;
  }

  /**
   * What one run of Dateline produced. {@code reasons} parallels {@code predictions}: each
   * toponym's {@link Place.Resolution} in lower case, or "demonym" for a demonym scored as its
   * country. {@code details} parallels it too: the chosen entry and the evidence, in words.
   */
  public record GeoRun(List<List<GoldToponym>> predictions, List<List<String>> reasons,
      List<List<String>> details, double geoparseMsPerDoc, double gazetteerLoadSeconds) {}

  private double gazetteerLoadSeconds;

  /** Which demonyms the gold corpus annotates as toponyms (set from its format). */
  private DemonymConvention demonyms = DemonymConvention.NONE;

  private Gazetteer loadGazetteer() {
    GazetteerConfig d = GazetteerConfig.defaults();
    GazetteerConfig c = new GazetteerConfig(gazetteerData == null ? d.sourceDir() : gazetteerData,
        gazetteerIndex == null ? d.indexFile() : gazetteerIndex);
    long t0 = System.nanoTime();
    Gazetteer g = GazetteerLoader.load(c);
    gazetteerLoadSeconds = (System.nanoTime() - t0) / 1e9;
    return g;
  }

  /** Annotates each document with NER (no parse, no coref) and geoparses it. */
  public GeoRun run(List<GoldDocument> docs, Gazetteer gazetteer, PrintWriter log) {
    AnnotationCache c = cache == null ? null : new AnnotationCache(profile.keyed(cache));
    LanguageAnnotator[] nlp = {null};
    LanguageAnnotator annotator = new LanguageAnnotator() {
      @Override
      public AnnotatedDocument annotate(Article article) {
        AnnotatedDocument d = c == null ? null : c.get(article);
        if (d == null) {
          if (nlp[0] == null) {
            nlp[0] = new CoreNlpAnnotator(profile.apply(new NlpConfig(
                EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.TIMES),
                NlpConfig.CorefAlgorithm.FASTNEURAL)));
          }
          d = nlp[0].annotate(article);
          if (c != null) {
            c.put(d);
          }
        }
        return d;
      }

      @Override
      public java.util.Set<Layer> layers() {
        return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES);
      }
    };
    return run(docs, gazetteer, annotator, demonyms);
  }

  /**
   * As {@link #run(List, Gazetteer, PrintWriter)} with a given annotator (tests share one).
   *
   * @param demonyms which demonyms the gold annotates as toponyms of their country
   */
  public GeoRun run(List<GoldDocument> docs, Gazetteer gazetteer, LanguageAnnotator annotator,
      DemonymConvention demonyms) {
    Geoparser geoparser = new Geoparser(gazetteer);
    List<List<GoldToponym>> preds = new ArrayList<>();
    List<List<String>> reasons = new ArrayList<>();
    List<List<String>> details = new ArrayList<>();
    long geoNanos = 0;
    for (GoldDocument g : docs) {
      // The header ("WASHINGTON (AP) -") is read as plain-text ingestion reads it.
      LocalDate day = LocalDate.of(2010, 1, 1);
      Article a = new Article(g.id().isBlank() ? "doc" : g.id(), "gold:" + g.id(), g.text(), null,
          null, null, day, DATELINES.parse(g.text(), day).orElse(null), Map.of());
      AnnotatedDocument ad = annotator.annotate(a);
      long t0 = System.nanoTime();
      List<Place> places = geoparser.places(ad);
      geoNanos += System.nanoTime() - t0;
      List<Predicted> ps = new ArrayList<>();
      for (Place p : places) {
        double lat = p.entry() == null ? Double.NaN : p.entry().lat();
        double lon = p.entry() == null ? Double.NaN : p.entry().lon();
        String entry = p.entry() == null ? "" : p.entry().name() + ", " + p.entry().countryIso2()
            + " (" + p.entry().featureCode() + "): ";
        ps.add(new Predicted(new GoldToponym(p.span().start(), p.span().end(), p.text(), lat, lon),
            p.reason().name().toLowerCase(Locale.ROOT), entry + p.detail()));
      }
      if (demonyms != DemonymConvention.NONE) {
        for (Geoparser.DemonymMention dm : geoparser.demonyms(ad)) {
          if (!demonyms.counts(ad, dm.span())) {
            continue;
          }
          GeoEntry e = demonymPlace(gazetteer, dm);
          if (e != null) {
            ps.add(new Predicted(new GoldToponym(dm.span().start(), dm.span().end(), dm.text(),
                e.lat(), e.lon()), "demonym", e.name()));
          }
        }
        ps.sort(java.util.Comparator.comparingInt(p -> p.toponym().start()));
      }
      preds.add(ps.stream().map(Predicted::toponym).toList());
      reasons.add(ps.stream().map(Predicted::reason).toList());
      details.add(ps.stream().map(Predicted::detail).toList());
    }
    return new GeoRun(preds, reasons, details, docs.isEmpty() ? 0 : geoNanos / 1e6 / docs.size(),
        gazetteerLoadSeconds);
  }

  /**
   * The nation a demonym names ("English": England), else its country, else its region
   * ("European": Europe), else null.
   */
  private static GeoEntry demonymPlace(Gazetteer gazetteer, Geoparser.DemonymMention dm) {
    var country = gazetteer.country(dm.countryIso2());
    if (country.isPresent() && !dm.region().isEmpty()) {
      GeoEntry nation = gazetteer.lookup(dm.region()).stream().map(Gazetteer.Candidate::entry)
          .filter(e -> e.level() == GeoEntry.Level.ADMIN1
              && e.countryIso2().equals(dm.countryIso2()))
          .findFirst().orElse(null);
      if (nation != null) {
        return nation;
      }
    }
    if (country.isPresent()) {
      return gazetteer.entry(country.get().entryIndex());
    }
    return dm.region().isEmpty() ? null : gazetteer.lookup(dm.region()).stream()
        .map(Gazetteer.Candidate::entry).filter(GeoEntry::region).findFirst().orElse(null);
  }

  private record Predicted(GoldToponym toponym, String reason, String detail) {}

  private static void print(PrintWriter out, String corpus, int docs, Map<String, GeoScores> rows) {
    out.printf(Locale.ROOT, "Geoparsing on %s (%d documents); peers scored on the gold file"
        + " published with their outputs%n", corpus, docs);
    out.printf(Locale.ROOT, "%-26s %6s %6s %6s %6s %6s %8s %7s %9s %9s%n", "system", "gold", "P",
        "R", "F1", "F1~", "acc@161", "AUC", "mean km", "median km");
    rows.forEach((k, s) -> out.printf(Locale.ROOT,
        "%-26s %6d %6.3f %6.3f %6.3f %6.3f %8.3f %7.3f %9.0f %9.1f%n", k, s.gold(), s.precision(),
        s.recall(), s.f1(), s.inexactF1(), s.acc161(), s.auc(), s.meanKm(), s.medianKm()));
  }
}
