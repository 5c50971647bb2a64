package dev.stagecraft.facts;

import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineException;
import dev.stagecraft.engine.ImageDetails;
import dev.stagecraft.engine.ImageFilesystem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the files of a built image that checks look at: the whole filesystem in one streamed
 * export, or, for a large image whose checks name their paths, just those paths.
 */
final class ImageFilesReader {

  /**
   * Below this size a full export is as quick as reading a few paths one by one (the engine exports
   * about 250 MB/s here, a path costs a round trip); above it, unless a check scans every file,
   * only the paths checks name are read.
   */
  static final long SCOPED_READ_FROM_BYTES = 64L * 1024 * 1024;

  private final DockerEngine engine;

  ImageFilesReader(DockerEngine engine) {
    this.engine = engine;
  }

  /** The files checks read, and the content of those they asked for. */
  record FilesRead(FileIndex index, Map<String, CapturedFile> captured) {}

  /**
   * One streamed export when a check scans every file or the image is small; otherwise only the
   * paths the checks declared, one by one.
   */
  FilesRead read(
      String image,
      ImageDetails details,
      long imageBytes,
      LabRequest request,
      Consumer<LabEvent> events)
      throws EngineException {
    try (ImageFilesystem filesystem = engine.openFilesystem(image)) {
      if (!request.filesRead().whole() && imageBytes >= SCOPED_READ_FROM_BYTES) {
        events.accept(new LabEvent.Gathering("reading the files the checks look at"));
        try {
          ScopedFilesReader reader =
              new ScopedFilesReader(filesystem)
                  .read(
                      request.filesRead().and(FileScope.paths(request.filesNeeded())),
                      ImageConfigFacts.of(details).pathDirectories(),
                      ImageFacts.FILES_TO_CAPTURE,
                      request.filesNeeded(),
                      ImageLab.MAX_REQUESTED_FILE_BYTES);
          return new FilesRead(reader.index(), reader.captured());
        } catch (EngineException e) {
          // The engine cannot stat some paths (a loop of links answers HTTP 500) that an export
          // streams without trouble; if the engine itself is gone, the export fails too.
        }
      }
      events.accept(new LabEvent.Gathering("reading the filesystem"));
      FilesystemCollector collector =
          new FilesystemCollector(
              ImageFacts.FILES_TO_CAPTURE,
              request.filesNeeded(),
              ImageLab.MAX_REQUESTED_FILE_BYTES);
      filesystem.export(collector);
      FileIndex index = collector.index();
      captureThroughLinks(filesystem, collector, index, request.filesNeeded());
      return new FilesRead(index, collector.captured());
    }
  }

  /**
   * A requested path that is a link (cc -> gcc-12, /etc/os-release -> ../usr/lib/os-release) has no
   * content in the export; read its target directly, and keep it under the path the check named.
   */
  private static void captureThroughLinks(
      ImageFilesystem filesystem,
      FilesystemCollector collector,
      FileIndex index,
      List<String> requested)
      throws EngineException {
    for (String path : requested) {
      if (collector.hasCaptured(path)) {
        continue;
      }
      Optional<FileFact> target = index.resolve(path).filter(f -> f.kind() == FileKind.FILE);
      if (target.isEmpty()) {
        continue;
      }
      Optional<byte[]> bytes =
          filesystem.readFile(target.get().path(), ImageLab.MAX_REQUESTED_FILE_BYTES);
      if (bytes.isPresent()) {
        String name = FileIndex.normalise(path);
        collector.add(
            new CapturedFile(name, bytes.get(), bytes.get().length < target.get().sizeBytes()));
      }
    }
  }
}
