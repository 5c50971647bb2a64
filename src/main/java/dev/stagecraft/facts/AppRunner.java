package dev.stagecraft.facts;

import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineException;
import dev.stagecraft.engine.HttpProbeRequest;
import dev.stagecraft.engine.HttpProbeResult;
import dev.stagecraft.engine.RunRequest;
import dev.stagecraft.engine.RunResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a built image the way a check's {@link RunSpec} asks: to its end, collecting exit code and
 * output, or as a server that must answer HTTP. The container is the engine's to remove.
 */
final class AppRunner {

  private final DockerEngine engine;

  AppRunner(DockerEngine engine) {
    this.engine = engine;
  }

  /** Runs {@code image} as {@code spec} says, and what came of it; never throws for the app. */
  RunOutcome run(String image, RunSpec spec) {
    RunRequest request = runRequest(image, spec);
    if (spec.http().isPresent()) {
      return serve(request, spec);
    }
    try {
      RunResult result = engine.run(request);
      if (result.notStarted().isPresent()) {
        // Never "exit code 0": whatever code the engine shows, the program never ran.
        return new RunOutcome.FailedToStart(result.notStarted().get());
      }
      return new RunOutcome.Finished(
          result.exitCode(),
          result.stdout(),
          result.stderr(),
          result.timedOut(),
          result.duration());
    } catch (EngineException e) {
      return new RunOutcome.FailedToStart(e.getMessage());
    }
  }

  /** The container a run spec describes: the image as shipped unless the spec overrides parts. */
  private static RunRequest runRequest(String image, RunSpec spec) {
    RunRequest request =
        RunRequest.of(image).withTimeout(spec.timeout()).withNetwork(spec.network());
    if (spec.command().isPresent()) {
      request = request.withCommand(spec.command().get());
    }
    if (spec.entrypoint().isPresent()) {
      request = request.withEntrypoint(spec.entrypoint().get());
    }
    if (!spec.env().isEmpty()) {
      request = request.withEnv(spec.env());
    }
    return request;
  }

  private RunOutcome serve(RunRequest run, RunSpec spec) {
    RunSpec.HttpRequestSpec http = spec.http().orElseThrow();
    try {
      HttpProbeResult result =
          engine.probeHttp(new HttpProbeRequest(run, http.port(), http.paths(), spec.timeout()));
      if (result.status().isPresent()) {
        Map<String, RunOutcome.Answer> others = new LinkedHashMap<>();
        for (HttpProbeResult.Answer answer : result.others()) {
          others.put(
              answer.path(),
              new RunOutcome.Answer(answer.status(), answer.body(), answer.failure()));
        }
        return new RunOutcome.Served(result.status().get(), result.body(), result.waited(), others);
      }
      return new RunOutcome.NotServing(result.failure().orElse("no answer"), result.logs());
    } catch (EngineException e) {
      return new RunOutcome.FailedToStart(e.getMessage());
    }
  }
}
