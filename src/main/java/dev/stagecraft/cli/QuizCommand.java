package dev.stagecraft.cli;

import dev.stagecraft.app.Workbench;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stagecraft quiz [N] [--topic T]}: the REPL's quiz on its own. Answers are typed at the
 * terminal or, when standard input is not one, read one per line from it.
 */
@Command(
    name = "quiz",
    mixinStandardHelpOptions = true,
    description = {
      "Answer interview questions of the course; missed ones come back more often.",
      "Without a terminal, answers are read one per line from standard input."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the quiz ran", "2:bad input (unknown topic, malformed question bank)"})
public final class QuizCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "N",
      description = "How many questions (default 10).")
  Optional<Integer> count;

  @Option(
      names = "--topic",
      paramLabel = "T",
      description = "Only questions of this topic (a lesson number).")
  Optional<Integer> topic;

  /** Where answers come from when there is no terminal; tests give their own. */
  InputStream input = System.in;

  /** Whether to use the real terminal; tests say no. */
  boolean interactive = PracticeTerminal.interactive();

  /** Opens the course; tests keep progress elsewhere and use no engine. */
  WorkbenchOpener opener = Workbench::open;

  @Override
  public Integer call() {
    StringBuilder line = new StringBuilder("quiz");
    count.ifPresent(n -> line.append(' ').append(n));
    topic.ifPresent(t -> line.append(" --topic ").append(t));
    return PracticeRun.run(spec, opener, input, interactive, line.toString());
  }
}
