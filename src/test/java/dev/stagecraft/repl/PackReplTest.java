package dev.stagecraft.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.cli.Packs;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.DockerEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL on a course pack whose lesson, titles and hints smuggle terminal sequences: every one
 * reaches the screen visibly, none raw, and no line is wider than the terminal.
 */
class PackReplTest {

  @TempDir Path temp;

  private String session(Path pack, String script) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbench bench =
            Workbench.open(
                pack,
                ProgressStore.forHome(pack),
                () -> DockerEngine.connect(Map.of("DOCKER_HOST", "unix:///nonexistent.sock")));
        DumbTerminal terminal =
            new DumbTerminal(
                "test",
                "dumb",
                new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                out,
                StandardCharsets.UTF_8)) {
      terminal.setSize(org.jline.terminal.Size.of(60, 24));
      new Repl(bench, terminal).run(temp.resolve("history"));
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void hostilePackTextIsShownVisiblyAndFitsSixtyColumns() throws Exception {
    Path pack = Packs.hostile(temp.resolve("pack"));

    String screen = session(pack, "lessons\nexercises\nlesson 1\nhint\nquit\n");

    assertThat(screen)
        .contains("A pack \\e]0;PWNED\\x07lesson")
        .contains("Say \\e[2Khello\\u009b")
        .contains("\\e]52;c;ZXZpbA==\\x07")
        .contains("Add\\x00 a")
        .contains("Add \\e]0;HINT\\x07 USER 65534");
    assertThat(screen).doesNotContain("\u0007").doesNotContain("\u0000").doesNotContain("\u009b");
    // The dumb terminal itself writes no escape sequences, so any ESC would be the pack's.
    assertThat(screen).doesNotContain("\u001b");
    // The goodbye line is the REPL's own, not the pack's, and not this test's business.
    assertThat(screen.lines().filter(line -> !line.startsWith("Bye.")))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
    assertThat(pack.resolve(".stagecraft/progress.json")).exists();
  }
}
