package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lessons quote course files so they cannot drift from them. A fenced block right after {@code <!--
 * stagecraft:file PATH -->} must equal the file PATH; after {@code <!-- stagecraft:excerpt PATH
 * -->} its lines must appear in PATH, in order and together.
 */
class LessonSamplesTest {

  private static final Pattern SAMPLE =
      Pattern.compile(
          "<!-- stagecraft:(file|excerpt) (\\S+) -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

  record Sample(String lesson, String kind, String path, String code) {
    @Override
    public String toString() {
      return lesson + " quotes " + path + " (" + kind + ")";
    }
  }

  static Stream<Sample> samples() throws Exception {
    Course course = Course.load(Course.defaultHome());
    List<Sample> samples = new ArrayList<>();
    for (Lesson lesson : course.lessons()) {
      Matcher matcher = SAMPLE.matcher(lesson.markdown());
      while (matcher.find()) {
        samples.add(new Sample(lesson.id(), matcher.group(1), matcher.group(2), matcher.group(3)));
      }
    }
    return samples.stream();
  }

  @Test
  void theLessonsQuoteTheStartersWholeAndTheSolutionsInPieces() throws Exception {
    List<Sample> all = samples().toList();

    assertThat(all)
        .anySatisfy(
            s -> {
              assertThat(s.path()).isEqualTo("solutions/03-go-scratch/Dockerfile");
              assertThat(s.kind()).isEqualTo("excerpt");
            })
        .anySatisfy(s -> assertThat(s.path()).isEqualTo("exercises/03-go-scratch/Dockerfile"));
    assertThat(all).filteredOn(s -> s.kind().equals("file")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(all)
        .as("a lesson never quotes a whole solution")
        .noneSatisfy(
            s -> {
              assertThat(s.kind()).isEqualTo("file");
              assertThat(s.path()).startsWith("solutions/");
            });
  }

  /**
   * A lesson teaches the pieces; the whole answer is the `solution` command's, after a pass. No
   * block of any lesson holds every instruction line of any solution, whatever its comments.
   */
  @Test
  void noLessonPrintsAWholeSolution() throws Exception {
    Course course = Course.load(Course.defaultHome());
    Pattern block = Pattern.compile("```[a-z]*\\n(.*?)```", Pattern.DOTALL);
    for (Exercise exercise : course.exercises()) {
      if (!Files.isRegularFile(exercise.solutionDockerfile())) {
        continue;
      }
      List<String> instructions = instructionLines(Files.readString(exercise.solutionDockerfile()));
      for (Lesson lesson : course.lessons()) {
        Matcher matcher = block.matcher(lesson.markdown());
        while (matcher.find()) {
          List<String> code = instructionLines(matcher.group(1));
          assertThat(code)
              .as("%s prints the whole solution of %s", lesson.id(), exercise.id())
              .doesNotContainSequence(instructions);
          assertThat(code.containsAll(instructions))
              .as("%s prints every line of the solution of %s", lesson.id(), exercise.id())
              .isFalse();
        }
      }
    }
  }

  private static List<String> instructionLines(String dockerfile) {
    return dockerfile
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  /** What the checks grade comes from exercise.yaml (a stagecraft:checks marker), never by hand. */
  @Test
  void noLessonWritesItsChecksTableByHand() throws Exception {
    Course course = Course.load(Course.defaultHome());
    for (Lesson lesson : course.lessons()) {
      assertThat(lesson.markdown().lines())
          .as("%s: use <!-- stagecraft:checks EXERCISE --> for the table of checks", lesson.id())
          .noneMatch(line -> line.matches("\\|\\s*Check\\s*\\|.*"));
    }
  }

  /** Every Dockerfile block says where it comes from, so none can quietly go stale. */
  @Test
  void everyDockerfileBlockIsMarked() throws Exception {
    Course course = Course.load(Course.defaultHome());
    for (Lesson lesson : course.lessons()) {
      List<String> lines = lesson.markdown().lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).equals("```dockerfile")) {
          String marker = i == 0 ? "" : lines.get(i - 1);
          assertThat(marker)
              .as(
                  "%s line %d: a dockerfile block needs a stagecraft:file, :excerpt or :example marker",
                  lesson.id(), i)
              .matches("<!-- stagecraft:(file \\S+|excerpt \\S+|example) -->");
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void quotedCodeMatchesTheFile(Sample sample) throws IOException {
    Path file = Course.defaultHome().resolve(sample.path());
    assertThat(file).as("quoted file").isRegularFile();
    String content = Files.readString(file);

    if (sample.kind().equals("file")) {
      assertThat(sample.code()).isEqualTo(content);
    } else {
      assertThat("\n" + content).as("excerpt in " + sample.path()).contains("\n" + sample.code());
    }
  }
}
