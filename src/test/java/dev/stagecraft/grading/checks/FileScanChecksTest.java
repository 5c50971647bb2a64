package dev.stagecraft.grading.checks;

import static dev.stagecraft.grading.ImageFactsFixture.image;
import static dev.stagecraft.grading.checks.Specs.params;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.facts.LayerFiles;
import dev.stagecraft.grading.ImageFactsFixture;
import dev.stagecraft.grading.Status;
import dev.stagecraft.grading.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** no-source-files, no-setuid and no-secrets: scans of the whole file index. */
class FileScanChecksTest {

  /** What a Debian-based runtime image has of its own, none of which is the learner's fault. */
  private static ImageFactsFixture systemFiles() {
    return image()
        .dir("/usr/include")
        .file("/usr/include/stdio.h", 0644, 100)
        .dir("/usr/local/go/src")
        .file("/usr/local/go/src/fmt/print.go", 0644, 100)
        .file("/usr/local/lib/node_modules/npm/lib/cli.ts", 0644, 100)
        .file("/etc/ssl/certs/ca-certificates.pem", 0644, 100)
        .file("/usr/share/doc/openssl/demo.key", 0644, 100)
        .file("/app/server", 0755, 100)
        .dir("/app/node_modules/left-pad/src")
        .file("/app/node_modules/left-pad/src/index.ts", 0644, 100)
        .file("/app/.env.example", 0644, 10);
  }

