package dev.stagecraft.facts;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What to build and what to find out about the result.
 *
 * @param contextDir the build context (its .dockerignore applies)
 * @param dockerfile the Dockerfile to build, inside or outside the context
 * @param name a short name for the image tag, e.g. the exercise id
 * @param finalBaseImage the external image the final stage starts from, to tell its layers apart
 *     from the learner's; empty for scratch
 * @param runs the runs checks asked for
 * @param filesNeeded absolute paths whose content checks read, captured up to {@link
 *     ImageLab#MAX_REQUESTED_FILE_BYTES}
 * @param filesRead the part of the filesystem checks look at; the paths of {@code filesNeeded} and
 *     the well-known files are read in any case
 * @param layerFiles true to read what each layer wrote and removed (one extra read of the image)
 * @param textsSearched texts to look for in the content of every file of every layer, in that same
 *     read (which then happens even when {@code layerFiles} is false)
 */
public record LabRequest(
    Path contextDir,
    Path dockerfile,
    String name,
    Optional<String> target,
    Optional<String> finalBaseImage,
    List<RunSpec> runs,
    List<String> filesNeeded,
    FileScope filesRead,
    Predicate<FileIndex> layerFilesFor,
    List<String> textsSearched) {

  public LabRequest {
    runs = List.copyOf(runs);
    filesNeeded = List.copyOf(filesNeeded);
    textsSearched = List.copyOf(textsSearched);
  }

  /** Each layer's files are read always ({@code true}) or never; no file contents searched. */
  public LabRequest(
      Path contextDir,
      Path dockerfile,
      String name,
      Optional<String> target,
      Optional<String> finalBaseImage,
      List<RunSpec> runs,
      List<String> filesNeeded,
      FileScope filesRead,
      boolean layerFiles) {
    this(
        contextDir,
        dockerfile,
        name,
        target,
        finalBaseImage,
        runs,
        filesNeeded,
        filesRead,
        files -> layerFiles,
        List.of());
  }
}
