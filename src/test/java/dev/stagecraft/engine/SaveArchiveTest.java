package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;

/** Save streams built here, in both layouts, with the manifest where the engine puts it. */
class SaveArchiveTest {

  /** A tar written entry by entry: files with content, directories, symlinks. */
  private static final class Tar {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream out = new TarArchiveOutputStream(bytes);

    Tar() {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    }

    Tar file(String name, byte[] content) throws IOException {
      TarArchiveEntry entry = new TarArchiveEntry(name);
      entry.setSize(content.length);
      out.putArchiveEntry(entry);
      out.write(content);
      out.closeArchiveEntry();
      return this;
    }

    Tar file(String name, String content) throws IOException {
      return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Tar dir(String name) throws IOException {
      out.putArchiveEntry(new TarArchiveEntry(name));
      out.closeArchiveEntry();
      return this;
    }

    Tar link(String name, String target) throws IOException {
      TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
      entry.setLinkName(target);
      out.putArchiveEntry(entry);
      out.closeArchiveEntry();
      return this;
    }

    byte[] bytes() throws IOException {
      out.finish();
      out.close();
      return bytes.toByteArray();
    }
  }

  private static byte[] baseLayer() throws IOException {
    return new Tar()
        .dir("etc/")
        .file("etc/motd", "hello")
        .dir("usr/share/doc/")
        .file("usr/share/doc/readme", "x".repeat(3000))
        .link("usr/bin/sh", "dash")
        .bytes();
  }

  private static byte[] learnerLayer() throws IOException {
    return new Tar()
        .dir("etc/")
        .file("etc/.wh.motd", "")
        .dir("var/cache/")
        .file("var/cache/.wh..wh..opq", "")
        .file("blob", "y".repeat(10_000))
        .bytes();
  }

  private static List<LayerListing> read(byte[] archive) throws IOException {
    return SaveArchive.read(new ByteArrayInputStream(archive));
  }

  @Test
  void legacyLayoutIsOrderedByAManifestThatComesLast() throws IOException {
    byte[] archive =
        new Tar()
            .dir("bbb/")
            .file("bbb/VERSION", "1.0")
            .file("bbb/json", "{\"id\": \"bbb\"}")
            .file("bbb/layer.tar", learnerLayer())
            .file("aaa/layer.tar", baseLayer())
            .file("ccc/layer.tar", new Tar().bytes())
            // Two empty layers are saved once; the second name links to the first.
            .link("ddd/layer.tar", "../ccc/layer.tar")
            .file("f00d.json", "{\"rootfs\": {}}")
            .file("repositories", "{}")
            .file(
                "manifest.json",
                "[{\"Config\": \"f00d.json\", \"RepoTags\": [\"x:1\"],"
                    + " \"Layers\": [\"aaa/layer.tar\", \"ccc/layer.tar\", \"bbb/layer.tar\","
                    + " \"ddd/layer.tar\"]}]")
            .bytes();
    List<LayerListing> layers = read(archive);
    assertThat(layers)
        .extracting(LayerListing::name)
        .containsExactly("aaa/layer.tar", "ccc/layer.tar", "bbb/layer.tar", "ccc/layer.tar");
    assertThat(layers.get(0).entries())
        .containsExactly(
            new LayerEntry("/etc", FileType.DIRECTORY, 0),
            new LayerEntry("/etc/motd", FileType.FILE, 5),
            new LayerEntry("/usr/share/doc", FileType.DIRECTORY, 0),
            new LayerEntry("/usr/share/doc/readme", FileType.FILE, 3000),
            new LayerEntry("/usr/bin/sh", FileType.SYMLINK, 0));
    assertThat(layers.get(1).entries()).isEmpty();
    assertThat(layers.get(2).entries())
        .extracting(LayerEntry::path)
        .containsExactly("/etc", "/etc/.wh.motd", "/var/cache", "/var/cache/.wh..wh..opq", "/blob");
    assertThat(layers.get(2).sizeBytes()).isEqualTo(10_000);
  }

  private static final String BASE_ID = "sha256:" + "a".repeat(64);
  private static final String LEARNER_ID = "sha256:" + "b".repeat(64);

  private static byte[] twoLayers(byte[] base, byte[] learner) throws IOException {
    return new Tar()
        .file("aaa/layer.tar", base)
        .file("bbb/layer.tar", learner)
        .file(
            "manifest.json",
            "[{\"Config\": \"f00d.json\", \"Layers\": [\"aaa/layer.tar\", \"bbb/layer.tar\"]}]")
        .bytes();
  }

  @Test
  void aLayerListedBeforeIsTakenFromItsListNotRead() throws IOException {
    byte[] base = baseLayer();
    List<LayerEntry> listed = List.of(new LayerEntry("/from-the-list", FileType.FILE, 1));
    SaveArchive.Layers layers =
        SaveArchive.read(
            new ByteArrayInputStream(twoLayers(base, learnerLayer())),
            TextScanner.none(),
            List.of(BASE_ID, LEARNER_ID),
            java.util.Map.of(BASE_ID, new LayerListingCache.Known(base.length, listed)));
    assertThat(layers.listings().get(0).entries()).isEqualTo(listed);
    assertThat(layers.listings().get(1).entries()).extracting(LayerEntry::path).contains("/blob");
    assertThat(layers.tarBytes()).containsExactly((long) base.length, (long) learnerLayer().length);
  }

