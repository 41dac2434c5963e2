package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.dateline.core.dedup.EventSignature;
import org.dateline.core.events.EventDate;
import org.junit.jupiter.api.Test;

class SignatureJsonTest {
  @Test
  void aSignatureSurvivesTheRoundTripWithUnknownsKept() {
    EventSignature full = new EventSignature("a:e0:1-2", "a", "Reuters", "ASSAULT", "190", "attack",
        Set.of("IRQCOP", "REB"), Set.of("iraqi police"),
        new EventSignature.PlaceRef("geonames:94787", "IRQ", 35.46806, 44.39222, EventSignature.PlaceRef.Precision.CITY),
        EventSignature.DateRef.parse("2015-12", EventDate.Precision.MONTH, true), "Police attacked \"militants\".", "lead");
    assertThat(SignatureJson.read(SignatureJson.write(full))).isEqualTo(full);
    EventSignature bare = new EventSignature("b:e0:1-2", "b", null, null, null, "raid", Set.of(), Set.of(),
        new EventSignature.PlaceRef("al riyadh", null, Double.NaN, Double.NaN, EventSignature.PlaceRef.Precision.CITY),
        null, "", "");
    EventSignature back = SignatureJson.read(SignatureJson.write(bare));
    assertThat(back.place().hasCoordinates()).isFalse();
    assertThat(back.source()).isNull();
    assertThat(back.date()).isNull();
    assertThat(back.eventId()).isEqualTo("b:e0:1-2");
  }

  @Test
  void aDamagedSignatureIsRefusedWithTheReason() {
    assertThatThrownBy(() -> SignatureJson.read("{not json")).hasMessageContaining("not JSON");
    assertThatThrownBy(() -> SignatureJson.read("{\"v\": 99}")).hasMessageContaining("unknown version");
  }
}
