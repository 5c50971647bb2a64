package dev.stagecraft.cli;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.CourseException;
import java.nio.file.Path;

/** How a command opens the course: {@link Workbench#open(Path)}, or a test's own progress. */
@FunctionalInterface
interface WorkbenchOpener {

  Workbench open(Path home) throws CourseException;
}
