package dev.stagecraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitReportTest {

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void suiteCountsMatchTheGrade() throws Exception {
    Element suite = parse(JunitReport.render(GradeFixture.mixed())).getDocumentElement();
    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("tests")).isEqualTo("4");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
  }

  @Test
  void failureCarriesExpectedActualAndHintEscaped() throws Exception {
    Document doc = parse(JunitReport.render(GradeFixture.mixed()));
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).contains("812 MB");
    assertThat(failure.getTextContent())
        .contains("expected: at most 10.0 MB")
        .contains("actual: 812 MB <&> \"quoted\"")
        .contains("hint: Start the final stage FROM scratch.");
    Element testcase = (Element) failure.getParentNode();
    assertThat(testcase.getAttribute("classname")).isEqualTo("stagecraft.03-go-scratch.image");
  }

  @Test
  void adviceGoesToTheSuiteOutputNotToTheTests() throws Exception {
    Element suite =
        parse(JunitReport.render(GradeFixture.passedWithAdviceOnStandIn())).getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("1");
    assertThat(suite.getAttribute("failures")).isEqualTo("0");
    assertThat(suite.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("line 8: --from=0 refers to a stage by index")
        .contains("copy-from-index");
  }
}
