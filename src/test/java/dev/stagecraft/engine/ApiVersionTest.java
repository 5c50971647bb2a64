package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiVersionTest {

  @ParameterizedTest(name = "server {0}..{1} -> {2}")
  @CsvSource({
    // Docker 20.10: newest 1.41, speaks it.
    "1.41, 1.12, 1.41",
    // Docker 24: newest 1.43.
    "1.43, 1.12, 1.43",
    // Docker 25+: newer than we know; we ask for 1.44.
    "1.47, 1.24, 1.44",
    // Docker 29 raised its minimum to 1.44.
    "1.52, 1.44, 1.44",
    // A hypothetical engine whose minimum is above our cap: speak its minimum.
    "1.60, 1.50, 1.50",
    // Podman answers like Docker 20.10.
    "1.41, 1.24, 1.41",
  })
  void speaksTheNewestBothSidesKnowButNeverBelowTheServerMinimum(
      String serverMax, String serverMin, String expected) {
    assertThat(ApiVersion.negotiate(ApiVersion.parse(serverMax), ApiVersion.parse(serverMin)))
        .hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.9", "v1.41", " 1.41 ", "2.0"})
  void parsesWhatEnginesSend(String text) {
    assertThat(ApiVersion.parse(text).toString()).matches("\\d+\\.\\d+");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "1.x", "latest"})
  void rejectsWhatIsNotAVersion(String text) {
    assertThatThrownBy(() -> ApiVersion.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void comparesNumericallyNotAsText() {
    assertThat(ApiVersion.parse("1.9")).isLessThan(ApiVersion.parse("1.10"));
    assertThat(ApiVersion.parse("1.44")).isGreaterThan(ApiVersion.parse("1.41"));
  }
}
