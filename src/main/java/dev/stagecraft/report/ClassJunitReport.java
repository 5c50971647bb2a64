package dev.stagecraft.report;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A class's results as JUnit XML, which CI servers and classroom tools read: one testsuite per
 * exercise, one testcase per learner. A failing submission is a {@code failure} listing the checks
 * it failed; a broken one an {@code error} with the reason. Learner names and messages are foreign
 * text: characters XML 1.0 forbids are replaced, and the text says so ({@link
 * JunitReport#xmlSafe}).
 */
public final class ClassJunitReport {

  private ClassJunitReport() {}

  public static String render(List<String> exercises, List<SubmissionResult> results) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "stagecraft grade");
      xml.writeCharacters("\n");
      for (String exercise : exercises) {
        suite(xml, exercise, results.stream().filter(r -> r.exercise().equals(exercise)).toList());
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write JUnit XML", e);
    }
    return out.toString();
  }

  private static void suite(XMLStreamWriter xml, String exercise, List<SubmissionResult> results)
      throws XMLStreamException {
    xml.writeCharacters("  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", "stagecraft.grade." + JunitReport.xmlSafe(exercise));
    xml.writeAttribute("tests", Integer.toString(results.size()));
    xml.writeAttribute("failures", Long.toString(count(results, SubmissionStatus.FAIL)));
    xml.writeAttribute("errors", Long.toString(count(results, SubmissionStatus.BROKEN)));
    xml.writeAttribute(
        "time", seconds(results.stream().mapToDouble(SubmissionResult::seconds).sum()));
    xml.writeCharacters("\n");
    for (SubmissionResult result : results) {
      testcase(xml, result);
    }
    xml.writeCharacters("  ");
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static void testcase(XMLStreamWriter xml, SubmissionResult result)
      throws XMLStreamException {
    xml.writeCharacters("    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", "stagecraft.grade." + JunitReport.xmlSafe(result.exercise()));
    xml.writeAttribute("name", JunitReport.xmlSafe(result.learner()));
    xml.writeAttribute("time", seconds(result.seconds()));
    switch (result.status()) {
      case PASS -> {}
      case FAIL -> {
        xml.writeStartElement("failure");
        xml.writeAttribute(
            "message",
            JunitReport.xmlSafe(
                result.checksPassed()
                    + " of "
                    + result.checksTotal()
                    + " checks pass"
                    + (result.failedChecks().isEmpty()
                        ? ""
                        : "; failing: "
                            + String.join(
                                ", ", result.failedChecks().stream().map(f -> f.id()).toList()))));
        StringBuilder body = new StringBuilder();
        for (SubmissionResult.FailedCheck check : result.failedChecks()) {
          body.append(check.id())
              .append(" (")
              .append(check.title())
              .append("): ")
              .append(check.message())
              .append('\n');
        }
        xml.writeCharacters(JunitReport.xmlSafe(body.toString()));
        xml.writeEndElement();
      }
      case BROKEN -> {
        xml.writeStartElement("error");
        xml.writeAttribute("message", JunitReport.xmlSafe(result.reason()));
        xml.writeEndElement();
      }
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static long count(List<SubmissionResult> results, SubmissionStatus status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  private static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.3f", seconds);
  }
}
