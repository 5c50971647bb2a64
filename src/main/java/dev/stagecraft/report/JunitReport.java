package dev.stagecraft.report;

import dev.stagecraft.grading.CheckResult;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.Status;
import dev.stagecraft.lint.Finding;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A grade as JUnit XML, the format CI servers and classroom tools already read: one testsuite per
 * exercise, one testcase per check.
 */
public final class JunitReport {

  private JunitReport() {}

  public static String render(Grade grade) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "stagecraft." + grade.name());
      xml.writeAttribute("tests", Integer.toString(grade.results().size()));
      xml.writeAttribute("failures", Long.toString(grade.count(Status.FAIL)));
      xml.writeAttribute("errors", Long.toString(grade.count(Status.ERROR)));
      xml.writeAttribute("skipped", Long.toString(grade.count(Status.SKIPPED)));
      xml.writeAttribute("time", seconds(grade.timings().total().toMillis()));
      xml.writeCharacters("\n");
      for (CheckResult result : grade.results()) {
        testcase(xml, grade, result);
      }
      advice(xml, grade.advice());
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write JUnit XML", e);
    }
    return out.toString();
  }

  private static void testcase(XMLStreamWriter xml, Grade grade, CheckResult result)
      throws XMLStreamException {
    xml.writeCharacters("  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute(
        "classname",
        "stagecraft." + grade.name() + "." + result.category().name().toLowerCase(Locale.ROOT));
    xml.writeAttribute("name", xmlSafe(result.id() + ": " + result.title()));
    xml.writeAttribute("time", seconds(result.duration().toMillis()));
    switch (result.status()) {
      case PASS -> {}
      case FAIL -> outcome(xml, "failure", result);
      case ERROR -> outcome(xml, "error", result);
      case SKIPPED -> {
        xml.writeStartElement("skipped");
        xml.writeAttribute("message", xmlSafe(result.message()));
        xml.writeEndElement();
      }
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  /** Lint advice is not a test: it goes to the suite's output, where CI shows it as a log. */
  private static void advice(XMLStreamWriter xml, List<Finding> advice) throws XMLStreamException {
    if (advice.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder("\nAdvice (not graded):\n");
    for (Finding f : advice) {
      text.append("line ")
          .append(f.line())
          .append(": ")
          .append(f.message())
          .append(" [")
          .append(f.ruleId())
          .append("] fix: ")
          .append(f.fix())
          .append('\n');
    }
    xml.writeCharacters("  ");
    xml.writeStartElement("system-out");
    xml.writeCharacters(xmlSafe(text.toString()));
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static void outcome(XMLStreamWriter xml, String element, CheckResult result)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeAttribute("message", xmlSafe(result.message()));
    StringBuilder body = new StringBuilder();
    result.verdict().expected().ifPresent(e -> body.append("expected: ").append(e).append('\n'));
    result.verdict().actual().ifPresent(a -> body.append("actual: ").append(a).append('\n'));
    result.hint().ifPresent(h -> body.append("hint: ").append(h).append('\n'));
    xml.writeCharacters(xmlSafe(body.toString()));
    xml.writeEndElement();
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }

  /**
   * Text XML 1.0 can carry: the control characters it forbids (a container's escape sequences, a
   * NUL) would make the whole file unreadable to a CI server, so each is written as {@code \\uXXXX}
   * and the text says so.
   */
  static String xmlSafe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean replaced = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean allowed =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (allowed) {
        out.appendCodePoint(c);
      } else {
        out.append(String.format("\\u%04x", c));
        replaced = true;
      }
    }
    return replaced
        ? out.append(" [characters XML 1.0 forbids are written as \\uXXXX]").toString()
        : out.toString();
  }
}
