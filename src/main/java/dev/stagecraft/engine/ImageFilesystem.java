package dev.stagecraft.engine;

import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Read-only access to one image's files through a container that is created but never started, so
 * no program in the image runs and no shell is needed. Open one with {@link
 * DockerEngine#openFilesystem} to make many reads cheap; closing removes the container.
 */
public final class ImageFilesystem implements AutoCloseable {

  private static final int MAX_SYMLINK_HOPS = 8;

  private final EngineConnection connection;
  private final SessionResources session;
  private final String image;
  private final String containerId;
  private boolean closed;

  ImageFilesystem(EngineConnection connection, SessionResources session, String image)
      throws EngineException {
    this.connection = connection;
    this.session = session;
    this.image = image;
    try {
      // An entrypoint is required by create when the image has neither ENTRYPOINT nor CMD
      // (scratch); it is never run.
      this.containerId =
          session.track(
              connection
                  .client
                  .createContainerCmd(image)
                  .withEntrypoint("/nonexistent")
                  .withCmd()
                  .withNetworkDisabled(true)
                  .withLabels(session.labels())
                  .exec()
                  .getId());
    } catch (NotFoundException e) {
      throw new EngineException("No image " + image + " in the Docker engine.", e);
    } catch (DockerException e) {
      throw new EngineException(
          "Cannot open the files of " + image + ": " + ImageBuilder.engineMessage(e), e);
    }
  }

  /** What is at {@code path}, without following a final symlink; empty when nothing is. */
  public Optional<PathStat> stat(String path) throws EngineException {
    try (DockerHttpClient.Response response = archive("HEAD", path)) {
      int status = response.getStatusCode();
      if (status == 404) {
        return Optional.empty();
      }
      String header = response.getHeader(PathStatHeader.NAME);
      if (status / 100 != 2 || header == null) {
        throw new EngineException(
            "The Docker engine could not stat "
                + path
                + " in "
                + image
                + " (HTTP "
                + status
                + ").");
      }
      return Optional.of(PathStatHeader.decode(header));
    } catch (RuntimeException e) {
      throw new EngineException("Reading " + path + " in " + image + " failed: " + e, e);
    }
  }

  /**
   * The first {@code maxBytes} bytes of the regular file at {@code path}, following symlinks (as
   * the image's own programs would); empty when there is no such file.
   */
  public Optional<byte[]> readFile(String path, int maxBytes) throws EngineException {
    String current = path;
    for (int hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
      try (DockerHttpClient.Response response = archive("GET", current)) {
        InputStream body = response.getBody();
        if (response.getStatusCode() == 404) {
          return Optional.empty();
        }
        if (response.getStatusCode() / 100 != 2) {
          throw new EngineException(
              "The Docker engine could not read "
                  + current
                  + " in "
                  + image
                  + ": "
                  + EngineConnection.errorMessage(body));
        }
        TarArchiveInputStream tar = tarOf(body);
        TarArchiveEntry entry = tar.getNextEntry();
        if (entry == null) {
          return Optional.empty();
        }
        if (entry.isSymbolicLink()) {
          current = ImagePaths.resolveLink(current, entry.getLinkName());
          continue;
        }
        if (!entry.isFile()) {
          return Optional.empty();
        }
        return Optional.of(tar.readNBytes((int) Math.min(maxBytes, entry.getSize())));
      } catch (IOException | RuntimeException e) {
        throw new EngineException("Reading " + current + " in " + image + " failed: " + e, e);
      }
    }
    return Optional.empty();
  }

  /**
   * The entry at {@code path} with its owner and mode, like {@code lstat} (a final symlink is not
   * followed); empty when nothing is there. Only the first record of the engine's archive is read,
   * so even a large directory costs one round trip.
   */
  public Optional<FileEntry> entry(String path) throws EngineException {
    // Closing the response aborts the transfer; closing the body first would read a large
    // directory's whole archive just to throw it away.
    try (DockerHttpClient.Response response = archive("GET", path)) {
      InputStream body = response.getBody();
      if (!found(response, body, path)) {
        return Optional.empty();
      }
      TarArchiveEntry first = tarOf(body).getNextEntry();
      return first == null
          ? Optional.empty()
          : Optional.of(ImagePaths.fileEntry(first, ImagePaths.parent(path)));
    } catch (IOException | RuntimeException e) {
      throw new EngineException("Reading " + path + " in " + image + " failed: " + e, e);
    }
  }

  /**
   * Streams {@code path} and everything beneath it past {@code visitor}, with absolute paths as in
   * {@link #export}; false when nothing is at {@code path}.
   */
  public boolean list(String path, FilesystemVisitor visitor) throws EngineException {
    try (DockerHttpClient.Response response = archive("GET", path);
        InputStream body = response.getBody()) {
      if (!found(response, body, path)) {
        return false;
      }
      visitAll(tarOf(body), ImagePaths.parent(path), visitor);
      return true;
    } catch (IOException | RuntimeException e) {
      throw new EngineException("Listing " + path + " in " + image + " failed: " + e, e);
    }
  }

  /**
   * Streams the whole flattened filesystem past {@code visitor}, entry by entry; only the content
   * the visitor asks for is kept, the rest is skipped as it streams.
   */
  public void export(FilesystemVisitor visitor) throws EngineException {
    try (DockerHttpClient.Response response =
            connection.raw("GET", "/containers/" + containerId + "/export");
        InputStream body = response.getBody()) {
      if (response.getStatusCode() / 100 != 2) {
        throw new EngineException(
            "The Docker engine could not export "
                + image
                + ": "
                + EngineConnection.errorMessage(body));
      }
      visitAll(tarOf(body), "/", visitor);
    } catch (IOException | RuntimeException e) {
      throw new EngineException("Exporting the files of " + image + " failed: " + e, e);
    }
  }

  private boolean found(DockerHttpClient.Response response, InputStream body, String path)
      throws EngineException {
    int status = response.getStatusCode();
    if (status == 404) {
      return false;
    }
    if (status / 100 != 2) {
      throw new EngineException(
          "The Docker engine could not read "
              + path
              + " in "
              + image
              + ": "
              + EngineConnection.errorMessage(body));
    }
    return true;
  }

  private static void visitAll(TarArchiveInputStream tar, String root, FilesystemVisitor visitor)
      throws IOException {
    TarArchiveEntry entry;
    while ((entry = tar.getNextEntry()) != null) {
      FileEntry file = ImagePaths.fileEntry(entry, root);
      int wanted = visitor.visit(file);
      if (wanted > 0 && file.type() == FileType.FILE) {
        visitor.content(file, tar.readNBytes((int) Math.min(wanted, file.size())));
      }
    }
  }

  /** Tar reads 512-byte records; a large buffer keeps them off the HTTP stream's slow path. */
  private static TarArchiveInputStream tarOf(InputStream body) {
    return new TarArchiveInputStream(
        new BufferedInputStream(body, 1 << 20), StandardCharsets.UTF_8.name());
  }

  private DockerHttpClient.Response archive(String method, String path) {
    return connection.raw(
        method, "/containers/" + containerId + "/archive?path=" + EngineConnection.encode(path));
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      session.removeContainer(containerId);
    }
  }
}
