package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One place decides the course folder: --course, then $STAGECRAFT_COURSE, then the default. */
class CourseHomeTest {

  private static final Map<String, String> ENV = Map.of(CourseHome.ENV, "/packs/from-env");

  @Test
  void theOptionWinsOverEverything() {
    CourseHome home = CourseHome.choose(Optional.of(Path.of("/packs/opt")), ENV, Optional.of("/h"));

    assertThat(home.path()).isEqualTo(Path.of("/packs/opt"));
    assertThat(home.source()).isEqualTo(CourseHome.Source.OPTION);
  }

  @Test
  void theEnvironmentWinsOverTheLaunchersHome() {
    CourseHome home = CourseHome.choose(Optional.empty(), ENV, Optional.of("/checkout"));

    assertThat(home.path()).isEqualTo(Path.of("/packs/from-env"));
    assertThat(home.source().shown()).isEqualTo("$STAGECRAFT_COURSE");
  }

  @Test
  void theLaunchersHomeThenTheWorkingDirectoryAreTheDefault() {
    assertThat(CourseHome.choose(Optional.empty(), Map.of(), Optional.of("/checkout")).path())
        .isEqualTo(Path.of("/checkout"));
    CourseHome fallback =
        CourseHome.choose(Optional.empty(), Map.of(CourseHome.ENV, "  "), Optional.of(""));
    assertThat(fallback.source()).isEqualTo(CourseHome.Source.WORKING_DIRECTORY);
    assertThat(fallback.path()).isEqualTo(Path.of("").toAbsolutePath());
  }

  @Test
  void aRelativeFolderIsMadeAbsoluteAndNormal() {
    CourseHome home =
        CourseHome.choose(Optional.of(Path.of("packs/../packs/a")), ENV, Optional.empty());

    assertThat(home.path()).isEqualTo(Path.of("packs/a").toAbsolutePath());
  }
}
