package dev.stagecraft.repl;

import dev.stagecraft.app.Editors;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.terminal.ForeignText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * {@code edit [EXERCISE]}: opens the exercise's Dockerfile in the learner's editor, hands it the
 * terminal, and comes back to the prompt when it exits.
 */
final class EditCommand implements ReplCommand {

  private final Map<String, String> environment;

  EditCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public String name() {
    return "edit";
  }

  @Override
  public String usage() {
    return "edit [EXERCISE]";
  }

  @Override
  public String summary() {
    return "open the Dockerfile in your editor ($VISUAL or $EDITOR)";
  }

  @Override
  public List<String> argumentCandidates(ReplSession session) {
    return session.exerciseIds();
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    Optional<Exercise> exercise = session.exerciseFrom(args, "edit 3");
    if (exercise.isEmpty()) {
      return;
    }
    session.setCurrentExercise(exercise.get());
    Path file = exercise.get().dockerfile();
    Editors.Choice choice = Editors.choose(environment);
    if (!(choice instanceof Editors.Choice.Found found)) {
      session.say(
          "No editor found: set VISUAL or EDITOR to your editor's command (for example `export"
              + " EDITOR=nano` in your shell) and start stagecraft again, or open "
              + ForeignText.forTerminal(file.toString())
              + " in any editor. Tried: "
              + String.join(", ", Editors.FALLBACKS)
              + ".");
      return;
    }
    byte[] before = read(file);
    Optional<Integer> exit = runEditor(found, file, session);
    if (exit.isEmpty()) {
      return;
    }
    if (exit.get() != 0) {
      session.say(
          "The editor ended with exit code " + exit.get() + "; your Dockerfile is as it left it.");
    }
    session.say(
        Arrays.equals(before, read(file))
            ? "Dockerfile unchanged."
            : "Saved. `check` grades it; `watch` checks on every save.");
  }

  /**
   * Runs the editor on the terminal; its exit code, or empty (after saying why) if it never ran.
   */
  private static Optional<Integer> runEditor(
      Editors.Choice.Found editor, Path file, ReplSession session) {
    List<String> command = new ArrayList<>(editor.command());
    command.add(file.toString());
    Optional<Terminal> terminal = session.terminal();
    Optional<Attributes> saved = terminal.map(Terminal::getAttributes);
    session.out().flush();
    try {
      // JLine must stop reading the keyboard, or it would take keys meant for the editor.
      if (terminal.isPresent()) {
        terminal.get().pause(true);
      }
      Process process = new ProcessBuilder(command).inheritIO().start();
      return Optional.of(process.waitFor());
    } catch (IOException e) {
      session.say(
          "Could not start the editor `"
              + ForeignText.forTerminal(String.join(" ", editor.command()))
              + "`"
              + (editor.source().equals("PATH") ? "" : " (from $" + editor.source() + ")")
              + ": "
              + ForeignText.forTerminal(String.valueOf(e.getMessage()))
              + ". Set "
              + (editor.source().equals("PATH") ? "EDITOR" : editor.source())
              + " to an editor installed on this machine.");
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      // An editor that crashed may leave the terminal raw; give the prompt back as it was.
      saved.ifPresent(attributes -> terminal.get().setAttributes(attributes));
      terminal.ifPresent(Terminal::resume);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
