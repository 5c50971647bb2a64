package dev.stagecraft.repl;

import dev.stagecraft.app.BuilderText;
import dev.stagecraft.app.EngineStatus;
import dev.stagecraft.engine.DockerEngine;
import java.util.List;
import java.util.Locale;

/** {@code builder [classic|buildkit|auto]}: shows the builder checks run on, or switches it. */
final class BuilderCommand implements ReplCommand {

  private static final List<String> NAMES = List.of("buildkit", "classic", "auto");

  @Override
  public String name() {
    return "builder";
  }

  @Override
  public String usage() {
    return "builder [buildkit|classic|auto]";
  }

  @Override
  public String summary() {
    return "show or switch the builder checks build with";
  }

  @Override
  public List<String> argumentCandidates(ReplSession session) {
    return NAMES;
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    if (args.size() > 1
        || (args.size() == 1 && !NAMES.contains(args.get(0).toLowerCase(Locale.ROOT)))) {
      session.say("Usage: " + usage());
      return;
    }
    if (!(session.bench().engine() instanceof EngineStatus.Connected connected)) {
      // The message says there is no engine and what to do.
      session.say(((EngineStatus.Unavailable) session.bench().engine()).message());
      return;
    }
    DockerEngine engine = connected.engine();
    if (args.size() == 1) {
      try {
        engine.useBuilder(args.get(0));
      } catch (IllegalArgumentException e) {
        session.say(e.getMessage());
        return;
      }
    }
    session.say("Checks build with " + engine.info().builder() + ":");
    for (String trait : BuilderText.traits(engine.info())) {
      session.say("  - " + trait);
    }
    if (args.isEmpty()) {
      session.say("Switch with `builder classic`, `builder buildkit` or `builder auto`.");
    }
  }
}
