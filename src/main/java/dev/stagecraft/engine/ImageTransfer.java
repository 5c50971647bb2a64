package dev.stagecraft.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Moves images between the engine and the outside for an offline kit: pull one from its registry,
 * save several into one tar ({@code docker save}), load such a tar back ({@code docker load}). A
 * workshop room without a network loads the kit from a USB stick instead of pulling.
 */
public final class ImageTransfer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOADED = "Loaded image: ";
  private static final String LOADED_ID = "Loaded image ID: ";

  private final EngineConnection connection;

  ImageTransfer(EngineConnection connection) {
    this.connection = connection;
  }

  /**
   * Pulls {@code reference} (a name without a tag means {@code :latest}, never every tag).
   *
   * @throws EngineException with the engine's or the registry's reason, such as an unknown host
   */
  public void pull(String reference) throws EngineException {
    String[] nameAndTag = splitTag(reference);
    String path =
        "/images/create?fromImage="
            + EngineConnection.encode(nameAndTag[0])
            + "&tag="
            + EngineConnection.encode(nameAndTag[1]);
    try (DockerHttpClient.Response response = connection.raw("POST", path);
        InputStream body = response.getBody()) {
      if (response.getStatusCode() / 100 != 2) {
        throw new EngineException(EngineConnection.errorMessage(body));
      }
      // The answer is a stream of progress messages; a failure mid-way is one with "error".
      readMessages(body, new ArrayList<>());
    } catch (IOException | RuntimeException e) {
      throw new EngineException(
          "the pull broke off: " + EngineProblems.rootCause(e).getMessage(), e);
    }
  }

  /**
   * Writes one tar holding every image of {@code references} to {@code out}, streamed, never held
   * in memory.
   *
   * @throws EngineException when an image is absent or the engine fails
   */
  public void save(List<String> references, OutputStream out) throws EngineException {
    StringJoiner query = new StringJoiner("&", "/images/get?", "");
    references.forEach(ref -> query.add("names=" + EngineConnection.encode(ref)));
    try (DockerHttpClient.Response response = connection.raw("GET", query.toString());
        InputStream body = response.getBody()) {
      if (response.getStatusCode() / 100 != 2) {
        throw new EngineException(
            "The Docker engine could not save "
                + String.join(", ", references)
                + ": "
                + EngineConnection.errorMessage(body));
      }
      body.transferTo(out);
    } catch (IOException | RuntimeException e) {
      throw new EngineException(
          "Saving "
              + String.join(", ", references)
              + " failed: "
              + EngineProblems.rootCause(e).getMessage(),
          e);
    }
  }

  /**
   * Loads a tar made by {@link #save} (or {@code docker save}) into the engine.
   *
   * @return the images it held, as the engine names them ({@code alpine:3.20}, or an image id for
   *     an untagged one)
   * @throws EngineException when the engine refuses the tar (not a save archive, a disk full)
   */
  public List<String> load(InputStream tar) throws EngineException {
    List<String> loaded = new ArrayList<>();
    try (DockerHttpClient.Response response =
            connection.raw("POST", "/images/load?quiet=1", tar, "application/x-tar");
        InputStream body = response.getBody()) {
      if (response.getStatusCode() / 100 != 2) {
        throw new EngineException(EngineConnection.errorMessage(body));
      }
      readMessages(body, loaded);
    } catch (IOException | RuntimeException e) {
      throw new EngineException(
          "the load broke off: " + EngineProblems.rootCause(e).getMessage(), e);
    }
    return List.copyOf(loaded);
  }

  /** Reads the engine's JSON messages; collects the images a load names, throws on an error. */
  private static void readMessages(InputStream body, List<String> loaded)
      throws IOException, EngineException {
    try (MappingIterator<JsonNode> messages = JSON.readerFor(JsonNode.class).readValues(body)) {
      while (messages.hasNextValue()) {
        JsonNode message = messages.nextValue();
        if (message.hasNonNull("error")) {
          throw new EngineException(message.get("error").asText().strip());
        }
        String stream = message.path("stream").asText("");
        for (String line : stream.lines().toList()) {
          if (line.startsWith(LOADED)) {
            loaded.add(line.substring(LOADED.length()).strip());
          } else if (line.startsWith(LOADED_ID)) {
            loaded.add(line.substring(LOADED_ID.length()).strip());
          }
        }
      }
    }
  }

  /** {@code registry:5000/team/app:1.2} → name and tag; no tag means {@code latest}. */
  static String[] splitTag(String reference) {
    int digest = reference.indexOf('@');
    if (digest >= 0) {
      return new String[] {reference.substring(0, digest), reference.substring(digest + 1)};
    }
    int slash = reference.lastIndexOf('/');
    int colon = reference.lastIndexOf(':');
    if (colon > slash) {
      return new String[] {reference.substring(0, colon), reference.substring(colon + 1)};
    }
    return new String[] {reference, "latest"};
  }
}
