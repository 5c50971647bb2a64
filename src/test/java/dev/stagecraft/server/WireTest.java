package dev.stagecraft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests and answers survive the socket whole, whatever the arguments hold. */
class WireTest {

  static Stream<Long> seeds() {
    return IntStream.range(0, 40).mapToObj(i -> 0x5eed0000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aRequestArrivesAsItWasSent(long seed) throws IOException {
    Random random = new Random(seed);
    List<String> arguments = new ArrayList<>();
    for (int i = random.nextInt(12); i > 0; i--) {
      arguments.add(randomText(random, random.nextInt(3) == 0 ? 70_000 : 40));
    }
    Wire.Request sent =
        new Wire.Request(arguments, random.nextBoolean(), random.nextInt(300), "UTF-8");

    Wire.Request received = Wire.readRequest(input(bytes(out -> Wire.writeRequest(out, sent))));

    assertThat(received).isEqualTo(sent);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void framesArriveInOrderAndEndWithTheExitCode(long seed) throws IOException {
    Random random = new Random(seed);
    List<byte[]> chunks = new ArrayList<>();
    List<Boolean> toError = new ArrayList<>();
    byte[] wire =
        bytes(
            out -> {
              for (int i = random.nextInt(20); i > 0; i--) {
                byte[] chunk = new byte[random.nextInt(5000)];
                random.nextBytes(chunk);
                boolean error = random.nextBoolean();
                chunks.add(chunk);
                toError.add(error);
                Wire.writeOutput(out, error, chunk, 0, chunk.length);
              }
              Wire.writeExit(out, 3);
            });
    DataInputStream in = input(wire);

    for (int i = 0; i < chunks.size(); i++) {
      Wire.Frame frame = Wire.readFrame(in);
      assertThat(frame).isInstanceOf(Wire.Frame.Output.class);
      Wire.Frame.Output output = (Wire.Frame.Output) frame;
      assertThat(output.standardError()).isEqualTo(toError.get(i));
      assertThat(Arrays.equals(output.bytes(), chunks.get(i))).isTrue();
    }
    assertThat(Wire.readFrame(in)).isEqualTo(new Wire.Frame.Exit(3));
  }

  @Test
  void anotherBuildsRequestIsRefused() throws IOException {
    byte[] wire = bytes(out -> out.writeUTF("stagecraft-check-0"));

    assertThatThrownBy(() -> Wire.readRequest(input(wire)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a stagecraft check request");
  }

  @Test
  void anAbsurdArgumentCountIsRefused() throws IOException {
    byte[] wire =
        bytes(
            out -> {
              out.writeUTF(Wire.GREETING);
              out.writeInt(Integer.MAX_VALUE);
            });

    assertThatThrownBy(() -> Wire.readRequest(input(wire))).hasMessageContaining("arguments");
  }

  @Test
  void anAnswerCutShortIsAnEndOfFileNotAFrame() throws IOException {
    byte[] whole = bytes(out -> Wire.writeOutput(out, false, new byte[100], 0, 100));
    byte[] cut = Arrays.copyOf(whole, 50);

    assertThatThrownBy(() -> Wire.readFrame(input(cut))).isInstanceOf(EOFException.class);
    assertThatThrownBy(() -> Wire.readFrame(input(new byte[0]))).isInstanceOf(EOFException.class);
  }

  private interface Writing {
    void to(DataOutputStream out) throws IOException;
  }

  private static byte[] bytes(Writing writing) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(buffer);
    writing.to(out);
    out.flush();
    return buffer.toByteArray();
  }

  private static DataInputStream input(byte[] bytes) {
    return new DataInputStream(new ByteArrayInputStream(bytes));
  }

  private static String randomText(Random random, int maxLength) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      text.appendCodePoint(
          kind < 6
              ? 32 + random.nextInt(95)
              : kind < 8 ? random.nextInt(32) : kind < 9 ? 0x400 + random.nextInt(200) : 0x1F600);
    }
    return text.toString();
  }
}
