package dev.stagecraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  private final JsonNode json = parse(JsonReport.render(GradeFixture.mixed()));

  private static JsonNode parse(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  @Test
  void carriesTheContractFields() {
    assertThat(json.get("exercise").asText()).isEqualTo("03-go-scratch");
    assertThat(json.get("passed").isBoolean()).isTrue();
    assertThat(json.get("passed").asBoolean()).isFalse();
    assertThat(json.get("image").get("sizeBytes").asLong()).isEqualTo(812_000_000L);
    assertThat(json.get("timings").get("totalMs").asLong()).isEqualTo(13_000L);
    assertThat(json.get("comparedSizes").get("starter").asLong()).isEqualTo(1_123_000_000L);
  }

  @Test
  void everyCheckHasIdStatusMessage() {
    assertThat(json.get("checks")).hasSize(4);
    assertThat(json.get("checks").findValuesAsText("status"))
        .containsExactly("pass", "fail", "skipped", "error");
    JsonNode failed = json.get("checks").get(1);
    assertThat(failed.get("id").asText()).isEqualTo("image-size");
    assertThat(failed.get("expected").asText()).isEqualTo("at most 10.0 MB");
    assertThat(failed.get("actual").asText()).isEqualTo("812 MB <&> \"quoted\"");
    assertThat(failed.get("hint").asText()).isEqualTo("Start the final stage FROM scratch.");
  }

  @Test
  void layersSayWhichAreTheBase() {
    JsonNode layers = json.get("image").get("layers");
    assertThat(layers.get(0).get("base").asBoolean()).isTrue();
    assertThat(layers.get(1).get("base").asBoolean()).isFalse();
  }

  @Test
  void adviceStandInAndBuildFailureAreFields() {
    JsonNode advised = parse(JsonReport.render(GradeFixture.passedWithAdviceOnStandIn()));
    assertThat(advised.get("passed").asBoolean()).isTrue();
    assertThat(advised.get("advice")).hasSize(1);
    assertThat(advised.get("advice").get(0).get("rule").asText()).isEqualTo("copy-from-index");
    assertThat(advised.get("advice").get(0).get("line").asInt()).isEqualTo(8);
    assertThat(advised.get("image").get("baseImage").asText()).isEqualTo("nginx:alpine");
    assertThat(advised.get("image").get("standIns").get(1).asText()).isEqualTo("node:20-slim");
    assertThat(json.get("advice")).isEmpty();
    assertThat(json.get("buildFailed").asBoolean()).isFalse();
    assertThat(parse(JsonReport.render(GradeFixture.buildFailed())).get("buildFailed").asBoolean())
        .isTrue();
  }
}
