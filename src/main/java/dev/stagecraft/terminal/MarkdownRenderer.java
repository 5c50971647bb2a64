package dev.stagecraft.terminal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders markdown (CommonMark with GitHub tables and strikethrough) as text for a terminal of a
 * given width: wrapped paragraphs, styled headings, lists with hanging indents, framed code blocks
 * with Dockerfile highlighting, and tables with box-drawing borders.
 */
public final class MarkdownRenderer {

  /** Below this, layouts stop making sense; narrower requests are laid out at this width. */
  public static final int MIN_WIDTH = 20;

  private static final Set<String> DOCKERFILE_LANGUAGES =
      Set.of("dockerfile", "docker", "containerfile");

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
          .build();

  private final Glyphs glyphs;

  /** A renderer drawing with box-drawing characters. */
  public MarkdownRenderer() {
    this(Glyphs.UNICODE);
  }

  /** A renderer drawing with {@code glyphs}. */
  public MarkdownRenderer(Glyphs glyphs) {
    this.glyphs = glyphs;
  }

  /**
   * Renders {@code markdown}.
   *
   * @param width the terminal width in columns; no line of the result is wider
   * @param color whether to style with ANSI escapes; without, the layout is the same
   * @return the rendered text, lines separated and ended by {@code \n}
   */
  public String render(String markdown, int width, boolean color) {
    // A lesson may come from anyone's course pack: raw control characters in its source are shown,
    // never obeyed; the styling below is added after.
    Node document = PARSER.parse(ForeignText.forTerminal(markdown));
    Blocks blocks = new Blocks(Ansi.of(color));
    List<String> lines = blocks.children(document, Math.max(MIN_WIDTH, width), 0, false);
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  /** Block-level layout: every method returns the lines of one block at a width. */
  private final class Blocks {
    private final Ansi ansi;
    private final InlineRenderer inline;

    Blocks(Ansi ansi) {
      this.ansi = ansi;
      this.inline = new InlineRenderer(ansi);
    }

    /** The child blocks of {@code parent}, separated by a blank line unless {@code tight}. */
    List<String> children(Node parent, int width, int depth, boolean tight) {
      List<String> out = new ArrayList<>();
      for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
        List<String> lines = block(child, width, depth);
        if (lines.isEmpty()) {
          continue;
        }
        if (!out.isEmpty() && !tight) {
          out.add("");
        }
        out.addAll(lines);
      }
      return out;
    }

    private List<String> block(Node node, int width, int depth) {
      if (node instanceof Paragraph) {
        return TextWrap.wrap(inline.render(node), width);
      } else if (node instanceof Heading heading) {
        return heading(heading, width);
      } else if (node instanceof ListBlock list) {
        return list(list, width, depth);
      } else if (node instanceof BlockQuote) {
        return quote(node, width, depth);
      } else if (node instanceof FencedCodeBlock code) {
        return code(code.getLiteral(), language(code.getInfo()), width);
      } else if (node instanceof IndentedCodeBlock code) {
        return code(code.getLiteral(), "", width);
      } else if (node instanceof ThematicBreak) {
        return List.of(ansi.dim(glyphs.rule(width)));
      } else if (node instanceof HtmlBlock html) {
        String literal = html.getLiteral().strip();
        // Comments are invisible in rendered markdown; the course uses them as markers.
        if (literal.startsWith("<!--") && literal.endsWith("-->")) {
          return List.of();
        }
        return TextWrap.wrap(ansi.dim(literal), width);
      } else if (node instanceof TableBlock table) {
        return table(table, width);
      }
      return List.of();
    }

    private List<String> heading(Heading heading, int width) {
      Style[] styles =
          switch (heading.getLevel()) {
            case 1 -> new Style[] {Style.BOLD, Style.CYAN};
            case 2 -> new Style[] {Style.BOLD, Style.GREEN};
            case 3 -> new Style[] {Style.BOLD, Style.YELLOW};
            default -> new Style[] {Style.BOLD};
          };
      List<String> lines = new ArrayList<>(TextWrap.wrap(inline.render(heading, styles), width));
      if (heading.getLevel() == 1) {
        lines.add(ansi.paint(String.valueOf(glyphs.heavyRule()).repeat(width), Style.CYAN));
      } else if (heading.getLevel() == 2) {
        int longest = lines.stream().mapToInt(TextWrap::displayWidth).max().orElse(0);
        lines.add(ansi.paint(glyphs.rule(longest), Style.GREEN));
      }
      return lines;
    }

    private List<String> list(ListBlock list, int width, int depth) {
      List<String> markers = new ArrayList<>();
      int number = list instanceof OrderedList ordered ? startNumber(ordered) : 0;
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (list instanceof OrderedList ordered) {
          String delimiter =
              ordered.getMarkerDelimiter() == null ? "." : ordered.getMarkerDelimiter();
          markers.add((number++) + delimiter);
        } else {
          markers.add(glyphs.bullet(depth));
        }
      }
      int markerWidth = markers.stream().mapToInt(TextWrap::displayWidth).max().orElse(1);
      int indent = markerWidth + 1;
      List<String> out = new ArrayList<>();
      int index = 0;
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (!(item instanceof ListItem)) {
          continue;
        }
        if (!out.isEmpty() && !list.isTight()) {
          out.add("");
        }
        String marker = markers.get(index++);
        String painted =
            ansi.paint(
                list instanceof OrderedList
                    ? TextWrap.padLeft(marker, markerWidth)
                    : TextWrap.padRight(marker, markerWidth),
                Style.CYAN);
        List<String> lines = children(item, width - indent, depth + 1, list.isTight());
        if (lines.isEmpty()) {
          out.add(painted);
          continue;
        }
        for (int i = 0; i < lines.size(); i++) {
          String prefix = i == 0 ? painted + " " : " ".repeat(indent);
          out.add(lines.get(i).isEmpty() ? "" : prefix + lines.get(i));
        }
      }
      return out;
    }

    private int startNumber(OrderedList list) {
      Integer start = list.getMarkerStartNumber();
      return start == null ? 1 : start;
    }

    private List<String> quote(Node quote, int width, int depth) {
      String bar = ansi.paint(glyphs.quoteBar(), Style.GRAY) + " ";
      List<String> out = new ArrayList<>();
      for (String line : children(quote, width - 2, depth, false)) {
        out.add(line.isEmpty() ? ansi.paint(glyphs.quoteBar(), Style.GRAY) : bar + line);
      }
      return out;
    }

    private List<String> code(String literal, String language, int width) {
      List<String> source = literal.stripTrailing().lines().toList();
      List<String> highlighted =
          DOCKERFILE_LANGUAGES.contains(language)
              ? new DockerfileHighlighter(ansi).highlight(source)
              : source;
      int contentWidth = width - 2;
      String edge = ansi.dim(String.valueOf(glyphs.vertical()));
      String bar = edge + " ";
      List<String> body = new ArrayList<>();
      int widest = 0;
      for (String line : highlighted) {
        int lineWidth = TextWrap.displayWidth(line);
        if (lineWidth <= contentWidth) {
          body.add(line.isEmpty() ? edge : bar + line);
          widest = Math.max(widest, lineWidth);
          continue;
        }
        // An indented line whose first word is too long wraps to an empty first part: drop it.
        List<String> parts =
            TextWrap.wrap(line, contentWidth - 2).stream()
                .filter(part -> !Ansi.strip(part).isBlank())
                .toList();
        for (int i = 0; i < parts.size(); i++) {
          String lead = i == 0 ? "" : ansi.dim(glyphs.continuation()) + " ";
          body.add(bar + lead + parts.get(i));
        }
        widest = contentWidth;
      }
      String label = language.isEmpty() ? "" : " " + language + " ";
      int frame = Math.min(width, Math.max(widest + 2, TextWrap.displayWidth(label) + 3));
      String top =
          glyphs.topLeft()
              + String.valueOf(glyphs.rule())
              + label
              + glyphs.rule(frame - 2 - TextWrap.displayWidth(label));
      List<String> out = new ArrayList<>();
      out.add(ansi.dim(top));
      out.addAll(body);
      out.add(ansi.dim(glyphs.bottomLeft() + glyphs.rule(frame - 1)));
      return out;
    }

    private List<String> table(TableBlock table, int width) {
      List<String> header = new ArrayList<>();
      List<TableLayout.Align> aligns = new ArrayList<>();
      List<List<String>> body = new ArrayList<>();
      for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
        boolean head = section instanceof TableHead;
        for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
          if (!(row instanceof TableRow)) {
            continue;
          }
          List<String> cells = new ArrayList<>();
          for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            cells.add(head ? inline.render(cell, Style.BOLD) : inline.render(cell));
            if (head && cell instanceof TableCell tableCell) {
              aligns.add(align(tableCell.getAlignment()));
            }
          }
          if (head) {
            header = cells;
          } else {
            body.add(cells);
          }
        }
      }
      return new TableLayout(glyphs, ansi).render(header, body, aligns, width);
    }

    private TableLayout.Align align(TableCell.Alignment alignment) {
      if (alignment == null) {
        return TableLayout.Align.LEFT;
      }
      return switch (alignment) {
        case CENTER -> TableLayout.Align.CENTER;
        case RIGHT -> TableLayout.Align.RIGHT;
        default -> TableLayout.Align.LEFT;
      };
    }

    private String language(String info) {
      String trimmed = info == null ? "" : info.strip();
      int space = trimmed.indexOf(' ');
      return (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
    }
  }
}
