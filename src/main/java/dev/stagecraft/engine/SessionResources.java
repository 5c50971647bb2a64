package dev.stagecraft.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Image;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Everything this process creates in the engine carries the owner and session labels, so it can be
 * found and removed again: on close, on Ctrl-C (a shutdown hook), and by a later clean-up of dead
 * sessions.
 */
final class SessionResources {

  private final DockerClient client;
  private final String sessionId;
  private final Optional<String> pidSpace = PidSpace.id();
  private final Set<String> liveContainers = ConcurrentHashMap.newKeySet();
  private final Deque<String> buildCache = new ConcurrentLinkedDeque<>();
  private volatile Optional<BuildCache> keptCache = Optional.empty();
  private volatile Optional<KeptImages> keptImages = Optional.empty();
  private final Path journals;
  private final BuildJournal journal;

  /**
   * Tags of labelled images this session built and has not removed yet. When none is left, the end
   * of the session need not list the engine's images to find its own: on an engine holding
   * thousands of images (a kept build cache among them), that list takes most of a second.
   */
  private final Set<String> outstandingImages = ConcurrentHashMap.newKeySet();

  /** Whether a build of this session committed a step image of its own Dockerfile. */
  private volatile boolean cacheGrew;

  /** Whether the cache grew by images of unknown size (the classic builder's step images). */
  private volatile boolean grewByUnknown;

  private final java.util.concurrent.atomic.AtomicLong grewBy =
      new java.util.concurrent.atomic.AtomicLong();

  /** A removal the engine refused or did not answer: what is left must be looked for. */
  private volatile boolean removalFailed;

  SessionResources(DockerClient client, String sessionId, Path journals) {
    this.client = client;
    this.sessionId = sessionId;
    this.journals = journals;
    this.journal = new BuildJournal(journals, sessionId);
  }

  /** Where this session writes down what its builds make, for a kill -9 to be cleaned up. */
  BuildJournal journal() {
    return journal;
  }

  /**
   * Forgets the journal once what it lists is removed or kept in the build cache; a session whose
   * clean-up failed keeps it for the next one.
   */
  void forgetJournal() {
    journal.delete();
  }

  String sessionId() {
    return sessionId;
  }

  /**
   * The owner and session labels. Few on purpose: the classic builder spends a build step (about 90
   * ms) on each label of an image.
   */
  Map<String, String> labels() {
    return Map.of(
        DockerEngine.OWNER_LABEL, DockerEngine.OWNER, DockerEngine.SESSION_LABEL, sessionId);
  }

  /** Keeps step images past this session, in {@code cache}, instead of removing them at its end. */
  void keepBuildCache(BuildCache cache) {
    keptCache = Optional.of(cache);
  }

  Optional<BuildCache> keptBuildCache() {
    return keptCache;
  }

  /** Keeps each exercise's last final image past this session (see {@link KeptImages}). */
  void keepImages(KeptImages images) {
    keptImages = Optional.of(images);
  }

  Optional<KeptImages> keptImages() {
    return keptImages;
  }

  /** The ids of kept final images: labelled with a session, but never removed with it. */
  private Set<String> keptImageIds() {
    return keptImages.map(KeptImages::imageIds).orElse(Set.of());
  }

  /** A step image a build just made or reused: the kept cache writes it down at once. */
  void recordStepImage(String imageId) {
    keptCache.ifPresent(cache -> cache.record(List.of(imageId)));
  }

  /** A build is about to make a labelled image tagged {@code tag}; it counts until removed. */
  void expectImage(String tag) {
    outstandingImages.add(tag);
  }

  /**
   * A build committed a new step image for a step of its Dockerfile (not one of the label steps the
   * builder appends): the kept cache may have grown past its cap, so the session's end checks it.
   */
  void cacheGrew() {
    cacheGrew = true;
    grewByUnknown = true;
  }

  /** A kept image of {@code ownBytes} joined the cache: weighed only if it may pass the cap. */
  void cacheGrew(long ownBytes) {
    cacheGrew = true;
    grewBy.addAndGet(Math.max(ownBytes, 0));
  }

  /** Remembers a container that must go away even if the label query misses it. */
  String track(String containerId) {
    liveContainers.add(containerId);
    return containerId;
  }

  /**
   * Remembers the step images a build committed. They stay while this session lives, so the next
   * check of the same Dockerfile reuses them, and go when it ends, unless the cache is kept.
   */
  void trackBuildCache(List<String> imageIds) {
    if (keptCache.isEmpty()) {
      imageIds.forEach(buildCache::addFirst);
    }
  }

  /** Removes one container (force, with its anonymous volumes); quiet when it is gone already. */
  boolean removeContainer(String containerId) {
    liveContainers.remove(containerId);
    try {
      client.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
      return true;
    } catch (NotFoundException gone) {
      return false;
    } catch (RuntimeException e) {
      // Removal in progress (HTTP 409), the engine going away, or this connection closed: what
      // is left still carries our labels for a later clean-up.
      removalFailed = true;
      return false;
    }
  }

  /**
   * Whether everything this session made is known to be gone: every container and image it made was
   * removed (or found gone) and no build was broken off. Then no listing of the engine needs to
   * confirm it, and listing every image takes a tenth of a second on a busy engine.
   */
  boolean allRemoved() {
    return !removalFailed
        && liveContainers.isEmpty()
        && outstandingImages.isEmpty()
        && !journal.hasUnfinishedBuild();
  }

