package dev.stagecraft.engine;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * For tests that need a real Docker engine: {@code @ExtendWith(EngineAvailable.class)}.
 *
 * <p>Without an engine the tests are skipped with the reason shown, unless the system property
 * {@code stagecraft.requireEngine=true} (CI), where they fail. Test methods (and constructors) may
 * take a {@link DockerEngine} parameter; one connection is shared by the whole test JVM, and what a
 * test class created is removed after it. {@link #engine()} gives the same connection to static
 * set-up code.
 */
public final class EngineAvailable
    implements ExecutionCondition, ParameterResolver, AfterAllCallback {

  private static Optional<DockerEngine> shared;
  private static String unavailableReason = "";

  /** The shared engine; fails the caller if none is reachable. */
  public static synchronized DockerEngine engine() {
    return connectOnce()
        .orElseThrow(() -> new IllegalStateException("no Docker engine: " + unavailableReason));
  }

  /** True when CI asked for an engine to be present. */
  public static boolean required() {
    return Boolean.getBoolean("stagecraft.requireEngine");
  }

  private static synchronized Optional<DockerEngine> connectOnce() {
    if (shared == null) {
      try {
        shared = Optional.of(DockerEngine.connect());
      } catch (EngineUnavailableException e) {
        shared = Optional.empty();
        unavailableReason = e.getMessage();
      }
    }
    return shared;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (connectOnce().isPresent()) {
      return ConditionEvaluationResult.enabled("a Docker engine is reachable");
    }
    if (required()) {
      throw new AssertionError(
          "stagecraft.requireEngine=true but no Docker engine is reachable: " + unavailableReason);
    }
    return ConditionEvaluationResult.disabled(
        "skipped: no Docker engine is reachable (" + unavailableReason + ")");
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == DockerEngine.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return engine();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    connectOnce().ifPresent(DockerEngine::removeCreated);
  }
}
