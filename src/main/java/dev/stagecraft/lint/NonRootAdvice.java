package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.StageGraph;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How to run as a non-root user on a given base image: the one place lint's fix and the grader's
 * non-root check take their advice from, so they cannot contradict each other or a hint. What fits
 * depends on the base: scratch has no /etc/passwd (a number is the only way), distroless and the
 * node and nginx images already have an unprivileged user, Alpine and busybox create users with
 * {@code adduser -S} (they have no {@code useradd}), Debian and Ubuntu with {@code useradd}.
 *
 * <p>From the image name alone (lint) the advice is a good guess; a built image's /etc/passwd and
 * os-release (the grader's facts) make it exact, and win over the name, which a stand-in image may
 * not live up to.
 *
 * @param user the USER line to write, e.g. {@code USER 101}
 * @param createUser the RUN line that creates that user first, when the image lacks one
 * @param reason why this advice fits the base, in a few words
 */
public record NonRootAdvice(String user, Optional<String> createUser, String reason) {

  /** Unprivileged users images ship with, in the order they are preferred. */
  private static final List<String> KNOWN_USERS = List.of("nonroot", "node", "nginx");

  private static final String ALPINE_CREATE = "RUN addgroup -S app && adduser -S -G app app";
  private static final String DEBIAN_CREATE = "RUN useradd --system --uid 10001 app";

  /** The advice in one line: the RUN that creates the user, if any, then the USER line. */
  public String inOneLine() {
    return createUser.map(run -> run + ", then " + user).orElse(user) + " (" + reason + ")";
  }

  /** Advice from the base image's name only, as lint sees it. */
  public static NonRootAdvice forImage(String image) {
    return forImage(image, Optional.empty(), Optional.empty(), false);
  }

  /**
   * Advice for a built image whose base is {@code image}.
   *
   * @param passwd the image's /etc/passwd, if it has one
   * @param osRelease the image's /etc/os-release (or /usr/lib/os-release), if it has one
   * @param filesKnown whether the two files were looked for, so that their absence means something
   */
  public static NonRootAdvice forImage(
      String image, Optional<String> passwd, Optional<String> osRelease, boolean filesKnown) {
    String name = image.strip().toLowerCase(Locale.ROOT);
    if (StageGraph.isScratch(name) || (filesKnown && passwd.isEmpty())) {
      return new NonRootAdvice(
          "USER 65532:65532",
          Optional.empty(),
          StageGraph.isScratch(name)
              ? "scratch has no /etc/passwd, so name the user by number"
              : "the image has no /etc/passwd, so name the user by number");
    }
    if (passwd.isPresent()) {
      Optional<NonRootAdvice> existing = existingUser(passwd.get());
      if (existing.isPresent()) {
        return existing.get();
      }
      String family = osRelease.map(NonRootAdvice::osId).orElse("");
      if (family.equals("alpine") || (family.isEmpty() && isBusyboxFamily(name))) {
        return alpine();
      }
      return debian(family.isEmpty() ? "a Debian-style image" : family);
    }
    if (ImageReference.isUnresolved(name)) {
      return generic();
    }
    ImageReference ref = ImageReference.parse(name);
    String shortName = ref.shortName();
    if (name.contains("distroless") || name.contains("nonroot")) {
      return new NonRootAdvice(
          "USER nonroot", Optional.empty(), "uid 65532, a user distroless images already have");
    }
    if (shortName.equals("nginx") || shortName.startsWith("nginx-")) {
      return known("nginx", "101");
    }
    if (shortName.equals("node")) {
      return known("node", "1000");
    }
    if (isBusyboxFamily(name)) {
      return alpine();
    }
    if (List.of("debian", "ubuntu").contains(shortName)
        || List.of("golang", "python", "ruby", "eclipse-temurin", "openjdk", "maven")
            .contains(shortName)) {
      return debian("a Debian-based image");
    }
    return generic();
  }

  private static Optional<NonRootAdvice> existingUser(String passwd) {
    for (String wanted : KNOWN_USERS) {
      for (String line : passwd.split("\n")) {
        String[] fields = line.split(":", -1);
        if (fields.length > 2 && fields[0].equals(wanted) && !fields[2].equals("0")) {
          return Optional.of(known(wanted, fields[2]));
        }
      }
    }
    return Optional.empty();
  }

  private static NonRootAdvice known(String name, String uid) {
    return new NonRootAdvice(
        "USER " + uid, Optional.empty(), "the " + name + " user the image already has");
  }

  private static NonRootAdvice alpine() {
    return new NonRootAdvice(
        "USER app", Optional.of(ALPINE_CREATE), "Alpine and busybox create users with adduser");
  }

  private static NonRootAdvice debian(String family) {
    return new NonRootAdvice("USER app", Optional.of(DEBIAN_CREATE), "useradd, as on " + family);
  }

  private static NonRootAdvice generic() {
    return new NonRootAdvice(
        "USER app",
        Optional.of(DEBIAN_CREATE),
        "on Alpine: addgroup -S app && adduser -S -G app app; on scratch: USER 65532:65532");
  }

  /** Images whose tools come from busybox: alpine, busybox, and tags built on alpine. */
  private static boolean isBusyboxFamily(String name) {
    if (ImageReference.isUnresolved(name)) {
      return false;
    }
    ImageReference ref = ImageReference.parse(name);
    return ref.shortName().equals("alpine")
        || ref.shortName().equals("busybox")
        || ref.tagText().contains("alpine");
  }

  /** The ID= of an os-release file ("alpine", "debian", "ubuntu"), or empty text. */
  private static String osId(String osRelease) {
    for (String line : osRelease.split("\n")) {
      if (line.startsWith("ID=")) {
        return line.substring(3).strip().replace("\"", "").toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }
}
