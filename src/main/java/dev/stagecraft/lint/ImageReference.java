package dev.stagecraft.lint;

import java.util.Locale;
import java.util.Optional;

/**
 * An image reference cut into parts: {@code registry/team/golang:1.22@sha256:...} has the
 * repository {@code registry/team/golang}, the short name {@code golang}, tag {@code 1.22} and a
 * digest.
 *
 * @param repository everything before the tag and digest
 * @param tag the tag, if written
 * @param digest the digest, if written
 */
record ImageReference(String repository, Optional<String> tag, Optional<String> digest) {

  static ImageReference parse(String reference) {
    String rest = reference;
    Optional<String> digest = Optional.empty();
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = Optional.of(rest.substring(at + 1));
      rest = rest.substring(0, at);
    }
    Optional<String> tag = Optional.empty();
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = Optional.of(rest.substring(colon + 1));
      rest = rest.substring(0, colon);
    }
    return new ImageReference(rest, tag, digest);
  }

  /** The last path part of the repository, lower-case: {@code golang} for {@code a/b/golang}. */
  String shortName() {
    int slash = repository.lastIndexOf('/');
    return (slash < 0 ? repository : repository.substring(slash + 1)).toLowerCase(Locale.ROOT);
  }

  /** The tag in lower case, or empty text. */
  String tagText() {
    return tag.orElse("").toLowerCase(Locale.ROOT);
  }

  /** True when the reference uses a variable the linter could not resolve. */
  static boolean isUnresolved(String reference) {
    return reference.contains("$") || reference.isBlank();
  }
}
