package dev.stagecraft.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadFilesMemoryTest {

  private static final ReadFilesMemory.Read READ =
      new ReadFilesMemory.Read(FileIndex.of(List.of()), Map.of(), Optional.empty());

  private static String key(String imageId) {
    return ReadFilesMemory.key(imageId, "base", FileScope.WHOLE, List.of(), List.of());
  }

  @Test
  void anImageReadForOtherFilesTextsOrAnotherBaseIsReadAgain() {
    String image = "sha256:1";
    String asked = ReadFilesMemory.key(image, "base", FileScope.WHOLE, List.of(), List.of());
    assertThat(ReadFilesMemory.key(image, "base", FileScope.NONE, List.of(), List.of()))
        .isNotEqualTo(asked);
    assertThat(
            ReadFilesMemory.key(image, "base", FileScope.WHOLE, List.of("/etc/passwd"), List.of()))
        .isNotEqualTo(asked);
    assertThat(ReadFilesMemory.key(image, "base", FileScope.WHOLE, List.of(), List.of("token")))
        .isNotEqualTo(asked);
    assertThat(ReadFilesMemory.key(image, "retagged", FileScope.WHOLE, List.of(), List.of()))
        .isNotEqualTo(asked);
    assertThat(ReadFilesMemory.key(image, "base", FileScope.WHOLE, List.of(), List.of()))
        .isEqualTo(asked);
  }

  @Test
  void onlyTheLastFewImagesAreKept() {
    ReadFilesMemory memory = new ReadFilesMemory();
    for (int i = 0; i <= ReadFilesMemory.IMAGES; i++) {
      memory.put(key("sha256:" + i), READ);
    }
    assertThat(memory.get(key("sha256:0"))).isEmpty();
    assertThat(memory.get(key("sha256:1"))).contains(READ);
    assertThat(memory.get(key("sha256:" + ReadFilesMemory.IMAGES))).contains(READ);
  }
}
