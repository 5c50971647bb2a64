package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.engine.EngineAvailable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The offline kit on a real engine: a pack whose only base is an image of this test's own (built on
 * alpine:3.20, never the shared base images themselves) is saved into a tar, removed, found missing
 * by list and doctor, refused by pull (no registry answers here), and brought back by load.
 */
@ExtendWith(EngineAvailable.class)
class OfflineKitIT {

  private static final String IMAGE = "stagecraft-test/packs-kit:offline";

  @TempDir Path temp;

  @AfterEach
  void removeTheTestImage() throws Exception {
    docker("rmi", "-f", IMAGE);
  }

  /** The docker CLI, so setup and cleanup do not depend on the code under test. */
  private static String docker(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("/usr/bin/docker"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("docker " + String.join(" ", args) + " hung");
    }
    return output;
  }

  private static boolean present() throws Exception {
    return !docker("images", "-q", IMAGE).isBlank();
  }

  private Path packOnTheTestImage() throws Exception {
    Path pack = Packs.copy("tiny", temp.resolve("tiny"));
    for (String file :
        List.of("exercises/01-hello-pack/Dockerfile", "solutions/01-hello-pack/Dockerfile")) {
      Path dockerfile = pack.resolve(file);
      Files.writeString(
          dockerfile, Files.readString(dockerfile).replace("FROM alpine:3.20", "FROM " + IMAGE));
    }
    Path context = Files.createDirectories(temp.resolve("image"));
    Files.writeString(
        context.resolve("Dockerfile"), "FROM alpine:3.20\nRUN echo kit > /kit-" + temp.hashCode());
    docker("build", "-q", "-t", IMAGE, context.toString());
    assertThat(present()).as("test image built").isTrue();
    return pack;
  }

  private static CommandRun inPack(Path pack, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--course";
    all[1] = pack.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CommandRun.stagecraft(all);
  }

  @Test
  void saveThenLoadRoundTripsThePacksBaseImage() throws Exception {
    Path pack = packOnTheTestImage();
    Path kit = temp.resolve("usb/kit.tar");

    CommandRun list = inPack(pack, "images", "list");
    assertThat(list.exitCode()).as(list.err()).isEqualTo(ExitCode.OK);
    assertThat(list.out())
        .contains("  present  " + IMAGE + "\n           for 01-hello-pack\n")
        .contains("all are present");

    CommandRun save = inPack(pack, "images", "save", kit.toString());
    assertThat(save.exitCode()).as(save.err()).isEqualTo(ExitCode.OK);
    assertThat(save.out()).contains("Saved 1 image to " + kit).contains(IMAGE);
    assertThat(Files.size(kit)).isGreaterThan(1_000L);
    try (var files = Files.list(kit.getParent())) {
      assertThat(files.toList()).as("no partial file left").containsExactly(kit);
    }

    docker("rmi", "-f", IMAGE);
    assertThat(present()).as("test image removed").isFalse();

    CommandRun missing = inPack(pack, "images", "list");
    assertThat(missing.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(missing.out())
        .contains("MISSING  " + IMAGE)
        .contains("1 of 1 images missing")
        .contains("./stagecraft images load FILE");

    StringWriter doctorOut = new StringWriter();
    CommandLine doctor = new CommandLine(new DoctorCommand(System.getenv(), pack));
    doctor.setOut(new PrintWriter(doctorOut));
    doctor.execute();
    assertThat(doctorOut.toString())
        .contains("MISSING  " + IMAGE)
        .contains("Fix: ./stagecraft images load FILE");

    CommandRun pull = inPack(pack, "images", "pull");
    assertThat(pull.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(pull.out())
        .contains("FAILED   " + IMAGE + ": ")
        .contains("could not be pulled")
        .contains("./stagecraft images load FILE");
    assertThat(pull.out() + pull.err()).doesNotContain("Exception").doesNotContain("\tat ");

    CommandRun load = inPack(pack, "images", "load", kit.toString());
    assertThat(load.exitCode()).as(load.err()).isEqualTo(ExitCode.OK);
    assertThat(load.out()).contains("Loaded " + IMAGE).contains("all are present");
    assertThat(present()).as("test image back").isTrue();
  }

  @Test
  void aFileThatIsNoKitIsRefusedClearly() throws Exception {
    Path pack = Packs.copy("tiny", temp.resolve("tiny"));
    Path garbage = Files.writeString(temp.resolve("not-a-kit.tar"), "this is no tar\n".repeat(50));

    CommandRun load = inPack(pack, "images", "load", garbage.toString());
    CommandRun absent = inPack(pack, "images", "load", temp.resolve("nowhere.tar").toString());

    assertThat(load.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(load.err())
        .contains("the engine could not load " + garbage)
        .contains("images save")
        .doesNotContain("\tat ");
    assertThat(absent.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(absent.err()).contains("no kit at");
  }
}
