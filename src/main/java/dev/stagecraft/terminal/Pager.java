package dev.stagecraft.terminal;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * A small pager over a JLine terminal, for text longer than the screen: space or f for the next
 * page, b back, j/k or arrows a line, g/G top and end, / search and n the next match, q quit. It
 * draws on the terminal's alternate screen, so the REPL's scrollback is left as it was, and returns
 * where the reader stopped so that a later session can resume there.
 */
public final class Pager {

  private enum Action {
    NEXT_PAGE,
    PREVIOUS_PAGE,
    LINE_DOWN,
    LINE_UP,
    FIRST,
    LAST,
    SEARCH,
    SEARCH_AGAIN,
    QUIT,
    NONE
  }

  /**
   * Where the reader quit.
   *
   * @param top the first line on screen, counted from 0
   * @param end whether the last line was on screen
   * @param lines how many lines the text had as last laid out
   */
  public record Stop(int top, boolean end, int lines) {}

  /** What the status line says about keys, longest first, for the widest that fits. */
  private static final List<String> KEYS_HELP =
      List.of("space/b page, / search, q quit", "/ search, q quit", "q quit");

  private static final char ENTER = '\r';
  private static final char NEWLINE = '\n';
  private static final char BACKSPACE = 8;
  private static final char DELETE = 127;
  private static final char CTRL_C = 3;
  private static final char ESCAPE = 27;

  private final Terminal terminal;
  private final Ansi ansi;
  private final KeyMap<Action> keys;

  /** A pager drawing on {@code terminal}, painting its status line when {@code ansi} colours. */
  public Pager(Terminal terminal, Ansi ansi) {
    this.terminal = terminal;
    this.ansi = ansi;
    this.keys = keyMap(terminal);
  }

  /**
   * Whether {@code lineCount} lines need paging: more than the screen holds under a status line.
   */
  public boolean needed(int lineCount) {
    return terminal.getRows() > 2 && lineCount > pageHeight();
  }

  /**
   * Shows {@code lines} (each no wider than the terminal) from line {@code top} until the reader
   * quits, and returns where they were at that moment. End of input counts as quitting.
   */
  public Stop page(String title, List<String> lines, int top) {
    return page(title, width -> lines, top);
  }

  /**
   * Shows the text {@code layout} lays out for a width, from line {@code top}, until the reader
   * quits. When the terminal is resized the text is laid out again for the new width and the reader
   * keeps their place in it.
   */
  public Stop page(String title, IntFunction<List<String>> layout, int top) {
    Run run = new Run(title, layout, new PagerView(layout.apply(columns()), pageHeight(), top));
    BindingReader reader = new BindingReader(terminal.reader());
    Attributes saved = terminal.enterRawMode();
    Attributes raw = terminal.getAttributes();
    // Ctrl-C arrives as a key that quits, rather than as a signal to the REPL.
    raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
    terminal.setAttributes(raw);
    terminal.puts(Capability.enter_ca_mode);
    // Arrow keys then send the sequences terminfo names, which the key map binds.
    terminal.puts(Capability.keypad_xmit);
    Terminal.SignalHandler previous =
        terminal.handle(Terminal.Signal.WINCH, signal -> run.resized());
    try {
      run.draw();
      while (true) {
        Action action = Objects.requireNonNullElse(reader.readBinding(keys), Action.QUIT);
        if (action == Action.QUIT) {
          return run.stop();
        }
        if (action == Action.SEARCH) {
          run.search(reader);
        } else {
          run.apply(action);
        }
      }
    } finally {
      terminal.handle(Terminal.Signal.WINCH, previous);
      terminal.puts(Capability.keypad_local);
      terminal.puts(Capability.exit_ca_mode);
      terminal.setAttributes(saved);
      terminal.flush();
    }
  }

  /**
   * One showing of a text. Keys arrive on the reading thread and resizes on the signal thread, so
   * every change to the view and every drawing holds this run's lock.
   */
  private final class Run {
    private final String title;
    private final IntFunction<List<String>> layout;
    private PagerView view;
    private String message = "";

    Run(String title, IntFunction<List<String>> layout, PagerView view) {
      this.title = title;
      this.layout = layout;
      this.view = view;
    }

    synchronized void apply(Action action) {
      switch (action) {
        case NEXT_PAGE -> view.nextPage();
        case PREVIOUS_PAGE -> view.previousPage();
        case LINE_DOWN -> view.lineDown();
        case LINE_UP -> view.lineUp();
        case FIRST -> view.first();
        case LAST -> view.last();
        case SEARCH_AGAIN ->
            message =
                view.lastSearch().isEmpty()
                    ? "no search yet: / starts one"
                    : view.searchAgain() ? "" : "no more matches";
        case NONE -> message = "space f b j k g G / n q";
        case SEARCH, QUIT -> {
          // The reading loop handles these: one reads more keys, the other ends the run.
        }
      }
      draw();
    }

    synchronized void resized() {
      view = view.relaidOut(layout.apply(columns()), pageHeight());
      draw();
    }

    synchronized Stop stop() {
      return new Stop(view.top(), view.atEnd(), view.size());
    }

