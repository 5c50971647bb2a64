package dev.stagecraft.dockerfile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the stages of a Dockerfile depend on each other: each stage's base (an image or an earlier
 * stage), the files it reads from other stages, and which stages the built image needs.
 */
public final class StageGraph {
  private final Dockerfile dockerfile;
  private final Optional<Stage> finalStage;
  private final Map<Integer, Stage> parents = new HashMap<>();
  private final List<CopyFromEdge> edges = new ArrayList<>();
  private final Map<Integer, List<CopyFromEdge>> edgesInto = new HashMap<>();
  private final Map<String, Stage> stagesByName = new HashMap<>();
  private final Set<Stage> feeding;

  private StageGraph(Dockerfile dockerfile, Optional<String> target) {
    this.dockerfile = dockerfile;
    this.finalStage = target.isPresent() ? dockerfile.stage(target.get()) : dockerfile.finalStage();
    // A FROM may only name an earlier stage, so parents are found while the names are collected.
    Map<String, Stage> earlierByName = new HashMap<>();
    for (Stage stage : dockerfile.stages()) {
      Stage parent = earlierByName.get(stage.baseImage().toLowerCase(Locale.ROOT));
      if (parent != null) {
        parents.put(stage.index(), parent);
      }
      stage.name().ifPresent(n -> earlierByName.put(n.toLowerCase(Locale.ROOT), stage));
      stage.name().ifPresent(n -> stagesByName.putIfAbsent(n.toLowerCase(Locale.ROOT), stage));
    }
    for (Stage stage : dockerfile.stages()) {
      collectEdges(stage);
    }
    this.feeding = Collections.unmodifiableSet(closure());
  }

  /** The graph of a Dockerfile built without {@code --target}. */
  public static StageGraph of(Dockerfile dockerfile) {
    return new StageGraph(dockerfile, Optional.empty());
  }

  /**
   * The graph of a Dockerfile built with {@code --target}; an unknown target leaves {@link
   * #finalStage()} empty.
   */
  public static StageGraph of(Dockerfile dockerfile, Optional<String> target) {
    return new StageGraph(dockerfile, target);
  }

  /** The Dockerfile this graph describes. */
  public Dockerfile dockerfile() {
    return dockerfile;
  }

  /** The stage the build produces: the target when one is given, else the last stage. */
  public Optional<Stage> finalStage() {
    return finalStage;
  }

  /** The earlier stage this stage is built FROM, if its base is a stage. */
  public Optional<Stage> parentStage(Stage s) {
    return Optional.ofNullable(parents.get(s.index()));
  }

  /** Every COPY --from and RUN --mount from= in file order. */
  public List<CopyFromEdge> copyEdges() {
    return List.copyOf(edges);
  }

  /** The edges into one stage, in file order. */
  public List<CopyFromEdge> copyEdgesInto(Stage s) {
    return List.copyOf(edgesInto.getOrDefault(s.index(), List.of()));
  }

  /** The stages the final stage needs, itself included; empty when there is no final stage. */
  public Set<Stage> stagesFeedingFinal() {
    return feeding;
  }

  /** Stages the final stage does not need, in file order. */
  public List<Stage> deadStages() {
    return dockerfile.stages().stream().filter(s -> !feeding.contains(s)).toList();
  }

  /** True when the stage is built on an image rather than an earlier stage or {@code scratch}. */
  public boolean isExternalImage(Stage s) {
    return parentStage(s).isEmpty() && !isScratch(s.baseImage());
  }

  /**
   * The image at the bottom of the stage's chain of FROMs: for {@code FROM builder} where builder
   * is {@code FROM golang:1.22}, that is {@code golang:1.22}; {@code scratch} when the chain ends
   * there.
   */
  public String rootImage(Stage s) {
    Stage current = s;
    Optional<Stage> parent = parentStage(current);
    while (parent.isPresent()) {
      current = parent.get();
      parent = parentStage(current);
    }
    return current.baseImage();
  }

  /** The chain of stages from {@code s} down to the one built on an image, {@code s} first. */
  public List<Stage> ancestry(Stage s) {
    List<Stage> chain = new ArrayList<>();
    Optional<Stage> current = Optional.of(s);
    while (current.isPresent()) {
      chain.add(current.get());
      current = parentStage(current.get());
    }
    return chain;
  }

  /** True for the empty base image {@code scratch}. */
  public static boolean isScratch(String image) {
    return image.equalsIgnoreCase("scratch");
  }

  static boolean isIndex(String reference) {
    if (reference.isEmpty() || reference.length() > 9) {
      return false;
    }
    for (int i = 0; i < reference.length(); i++) {
      if (reference.charAt(i) < '0' || reference.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private void collectEdges(Stage stage) {
    Map<String, String> variables = new HashMap<>();
    for (Instruction arg : dockerfile.globalArgs()) {
      for (ArgDeclarations.Declaration d : ArgDeclarations.of(arg)) {
        d.defaultValue().ifPresent(v -> variables.put(d.name(), v));
      }
    }
    for (Instruction instruction : stage.instructions()) {
      if (instruction.is("ARG")) {
        for (ArgDeclarations.Declaration d : ArgDeclarations.of(instruction)) {
          d.defaultValue().ifPresent(v -> variables.put(d.name(), v));
        }
      } else if (instruction.is("COPY") || instruction.is("ADD")) {
        instruction
            .flag("from")
            .ifPresent(
                from -> addEdge(stage, instruction, from, variables, CopyFromEdge.Kind.COPY));
      } else if (instruction.is("RUN")) {
        for (String mount : instruction.flagValues("mount")) {
          MountOptions.of(mount)
              .get("from")
              .ifPresent(
                  from -> addEdge(stage, instruction, from, variables, CopyFromEdge.Kind.MOUNT));
        }
      }
    }
  }

  private void addEdge(
      Stage stage,
      Instruction instruction,
      String rawReference,
      Map<String, String> variables,
      CopyFromEdge.Kind kind) {
    VariableExpander.Expansion expansion = VariableExpander.expand(rawReference, variables);
    // An unset variable would expand to nothing; keep the text so readers see it is unresolved.
    String reference = expansion.complete() ? expansion.value() : rawReference;
    CopyFromEdge edge = new CopyFromEdge(resolve(reference), reference, stage, instruction, kind);
    edges.add(edge);
    edgesInto.computeIfAbsent(stage.index(), k -> new ArrayList<>()).add(edge);
  }

  private Optional<Stage> resolve(String reference) {
    if (isIndex(reference)) {
      int index = Integer.parseInt(reference);
      return index < dockerfile.stages().size()
          ? Optional.of(dockerfile.stages().get(index))
          : Optional.empty();
    }
    return Optional.ofNullable(stagesByName.get(reference.toLowerCase(Locale.ROOT)));
  }

  private Set<Stage> closure() {
    Set<Stage> reached = new LinkedHashSet<>();
    if (finalStage.isEmpty()) {
      return reached;
    }
    Deque<Stage> work = new ArrayDeque<>();
    work.add(finalStage.get());
    while (!work.isEmpty()) {
      Stage s = work.poll();
      if (!reached.add(s)) {
        continue;
      }
      parentStage(s).ifPresent(work::add);
      for (CopyFromEdge e : copyEdgesInto(s)) {
        e.from().ifPresent(work::add);
      }
    }
    return reached;
  }
}
