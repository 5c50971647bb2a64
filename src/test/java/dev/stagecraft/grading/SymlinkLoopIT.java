package dev.stagecraft.grading;

import static dev.stagecraft.grading.FixtureGrading.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.engine.EngineLeftovers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fixture symlink-loop-on-path puts a loop of links behind a PATH entry. The engine answers
 * HTTP 500 to a stat of it, so reading paths one by one fails; grading falls back to one export and
 * still gives every check a verdict.
 */
@ExtendWith(EngineAvailable.class)
class SymlinkLoopIT {

  @Test
  void aLoopOfLinksFallsBackToTheFullRead() throws Exception {
    List<GradingEvent> events = new ArrayList<>();
    Grade grade =
        FixtureGrading.grade(
            "symlink-loop-on-path",
            List.of(
                // Scoped checks only (toolchain-absent reads every file): the link in PATH is
                // looked up, and its loop sends the read the slow way.
                spec("path-present", "paths", "/usr/local/bin/looping", "kind", "symlink"),
                spec("path-present", "paths", "/opt/a", "kind", "symlink")),
            events);
    Map<String, CheckResult> results = FixtureGrading.byId(grade);
    CheckResult looping = results.get("path-present");
    assertThat(looping.status()).as(looping.message()).isEqualTo(Status.PASS);
    CheckResult link = results.get("path-present-2");
    assertThat(link.status()).as(link.message()).isEqualTo(Status.PASS);
    assertThat(events)
        .filteredOn(GradingEvent.Lab.class::isInstance)
        .map(Object::toString)
        .anySatisfy(text -> assertThat(text).contains("reading the files the checks look at"))
        .anySatisfy(text -> assertThat(text).contains("reading the filesystem"));
    assertThat(EngineLeftovers.containers()).isEmpty();
  }
}
