package dev.stagecraft.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariableExpanderTest {
  private static final Map<String, String> VARS = Map.of("A", "1.22", "EMPTY", "", "N", "node");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "golang:$A|golang:1.22|true",
        "golang:${A}-alpine|golang:1.22-alpine|true",
        "${MISSING:-x}|x|true",
        "${EMPTY:-x}|x|true",
        "${EMPTY-x}|''|true",
        "${A:+set}|set|true",
        "${MISSING+set}|''|true",
        "${N}:${MISSING}|'node:'|false",
        "\\$A|$A|true",
        "${A%.22}|1|true",
        "${A#1.}|22|true",
        "${MISSING:-${A}}|1.22|true",
        "${unclosed|${unclosed|true",
        "$|$|true",
        "cost $5|cost $5|true",
      })
  void expandsLikeDocker(String text, String expected, boolean complete) {
    VariableExpander.Expansion expansion = VariableExpander.expand(text, VARS);
    assertThat(expansion.value()).isEqualTo(expected);
    assertThat(expansion.complete()).isEqualTo(complete);
  }
}
