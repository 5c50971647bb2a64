package dev.stagecraft.grading.checks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A build tool the course wants out of final images: the executables that betray it and the OS
 * packages that install it. Patterns are whole-name regexes, so "gcc-[0-9.]+" finds gcc-12.
 *
 * @param extraPaths where official images put it outside the usual PATH directories
 * @param internals paths (regexes on the whole image path) of files only a working copy of the tool
 *     has, whatever its launcher is called and wherever it was copied: gcc cannot compile without
 *     cc1, go without its compile tool
 */
public record KnownTool(
    String name,
    String description,
    List<Pattern> executables,
    List<Pattern> packages,
    List<String> extraPaths,
    List<Pattern> internals) {

  /** The internals that betray each tool; tools without an entry are found by name only. */
  private static final Map<String, String> INTERNALS =
      Map.of(
          "go", ".*/pkg/tool/[^/]+/compile",
          "gcc", ".*/cc1",
          "cc", ".*/cc1",
          "g++", ".*/cc1plus",
          "npm", ".*/npm/bin/npm-cli\\.js",
          "tsc", ".*/typescript/lib/tsc\\.js",
          "rustc", ".*/librustc_driver-[^/]*\\.so",
          "mvn", ".*/lib/maven-core-[^/]*\\.jar");

  private static final Map<String, KnownTool> BY_NAME =
      Map.ofEntries(
          tool(
              "go",
              "the Go toolchain",
              "go|gofmt",
              "golang(-[0-9.]+)?(-go)?|go",
              "/usr/local/go/bin/go"),
          tool(
              "gcc",
              "a C compiler (gcc)",
              "gcc(-[0-9.]+)?|cc|x86_64-linux-gnu-gcc(-[0-9.]+)?",
              "gcc(-[0-9.]+)?|build-essential|build-base"),
          tool(
              "cc", "a C compiler (cc)", "cc|c89|c99", "gcc(-[0-9.]+)?|build-essential|build-base"),
          tool("g++", "a C++ compiler", "g\\+\\+(-[0-9.]+)?|c\\+\\+", "g\\+\\+(-[0-9.]+)?"),
          tool("make", "make", "make|gmake", "make"),
          tool(
              "javac",
              "a Java compiler (JDK)",
              "javac",
              "openjdk-[0-9]+-jdk(-headless)?|openjdk[0-9]+-jdk"),
          tool("mvn", "Maven", "mvn|mvnw", "maven", "/usr/share/maven/bin/mvn"),
          tool("gradle", "Gradle", "gradle|gradlew", "gradle", "/opt/gradle/bin/gradle"),
          tool("npm", "npm", "npm|npx", "npm"),
          tool("yarn", "Yarn", "yarn|yarnpkg", "yarn|yarnpkg"),
          tool("tsc", "the TypeScript compiler", "tsc", "node-typescript"),
          tool("pip", "pip", "pip[0-9.]*", "python3?-pip|py3-pip"),
          tool("git", "git", "git", "git"),
          tool("curl", "curl", "curl", "curl"),
          tool("wget", "wget", "wget", "wget"),
          tool("rustc", "the Rust compiler", "rustc|cargo", "rustc|cargo"));

  private static Map.Entry<String, KnownTool> tool(
      String name, String description, String executables, String packages, String... extra) {
    String internals = INTERNALS.get(name);
    return Map.entry(
        name,
        new KnownTool(
            name,
            description,
            List.of(Pattern.compile(executables)),
            List.of(Pattern.compile(packages)),
            List.of(extra),
            internals == null ? List.of() : List.of(Pattern.compile(internals))));
  }

  /** The tool of that name, or a tool that looks for exactly that executable name. */
  public static KnownTool named(String name) {
    KnownTool known = BY_NAME.get(name.toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    return new KnownTool(
        name, name, List.of(Pattern.compile(Pattern.quote(name))), List.of(), List.of(), List.of());
  }

  public static Optional<KnownTool> lookup(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  public boolean matchesExecutable(String fileName) {
    return executables.stream().anyMatch(p -> p.matcher(fileName).matches());
  }

  /** True when the path is one of the files only a working copy of the tool has. */
  public boolean isInternal(String path) {
    return internals.stream().anyMatch(p -> p.matcher(path).matches());
  }

  public boolean matchesPackage(String packageName) {
    return packages.stream().anyMatch(p -> p.matcher(packageName).matches());
  }
}
