package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillBookTest {

  private static final Path HOME =
      Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath().normalize();

  @TempDir Path home;

  @Test
  void theCourseShipsDrillsOverItsOwnExercisesEachBrokenDifferentlyFromTheSolution()
      throws Exception {
    Course course = Course.load(HOME);
    DrillBook book = DrillBook.load(course);
    assertThat(book.drills()).hasSizeGreaterThanOrEqualTo(4);
    for (Drill drill : book.drills()) {
      Exercise exercise = course.exercise(drill.exerciseId()).orElseThrow();
      assertThat(Files.readString(drill.brokenDockerfile()))
          .as(drill.id())
          .isNotEqualTo(Files.readString(exercise.solutionDockerfile()))
          .isNotEqualTo(Files.readString(exercise.dockerfile()));
      assertThat(drill.timeLimit()).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(60));
      assertThat(drill.brief()).isNotBlank();
    }
    assertThat(book.drill("1")).isPresent();
    assertThat(book.drill("toolchain-ships").map(Drill::id)).contains("01-toolchain-ships");
  }

  private Course miniCourse() throws Exception {
    write(
        "lessons/01-only.md",
        "---\nid: 01-only\ntitle: Only\nexercises: [01-only]\n---\n# Only\n\nText.\n");
    write(
        "exercises/01-only/exercise.yaml",
        "title: Only\nlesson: 01-only\nchecks:\n  - type: non-root-user\n");
    write("exercises/01-only/Dockerfile", "FROM alpine:3.20\n");
    write("solutions/01-only/Dockerfile", "FROM alpine:3.20\nUSER 1\n");
    return Course.load(home);
  }

  private void write(String relative, String text) throws Exception {
    Path file = home.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void aCourseWithoutDrillsHasNone() throws Exception {
    assertThat(DrillBook.load(miniCourse()).drills()).isEmpty();
  }

  @Test
  void aDrillOfAnUnknownExerciseNamesFileLineAndFix() throws Exception {
    Course course = miniCourse();
    write("drills/01-root/Dockerfile", "FROM alpine:3.20\n");
    write(
        "drills/01-root/drill.yaml",
        "title: Root\nminutes: 5\nbrief: It runs as root.\nexercise: 09-nope\n");
    assertThatThrownBy(() -> DrillBook.load(course))
        .isInstanceOf(CourseException.class)
        .hasMessageContaining("drills/01-root/drill.yaml:4")
        .hasMessageContaining("no exercise '09-nope'")
        .hasMessageContaining("01-only");
  }

  @Test
  void aBadTimeLimitOrUnknownKeyIsRefused() throws Exception {
    Course course = miniCourse();
    write("drills/01-root/Dockerfile", "FROM alpine:3.20\n");
    write("drills/01-root/drill.yaml", "title: Root\nexercise: 01-only\nbrief: b\nminutes: 500\n");
    assertThatThrownBy(() -> DrillBook.load(course))
        .hasMessageContaining("drills/01-root/drill.yaml:4")
        .hasMessageContaining("from 1 to 60");
    write(
        "drills/01-root/drill.yaml",
        "title: Root\nexercise: 01-only\nbrief: b\nminutes: 5\nanswer: USER 1\n");
    assertThatThrownBy(() -> DrillBook.load(course)).hasMessageContaining("unknown key 'answer'");
  }

  @Test
  void aMissingDockerfileIsNamed() throws Exception {
    Course course = miniCourse();
    write("drills/01-root/drill.yaml", "title: Root\nexercise: 01-only\nbrief: b\nminutes: 5\n");
    assertThatThrownBy(() -> DrillBook.load(course))
        .hasMessageContaining("drills/01-root/Dockerfile")
        .hasMessageContaining("is missing");
  }

  @Test
  void aDockerfileLinkedFromOutsideTheDrillIsRefused() throws Exception {
    Course course = miniCourse();
    write("drills/01-root/drill.yaml", "title: Root\nexercise: 01-only\nbrief: b\nminutes: 5\n");
    Path secret = Files.writeString(home.getParent().resolve(home.getFileName() + "-secret"), "x");
    Files.createSymbolicLink(home.resolve("drills/01-root/Dockerfile"), secret);
    assertThatThrownBy(() -> DrillBook.load(course))
        .hasMessageContaining("drills/01-root/Dockerfile")
        .hasMessageContaining("outside its drill folder");
    Files.delete(secret);
  }
}
