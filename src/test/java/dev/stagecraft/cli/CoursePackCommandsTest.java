package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.app.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that need no engine, run on a course pack chosen with --course. */
class CoursePackCommandsTest {

  @TempDir Path temp;

  @Test
  void listShowsThePacksLessonAndExerciseNotTheBuiltInCourse() {
    Path pack = Packs.copy("tiny", temp.resolve("tiny"));

    CommandRun run = CommandRun.stagecraft("--course", pack.toString(), "list", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"id\" : \"01-hello-pack\"").doesNotContain("03-go-scratch");
  }

  @Test
  void theOptionMayAlsoFollowTheCommand() {
    Path pack = Packs.copy("tiny", temp.resolve("tiny"));

    CommandRun run = CommandRun.stagecraft("list", "--json", "--course", pack.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("01-hello-pack").doesNotContain("03-go-scratch");
  }

  @Test
  void lessonPrintsThePacksLesson() {
    Path pack = Packs.copy("tiny", temp.resolve("tiny"));

    CommandRun run = CommandRun.stagecraft("--course", pack.toString(), "lesson", "1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("A pack of one lesson").contains("USER");
  }

  @Test
  void hintsAreKeptInThePacksOwnProgress() {
    Path pack = Packs.copy("tiny", temp.resolve("tiny"));

    CommandRun run = CommandRun.stagecraft("--course", pack.toString(), "hint", "1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("USER 65534");
    assertThat(pack.resolve(".stagecraft/progress.json")).exists();
  }

  @Test
  void resetRestoresAPacksStarterFromTheCopyKeptWhenThePackWasFirstOpened() throws Exception {
    Path pack = Packs.copy("tiny", temp.resolve("tiny"));
    Path starter = pack.resolve("exercises/01-hello-pack/Dockerfile");
    String original = Files.readString(starter);
    CommandRun before = CommandRun.stagecraft("--course", pack.toString(), "reset", "1");
    Workbench.open(pack).close();
    Files.writeString(starter, "FROM alpine:3.20\n# mine\n");

    CommandRun run = CommandRun.stagecraft("--course", pack.toString(), "reset", "1");

    assertThat(before.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(before.err()).contains("no copy of the starter of 01-hello-pack was kept");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(starter).hasContent(original);
    try (var files = Files.list(starter.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("Dockerfile.") && name.endsWith(".bak"));
    }
  }

  @Test
  void aFolderThatIsNoCourseSaysHowToNameOne() {
    CommandRun run = CommandRun.stagecraft("--course", temp.toString(), "list");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("no course here").contains("--course DIR");
  }

  @Test
  void aBadExerciseYamlInAPackNamesFileLineAndKey() throws Exception {
    Path pack = Packs.copy("tiny", temp.resolve("tiny"));
    Path yaml = pack.resolve("exercises/01-hello-pack/exercise.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("title:", "titel:"));

    CommandRun run = CommandRun.stagecraft("--course", pack.toString(), "list");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("exercises/01-hello-pack/exercise.yaml:1").contains("'titel'");
  }

  @Test
  void hostileTextInAPackIsShownVisiblyNeverObeyed() throws Exception {
    Path pack = Packs.hostile(temp.resolve("tiny"));

    CommandRun lessonRun = CommandRun.stagecraft("--course", pack.toString(), "lesson", "1");
    CommandRun list = CommandRun.stagecraft("--course", pack.toString(), "list");
    CommandRun unknown = CommandRun.stagecraft("--course", pack.toString(), "lesson", "9");

    assertThat(lessonRun.exitCode()).as(lessonRun.err()).isZero();
    assertThat(lessonRun.out()).contains("\\e]0;PWNED\\x07Add\\x00 a \\e]52;c;ZXZpbA==\\x07");
    assertThat(list.out()).contains("A pack \\e]0;PWNED\\x07lesson").contains("\\e[2Khello");
    assertThat(unknown.err()).contains("\\e]0;PWNED");
    for (String text :
        new String[] {lessonRun.out(), list.out(), list.err(), unknown.err(), unknown.out()}) {
      assertThat(text).doesNotContain("\u001b").doesNotContain("\u0000").doesNotContain("\u0007");
      assertThat(text).doesNotContain("\u009b");
    }
  }
}