  @Test
  void sourceFilesOfTheSystemAreIgnored() throws Exception {
    Verdict verdict =
        NoSourceFilesCheck.from(params("no-source-files")).evaluate(systemFiles().context());
    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void shippedSourcesFailNamingThemAndASourceDirectoryOnce() throws Exception {
    var image =
        systemFiles()
            .file("/app/main.go", 0644, 100)
            .file("/app/go.mod", 0644, 100)
            .dir("/app/src")
            .file("/app/src/server.ts", 0644, 100)
            .file("/app/src/util.ts", 0644, 100);
    Verdict verdict = NoSourceFilesCheck.from(params("no-source-files")).evaluate(image.context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValue("3 source paths: /app/go.mod, /app/main.go, /app/src/ (2 files)");
  }

  @Test
  void anEmptySourceDirectoryShipsNoSource() throws Exception {
    var image = image().dir("/go").dir("/go/src").dir("/usr/local/src");
    assertThat(
            NoSourceFilesCheck.from(params("no-source-files")).evaluate(image.context()).status())
        .isEqualTo(Status.PASS);
  }

  @Test
  void sourcePatternsAndIgnoredPlacesCanBeChosen() throws Exception {
    var image = image().file("/srv/app.py", 0644, 10).file("/opt/lib/vendored.py", 0644, 10);
    Verdict verdict =
        NoSourceFilesCheck.from(
                params("no-source-files", "patterns", List.of("*.py"), "ignore", List.of("/opt")))
            .evaluate(image.context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).hasValue("1 source path: /srv/app.py");
  }

  @Test
  void setuidProgramsFailUnlessAllowed() throws Exception {
    var image =
        image()
            .file("/usr/bin/passwd", 04755, 100)
            .file("/usr/bin/chage", 02755, 100)
            .file("/usr/bin/ls", 0755, 100);
    Verdict verdict = NoSetuidCheck.from(params("no-setuid")).evaluate(image.context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).hasValue("2 files: /usr/bin/chage (2755), /usr/bin/passwd (4755)");

    Verdict allowed =
        NoSetuidCheck.from(
                params("no-setuid", "allow", List.of("/usr/bin/passwd", "/usr/bin/chage")))
            .evaluate(image.context());
    assertThat(allowed.status()).isEqualTo(Status.PASS);
  }

  @Test
  void setuidBitOnADirectoryIsNotAProgram() throws Exception {
    var image = image().dir("/tmp").file("/app", 0755, 10);
    assertThat(NoSetuidCheck.from(params("no-setuid")).evaluate(image.context()).status())
        .isEqualTo(Status.PASS);
  }

  @Test
  void systemCertificatesAndTemplatesAreNotSecrets() throws Exception {
    Verdict verdict = NoSecretsCheck.from(params("no-secrets")).evaluate(systemFiles().context());
    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void secretsOfEveryKindAreFound() throws Exception {
    var image =
        systemFiles()
            .file("/app/.env", 0644, 10)
            .file("/app/tls/server.key", 0600, 10)
            .file("/root/.ssh/id_ed25519", 0600, 10)
            .file("/root/.aws/credentials", 0600, 10)
            .file("/home/app/.docker/config.json", 0600, 10)
            .dir("/app/.git")
            .file("/app/.git/config", 0644, 10);
    Verdict verdict = NoSecretsCheck.from(params("no-secrets")).evaluate(image.context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValue(
            "6 files: /app/.env, /app/.git/, /app/tls/server.key, /home/app/.docker/config.json,"
                + " /root/.aws/credentials and 1 more");
  }

  @Test
  void allowedSecretsPass() throws Exception {
    var image = image().file("/app/public.pem", 0644, 10).file("/app/.npmrc", 0644, 10);
    Verdict verdict =
        NoSecretsCheck.from(
                params("no-secrets", "allow", List.of("/app/public.pem", "/app/.npmrc")))
            .evaluate(image.context());
    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  private static LayerFiles layers(Map<String, Long> base, Map<String, Long> yours) {
    return new LayerFiles(
        List.of(
            new LayerFiles.Layer(true, base, Set.of(), Set.of()),
            new LayerFiles.Layer(false, yours, Set.of(), Set.of())));
  }

  @Test
  void sourcesYourStepsHidInASystemPlaceAreFound() throws Exception {
    var image =
        systemFiles()
            .file("/usr/local/lib/app/main.go", 0644, 100)
            .file("/usr/local/lib/app/go.sum", 0644, 100)
            .layerFiles(
                layers(
                    Map.of("/usr/local/go/src/fmt/print.go", 100L, "/usr/include/stdio.h", 100L),
                    Map.of("/usr/local/lib/app/main.go", 100L, "/usr/local/lib/app/go.sum", 100L)));
    Verdict verdict = NoSourceFilesCheck.from(params("no-source-files")).evaluate(image.context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValue("2 source paths: /usr/local/lib/app/go.sum, /usr/local/lib/app/main.go");
  }

  @Test
  void goSumIsASourceFileToo() throws Exception {
    var image = image().file("/app/go.sum", 0644, 100).file("/app/greeter", 0755, 100);
    Verdict verdict = NoSourceFilesCheck.from(params("no-source-files")).evaluate(image.context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
  }

  @Test
  void aSecretRemovedByALaterStepIsStillInTheImage() throws Exception {
    var image =
        image()
            .file("/app/server", 0755, 100)
            .layerFiles(
                new LayerFiles(
                    List.of(
                        new LayerFiles.Layer(true, Map.of("/bin/sh", 10L), Set.of(), Set.of()),
                        new LayerFiles.Layer(
                            false,
                            Map.of("/app/.env", 10L, "/app/.git/config", 10L),
                            Set.of(),
                            Set.of()),
                        new LayerFiles.Layer(
                            false, Map.of(), Set.of("/app/.env", "/app/.git"), Set.of()))));
    Verdict verdict = NoSecretsCheck.from(params("no-secrets")).evaluate(image.context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValueSatisfying(
            a ->
                assertThat(a)
                    .contains("/app/.env (removed by a later step, still in layer 2)")
                    .contains("/app/.git/ (removed"));
  }

  @Test
  void layerFilesAreReadOnlyWhenSourcesLieInIgnoredPlaces() throws Exception {
    NoSourceFilesCheck check = NoSourceFilesCheck.from(params("no-source-files"));
    assertThat(check.needsLayerFiles(systemFiles().build().files())).isTrue();
    var scratch = image().file("/app/server", 0755, 100).file("/app/main.go", 0644, 10);
    assertThat(check.needsLayerFiles(scratch.build().files())).isFalse();
    var emptySrc = image().dir("/usr").dir("/usr/src").file("/app/server", 0755, 100);
    assertThat(check.needsLayerFiles(emptySrc.build().files())).isFalse();
  }
}
