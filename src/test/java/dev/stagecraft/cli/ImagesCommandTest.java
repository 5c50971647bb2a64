package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.app.OfflineKit.ImageState;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImagesCommandTest {

  @Test
  void theJsonListNamesEachImageWhetherPresentAndWhoNeedsIt() throws Exception {
    String json =
        ImagesCommand.ListImages.toJson(
            List.of(
                new ImageState("alpine:3.20", true, List.of("solutions/01-x/Dockerfile")),
                new ImageState("golang:1.22", false, List.of("exercises/01-x/Dockerfile"))));

    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.get("missing").asInt()).isEqualTo(1);
    assertThat(root.get("images").get(1).get("reference").asText()).isEqualTo("golang:1.22");
    assertThat(root.get("images").get(1).get("present").asBoolean()).isFalse();
    assertThat(root.get("images").get(0).get("neededBy").get(0).asText())
        .isEqualTo("solutions/01-x/Dockerfile");
  }

  @Test
  void theSummarySaysTheCommandsThatFillTheGapsWithinSixtyColumns() {
    String summary = ImagesCommand.summary(3, 2);

    assertThat(summary)
        .contains("2 of 3 images missing")
        .contains("  ./stagecraft images load FILE");
    assertThat(summary.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
    assertThat(ImagesCommand.summary(2, 0)).isEqualTo("2 images are needed; all are present.");
  }
}
