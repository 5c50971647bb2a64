package dev.stagecraft.terminal;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Turns the inline content of a block (text, emphasis, code spans, links) into one string with
 * escape codes, ready for {@link TextWrap}. Styles nest: leaving an inner style switches the outer
 * ones back on.
 */
final class InlineRenderer {

  static final Style[] CODE = {Style.CYAN};
  static final Style[] LINK_URL = {Style.DIM};

  private final Ansi ansi;

  InlineRenderer(Ansi ansi) {
    this.ansi = ansi;
  }

  /** The children of {@code parent}, rendered, with {@code base} styles on throughout. */
  String render(Node parent, Style... base) {
    Run run = new Run();
    run.push(base);
    run.children(parent);
    run.pop();
    return run.out.toString();
  }

  /** The text of {@code parent} without any styling, for measuring and comparing. */
  static String plainText(Node parent) {
    return Ansi.strip(new InlineRenderer(Ansi.PLAIN).render(parent));
  }

  private final class Run {
    private final StringBuilder out = new StringBuilder();
    private final Deque<Style[]> stack = new ArrayDeque<>();

    void children(Node parent) {
      for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
        node(child);
      }
    }

    private void node(Node node) {
      if (node instanceof Text text) {
        out.append(text.getLiteral());
      } else if (node instanceof Code code) {
        styled(ansi.enabled() ? code.getLiteral() : "`" + code.getLiteral() + "`", CODE);
      } else if (node instanceof Emphasis) {
        if (ansi.enabled()) {
          nested(node, Style.ITALIC);
        } else {
          // Without italics the stress would be lost; underscores carry it in plain text.
          out.append('_');
          children(node);
          out.append('_');
        }
      } else if (node instanceof StrongEmphasis) {
        nested(node, Style.BOLD);
      } else if (node instanceof Strikethrough) {
        if (ansi.enabled()) {
          nested(node, Style.STRIKETHROUGH);
        } else {
          out.append("~~");
          children(node);
          out.append("~~");
        }
      } else if (node instanceof Link link) {
        link(link);
      } else if (node instanceof Image image) {
        out.append('[');
        children(image);
        out.append(']');
        styled(" (" + image.getDestination() + ")", LINK_URL);
      } else if (node instanceof SoftLineBreak) {
        out.append(' ');
      } else if (node instanceof HardLineBreak) {
        out.append('\n');
      } else if (node instanceof HtmlInline html) {
        out.append(html.getLiteral());
      } else {
        children(node);
      }
    }

    private void link(Link link) {
      String url = link.getDestination();
      String text = plainText(link);
      if (text.equals(url) || ("mailto:" + text).equals(url)) {
        styled(text, Style.UNDERLINE);
        return;
      }
      nested(link, Style.UNDERLINE);
      styled(" (" + url + ")", LINK_URL);
    }

    private void nested(Node node, Style... styles) {
      push(styles);
      children(node);
      pop();
    }

    private void styled(String text, Style... styles) {
      push(styles);
      out.append(text);
      pop();
    }

    void push(Style... styles) {
      stack.push(styles);
      out.append(ansi.start(styles));
    }

    void pop() {
      Style[] left = stack.pop();
      if (!ansi.enabled() || left.length == 0) {
        return;
      }
      out.append(Ansi.RESET);
      for (var it = stack.descendingIterator(); it.hasNext(); ) {
        out.append(ansi.start(it.next()));
      }
    }
  }
}
