package org.dateline.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.dateline.core.model.Dateline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatelineParserTest {
  private final DatelineParser parser = new DatelineParser();
  private static final LocalDate PUBLISHED = LocalDate.of(2015, 12, 28);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Baghdad, Iraq (BBN)-The group said.|Baghdad, Iraq|BBN|-|-|The group said.",
        "KIRKUK, Iraq (Reuters) - Police said.|KIRKUK, Iraq|Reuters|-|-|Police said.",
        "WASHINGTON — The Pentagon said.|WASHINGTON|-|-|-|The Pentagon said.",
        "Dec. 26 (AP) — Officials said.|-|AP|Dec. 26|2015-12-26|Officials said.",
        "BEIRUT, Lebanon, Dec 27 (AFP) - Rebels said.|BEIRUT, Lebanon|AFP|Dec 27|2015-12-27|Rebels said.",
        "AL-MUKALLA, Yemen -- Fighters said.|AL-MUKALLA, Yemen|-|-|-|Fighters said.",
        "NEW YORK: Markets fell.|NEW YORK|-|-|-|Markets fell.",
        "GAZA — Rockets fell.|GAZA|-|-|-|Rockets fell.",
        "KOLKATA: The city voted.|KOLKATA|-|-|-|The city voted.",
        "By JILL COLVIN and GILLIAN WONG, Associated Press WASHINGTON (AP) — China vowed.|WASHINGTON|AP|-|-|China vowed.",
        "By Nate Raymond. BOSTON (Reuters) - A judge ruled.|BOSTON|Reuters|-|-|A judge ruled.",
        "By ANNA SMITH Associated Press\\n\\nRALEIGH, N.C. (AP) - Lawmakers met.|RALEIGH, N.C.|AP|-|-|Lawmakers met.",
        "BY Tom Lee\\nSEOUL, South Korea (CNN) - Talks began.|SEOUL, South Korea|CNN|-|-|Talks began.",
      })
  void parsesWireHeaders(
      String csvText, String place, String agency, String dateText, String date, String body) {
    String text = csvText.replace("\\n", "\n");
    Dateline d = parser.parse(text, PUBLISHED).orElseThrow();
    assertThat(d.place()).isEqualTo(place);
    assertThat(d.agency()).isEqualTo(agency);
    assertThat(d.dateText()).isEqualTo(dateText);
    assertThat(d.date() == null ? null : d.date().toString()).isEqualTo(date);
    assertThat(text.substring(d.bodyStart())).isEqualTo(body);
    if (place != null) {
      assertThat(d.placeSpan().of(text)).isEqualTo(place);
    }
    if (agency != null) {
      assertThat(d.agencySpan().of(text)).isEqualTo(agency);
    }
    if (dateText != null) {
      assertThat(d.dateSpan().of(text)).isEqualTo(dateText);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The minister - who spoke on Monday - said nothing.",
        "Officials said: the talks failed.",
        "In Baghdad - a city of millions - life goes on.",
        "Iraq (the country) - a short history.",
        "",
        "WASHINGTON",
        "UPDATE: Officials said the road is open.",
        "TITLE: Storm hits coast LINK: http://example.com/storm",
        "By Jane Doe, Reuters Washington correspondent - a profile.",
        "By JANE DOE - staff writer\nThe council met.",
        "UN: 70% of youth oppose violence.",
        "WHO: Human error likely behind deaths.",
        "PIA-13: The city health office is conducting a drive.",
        "RT AFP: Forces fire at militiamen near the port.",
        "ALFRETON TORNADO: Volunteers come to the aid of residents.",
        "CHICAGO VIOLENCE - A deadly weekend in the city.",
        "By Jane Doe\nThe minister - who spoke on Monday - said nothing.",
        "JEWELL: Two rangers on the shore of the lagoon. Picture: Jane Doe.\nThe park is busy.",
        "SMITH: The mayor at the opening. Photo by John Roe\nThe council met.",
      })
  void leavesOrdinaryTextAlone(String text) {
    assertThat(parser.parse(text, PUBLISHED)).isEmpty();
  }

  @Test
  void headerDateWithoutPublicationDateKeepsTextOnly() {
    Dateline d = parser.parse("Dec. 26 (AP) — Officials said.", null).orElseThrow();
    assertThat(d.dateText()).isEqualTo("Dec. 26");
    assertThat(d.date()).isNull();
  }

  @Test
  void decemberHeaderOnJanuaryStoryIsLastYear() {
    Dateline d = parser.parse("Dec. 31 (AP) — Officials said.", LocalDate.of(2016, 1, 1)).orElseThrow();
    assertThat(d.date()).isEqualTo(LocalDate.of(2015, 12, 31));
  }

  @Test
  void aHeaderAfterTheBylineIsFoundAtItsOffsets() {
    String text = "By JANE DOE, Associated Press\nKABUL, Afghanistan (AP) — Police said.";
    Dateline d = parser.parse(text, PUBLISHED).orElseThrow();
    assertThat(d.placeSpan().of(text)).isEqualTo("KABUL, Afghanistan");
    assertThat(text.substring(d.bodyStart())).isEqualTo("Police said.");
  }

  @Test
  void onlyTheFirstLineIsConsidered() {
    Optional<Dateline> d = parser.parse("A quiet day.\nKIRKUK, Iraq (Reuters) - Police said.", PUBLISHED);
    assertThat(d).isEmpty();
  }
}
