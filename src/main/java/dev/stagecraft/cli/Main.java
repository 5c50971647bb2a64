package dev.stagecraft.cli;

import picocli.CommandLine;

/** Entry point of the {@code stagecraft} jar: hands the arguments to the command line. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new StagecraftCommand()).execute(args));
  }
}
