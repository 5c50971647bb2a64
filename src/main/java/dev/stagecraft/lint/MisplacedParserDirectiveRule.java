package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Comment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A parser directive written below the top of the file, where Docker reads it as a comment. */
final class MisplacedParserDirectiveRule extends Rule {
  private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");

  MisplacedParserDirectiveRule() {
    super(
        "misplaced-parser-directive",
        Severity.WARNING,
        "a parser directive is not at the top of the file",
        "Docker reads directives only before the first instruction, blank line or ordinary"
            + " comment; anywhere else it is a comment, so the escape character or syntax it sets"
            + " silently does not apply.",
        "Move the directive to the very first lines of the file, before any blank line or"
            + " comment.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Comment comment : context.dockerfile().comments()) {
      String text = comment.text();
      int equals = text.indexOf('=');
      if (equals <= 0) {
        continue;
      }
      String name = text.substring(0, equals).strip().toLowerCase(Locale.ROOT);
      if (DIRECTIVES.contains(name)) {
        findings.add(
            finding(
                context,
                comment.line(),
                "'# " + text + "' is read as a comment here, not as a parser directive"));
      }
    }
    return findings;
  }
}
