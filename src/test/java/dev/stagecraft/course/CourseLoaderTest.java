package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CourseLoaderTest {

  @TempDir Path home;

  @Test
  void aWellFormedCourseLoadsWithChecksInFileOrder() throws Exception {
    new MiniCourse(home)
        .write(
            "exercises/01-only/exercise.yaml",
            String.join(
                "\n",
                "title: Only exercise",
                "lesson: 01-only",
                "summary: One line.",
                "hints:",
                "  - first",
                "  - second",
                "checks:",
                "  - type: stage-count",
                "    min: 2",
                "    hint: Use two stages.",
                "  - type: toolchain-absent",
                "    tools: [go, gcc]",
                "  - type: runs",
                "    output: \"hello\"",
                "    ratio: 0.5",
                "    strict: true",
                ""));

    Course course = Course.load(home);

    Exercise exercise = course.exercises().get(0);
    assertThat(exercise.title()).isEqualTo("Only exercise");
    assertThat(exercise.summary()).isEqualTo("One line.");
    assertThat(exercise.lessonId()).contains("01-only");
    assertThat(exercise.hints()).containsExactly("first", "second");
    assertThat(exercise.directory()).isEqualTo(home.resolve("exercises/01-only"));
    assertThat(exercise.dockerfile()).isEqualTo(home.resolve("exercises/01-only/Dockerfile"));
    assertThat(exercise.solutionDockerfile())
        .isEqualTo(home.resolve("solutions/01-only/Dockerfile"));
    assertThat(exercise.checks())
        .extracting(CheckSpec::type, CheckSpec::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("stage-count", 8),
            org.assertj.core.groups.Tuple.tuple("toolchain-absent", 11),
            org.assertj.core.groups.Tuple.tuple("runs", 13));
    CheckSpec stages = exercise.checks().get(0);
    assertThat(stages.params()).isEqualTo(Map.of("min", 2));
    assertThat(stages.hint()).contains("Use two stages.");
    assertThat(stages.sourceName()).isEqualTo("exercises/01-only/exercise.yaml");
    assertThat(stages.location()).isEqualTo("exercises/01-only/exercise.yaml:8");
    assertThat(exercise.checks().get(1).params()).isEqualTo(Map.of("tools", List.of("go", "gcc")));
    assertThat(exercise.checks().get(1).hint()).isEmpty();
    assertThat(exercise.checks().get(2).params())
        .containsExactly(
            Map.entry("output", "hello"), Map.entry("ratio", 0.5), Map.entry("strict", true));
  }

  @Test
  void lessonBodyLosesItsFrontMatter() throws Exception {
    Lesson lesson = new MiniCourse(home).load().lessons().get(0);

    assertThat(lesson.id()).isEqualTo("01-only");
    assertThat(lesson.number()).isEqualTo(1);
    assertThat(lesson.title()).isEqualTo("Only lesson");
    assertThat(lesson.exerciseIds()).containsExactly("01-only");
    assertThat(lesson.markdown()).isEqualTo("# Only\n\nText.\n");
  }

  static Stream<Arguments> brokenExerciseYaml() {
    return Stream.of(
        Arguments.of("unknown-top-level-key.yaml", 3, List.of("'hnits'", "Known keys")),
        Arguments.of("missing-checks.yaml", 1, List.of("missing key 'checks'", "- type:")),
        Arguments.of("check-without-type.yaml", 5, List.of("check number 2", "'type'")),
        Arguments.of("hints-not-a-list.yaml", 2, List.of("'hints'", "must be a list", "text")),
        Arguments.of("title-is-a-list.yaml", 1, List.of("'title'", "must be text", "a list")),
        Arguments.of("check-is-text.yaml", 4, List.of("check number 2", "must be a mapping")),
        Arguments.of("check-param-without-value.yaml", 4, List.of("'maxMB'", "no value")),
        Arguments.of("duplicate-key.yaml", 2, List.of("'title'", "twice")),
        Arguments.of("broken-indentation.yaml", 4, List.of("not valid YAML", "indentation")),
        Arguments.of("lesson-does-not-exist.yaml", 2, List.of("'lesson'", "07-nowhere", "01-only")),
        Arguments.of("empty-checks.yaml", 2, List.of("'checks' is empty")),
        Arguments.of("hint-is-a-number.yaml", 4, List.of("'hint'", "check number 1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenExerciseYaml")
  void brokenExerciseYamlNamesFileLineAndKey(String fixture, int line, List<String> words) {
    MiniCourse course =
        new MiniCourse(home)
            .withFixture("exercises/01-only/exercise.yaml", "exercise-yaml/" + fixture);

    assertThatThrownBy(course::load)
        .isInstanceOfSatisfying(
            CourseException.class,
            e -> {
              assertThat(e.source()).isEqualTo("exercises/01-only/exercise.yaml");
              assertThat(e.line()).contains(line);
              assertThat(e.getMessage())
                  .startsWith("exercises/01-only/exercise.yaml:" + line + ": ")
                  .contains(words);
            });
  }

  static Stream<Arguments> brokenLessons() {
    return Stream.of(
        Arguments.of("no-front-matter.md", 1, List.of("front matter", "'---'")),
        Arguments.of("id-does-not-match-file.md", 3, List.of("01-something-else", "01-only.md")),
        Arguments.of("names-missing-exercise.md", 4, List.of("'exercises'", "02-missing")),
        Arguments.of("unclosed-front-matter.md", 1, List.of("never closed")),
        Arguments.of("unknown-front-matter-key.md", 4, List.of("'exercise'", "Known keys")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenLessons")
  void brokenLessonNamesFileLineAndKey(String fixture, int line, List<String> words) {
    MiniCourse course =
        new MiniCourse(home).withFixture("lessons/01-only.md", "lessons/" + fixture);

    assertThatThrownBy(course::load)
        .isInstanceOfSatisfying(
            CourseException.class,
            e -> {
              assertThat(e.source()).isEqualTo("lessons/01-only.md");
              assertThat(e.line()).contains(line);
              assertThat(e.getMessage()).contains(words);
            });
  }

  @Test
  void missingSolutionIsNamed() {
    MiniCourse course = new MiniCourse(home);
    course.write("exercises/02-second/exercise.yaml", MiniCourse.EXERCISE_YAML);

    assertThatThrownBy(course::load)
        .isInstanceOf(CourseException.class)
        .hasMessageStartingWith("solutions/02-second/Dockerfile: is missing");
  }

  @Test
  void badlyNamedExerciseFolderIsNamed() {
    MiniCourse course = new MiniCourse(home);
    course.write("exercises/go-scratch/exercise.yaml", MiniCourse.EXERCISE_YAML);

    assertThatThrownBy(course::load)
        .isInstanceOf(CourseException.class)
        .hasMessageContaining("exercises/go-scratch")
        .hasMessageContaining("NN-slug");
  }

  @Test
  void twoLessonsWithOneNumberAreRejected() {
    MiniCourse course = new MiniCourse(home);
    course.write("lessons/1-again.md", "---\nid: 1-again\ntitle: Again\n---\nText\n");

    assertThatThrownBy(course::load)
        .isInstanceOf(CourseException.class)
        .hasMessageContaining("same number");
  }

  @Test
  void aFolderWithoutACourseSaysWhereToLook() {
    assertThatThrownBy(() -> Course.load(home))
        .isInstanceOf(CourseException.class)
        .hasMessageContaining("lessons/")
        .hasMessageContaining("stagecraft.home");
  }

  @Test
  void hiddenEntriesAndOtherFilesAreIgnored() throws Exception {
    MiniCourse course = new MiniCourse(home);
    course.write("exercises/.idea/workspace.xml", "<x/>");
    course.write("exercises/notes.txt", "not an exercise");
    course.write("lessons/README.md", "# About the lessons");
    course.write("lessons/.draft.md", "no front matter");

    Course loaded = course.load();

    assertThat(loaded.lessons()).extracting(Lesson::id).containsExactly("01-only");
    assertThat(loaded.exercises()).extracting(Exercise::id).containsExactly("01-only");
  }
}
