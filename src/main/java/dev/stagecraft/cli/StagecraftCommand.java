package dev.stagecraft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: with no subcommand it opens the course. */
@Command(
    name = "stagecraft",
    mixinStandardHelpOptions = true,
    version = "stagecraft 0.1.0",
    description = "Learn Docker multi-stage builds, graded on a real Docker engine.",
    subcommands = {DoctorCommand.class})
public final class StagecraftCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
