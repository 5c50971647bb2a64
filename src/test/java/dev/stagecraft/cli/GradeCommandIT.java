package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.engine.SecondDockerd;
import dev.stagecraft.report.CsvReport;
import dev.stagecraft.report.SubmissionStatus;
import dev.stagecraft.terminal.TextWrap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Done-when 2 of issue 10: twenty generated submissions graded on the main engine alone, then on
 * the main engine and a second dockerd of the test's own; the CSV, JSON and JUnit outputs are read
 * back and checked, hostile learner names included; an unchanged class is then not graded again.
 */
@ExtendWith(EngineAvailable.class)
class GradeCommandIT {

  private static final String MAIN = "unix:///var/run/docker.sock";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  @Test
  void gradesTwentySubmissionsOnOneEngineThenTwo() throws Exception {
    Path home = Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath();
    ClassFixture fixture = ClassFixture.create(home, work.resolve("class"));
    assertThat(fixture.expected).hasSize(20);
    Path cache = work.resolve("results-cache");

    long start = System.nanoTime();
    CommandRun one = grade(fixture, "one", cache, List.of("--timeout", "60s"));
    double oneEngine = (System.nanoTime() - start) / 1e9;
    assertThat(one.exitCode()).as(one.err()).isEqualTo(0);
    assertOutputs(fixture, "one");
    assertTerminalSafe(one);
    assertThat(engines("one")).containsOnly("default", "");

    try (SecondDockerd second = SecondDockerd.start("grade")) {
      long load = System.nanoTime();
      second.loadImages("python:3.11-slim");
      double loading = (System.nanoTime() - load) / 1e9;

      start = System.nanoTime();
      CommandRun two =
          grade(
              fixture,
              "two",
              cache,
              List.of(
                  "--timeout", "60s", "--regrade", "--engine", MAIN, "--engine", second.host()));
      double twoEngines = (System.nanoTime() - start) / 1e9;
      assertThat(two.exitCode()).as(two.err()).isEqualTo(0);
      assertOutputs(fixture, "two");
      assertTerminalSafe(two);
      // Both engines took work: whichever is free takes the next submission.
      assertThat(engines("two")).contains(MAIN, second.host());
      System.out.printf(
          Locale.ROOT,
          "class of %d on one engine: %.1f s; on two: %.1f s (%.2fx); loading python:3.11-slim"
              + " into the second: %.1f s%n",
          fixture.expected.size(),
          oneEngine,
          twoEngines,
          twoEngines / oneEngine,
          loading);
    }
    assertThat(mainEngineContainers()).doesNotContain("sleep 600");

    // Unchanged submissions are not graded again: every pass and fail comes from the cache.
    CommandRun again = grade(fixture, "again", cache, List.of("--timeout", "60s"));
    assertThat(again.exitCode()).as(again.err()).isEqualTo(0);
    for (List<String> row : rows("again")) {
      if (!row.get(2).equals("broken")) {
        assertThat(row.get(10)).as("cached: " + row).isEqualTo("true");
      }
    }
  }

  private CommandRun grade(ClassFixture fixture, String name, Path cache, List<String> options) {
    List<String> args = new ArrayList<>(List.of("grade"));
    args.addAll(fixture.arguments);
    args.addAll(
        List.of(
            "--exercise",
            ClassFixture.EXERCISE,
            "--results-cache",
            cache.toString(),
            "--csv",
            work.resolve(name + ".csv").toString(),
            "--json",
            work.resolve(name + ".json").toString(),
            "--junit",
            work.resolve(name + ".xml").toString()));
    args.addAll(options);
    return CommandRun.stagecraft(args.toArray(String[]::new));
  }

