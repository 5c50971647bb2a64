package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The image config exposes the right ports: exactly {@code ports}, or with {@code atLeast} at least
 * them; and none of {@code absent}. A port without a protocol means TCP, as in EXPOSE.
 */
public record ExposedPortsCheck(Set<String> ports, boolean atLeast, Set<String> absent)
    implements ImageCheck {

  public static ExposedPortsCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("ports", "atLeast", "absent");
    List<String> ports = params.optionalStrings("ports");
    List<String> absent = params.optionalStrings("absent");
    if (params.raw("ports").isEmpty() && absent.isEmpty()) {
      throw params.problem("ports", "must be given (use [] for an image that exposes none)");
    }
    try {
      return new ExposedPortsCheck(
          normalise(ports),
          // With only 'absent' given, other ports are none of the check's business.
          params.bool("atLeast", params.raw("ports").isEmpty()),
          normalise(absent));
    } catch (IllegalArgumentException e) {
      throw params.problem("ports", e.getMessage());
    }
  }

  /**
   * "8080" and "8080/TCP" become "8080/tcp".
   *
   * @throws IllegalArgumentException for anything that is not a port number and protocol
   */
  public static Set<String> normalise(List<String> ports) {
    Set<String> out = new TreeSet<>();
    for (String port : ports) {
      String p = port.trim().toLowerCase(Locale.ROOT);
      if (!p.contains("/")) {
        p = p + "/tcp";
      }
      if (!p.matches("[0-9]{1,5}/(tcp|udp|sctp)")) {
        throw new IllegalArgumentException(
            "has '" + port + "'; write a port like 8080 or 8080/tcp");
      }
      out.add(p);
    }
    return Set.copyOf(out);
  }

  @Override
  public String type() {
    return "exposed-ports";
  }

  @Override
  public String title() {
    return ports.isEmpty() && !absent.isEmpty()
        ? "Does not expose " + String.join(", ", new TreeSet<>(absent))
        : "Exposes " + (ports.isEmpty() ? "no ports" : String.join(", ", new TreeSet<>(ports)));
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    Set<String> actual = new TreeSet<>(image.config().exposedPorts());
    String shown = actual.isEmpty() ? "no ports exposed" : String.join(", ", actual);
    List<String> problems = new ArrayList<>();
    Set<String> missing = new TreeSet<>(ports);
    missing.removeAll(actual);
    if (!missing.isEmpty()) {
      problems.add("missing " + String.join(", ", missing));
    }
    if (!atLeast) {
      Set<String> extra = new TreeSet<>(actual);
      extra.removeAll(ports);
      if (!extra.isEmpty()) {
        problems.add("also exposes " + String.join(", ", extra));
      }
    }
    Set<String> forbidden = new TreeSet<>(absent);
    forbidden.retainAll(actual);
    if (!forbidden.isEmpty()) {
      problems.add("exposes " + String.join(", ", forbidden) + ", which it should not");
    }
    if (problems.isEmpty()) {
      return Verdict.pass("The image exposes the right ports.", shown);
    }
    return Verdict.fail(
        "The exposed ports are not right: " + String.join("; ", problems) + ".", expected(), shown);
  }

  private String expected() {
    List<String> parts = new ArrayList<>();
    if (!ports.isEmpty() || absent.isEmpty()) {
      parts.add(
          (atLeast ? "at least " : "exactly ")
              + (ports.isEmpty() ? "no ports" : String.join(", ", new TreeSet<>(ports))));
    }
    if (!absent.isEmpty()) {
      parts.add("not " + String.join(", ", new TreeSet<>(absent)));
    }
    return String.join("; ", parts);
  }
}