    /** Reads a search query on the status line; Enter searches, Escape or Ctrl-C gives up. */
    void search(BindingReader reader) {
      StringBuilder query = new StringBuilder();
      while (true) {
        drawPrompt("/" + query);
        int c = reader.readCharacter();
        if (c == -1 || c == ESCAPE || c == CTRL_C) {
          draw();
          return;
        } else if (c == ENTER || c == NEWLINE) {
          break;
        } else if (c == BACKSPACE || c == DELETE) {
          if (query.isEmpty()) {
            draw();
            return;
          }
          query.setLength(query.length() - 1);
        } else if (c >= ' ') {
          query.appendCodePoint(c);
        }
      }
      find(query.toString().strip());
    }

    private synchronized void find(String wanted) {
      if (!wanted.isEmpty() || view.lastSearch().isPresent()) {
        message =
            view.search(wanted)
                ? ""
                : "not found: " + ForeignText.forTerminal(view.lastSearch().orElse(wanted));
      }
      draw();
    }

    synchronized void draw() {
      view.resize(pageHeight());
      Pager.this.draw(view, status(title, view, message, columns() - 1));
      message = "";
    }

    private synchronized void drawPrompt(String prompt) {
      Pager.this.draw(view, prompt);
    }
  }

  private int columns() {
    return terminal.getColumns() > 0 ? terminal.getColumns() : OutputMode.DEFAULT_WIDTH;
  }

  private int pageHeight() {
    return Math.max(1, terminal.getRows() - 1);
  }

  private void draw(PagerView view, String status) {
    if (!terminal.puts(Capability.clear_screen)) {
      terminal.writer().print('\n');
    }
    int width = columns();
    StringBuilder screen = new StringBuilder();
    List<String> visible = view.visible();
    int found = view.match().map(m -> m - view.top()).orElse(-1);
    for (int i = 0; i < visible.size(); i++) {
      // The line a search found stands out, since near the end it cannot be the top line.
      String line = visible.get(i);
      screen.append(i == found ? ansi.paint(Ansi.strip(line), Style.BOLD, Style.YELLOW) : line);
      screen.append("\r\n");
    }
    for (int i = view.visible().size(); i < view.height(); i++) {
      screen.append("~\r\n");
    }
    screen.append(ansi.paint(fit(status, width - 1), Style.BOLD));
    terminal.writer().print(screen);
    terminal.writer().flush();
  }

  /**
   * The status line: where the reader is, then a message or which keys do what, in as many words as
   * {@code width} allows.
   */
  static String status(String title, PagerView view, String message, int width) {
    int last = Math.min(view.size(), view.top() + view.height());
    String where =
        (view.top() + 1)
            + "-"
            + last
            + " of "
            + view.size()
            + (view.atEnd() ? " (end)" : " (" + (100 * last / Math.max(1, view.size())) + "%)");
    String head = title.isEmpty() ? where : title + " · " + where;
    if (!message.isEmpty()) {
      return head + " · " + message;
    }
    for (String keysHelp : KEYS_HELP) {
      String line = head + " · " + keysHelp;
      if (TextWrap.displayWidth(line) <= width) {
        return line;
      }
    }
    return head;
  }

  private static String fit(String text, int width) {
    if (TextWrap.displayWidth(text) <= width) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int cols = TextWrap.columns(cp);
      if (used + cols > width - 1) {
        break;
      }
      out.appendCodePoint(cp);
      used += cols;
      i += Character.charCount(cp);
    }
    return out.append('…').toString();
  }

  private static KeyMap<Action> keyMap(Terminal terminal) {
    KeyMap<Action> keys = new KeyMap<>();
    keys.setNomatch(Action.NONE);
    keys.setUnicode(Action.NONE);
    bind(keys, Action.NEXT_PAGE, " ", "f", KeyMap.ctrl('F'), KeyMap.ctrl('V'));
    bind(keys, Action.NEXT_PAGE, KeyMap.key(terminal, Capability.key_npage));
    bind(keys, Action.PREVIOUS_PAGE, "b", KeyMap.ctrl('B'), KeyMap.alt('v'));
    bind(keys, Action.PREVIOUS_PAGE, KeyMap.key(terminal, Capability.key_ppage));
    bind(keys, Action.LINE_DOWN, "j", "e", "\r", "\n", KeyMap.key(terminal, Capability.key_down));
    bind(keys, Action.LINE_UP, "k", "y", KeyMap.key(terminal, Capability.key_up));
    // Terminals that ignore keypad mode send the ANSI cursor keys whatever terminfo says.
    bind(keys, Action.LINE_DOWN, "\u001b[B");
    bind(keys, Action.LINE_UP, "\u001b[A");
    bind(keys, Action.FIRST, "g", "<", KeyMap.key(terminal, Capability.key_home));
    bind(keys, Action.LAST, "G", ">", KeyMap.key(terminal, Capability.key_end));
    bind(keys, Action.SEARCH, "/");
    bind(keys, Action.SEARCH_AGAIN, "n");
    bind(keys, Action.QUIT, "q", "Q", KeyMap.ctrl('C'));
    return keys;
  }

  /** Binds the sequences a terminal has; one without such a key gives null and is skipped. */
  private static void bind(KeyMap<Action> keys, Action action, String... sequences) {
    for (String sequence : sequences) {
      if (sequence != null && !sequence.isEmpty()) {
        keys.bind(action, sequence);
      }
    }
  }
}
