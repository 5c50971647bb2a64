package dev.stagecraft.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.CheckSpec;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.facts.ImageLab;
import dev.stagecraft.lint.Linter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grades a fixture from src/test/resources/fixtures on the real engine through the real pipeline
 * (Grader, ImageLab, the standard registry), for the check ITs.
 */
final class FixtureGrading {

  private FixtureGrading() {}

  static Path fixture(String name) {
    try {
      return Path.of(FixtureGrading.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An exercise.yaml entry written in code: {@code spec("env", "name", "PORT")}. */
  static CheckSpec spec(String type, Object... keyValues) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      params.put((String) keyValues[i], keyValues[i + 1]);
    }
    return new CheckSpec(type, params, Optional.empty(), "exercise.yaml", 1);
  }

  /** Builds the fixture once and grades it with the given checks. */
  static Grade grade(String fixture, List<CheckSpec> checks) throws Exception {
    return grade(fixture, checks, new ArrayList<>());
  }

  /** Like {@link #grade(String, List)}, keeping the events grading emitted in {@code events}. */
  static Grade grade(String fixture, List<CheckSpec> checks, List<GradingEvent> events)
      throws Exception {
    Linter linter = Linter.withAllRules();
    DockerEngine engine = EngineAvailable.engine();
    Grader grader =
        new Grader(
            CheckRegistry.standard(linter), linter, new LabAccess.Available(new ImageLab(engine)));
    Path dir = fixture(fixture);
    Grade grade =
        grader.grade(
            GradingRequest.of(fixture, dir.resolve("Dockerfile"), dir, checks), events::add);
    CheckResult build =
        grade.results().stream().filter(r -> r.id().equals("build")).findFirst().orElseThrow();
    assertThat(build.status()).as(build.message()).isEqualTo(Status.PASS);
    return grade;
  }

  /**
   * Grades one attack of src/test/resources/fixtures/attacks: {@code NAME.Dockerfile} built with
   * that folder as its context, once, with all the given checks.
   */
  static Map<String, CheckResult> attack(String name, List<CheckSpec> checks) throws Exception {
    Linter linter = Linter.withAllRules();
    DockerEngine engine = EngineAvailable.engine();
    Grader grader =
        new Grader(
            CheckRegistry.standard(linter), linter, new LabAccess.Available(new ImageLab(engine)));
    Path dir = fixture("attacks");
    Grade grade =
        grader.grade(
            GradingRequest.of(name, dir.resolve(name + ".Dockerfile"), dir, checks), e -> {});
    Map<String, CheckResult> results = byId(grade);
    assertThat(results.get("build").status())
        .as(results.get("build").message())
        .isEqualTo(Status.PASS);
    return results;
  }

  static Map<String, CheckResult> byId(Grade grade) {
    Map<String, CheckResult> out = new HashMap<>();
    grade.results().forEach(r -> out.put(r.id(), r));
    return out;
  }
}
