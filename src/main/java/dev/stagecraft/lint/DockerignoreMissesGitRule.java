package dev.stagecraft.lint;

/** A .dockerignore that lets .git into the build context. */
final class DockerignoreMissesGitRule extends DockerignoreMissesRule {
  DockerignoreMissesGitRule() {
    super(
        "dockerignore-misses-git",
        ".git",
        "The whole repository history is sent with every build, and COPY . . puts it in the"
            + " image; any commit changes it, which busts the cache of every later layer.");
  }
}
