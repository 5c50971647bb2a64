package dev.stagecraft.lint;

/** A .dockerignore that lets node_modules into the build context. */
final class DockerignoreMissesNodeModulesRule extends DockerignoreMissesRule {
  DockerignoreMissesNodeModulesRule() {
    super(
        "dockerignore-misses-node-modules",
        "node_modules",
        "Host node_modules are large, built for the host's platform, and COPY . . would place"
            + " them over the ones npm ci installed in the image.");
  }
}
