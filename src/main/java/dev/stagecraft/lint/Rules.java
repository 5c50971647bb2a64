package dev.stagecraft.lint;

import java.util.List;

/** The one registry of built-in rules, in the order docs/lint-rules.md lists them. */
final class Rules {
  private Rules() {}

  static List<LintRule> all() {
    return List.of(
        new CopyFromUnknownStageRule(),
        new CopyFromOwnStageRule(),
        new CopyFromLaterStageRule(),
        new DuplicateStageNameRule(),
        new UnknownInstructionFlagRule(),
        new UndefinedArgInFromRule(),
        new ClassicBuilderUnsupportedRule(),
        new FinalStageRunsAsRootRule(),
        new ToolchainFinalBaseRule(),
        new CgoBinaryOnStaticBaseRule(),
        new UntaggedBaseImageRule(),
        new LatestBaseImageRule(),
        new AptListsNotRemovedRule(),
        new AptNoInstallRecommendsRule(),
        new ApkNoCacheRule(),
        new PipNoCacheDirRule(),
        new NpmInstallInsteadOfCiRule(),
        new CopyAllBeforeInstallRule(),
        new AddInsteadOfCopyRule(),
        new ShellFormCmdRule(),
        new ShellFormEntrypointRule(),
        new MultipleCmdRule(),
        new MultipleEntrypointRule(),
        new SecretInEnvRule(),
        new SecretInArgRule(),
        new RelativeWorkdirRule(),
        new CdInRunRule(),
        new ConsecutiveRunRule(),
        new SudoInRunRule(),
        new CopyFromIndexRule(),
        new CopyBuildFolderRule(),
        new UnusedStageRule(),
        new MissingDockerignoreRule(),
        new DockerignoreMissesGitRule(),
        new DockerignoreMissesNodeModulesRule(),
        new MisplacedParserDirectiveRule(),
        new MaintainerDeprecatedRule());
  }
}
