package dev.stagecraft.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/lint-rules.md is generated from the rules, so it cannot drift from them. After changing a
 * rule, regenerate it: {@code mvn test -Dtest=LintRulesDocTest -Dstagecraft.writeDocs=true}.
 */
class LintRulesDocTest {
  private static final Path DOC = Path.of("docs/lint-rules.md");

  @Test
  void theRulesDocumentListsEveryRuleAsItIs() throws IOException {
    String expected = LintRulesDoc.markdown(Linter.withAllRules().rules());
    if (Boolean.getBoolean("stagecraft.writeDocs")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/lint-rules.md is out of date; regenerate it with -Dstagecraft.writeDocs=true")
        .isEqualTo(expected);
  }
}
