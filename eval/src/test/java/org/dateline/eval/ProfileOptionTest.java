package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.dateline.core.nlp.NlpConfig;
import org.junit.jupiter.api.Test;

class ProfileOptionTest {
  private static ProfileOption of(String profile) {
    ProfileOption p = new ProfileOption();
    p.profile = profile;
    return p;
  }

  @Test
  void cacheFilesAreKeptPerProfile() {
    Path cache = Path.of("/tmp/x/ann.jsonl");
    assertThat(of("full").keyed(cache)).isEqualTo(cache);
    assertThat(of("lite").keyed(cache)).isEqualTo(Path.of("/tmp/x/ann.lite.jsonl"));
    assertThat(of("FAST").keyed(Path.of("ann"))).isEqualTo(Path.of("ann.fast"));
    assertThat(of("lite").keyed(null)).isNull();
  }

  @Test
  void unknownProfileIsRefusedWithTheChoices() {
    assertThatThrownBy(() -> of("turbo").apply(NlpConfig.full()))
        .hasMessageContaining("full, fast or lite");
    assertThat(of("lite").apply(NlpConfig.full()).profile()).isEqualTo(NlpConfig.Profile.LITE);
  }
}
