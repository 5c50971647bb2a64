package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildJournalTest {

  @TempDir Path dir;

  @Test
  void aBuildKilledMidwayIsUnfinishedWithWhatItMade() {
    BuildJournal journal = new BuildJournal(dir, "4242-ab.cd");
    journal.started(Set.of("sha256:base1"));
    journal.made("aaa111");
    journal.done();
    journal.started(Set.of("sha256:base1", "sha256:base2"));
    journal.made("bbb222");
    journal.made("ccc333");

    List<Path> files = BuildJournal.all(dir);
    assertThat(files).hasSize(1);
    assertThat(BuildJournal.sessionOf(files.get(0))).isEqualTo("4242-ab.cd");
    List<BuildJournal.Build> builds = BuildJournal.read(files.get(0));
    assertThat(builds).hasSize(2);
    assertThat(builds.get(0).finished()).isTrue();
    assertThat(builds.get(0).made()).containsExactly("aaa111");
    assertThat(builds.get(1).finished()).isFalse();
    assertThat(builds.get(1).made()).containsExactly("bbb222", "ccc333");
    assertThat(builds.get(1).baseImageIds())
        .containsExactlyInAnyOrder("sha256:base1", "sha256:base2");
  }

  @Test
  void aLineTornByTheKillIsSkipped() throws Exception {
    Path file = dir.resolve("1-x.journal");
    Files.writeString(file, "start\t1000\tsha256:b\nmade\tddd444\nmad");
    List<BuildJournal.Build> builds = BuildJournal.read(file);
    assertThat(builds).hasSize(1);
    assertThat(builds.get(0).made()).containsExactly("ddd444");
    assertThat(builds.get(0).finished()).isFalse();
  }

  @Test
  void shortIdsMatchFullOnes() {
    assertThat(KilledBuilds.matchesAny("sha256:ddd444ffff", Set.of("ddd444"))).isTrue();
    assertThat(KilledBuilds.matchesAny("sha256:eee", Set.of("ddd444"))).isFalse();
    assertThat(KilledBuilds.matchesAny("", Set.of("ddd444"))).isFalse();
  }
}
