package dev.stagecraft.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.app.Editors;
import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.DockerEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edit} on a dumb terminal, with editors that are scripts, over a copy of the course. */
class EditCommandTest {

  @TempDir Path dir;

  private String edit(Map<String, String> environment, String... args) throws Exception {
    Path home = CourseCopy.into(dir.resolve("course"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbench bench =
            Workbench.open(
                home,
                new ProgressStore(dir.resolve("progress.json")),
                () -> DockerEngine.connect(Map.of("DOCKER_HOST", "unix:///nonexistent.sock")));
        DumbTerminal terminal =
            new DumbTerminal(
                "test",
                "dumb",
                new ByteArrayInputStream(new byte[0]),
                out,
                StandardCharsets.UTF_8)) {
      ReplSession session = new ReplSession(bench, terminal.writer(), false, () -> 80, () -> {});
      session.attach(terminal);
      new EditCommand(environment).run(List.of(args), session);
      assertThat(session.currentExercise()).isPresent();
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private Path script(String name, String body) throws Exception {
    Path script = dir.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  @Test
  void theEditorFromEditorWritesTheDockerfileAndThePromptComesBack() throws Exception {
    Path editor = script("write-solution", "printf 'FROM scratch\\nUSER 65532\\n' > \"$1\"");

    String screen = edit(Map.of("EDITOR", editor.toString()), "3");

    assertThat(dir.resolve("course/exercises/03-go-scratch/Dockerfile"))
        .hasContent("FROM scratch\nUSER 65532\n");
    assertThat(screen).contains("Saved. `check` grades it");
  }

  @Test
  void visualComesBeforeEditorAndArgumentsAreKept() throws Exception {
    Path visual = script("visual", "echo \"$1 $2\" > \"$2\"");
    Path editor = script("editor", "exit 9");

    String screen =
        edit(Map.of("VISUAL", visual + " --wait", "EDITOR", editor.toString()), "03-go-scratch");

    assertThat(dir.resolve("course/exercises/03-go-scratch/Dockerfile"))
        .content()
        .startsWith("--wait ")
        .endsWith("exercises/03-go-scratch/Dockerfile\n");
    assertThat(screen).contains("Saved.");
  }

  @Test
  void anEditorThatChangesNothingOrFailsIsSaidSo() throws Exception {
    Path editor = script("fails", "exit 3");

    String screen = edit(Map.of("EDITOR", editor.toString()), "3");

    assertThat(screen.replaceAll("\\s+", " "))
        .contains("exit code 3")
        .contains("Dockerfile unchanged.");
  }

  @Test
  void aMissingEditorNamesTheVariablesToSet() throws Exception {
    String screen = edit(Map.of("PATH", dir.resolve("empty").toString()), "3");

    assertThat(screen.replaceAll("\\s+", " "))
        .contains("No editor found: set VISUAL or EDITOR")
        .contains("export EDITOR=nano")
        .contains("Tried: editor, nano, vi.");
    assertThat(screen.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void anEditorThatCannotStartIsNamedWithItsVariable() throws Exception {
    String screen = edit(Map.of("EDITOR", "/nonexistent/ed"), "3");

    assertThat(screen.replaceAll("\\s+", " "))
        .contains("Could not start the editor `/nonexistent/ed` (from $EDITOR)")
        .contains("Set EDITOR to an editor installed");
  }

  @Test
  void withNoVariableTheFirstFallbackOnThePathIsUsed() {
    assertThat(Editors.choose(Map.of(), name -> name.equals("nano") || name.equals("vi")))
        .isEqualTo(new Editors.Choice.Found(List.of("nano"), "PATH"));
    assertThat(Editors.choose(Map.of("EDITOR", "  "), name -> false))
        .isEqualTo(new Editors.Choice.Missing());
  }
}
