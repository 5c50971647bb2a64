package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** saveLayers on the real engine, whichever save layout it writes. */
@ExtendWith(EngineAvailable.class)
class SaveLayersIT {

  @Test
  void anIdenticalLayerSavedOnceIsListedAtBothPlaces(DockerEngine engine) throws Exception {
    String tag = EngineFixtures.uniqueTag("repeated-layer");
    engine.build(
        BuildRequest.of(
            EngineFixtures.resource("scratch"),
            EngineFixtures.resource("repeated-layer.Dockerfile"),
            tag),
        event -> {});
    try {
      List<String> diffIds = engine.inspectImage(tag).layerDiffIds();
      assertThat(diffIds).hasSize(2);
      assertThat(diffIds.get(1)).isEqualTo(diffIds.get(0));
      List<LayerListing> layers = engine.saveLayers(tag);
      assertThat(layers).hasSize(2);
      // Legacy saves link the second name to the first; OCI saves hold one blob for both.
      assertThat(layers.get(1).name()).isEqualTo(layers.get(0).name());
      long helloSize = Files.size(EngineFixtures.resource("scratch/hello.txt"));
      for (LayerListing layer : layers) {
        assertThat(layer.entries()).contains(new LayerEntry("/h", FileType.FILE, helloSize));
      }
    } finally {
      engine.removeImage(tag);
    }
  }

  @Test
  void aLargeLayerIsListedOnceThenTakenFromItsListByItsDiffId(@TempDir Path state)
      throws Exception {
    String debian;
    List<LayerListing> first;
    List<LayerListing> second;
    try (DockerEngine engine = DockerEngine.connect()) {
      engine.keepStateIn(state, 64L * 1024 * 1024);
      debian = EngineFixtures.debianImage(engine);
      first = engine.saveLayers(debian);
      assertThat(engine.layerListingBytes()).isPositive();
      second = engine.saveLayers(debian);
    }
    assertThat(second)
        .extracting(LayerListing::entries)
        .isEqualTo(first.stream().map(LayerListing::entries).toList());
    try (DockerEngine engine = DockerEngine.connect()) {
      assertThat(engine.saveLayers(debian))
          .extracting(LayerListing::entries)
          .isEqualTo(first.stream().map(LayerListing::entries).toList());
    }
  }

  @Test
  void aBaseImagesLayersComeFirstAndStayUnbuffered(DockerEngine engine) throws Exception {
    String debian = EngineFixtures.debianImage(engine);
    List<LayerListing> layers = engine.saveLayers(debian);
    assertThat(layers).hasSize(engine.inspectImage(debian).layerDiffIds().size());
    assertThat(layers.get(0).entries())
        .anySatisfy(e -> assertThat(e.path()).isEqualTo("/etc/passwd"));
    assertThat(layers.get(0).sizeBytes()).isGreaterThan(10_000_000);
  }
}
