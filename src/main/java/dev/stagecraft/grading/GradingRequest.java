package dev.stagecraft.grading;

import dev.stagecraft.course.CheckSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * One grading job: a Dockerfile, the context it builds in, and the checks it must pass.
 *
 * @param name short name for the image tag and reports, e.g. the exercise id
 * @param buildContext the build context, which is also the exercise folder: files that checks name
 *     (a structure-test config) are read from it
 */
public record GradingRequest(
    String name, Path dockerfile, Path buildContext, List<CheckSpec> checks) {}
