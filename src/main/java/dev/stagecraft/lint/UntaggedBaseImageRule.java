package dev.stagecraft.lint;

import java.util.Optional;

/** A FROM on an image with neither tag nor digest. */
final class UntaggedBaseImageRule extends BaseImageRule {
  UntaggedBaseImageRule() {
    super(
        "untagged-base-image",
        Severity.WARNING,
        "a base image has no tag",
        "Without a tag Docker uses :latest, which moves: the same Dockerfile builds a different"
            + " image next month, and a new major version can break the build.",
        "Pin a version tag (golang:1.22, node:20-slim), or a digest for full reproducibility.");
  }

  @Override
  Optional<String> problem(String base, ImageReference ref) {
    return ref.tag().isEmpty() && ref.digest().isEmpty()
        ? Optional.of("FROM " + base + " has no tag, so Docker uses " + base + ":latest")
        : Optional.empty();
  }
}
