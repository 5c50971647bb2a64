package dev.stagecraft.repl;

import dev.stagecraft.app.LessonText;
import dev.stagecraft.course.Lesson;
import dev.stagecraft.terminal.MarkdownRenderer;
import dev.stagecraft.terminal.TextWrap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lessons laid out for the screen, kept for the session: a lesson is read again and again (resumed,
 * paged back to), and laying one out takes tens of milliseconds while the JIT is cold. The markdown
 * is part of the key, so an edited lesson file is laid out anew. The REPL lays out the lesson the
 * learner is likely to open next while they read the welcome.
 */
final class LessonLayouts {

  private static final int KEPT = 8;

  private record Key(String lessonId, int width, boolean color, String markdown) {}

  private final LessonText lessonText;
  private final Map<Key, List<String>> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<String>> eldest) {
          return size() > KEPT;
        }
      };

  LessonLayouts(LessonText lessonText) {
    this.lessonText = lessonText;
  }

  /** The lesson laid out for {@code width} columns, one entry a screen line. */
  List<String> lines(Lesson lesson, int width, boolean color) {
    Key key = new Key(lesson.id(), width, color, lessonText.markdown(lesson));
    synchronized (kept) {
      List<String> lines = kept.get(key);
      if (lines != null) {
        return lines;
      }
    }
    List<String> lines = layOut(key);
    synchronized (kept) {
      kept.put(key, lines);
    }
    return lines;
  }

  private static List<String> layOut(Key key) {
    String text = new MarkdownRenderer().render(key.markdown(), key.width(), key.color());
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return Arrays.stream(body.split("\n", -1))
        .flatMap(line -> TextWrap.wrap(line, key.width()).stream())
        .toList();
  }
}
