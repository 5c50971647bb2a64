package dev.stagecraft.grading;

import static dev.stagecraft.grading.AttackAsserts.fails;
import static dev.stagecraft.grading.AttackAsserts.passes;
import static dev.stagecraft.grading.FixtureGrading.attack;
import static dev.stagecraft.grading.FixtureGrading.spec;

import dev.stagecraft.engine.EngineAvailable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attacks on runs, command and http: an app that can never start (whatever exit code the engine
 * shows), and a server that answers the probe path and nothing else.
 */
@ExtendWith(EngineAvailable.class)
class RuntimeAttacksIT {

  @Test
  void anEntrypointThatDoesNotExistNeverPassesAsExitCodeZero() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "fails-entrypoint-missing",
            List.of(
                spec("runs", "exitCode", 0, "timeoutSeconds", 10),
                spec("command", "command", List.of("/app/missing")),
                spec("http", "port", 8080, "timeoutSeconds", 5)));
    fails(r, "runs", "The app could not start", "/app/missing", "no start");
    fails(r, "command", "could not start");
    fails(r, "http", "could not start");
  }

  @Test
  void aServerThatAnswersOnlyTheProbePathFailsNamingEachMissingPath() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "fails-serves-only-the-probe-path",
            List.of(
                spec("http", "port", 8080, "body", "<h1>Home</h1>", "timeoutSeconds", 10),
                spec(
                    "http",
                    "port",
                    8080,
                    "paths",
                    List.of(
                        Map.of("path", "/", "body", "<h1>Home</h1>"),
                        Map.of("path", "/about.html", "body", "<h1>About</h1>"),
                        "/style.css"),
                    "timeoutSeconds",
                    10)));
    passes(r, "http");
    fails(r, "http-2", "2 paths of 3", "/about.html (status 404)", "/style.css (status 404)");
  }

  @Test
  void theWholeSiteServedByAnotherServerPasses() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "passes-serves-the-whole-site",
            List.of(
                spec(
                    "http",
                    "port",
                    8080,
                    "paths",
                    List.of(
                        Map.of("path", "/", "body", "<h1>Home</h1>"),
                        Map.of("path", "/about.html", "body", "<h1>About</h1>"),
                        Map.of("path", "/style.css", "body", "font-family")),
                    "timeoutSeconds",
                    10)));
    passes(r, "http");
  }
}
