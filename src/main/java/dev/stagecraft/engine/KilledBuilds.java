package dev.stagecraft.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Removes the step images of builds whose process was killed: those its journal says it made, and
 * the ones it may have committed after its last journal line (untagged, created after the build
 * started, built on one of its base images, and known to no living session or kept cache). An image
 * is removed only when nothing uses it, never forced, so a user's own images, which stagecraft
 * never made, and anything built on top of them stay.
 */
final class KilledBuilds {

  private final DockerClient client;
  private final Path directory;

  KilledBuilds(DockerClient client, Path directory) {
    this.client = client;
    this.directory = directory;
  }

  /**
   * Cleans up after the journals of sessions that {@code ended} (given a session id and when its
   * journal was last written); {@code kept} tells the kept build cache's images, which stay when
   * their build finished. Returns how many images went.
   */
  int removeAfter(BiPredicate<String, Instant> ended, Set<String> kept) {
    List<Path> journals = BuildJournal.all(directory);
    if (journals.isEmpty()) {
      return 0;
    }
    Set<String> living = new HashSet<>(kept);
    List<Path> dead = new ArrayList<>();
    for (Path journal : journals) {
      if (ended.test(BuildJournal.sessionOf(journal), modified(journal))) {
        dead.add(journal);
      } else {
        BuildJournal.read(journal).forEach(build -> living.addAll(build.made()));
      }
    }
    int removed = 0;
    for (Path journal : dead) {
      Set<String> doomed = new LinkedHashSet<>();
      List<BuildJournal.Build> builds = BuildJournal.read(journal);
      List<Image> images = client.listImagesCmd().withShowAll(true).exec();
      for (BuildJournal.Build build : builds) {
        if (!build.finished()) {
          // The step's container outlives a build whose engine died under it.
          build.containers().forEach(this::removeContainer);
        }
        for (String id : build.made()) {
          if (!build.finished() || !matchesAny(id, kept)) {
            doomed.add(id);
          }
        }
        if (!build.finished()) {
          doomed.addAll(unrecorded(build, images, living));
        }
      }
      Removal result = removeAll(List.copyOf(doomed));
      removed += result.removed();
      if (result.left() == 0) {
        try {
          Files.deleteIfExists(journal);
        } catch (java.io.IOException e) {
          // Tried again by the next session; the images are gone already.
        }
      }
    }
    return removed;
  }

  /**
   * Images the build may have committed after its last journal line: untagged, made after it
   * started, whose parent chain reaches one of its base images, and known to no one else.
   */
  private static List<String> unrecorded(
      BuildJournal.Build build, List<Image> images, Set<String> living) {
    if (build.baseImageIds().isEmpty()) {
      return List.of();
    }
    Map<String, String> parents = new HashMap<>();
    images.forEach(image -> parents.put(hex(image.getId()), hex(image.getParentId())));
    long startSeconds = build.startMillis() / 1000 - 1;
    List<String> found = new ArrayList<>();
    for (Image image : images) {
      String id = hex(image.getId());
      boolean untagged =
          image.getRepoTags() == null
              || image.getRepoTags().length == 0
              || List.of(image.getRepoTags()).stream().allMatch(t -> t.startsWith("<none>"));
      boolean recent = image.getCreated() != null && image.getCreated() >= startSeconds;
      if (untagged && recent && !matchesAny(id, living) && reaches(id, build, parents)) {
        found.add(id);
      }
    }
    return found;
  }

  private static boolean reaches(String id, BuildJournal.Build build, Map<String, String> parents) {
    String at = parents.getOrDefault(id, "");
    for (int hops = 0; hops < 500 && !at.isEmpty(); hops++) {
      if (matchesAny(at, build.baseImageIds())) {
        return true;
      }
      at = parents.getOrDefault(at, "");
    }
    return false;
  }

  private void removeContainer(String id) {
    try {
      client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
    } catch (RuntimeException goneOrBusy) {
      // Gone already (the usual case: the builder removes its containers), or tried again later.
    }
  }

  private record Removal(int removed, int left) {}

  /** Removes what nothing uses, children before parents, pass after pass. */
  private Removal removeAll(List<String> ids) {
    List<String> left = new ArrayList<>(ids);
    int removed = 0;
    boolean progress = true;
    while (progress && !left.isEmpty()) {
      progress = false;
      for (String id : List.copyOf(left)) {
        try {
          client.removeImageCmd(id).withForce(false).withNoPrune(true).exec();
          removed++;
          left.remove(id);
          progress = true;
        } catch (NotFoundException gone) {
          left.remove(id);
          progress = true;
        } catch (RuntimeException inUse) {
          // A child not removed yet, a tag, or a container: another pass, or it stays.
        }
      }
    }
    return new Removal(removed, left.size());
  }

  /** Ids as the build stream gives them (short) match full ones by prefix. */
  static boolean matchesAny(String id, Set<String> ids) {
    String full = hex(id);
    if (full.isEmpty()) {
      return false;
    }
    for (String other : ids) {
      String short_ = hex(other);
      if (!short_.isEmpty() && (full.startsWith(short_) || short_.startsWith(full))) {
        return true;
      }
    }
    return false;
  }

  private static String hex(String id) {
    if (id == null) {
      return "";
    }
    return id.startsWith("sha256:") ? id.substring(7) : id;
  }

  private static Instant modified(Path journal) {
    try {
      return Files.getLastModifiedTime(journal).toInstant();
    } catch (java.io.IOException e) {
      return Instant.now();
    }
  }
}
