package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsTheConfigAsStored() throws Exception {
    ImageDetails details =
        ImageReader.details(
            JSON.readTree(
                """
                {"Id": "sha256:abc", "RepoTags": ["app:1"], "Created": "2026-01-02T03:04:05.6Z",
                 "Size": 1234, "Os": "linux", "Architecture": "amd64",
                 "Config": {"User": "app:app", "Entrypoint": null,
                   "Cmd": ["/bin/sh", "-c", "node server.js"],
                   "Env": ["PATH=/usr/bin", "NODE_ENV=production"],
                   "ExposedPorts": {"8080/tcp": {}}, "Labels": {"a": "b"},
                   "WorkingDir": "/app",
                   "Healthcheck": {"Test": ["CMD", "/app/health"]}},
                 "RootFS": {"Type": "layers", "Layers": ["sha256:l1", "sha256:l2"]}}
                """));
    assertThat(details.id()).isEqualTo("sha256:abc");
    assertThat(details.created()).isEqualTo(Instant.parse("2026-01-02T03:04:05.6Z"));
    assertThat(details.user()).isEqualTo("app:app");
    assertThat(details.entrypoint()).isEmpty();
    assertThat(details.cmd()).containsExactly("/bin/sh", "-c", "node server.js");
    assertThat(details.env()).contains("NODE_ENV=production");
    assertThat(details.exposedPorts()).containsExactly("8080/tcp");
    assertThat(details.labels()).containsEntry("a", "b");
    assertThat(details.workingDir()).isEqualTo("/app");
    assertThat(details.healthcheck()).contains(List.of("CMD", "/app/health"));
    assertThat(details.layerDiffIds()).containsExactly("sha256:l1", "sha256:l2");
    assertThat(details.sizeBytes()).isEqualTo(1234);
  }

  @Test
  void aMissingConfigGivesEmptyValuesNotNulls() throws Exception {
    ImageDetails details = ImageReader.details(JSON.readTree("{\"Id\": \"sha256:x\"}"));
    assertThat(details.user()).isEmpty();
    assertThat(details.cmd()).isEmpty();
    assertThat(details.labels()).isEmpty();
    assertThat(details.healthcheck()).isEmpty();
    assertThat(details.created()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void healthcheckNoneCountsAsNoHealthcheck() throws Exception {
    ImageDetails details =
        ImageReader.details(
            JSON.readTree("{\"Config\": {\"Healthcheck\": {\"Test\": [\"NONE\"]}}}"));
    assertThat(details.healthcheck()).isEmpty();
  }

  @Test
  void historyComesOldestFirst() throws Exception {
    List<HistoryEntry> history =
        ImageReader.entries(
            JSON.readTree(
                """
                [{"Id": "sha256:top", "Created": 1700000200, "CreatedBy": "/bin/sh -c #(nop)  CMD [\\"/app\\"]", "Size": 0, "Comment": ""},
                 {"Id": "<missing>", "Created": 1700000100, "CreatedBy": "/bin/sh -c #(nop) COPY file:abc in /app ", "Size": 5000, "Comment": ""},
                 {"Id": "<missing>", "Created": 1700000000, "CreatedBy": "/bin/sh -c #(nop) ADD file:base in / ", "Size": 80000000, "Comment": "base"}]
                """));
    assertThat(history).extracting(HistoryEntry::sizeBytes).containsExactly(80000000L, 5000L, 0L);
    assertThat(history).extracting(HistoryEntry::emptyLayer).containsExactly(false, false, true);
    assertThat(history.get(0).created()).isEqualTo(Instant.ofEpochSecond(1700000000));
    assertThat(history.get(0).comment()).isEqualTo("base");
  }
}
