package dev.stagecraft.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.engine.EngineAvailable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A starter measured in one session is not built again in the next: its size comes from disk, until
 * something that went into it changes.
 */
@ExtendWith(EngineAvailable.class)
class RememberedSizesIT {

  @TempDir Path context;
  @TempDir Path state;

  @Test
  void theNextLabTakesTheSizeFromDiskUntilAnInputChanges() throws Exception {
    Path marker = context.resolve("marker.txt");
    Files.writeString(marker, "measured once " + System.nanoTime() + "\n");
    Path dockerfile = context.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM scratch\nCOPY marker.txt /marker.txt\n");
    Path file = state.resolve("measured-sizes.properties");

    BuildOutcome first =
        new ImageLab(EngineAvailable.engine(), Optional.of(file))
            .measure(context, dockerfile, Optional.empty(), true);
    assertThat(first).isInstanceOf(BuildOutcome.Built.class);

    // Another value on disk proves where the next lab's answer comes from.
    Properties sizes = new Properties();
    try (var reader = Files.newBufferedReader(file)) {
      sizes.load(reader);
    }
    assertThat(sizes).hasSize(1);
    String key = sizes.stringPropertyNames().iterator().next();
    sizes.setProperty(key, "12345");
    try (var writer = Files.newBufferedWriter(file)) {
      sizes.store(writer, null);
    }
    assertThat(
            new ImageLab(EngineAvailable.engine(), Optional.of(file))
                .measure(context, dockerfile, Optional.empty(), true))
        .isEqualTo(new BuildOutcome.Built(12345));

    Files.setLastModifiedTime(marker, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertThat(
            new ImageLab(EngineAvailable.engine(), Optional.of(file))
                .measure(context, dockerfile, Optional.empty(), true))
        .isEqualTo(first);
  }

  @Test
  void aGarbledFileIsAnEmptyMemory() throws Exception {
    Path file = state.resolve("measured-sizes.properties");
    Files.write(file, new byte[] {(byte) 0xff, '\\', 'u', 'z', 'z', '\n'});
    assertThat(new RememberedSizes(Optional.of(file)).get("anything")).isEmpty();
    new RememberedSizes(Optional.of(file)).put("key", 42);
    assertThat(new RememberedSizes(Optional.of(file)).get("key")).hasValue(42);
  }
}
