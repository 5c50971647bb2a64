package dev.stagecraft.dockerfile;

import java.util.Set;

/** The instruction names Docker knows, and which of them take JSON or heredocs. */
final class Keywords {
  static final Set<String> ALL =
      Set.of(
          "ADD",
          "ARG",
          "CMD",
          "COPY",
          "ENTRYPOINT",
          "ENV",
          "EXPOSE",
          "FROM",
          "HEALTHCHECK",
          "LABEL",
          "MAINTAINER",
          "ONBUILD",
          "RUN",
          "SHELL",
          "STOPSIGNAL",
          "USER",
          "VOLUME",
          "WORKDIR");

  /** Instructions whose arguments may be a JSON array (exec form). */
  static final Set<String> JSON_CAPABLE =
      Set.of("ADD", "CMD", "COPY", "ENTRYPOINT", "RUN", "SHELL", "VOLUME");

  /** Instructions that may read here-documents. */
  static final Set<String> HEREDOC_CAPABLE = Set.of("ADD", "COPY", "RUN");

  /** Instructions that may stand without arguments. */
  static final Set<String> ARGUMENTS_OPTIONAL = Set.of("CMD", "ENTRYPOINT");

  /** Instructions ONBUILD may not register. */
  static final Set<String> NOT_TRIGGERS = Set.of("ONBUILD", "FROM", "MAINTAINER");

  private Keywords() {}
}
