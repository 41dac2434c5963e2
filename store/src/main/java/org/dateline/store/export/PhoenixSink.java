package org.dateline.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dateline.store.StoredActor;
import org.dateline.store.StoredEvent;
import org.jspecify.annotations.Nullable;

/**
 * Phoenix-style tab-separated events with the columns Phoenix users know: the date as YYYYMMDD and
 * split, source and target actor codes split into root (country or organisation), agent (sector)
 * and the rest, the CAMEO code and its root, quad class, Goldstein score, coordinates, place,
 * country, and the article's URL and outlet. Dateline adds the date precision and claim status,
 * which Phoenix lacks. A month- or year-precision date is written as its first day.
 */
final class PhoenixSink implements EventSink {
  static final List<String> HEADER = List.of(
      "EventID", "Date", "Year", "Month", "Day", "DatePrecision",
      "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
      "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
      "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Lat", "Lon",
      "LocationName", "CountryCode", "Status", "URLs", "NewsSources");

  private final CSVPrinter printer;

  PhoenixSink(Writer out) throws IOException {
    // Phoenix files have no quoting; tabs and newlines inside values are flattened to spaces instead
    printer = CSVFormat.TDF.builder().setHeader(HEADER.toArray(String[]::new)).setQuoteMode(org.apache.commons.csv.QuoteMode.NONE)
        .setEscape('\\').get().print(out);
  }

  @Override
  public void write(StoredEvent e) throws IOException {
    String day = e.dateFirst();
    StoredActor source = e.sources().isEmpty() ? null : e.sources().get(0);
    StoredActor target = e.targets().isEmpty() ? null : e.targets().get(0);
    String[] s = split(source);
    String[] t = split(target);
    printer.printRecord(
        e.id(),
        day == null ? "" : day.replace("-", ""),
        day == null ? "" : day.substring(0, 4),
        day == null ? "" : day.substring(5, 7),
        day == null ? "" : day.substring(8, 10),
        str(e.datePrecision()),
        source == null ? "" : source.code(), s[0], s[1], s[2],
        target == null ? "" : target.code(), t[0], t[1], t[2],
        e.cameo(), str(e.rootCode()), e.quadClass() == null ? "" : e.quadClass(),
        e.goldstein() == null ? "" : e.goldstein(),
        e.lat() == null ? "" : e.lat(), e.lon() == null ? "" : e.lon(),
        flat(e.placeName() != null ? e.placeName() : e.locationText()), str(e.countryIso3()), str(e.status()),
        flat(e.articleUrl()), flat(e.articleSource()));
  }

  /**
   * Root, agent and attribute of an actor code: "IRQGOVMIL" → IRQ, GOV, MIL; "ISIS" → ISIS, "", "";
   * a sector-only code such as "REB" has no root.
   */
  static String[] split(@Nullable StoredActor a) {
    if (a == null) {
      return new String[] {"", "", ""};
    }
    String code = a.code();
    String root = "";
    if (a.country() != null && code.startsWith(a.country())) {
      root = a.country();
    } else if (a.organisation() != null && code.startsWith(a.organisation())) {
      root = a.organisation();
    }
    String rest = code.substring(root.length());
    String agent = rest.length() <= 3 ? rest : rest.substring(0, 3);
    return new String[] {root, agent, rest.substring(agent.length())};
  }

  private static String str(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static String flat(@Nullable String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
