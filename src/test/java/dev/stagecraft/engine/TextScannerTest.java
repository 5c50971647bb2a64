package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextScannerTest {

  /** Hands out at most {@code step} bytes per read, as a network stream may. */
  private static InputStream trickle(byte[] bytes, int step) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, step));
      }
    };
  }

  @Test
  void findsEachTextOnceInTheOrderGiven() throws IOException {
    TextScanner scanner = new TextScanner(List.of("secret-b", "secret-a", "absent"));
    byte[] content = "x secret-a y secret-b z secret-a".getBytes(StandardCharsets.UTF_8);

    assertThat(scanner.scan(new ByteArrayInputStream(content)))
        .containsExactly("secret-b", "secret-a");
  }

  @Test
  void findsATextSplitAcrossTwoChunks() throws IOException {
    TextScanner scanner = new TextScanner(List.of("tok-0123456789"));
    byte[] content = new byte[200_000];
    byte[] text = "tok-0123456789".getBytes(StandardCharsets.UTF_8);
    // 64 KiB chunks: put the text across the first boundary.
    System.arraycopy(text, 0, content, 65_536 - 5, text.length);

    assertThat(scanner.scan(new ByteArrayInputStream(content))).containsExactly("tok-0123456789");
    assertThat(scanner.scan(trickle(content, 7))).containsExactly("tok-0123456789");
  }

  @Test
  void findsNothingInOtherBytesAndReadsTheStreamToItsEnd() throws IOException {
    TextScanner scanner = new TextScanner(List.of("tok-42"));
    ByteArrayInputStream in =
        new ByteArrayInputStream("tok-4 2 tok_42 TOK-42".getBytes(StandardCharsets.UTF_8));

    assertThat(scanner.scan(in)).isEmpty();
    assertThat(in.available()).isZero();
  }

  @Test
  void searchesStringsToo() {
    TextScanner scanner = new TextScanner(List.of("tok-42"));

    assertThat(scanner.scan("|1 TOKEN=tok-42 /bin/sh -c make")).containsExactly("tok-42");
    assertThat(scanner.scan("/bin/sh -c make")).isEmpty();
  }

  @Test
  void anEmptyScannerReadsNothing() throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(new byte[10]);

    assertThat(TextScanner.none().isEmpty()).isTrue();
    assertThat(TextScanner.none().scan(in)).isEmpty();
    assertThat(in.available()).isEqualTo(10);
  }

  @Test
  void refusesAnEmptyText() {
    assertThatThrownBy(() -> new TextScanner(List.of("")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
