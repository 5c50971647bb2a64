package dev.stagecraft;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the package map of docs/architecture.md: arrows go one way, and only the front ends print.
 */
class ArchitectureTest {

  private static final String ROOT = "dev.stagecraft.";

  /**
   * Which of our packages each core package may use. {@code app} is the wiring the front ends
   * share; the front ends themselves (repl, cli) may use all.
   */
  private static final Map<String, Set<String>> MAY_USE =
      Map.ofEntries(
          Map.entry("dockerfile", Set.of()),
          Map.entry("terminal", Set.of("dockerfile")),
          Map.entry("lint", Set.of("dockerfile")),
          Map.entry("course", Set.of("dockerfile")),
          Map.entry("engine", Set.of("dockerfile")),
          Map.entry("facts", Set.of("engine", "dockerfile")),
          Map.entry("grading", Set.of("facts", "lint", "course", "dockerfile")),
          Map.entry(
              "report", Set.of("grading", "facts", "lint", "course", "dockerfile", "terminal")),
          Map.entry(
              "app",
              Set.of(
                  "dockerfile",
                  "terminal",
                  "lint",
                  "course",
                  "engine",
                  "facts",
                  "grading",
                  "report")),
          Map.entry("practice", Set.of("app", "course", "grading", "dockerfile")),
          Map.entry(
              "classroom",
              Set.of(
                  "dockerfile",
                  "terminal",
                  "lint",
                  "course",
                  "engine",
                  "facts",
                  "grading",
                  "report",
                  "app")));

  private static final List<String> ALL =
      List.of(
          "dockerfile",
          "terminal",
          "lint",
          "course",
          "engine",
          "facts",
          "grading",
          "report",
          "app",
          "practice",
          "classroom",
          "repl",
          "cli",
          "server");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.stagecraft");
  }

  static Stream<String> corePackages() {
    return MAY_USE.keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("corePackages")
  void corePackageUsesOnlyWhatTheMapAllows(String pkg) {
    String[] forbidden =
        ALL.stream()
            .filter(other -> !other.equals(pkg) && !MAY_USE.get(pkg).contains(other))
            .map(other -> ROOT + other + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage(ROOT + pkg + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void corePackagesNeverPrintNorExit() {
    String[] core = corePackages().map(pkg -> ROOT + pkg + "..").toArray(String[]::new);
    noClasses()
        .that()
        .resideInAnyPackage(core)
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .callMethod(Throwable.class, "printStackTrace")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void everyPackageIsInTheMap() {
    classes.stream()
        .map(c -> c.getPackageName())
        .filter(name -> name.startsWith(ROOT))
        .map(name -> name.substring(ROOT.length()).split("\\.")[0])
        .forEach(
            top -> {
              if (!ALL.contains(top)) {
                throw new AssertionError(
                    "package "
                        + ROOT
                        + top
                        + " is not in the architecture map; add it to "
                        + Arrays.toString(ALL.toArray()));
              }
            });
  }
}
