package dev.stagecraft.lint;

import java.util.Optional;

/** A FROM on an image tagged {@code latest}. */
final class LatestBaseImageRule extends BaseImageRule {
  LatestBaseImageRule() {
    super(
        "latest-base-image",
        Severity.WARNING,
        "a base image uses the latest tag",
        "latest is whatever was pushed last: builds stop being repeatable and can break without"
            + " any change to the Dockerfile.",
        "Replace :latest with a version tag (alpine:3.20, python:3.12-slim).");
  }

  @Override
  Optional<String> problem(String base, ImageReference ref) {
    return ref.digest().isEmpty() && ref.tagText().equals("latest")
        ? Optional.of("FROM " + base + " uses the moving latest tag")
        : Optional.empty();
  }
}
