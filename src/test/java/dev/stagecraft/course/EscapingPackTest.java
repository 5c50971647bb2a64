package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A course pack may never reach outside its folder: not by '..', an absolute path or a link. */
class EscapingPackTest {

  @TempDir Path temp;

  private MiniCourse pack() {
    return new MiniCourse(temp.resolve("pack"));
  }

  private Path outside(String name, String content) throws Exception {
    Path file = temp.resolve("outside").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void aSymlinkedExerciseFolderPointingOutsideIsRefused() throws Exception {
    MiniCourse pack = pack();
    Path elsewhere = outside("02-linked/exercise.yaml", MiniCourse.EXERCISE_YAML).getParent();
    Files.writeString(elsewhere.resolve("Dockerfile"), "FROM scratch\n");
    Files.createSymbolicLink(pack.home.resolve("exercises/02-linked"), elsewhere);
    pack.write("solutions/02-linked/Dockerfile", "FROM scratch\nUSER 1\n");

    assertThatThrownBy(pack::load)
        .isInstanceOf(CourseException.class)
        .hasMessageStartingWith("exercises/02-linked: is a symbolic link")
        .hasMessageContaining("leads outside the course folder")
        .hasMessageContaining(elsewhere.toRealPath().toString())
        .hasMessageContaining("copy the file in");
  }

  @Test
  void aFileMarkerClimbingOutWithDotDotNamesTheLessonLineAndMarker() {
    MiniCourse pack = pack();
    pack.write(
        "lessons/01-only.md",
        MiniCourse.LESSON + "\n<!-- stagecraft:file ../../etc/passwd -->\n```\nroot\n```\n");

    assertThatThrownBy(pack::load)
        .isInstanceOf(CourseException.class)
        .hasMessageStartingWith("lessons/01-only.md:10: the marker 'stagecraft:file' names")
        .hasMessageContaining("'../../etc/passwd', which leads outside the course folder");
  }

  @Test
  void anExcerptMarkerWithAnAbsolutePathIsRefused() {
    MiniCourse pack = pack();
    pack.write(
        "lessons/01-only.md", MiniCourse.LESSON + "<!-- stagecraft:excerpt /etc/hosts -->\n");

    assertThatThrownBy(pack::load)
        .hasMessageStartingWith("lessons/01-only.md:9: the marker 'stagecraft:excerpt'")
        .hasMessageContaining("an absolute path")
        .hasMessageContaining("relative to the course folder");
  }

  @Test
  void aMarkerThroughALinkInsideThePackThatLeadsOutIsRefused() throws Exception {
    MiniCourse pack = pack();
    Path secret = outside("secret.txt", "password");
    Files.createSymbolicLink(pack.home.resolve("exercises/01-only/notes.txt"), secret);
    pack.write(
        "lessons/01-only.md",
        MiniCourse.LESSON + "<!-- stagecraft:file exercises/01-only/notes.txt -->\n");

    assertThatThrownBy(pack::load)
        .hasMessageContaining("lessons/01-only.md:9")
        .hasMessageContaining("names 'exercises/01-only/notes.txt', which is a symbolic link")
        .hasMessageContaining(secret.toRealPath().toString());
  }

  @Test
  void aMarkerNamingAMissingFileSaysSo() {
    MiniCourse pack = pack();
    pack.write("lessons/01-only.md", MiniCourse.LESSON + "<!-- stagecraft:file nothing.txt -->\n");

    assertThatThrownBy(pack::load)
        .hasMessageContaining("lessons/01-only.md:9")
        .hasMessageContaining("no such file in the course");
  }

  @Test
  void aMarkerNamingAFileInsideThePackLoads() throws Exception {
    MiniCourse pack = pack();
    pack.write(
        "lessons/01-only.md",
        MiniCourse.LESSON + "<!-- stagecraft:file exercises/01-only/Dockerfile -->\n");

    assertThat(pack.load().lessons()).hasSize(1);
  }

  @Test
  void aSymlinkedSolutionDockerfileIsRefused() throws Exception {
    MiniCourse pack = pack();
    Path theirs = outside("Dockerfile", "FROM scratch\n");
    Path solution = pack.home.resolve("solutions/01-only/Dockerfile");
    Files.delete(solution);
    Files.createSymbolicLink(solution, theirs);

    assertThatThrownBy(pack::load)
        .hasMessageStartingWith("solutions/01-only/Dockerfile: is a symbolic link");
  }

  @Test
  void aSymlinkedLessonFileIsRefused() throws Exception {
    MiniCourse pack = pack();
    Path theirs = outside("02-theirs.md", "---\nid: 02-theirs\ntitle: T\n---\nx\n");
    Files.createSymbolicLink(pack.home.resolve("lessons/02-theirs.md"), theirs);

    assertThatThrownBy(pack::load)
        .hasMessageStartingWith("lessons/02-theirs.md: is a symbolic link");
  }

  @Test
  void aSymlinkedLessonsFolderIsRefused() throws Exception {
    MiniCourse pack = pack();
    Path lessons = pack.home.resolve("lessons");
    Path moved = Files.move(lessons, temp.resolve("lessons-elsewhere"));
    Files.createSymbolicLink(lessons, moved);

    assertThatThrownBy(pack::load).hasMessageStartingWith("lessons: is a symbolic link");
  }

  @Test
  void aQuestionBankLinkedFromOutsideIsRefused() throws Exception {
    MiniCourse pack = pack();
    Path theirs = outside("questions.yaml", "questions: []\n");
    Files.createSymbolicLink(pack.home.resolve("lessons/questions.yaml"), theirs);

    assertThatThrownBy(() -> QuestionBank.load(pack.home))
        .isInstanceOf(CourseException.class)
        .hasMessageStartingWith("lessons/questions.yaml: is a symbolic link");
  }

  @Test
  void aPackWithoutLessonsSaysWhatItNeeds() throws Exception {
    MiniCourse pack = pack();
    Files.delete(pack.home.resolve("lessons/01-only.md"));
    pack.write(
        "exercises/01-only/exercise.yaml", "title: Only\nchecks:\n  - type: non-root-user\n");

    assertThatThrownBy(pack::load)
        .hasMessageStartingWith("lessons: holds no lesson")
        .hasMessageContaining("lessons/NN-slug.md");
  }

  @Test
  void linksThatStayInsideThePackAreFine() throws Exception {
    MiniCourse pack = pack();
    Path shared = pack.home.resolve("shared");
    Files.createDirectories(shared);
    Files.writeString(shared.resolve("Dockerfile"), "FROM scratch\nUSER 1\n");
    Path solution = pack.home.resolve("solutions/01-only/Dockerfile");
    Files.delete(solution);
    Files.createSymbolicLink(solution, Path.of("../../shared/Dockerfile"));

    assertThat(pack.load().exercises()).hasSize(1);
  }

  @Test
  void aPathNamedInAFileIsResolvedOnlyInsideItsFolder() throws Exception {
    Path base = Files.createDirectories(temp.resolve("pack/exercises/01-x"));
    assertThat(CoursePaths.resolve(base, "sub/../cst.yaml", "exercise folder"))
        .isEqualTo(base.resolve("cst.yaml"));
    assertThatThrownBy(() -> CoursePaths.resolve(base, "/etc/passwd", "exercise folder"))
        .hasMessageContaining("an absolute path");
    assertThatThrownBy(() -> CoursePaths.resolve(base, "../../x", "exercise folder"))
        .hasMessageContaining("leads outside the exercise folder");
    assertThatThrownBy(() -> CoursePaths.resolve(base, "~/x", "exercise folder"))
        .hasMessageContaining("an absolute path");
    assertThatThrownBy(() -> CoursePaths.resolve(base, " ", "exercise folder"))
        .hasMessageContaining("is empty");
  }
}