  @Test
  void aLayerSkippedForItsSizeThatIsNotTheListedOneAsksForARead() throws IOException {
    byte[] learner = learnerLayer();
    // The learner's layer has the size of the known base layer, but sits where it is not known.
    byte[] archive = twoLayers(baseLayer(), learner);
    assertThatThrownBy(
            () ->
                SaveArchive.read(
                    new ByteArrayInputStream(archive),
                    TextScanner.none(),
                    List.of(BASE_ID, LEARNER_ID),
                    java.util.Map.of(
                        BASE_ID, new LayerListingCache.Known(learner.length, List.of()))))
        .isInstanceOf(SaveArchive.SkippedUnknownLayer.class);
  }

  @Test
  void podmansLayoutKeepsLayersAtTheTopAndLinksTheLegacyNamesToThem() throws IOException {
    byte[] archive =
        new Tar()
            .file("9de2.tar", baseLayer())
            .file("26de.json", "{\"rootfs\": {}}")
            .link("18c4/layer.tar", "../9de2.tar")
            .file("18c4/VERSION", "1.0")
            .file("18c4/json", "{\"id\": \"18c4\"}")
            .file("7f00.tar", learnerLayer())
            .file(
                "manifest.json",
                "[{\"Config\": \"26de.json\", \"RepoTags\": [\"localhost/x:1\"],"
                    + " \"Layers\": [\"9de2.tar\", \"7f00.tar\"]}]")
            .file("repositories", "{}")
            .bytes();
    List<LayerListing> layers = read(archive);
    assertThat(layers).extracting(LayerListing::name).containsExactly("9de2.tar", "7f00.tar");
    assertThat(layers.get(0).entries()).hasSize(5);
    assertThat(layers.get(1).sizeBytes()).isEqualTo(10_000);
  }

  @Test
  void aScannerFindsTextsInFileContentsAndOnlyThere() throws IOException {
    byte[] secretLayer =
        new Tar()
            .dir("root/")
            .file("root/.netrc", "machine git.example.com login ci password tok-12345\n")
            .file("app/tok-12345.txt", "the name holds it, the content does not")
            .link("app/link", "tok-12345")
            .bytes();
    byte[] archive =
        new Tar()
            .file("aaa/layer.tar", baseLayer())
            .file("bbb/layer.tar", secretLayer)
            .file("manifest.json", "[{\"Layers\": [\"aaa/layer.tar\", \"bbb/layer.tar\"]}]")
            .bytes();

    List<LayerListing> layers =
        SaveArchive.read(
            new ByteArrayInputStream(archive), new TextScanner(List.of("tok-12345", "hello")));

    assertThat(layers.get(0).entries())
        .filteredOn(e -> !e.textsFound().isEmpty())
        .containsExactly(new LayerEntry("/etc/motd", FileType.FILE, 5, Set.of("hello")));
    assertThat(layers.get(1).entries())
        .filteredOn(e -> !e.textsFound().isEmpty())
        .extracting(LayerEntry::path)
        .containsExactly("/root/.netrc");
    assertThat(layers.get(1).entries())
        .extracting(LayerEntry::path)
        .containsExactly("/root", "/root/.netrc", "/app/tok-12345.txt", "/app/link");
  }

  @Test
  void ociLayoutIsOrderedThroughTheIndexWhenThereIsNoManifestJson() throws IOException {
    byte[] archive =
        new Tar()
            .file("oci-layout", "{\"imageLayoutVersion\": \"1.0.0\"}")
            .file("blobs/sha256/2222", learnerLayer())
            .file("blobs/sha256/1111", baseLayer())
            .file("blobs/sha256/cfg0", "{\"architecture\": \"amd64\"}")
            .file(
                "blobs/sha256/man0",
                "{\"schemaVersion\": 2, \"config\": {\"digest\": \"sha256:cfg0\"},"
                    + " \"layers\": [{\"digest\": \"sha256:1111\"},"
                    + " {\"digest\": \"sha256:2222\"}]}")
            .file(
                "index.json",
                "{\"schemaVersion\": 2, \"manifests\": [{\"digest\": \"sha256:man0\"}]}")
            .bytes();
    List<LayerListing> layers = read(archive);
    assertThat(layers)
        .extracting(LayerListing::name)
        .containsExactly("blobs/sha256/1111", "blobs/sha256/2222");
    assertThat(layers.get(0).sizeBytes()).isEqualTo(3005);
  }

  @Test
  void ociLayoutPrefersItsManifestJson() throws IOException {
    byte[] archive =
        new Tar()
            .file("blobs/sha256/1111", baseLayer())
            .file("blobs/sha256/cfg0", "{\"architecture\": \"amd64\"}")
            .file("blobs/sha256/2222", learnerLayer())
            .file("index.json", "{\"manifests\": [{\"digest\": \"sha256:missing\"}]}")
            .file(
                "manifest.json",
                "[{\"Config\": \"blobs/sha256/cfg0\","
                    + " \"Layers\": [\"blobs/sha256/2222\", \"blobs/sha256/1111\"]}]")
            .bytes();
    assertThat(read(archive))
        .extracting(LayerListing::name)
        .containsExactly("blobs/sha256/2222", "blobs/sha256/1111");
  }

  @Test
  void aLayerTheManifestNamesButTheArchiveLacksIsAnError() throws IOException {
    byte[] archive =
        new Tar()
            .file("aaa/layer.tar", baseLayer())
            .file("manifest.json", "[{\"Layers\": [\"aaa/layer.tar\", \"zzz/layer.tar\"]}]")
            .bytes();
    assertThatThrownBy(() -> read(archive))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("zzz/layer.tar");
  }

  @Test
  void anArchiveWithoutAManifestIsAnError() throws IOException {
    byte[] archive = new Tar().file("aaa/layer.tar", baseLayer()).bytes();
    assertThatThrownBy(() -> read(archive))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no manifest.json");
  }
}
