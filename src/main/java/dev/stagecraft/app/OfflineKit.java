package dev.stagecraft.app;

import dev.stagecraft.course.BaseImages;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The base images a course needs, on one engine: which are present, pulling the missing ones, and
 * one tar of them all (a kit for a room without a network: save it where the images are, load it
 * from a USB stick where they are not).
 */
public final class OfflineKit {

  /** The command a learner types to fill the gaps from a kit. */
  public static final String LOAD_COMMAND = "./stagecraft images load FILE";

  /** The command a learner types to fill the gaps from the registry. */
  public static final String PULL_COMMAND = "./stagecraft images pull";

  private final DockerEngine engine;

  public OfflineKit(DockerEngine engine) {
    this.engine = engine;
  }

  /**
   * One needed image on this engine.
   *
   * @param reference such as {@code alpine:3.20}
   * @param present whether the engine has it
   * @param neededBy the Dockerfiles that build on it, relative to the course folder
   */
  public record ImageState(String reference, boolean present, List<String> neededBy) {
    public ImageState {
      neededBy = List.copyOf(neededBy);
    }
  }

  /** What became of one image a pull asked for. */
  public sealed interface Pull {
    String reference();

    /** It was there already; nothing was fetched. */
    record AlreadyPresent(String reference) implements Pull {}

    /** It was fetched. */
    record Pulled(String reference) implements Pull {}

    /** It could not be fetched; {@code reason} is the engine's or the registry's. */
    record Failed(String reference, String reason) implements Pull {}
  }

  /** Every needed image, in name order, present or not. */
  public List<ImageState> states(BaseImages images) {
    List<ImageState> states = new ArrayList<>();
    images
        .neededBy()
        .forEach(
            (reference, files) ->
                states.add(new ImageState(reference, engine.imageExists(reference), files)));
    return List.copyOf(states);
  }

  /** Pulls each image that is missing, one at a time; one failure does not stop the others. */
  public List<Pull> pullMissing(List<String> references) {
    List<Pull> outcomes = new ArrayList<>();
    for (String reference : references) {
      if (engine.imageExists(reference)) {
        outcomes.add(new Pull.AlreadyPresent(reference));
        continue;
      }
      try {
        engine.imageTransfer().pull(reference);
        outcomes.add(new Pull.Pulled(reference));
      } catch (EngineException e) {
        outcomes.add(new Pull.Failed(reference, e.getMessage()));
      }
    }
    return List.copyOf(outcomes);
  }

  /**
   * Saves {@code references} into one tar at {@code file}. It is written beside the file and moved
   * over it when complete, so a failed save never leaves half a kit that looks whole.
   */
  public void save(List<String> references, Path file) throws EngineException, IOException {
    Path target = file.toAbsolutePath();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path partial = Files.createTempFile(parent, "." + target.getFileName(), ".partial");
    try {
      try (OutputStream out = Files.newOutputStream(partial)) {
        engine.imageTransfer().save(references, out);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** Loads a kit made by {@link #save}; returns the images it held. */
  public List<String> load(Path file) throws EngineException, IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return engine.imageTransfer().load(in);
    }
  }
}