  private void assertOutputs(ClassFixture fixture, String name) throws Exception {
    // CSV: one row per learner, formulas neutralised, statuses as expected.
    List<List<String>> rows = rows(name);
    assertThat(rows).hasSize(20);
    Map<String, String> csvStatus = new HashMap<>();
    for (List<String> row : rows) {
      assertThat(row).hasSize(CsvReport.COLUMNS.size());
      for (String cell : row) {
        assertThat(cell).as("a cell a spreadsheet would run").doesNotStartWith("=");
        assertThat(cell).doesNotStartWith("@").doesNotStartWith("+").doesNotStartWith("-");
      }
      csvStatus.put(row.get(0), row.get(2));
    }
    for (var entry : fixture.expected.entrySet()) {
      String learner = entry.getKey();
      String shown = "=@+-".indexOf(learner.charAt(0)) >= 0 ? "'" + learner : learner;
      assertThat(csvStatus).containsEntry(shown, entry.getValue().label());
    }
    assertThat(csvStatus).containsKeys("'" + ClassFixture.FORMULA, "'" + ClassFixture.AT_FORMULA);

    // JSON: exact names and texts, full detail for graded submissions.
    JsonNode root = JSON.readTree(work.resolve(name + ".json").toFile());
    Map<String, JsonNode> byLearner = new HashMap<>();
    root.path("submissions").forEach(s -> byLearner.put(s.path("learner").asText(), s));
    assertThat(byLearner.keySet()).isEqualTo(fixture.expected.keySet());
    fixture.expected.forEach(
        (learner, status) ->
            assertThat(byLearner.get(learner).path("status").asText())
                .as(learner + ": " + byLearner.get(learner).path("reason").asText())
                .isEqualTo(status.label()));
    assertThat(reason(byLearner, "sleepy")).contains("time limit");
    assertThat(reason(byLearner, "git-bob")).contains("no-such-branch");
    assertThat(reason(byLearner, "dennis")).contains("no Dockerfile");
    assertThat(reason(byLearner, "niklaus")).contains("not text");
    assertThat(reason(byLearner, "tony")).contains("UTF-8");
    assertThat(reason(byLearner, ClassFixture.LONG)).contains("symlink");
    JsonNode passing = byLearner.get(ClassFixture.TITLE).path("grade");
    assertThat(passing.path("checks")).isNotEmpty();
    passing.path("checks").forEach(c -> assertThat(c.path("status").asText()).isEqualTo("pass"));
    assertThat(
            byLearner.get(ClassFixture.AT_FORMULA).path("failedChecks").get(0).path("id").asText())
        .isEqualTo("named-stages");

    // JUnit XML: well-formed, a suite for the exercise, a testcase per learner.
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(Files.readAllBytes(work.resolve(name + ".xml"))));
    NodeList suites = xml.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(1);
    Element suite = (Element) suites.item(0);
    assertThat(suite.getAttribute("name")).isEqualTo("stagecraft.grade." + ClassFixture.EXERCISE);
    assertThat(suite.getAttribute("tests")).isEqualTo("20");
    assertThat(xml.getElementsByTagName("failure").getLength())
        .isEqualTo(count(fixture, SubmissionStatus.FAIL));
    assertThat(xml.getElementsByTagName("error").getLength())
        .isEqualTo(count(fixture, SubmissionStatus.BROKEN));
    Set<String> names = new HashSet<>();
    NodeList cases = xml.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      names.add(((Element) cases.item(i)).getAttribute("name"));
    }
    assertThat(names).contains("ada", ClassFixture.FORMULA);
    assertThat(names)
        .anyMatch(
            n -> n.startsWith("\\u001b]0;PWNED\\u0007title") && n.contains("XML 1.0 forbids"));
  }

  private static void assertTerminalSafe(CommandRun run) {
    assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(run.err()).doesNotContain("\u001b").doesNotContain("\u0007");
    for (String line : run.out().split("\n")) {
      assertThat(TextWrap.displayWidth(line)).as(line).isLessThanOrEqualTo(80);
    }
    assertThat(run.out()).contains("\\e]0;PWNED\\x07title").contains("Most common failing checks");
  }

  private List<List<String>> rows(String name) throws Exception {
    List<List<String>> rows =
        CsvRows.parse(Files.readString(work.resolve(name + ".csv"), StandardCharsets.UTF_8));
    assertThat(rows.get(0)).isEqualTo(CsvReport.COLUMNS);
    return rows.subList(1, rows.size());
  }

  private Set<String> engines(String name) throws Exception {
    return rows(name).stream().map(r -> r.get(8)).collect(Collectors.toSet());
  }

  private static String reason(Map<String, JsonNode> byLearner, String learner) {
    return byLearner.get(learner).path("reason").asText();
  }

  private static long count(ClassFixture fixture, SubmissionStatus status) {
    return fixture.expected.values().stream().filter(s -> s == status).count();
  }

  private static String mainEngineContainers() throws Exception {
    Process ps =
        new ProcessBuilder("/usr/bin/docker", "ps", "--no-trunc", "--format", "{{.Command}}")
            .redirectErrorStream(true)
            .start();
    String output = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    ps.waitFor();
    return output;
  }
}
