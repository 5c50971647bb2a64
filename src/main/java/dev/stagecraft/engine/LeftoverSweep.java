package dev.stagecraft.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Image;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Removes what other stagecraft sessions left behind, in whatever state it is (created, exited,
 * dead, removal in progress): those in this process's {@link PidSpace} whose process has ended
 * (killed, or the machine lost power, before it could clean up), and any created before a cutoff
 * (sessions of other machines sharing the engine, whose processes cannot be seen from here), and
 * the step images of builds such a session was killed in (see {@link KilledBuilds}).
 */
final class LeftoverSweep {

  /** A removal the engine is still busy with, or one that failed for a moment, is tried again. */
  private static final int TRIES = 3;

  private static final Duration BETWEEN_TRIES = Duration.ofMillis(500);

  private final DockerClient client;
  private final String ownSession;
  private final Optional<String> pidSpace = PidSpace.id();
  private final Path journals;
  private final Set<String> keptImages;

  /** Final images kept for the next check of an exercise (see {@link KeptImages}). */
  private final Set<String> keptFinalImages;

  LeftoverSweep(
      DockerClient client,
      String ownSession,
      Path journals,
      Set<String> keptImages,
      Set<String> keptFinalImages) {
    this.client = client;
    this.ownSession = ownSession;
    this.journals = journals;
    this.keptImages = keptImages;
    this.keptFinalImages = keptFinalImages;
  }

  Leftovers run(Instant cutoff) {
    int removed = 0;
    List<Leftovers.Stuck> stuck = new ArrayList<>();
    try {
      // All states, no status filter: a container the engine was removing when it died shows
      // "removing" or "dead", and is ours to finish.
      for (Container container :
          client
              .listContainersCmd()
              .withShowAll(true)
              .withLabelFilter(Map.of(DockerEngine.OWNER_LABEL, DockerEngine.OWNER))
              .exec()) {
        if (ended(container.getLabels(), container.getCreated(), cutoff)) {
          Optional<String> failure = removeContainer(container.getId());
          if (failure.isEmpty()) {
            removed++;
          } else {
            stuck.add(
                new Leftovers.Stuck(
                    "container",
                    shortId(container.getId()),
                    String.valueOf(container.getState()),
                    failure.get()));
          }
        }
      }
      for (Image image :
          client
              .listImagesCmd()
              .withShowAll(true)
              .withLabelFilter(Map.of(DockerEngine.OWNER_LABEL, DockerEngine.OWNER))
              .exec()) {
        if (!keptFinalImages.contains(image.getId())
            && !keptElsewhere(image, cutoff)
            && ended(image.getLabels(), image.getCreated(), cutoff)) {
          Optional<String> failure = removeImage(image.getId());
          if (failure.isEmpty()) {
            removed++;
          } else {
            stuck.add(new Leftovers.Stuck("image", shortId(image.getId()), "", failure.get()));
          }
        }
      }
      removed +=
          new KilledBuilds(client, journals)
              .removeAfter(
                  (session, written) ->
                      !session.equals(ownSession) && ended(session, written, cutoff),
                  keptImages);
    } catch (RuntimeException e) {
      // The engine went away: nothing is lost, the next session tries again.
    }
    return new Leftovers(removed, stuck);
  }

  /**
   * An image another cache directory keeps (a second account, a test's): it is tagged as kept, and
   * its own ledger bounds it. Only the age rule removes it, in case that directory is gone.
   */
  private static boolean keptElsewhere(Image image, Instant cutoff) {
    String[] tags = image.getRepoTags() == null ? new String[0] : image.getRepoTags();
    return !Instant.ofEpochSecond(image.getCreated()).isBefore(cutoff)
        && java.util.Arrays.stream(tags).anyMatch(t -> t.startsWith(KeptImages.TAG_REPOSITORY));
  }

  /** Empty when the container is gone; otherwise the engine's reason it stays. */
  private Optional<String> removeContainer(String id) {
    return tryRemoving(
        () -> client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec());
  }

  private Optional<String> removeImage(String id) {
    return tryRemoving(() -> client.removeImageCmd(id).withForce(true).exec());
  }

  private static Optional<String> tryRemoving(Runnable removal) {
    String reason = "";
    for (int attempt = 1; attempt <= TRIES; attempt++) {
      try {
        removal.run();
        return Optional.empty();
      } catch (NotFoundException gone) {
        return Optional.empty();
      } catch (DockerException e) {
        reason = ImageBuilder.engineMessage(e);
      }
      try {
        Thread.sleep(BETWEEN_TRIES.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return Optional.of(reason);
  }

  private boolean ended(Map<String, String> labels, long createdEpochSecond, Instant cutoff) {
    if (labels == null) {
      return false;
    }
    String session = labels.getOrDefault(DockerEngine.SESSION_LABEL, "");
    return !session.equals(ownSession)
        && ended(session, Instant.ofEpochSecond(createdEpochSecond), cutoff);
  }

  private boolean ended(String session, Instant created, Instant cutoff) {
    if (created.isBefore(cutoff)) {
      return true;
    }
    return pidSpace.isPresent()
        && pidSpace.equals(SessionResources.pidSpaceOf(session))
        && !SessionResources.processAlive(session);
  }

  private static String shortId(String id) {
    String hex = id.startsWith("sha256:") ? id.substring(7) : id;
    return hex.substring(0, Math.min(12, hex.length()));
  }
}