  /**
   * Removes one image by reference; quiet when it is absent. With a kept cache the step images it
   * sits on stay (the ledger bounds them); otherwise they go with it.
   */
  boolean removeImage(String ref) {
    try {
      client.removeImageCmd(ref).withForce(true).withNoPrune(keptCache.isPresent()).exec();
      outstandingImages.remove(ref);
      return true;
    } catch (NotFoundException gone) {
      outstandingImages.remove(ref);
      return false;
    } catch (RuntimeException e) {
      removalFailed = true;
      return false;
    }
  }

  /**
   * Removes every container, then every image labelled with this session, then the build cache this
   * session made, or, when the cache is kept and this session added to it, what does not fit its
   * cap. Images are looked for by label only while one this session built is still there (a build
   * broken off, a removal that failed): listing them is the slow part on a busy engine.
   */
  int removeAll() {
    int removed = 0;
    for (String id : List.copyOf(liveContainers)) {
      removed += removeContainer(id) ? 1 : 0;
    }
    String label = DockerEngine.SESSION_LABEL + "=" + sessionId;
    removed += removeLabelledContainers(label);
    if (!outstandingImages.isEmpty()) {
      removed += removeLabelledImages(label);
      outstandingImages.clear();
    }
    String id;
    while ((id = buildCache.pollFirst()) != null) {
      removed += removeUnused(id) ? 1 : 0;
    }
    // A build of this session that the engine broke off may have left a step container and step
    // images known only to the journal. Only then: finding them lists every image in the engine.
    if (journal.hasUnfinishedBuild()) {
      removed += removeSession(sessionId);
    }
    Optional<BuildCache> kept = keptCache;
    if (kept.isPresent() && cacheGrew) {
      cacheGrew = false;
      boolean unknown = grewByUnknown;
      grewByUnknown = false;
      long bytes = grewBy.getAndSet(0);
      if (unknown || !kept.get().fitsWith(bytes)) {
        removed += kept.get().evict(client);
      }
    }
    return removed;
  }

  /**
   * Removes an image unless something still uses it: not forced, so an image another build has
   * since built on, or tagged, stays. Newest first, so each one's children are already gone.
   */
  private boolean removeUnused(String imageId) {
    try {
      client.removeImageCmd(imageId).withForce(false).exec();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Removes what other sessions left behind (see {@link LeftoverSweep}). */
  Leftovers removeEnded(Instant cutoff) {
    Set<String> kept = keptCache.map(BuildCache::imageIds).orElse(Set.of());
    return new LeftoverSweep(client, sessionId, journals, kept, keptImageIds()).run(cutoff);
  }

  /** The pid space part of a session id ("4242-9f3a1c2e.5d41402abc4b"), when it has one. */
  static Optional<String> pidSpaceOf(String session) {
    int dash = session.indexOf('-');
    int dot = session.indexOf('.', Math.max(dash, 0));
    return dash < 0 || dot < 0 ? Optional.empty() : Optional.of(session.substring(dot + 1));
  }

  /** Whether the process a session id starts with is running (in this pid space). */
  static boolean processAlive(String session) {
    int dash = session.indexOf('-');
    try {
      long pid = Long.parseLong(dash < 0 ? session : session.substring(0, dash));
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException notOurs) {
      // Not a session id stagecraft wrote: leave it to the age rule.
      return true;
    }
  }

  /** Removes every container and image labelled with an earlier session of this process. */
  int removeSession(String earlierSession) {
    String label = DockerEngine.SESSION_LABEL + "=" + earlierSession;
    int removed = removeLabelledContainers(label) + removeLabelledImages(label);
    try {
      Set<String> kept = keptCache.map(BuildCache::imageIds).orElse(Set.of());
      removed +=
          new KilledBuilds(client, journals)
              .removeAfter((session, written) -> session.equals(earlierSession), kept);
    } catch (RuntimeException e) {
      // The engine went away again: the journal stays for the next session.
    }
    return removed;
  }

  int count(String session) {
    String filter = DockerEngine.SESSION_LABEL + "=" + session;
    Set<String> kept = keptImageIds();
    long images =
        client.listImagesCmd().withLabelFilter(filter).exec().stream()
            .filter(image -> !kept.contains(image.getId()))
            .count();
    return client
            .listContainersCmd()
            .withShowAll(true)
            .withLabelFilter(List.of(filter))
            .exec()
            .size()
        + (int) images;
  }

  private boolean ours(Map<String, String> labels) {
    return labels != null && sessionId.equals(labels.get(DockerEngine.SESSION_LABEL));
  }

  private int removeLabelledContainers(String labelFilter) {
    int removed = 0;
    try {
      for (Container container :
          client
              .listContainersCmd()
              .withShowAll(true)
              .withLabelFilter(List.of(labelFilter))
              .exec()) {
        removed += removeContainer(container.getId()) ? 1 : 0;
      }
    } catch (RuntimeException e) {
      // The engine went away; whatever is left carries our labels for the next session to find.
    }
    return removed;
  }

  private int removeLabelledImages(String labelFilter) {
    int removed = 0;
    try {
      Set<String> kept = keptImageIds();
      for (Image image : client.listImagesCmd().withLabelFilter(labelFilter).exec()) {
        if (kept.contains(image.getId())) {
          continue;
        }
        removed += removeImage(image.getId()) ? 1 : 0;
      }
    } catch (RuntimeException e) {
      // The engine went away; whatever is left carries our labels for the next session to find.
    }
    return removed;
  }
}
