package dev.stagecraft.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.lint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Exercise authors learn the check types from docs/checks.md: every one must have its row. */
class CheckDocsTest {

  private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|");

  @Test
  void everyRegisteredCheckTypeIsDocumentedAndNoOtherIs() throws Exception {
    String docs = Files.readString(Path.of("docs/checks.md"));
    Matcher rows = ROW.matcher(docs);
    Set<String> documented = rows.results().map(m -> m.group(1)).collect(Collectors.toSet());
    assertThat(documented)
        .containsExactlyInAnyOrderElementsOf(CheckRegistry.standard(Linter.withAllRules()).types());
  }
}
