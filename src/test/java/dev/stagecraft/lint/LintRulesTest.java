package dev.stagecraft.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stagecraft.dockerfile.DockerfileParser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule against files it must catch (with the lines) and files it must leave alone. */
class LintRulesTest {
  /** Rules that need a build context directory; DockerignoreRulesTest covers them. */
  static final Set<String> CONTEXT_RULES =
      Set.of("missing-dockerignore", "dockerignore-misses-git", "dockerignore-misses-node-modules");

  static Stream<Arguments> catches() {
    return Stream.of(
        catches(
            "copy-from-unknown-stage",
            "typo",
            "FROM a:1 AS build\nFROM b:1\nCOPY --from=biuld /x /x\n",
            3),
        catches(
            "copy-from-unknown-stage",
            "index past the end",
            "FROM a:1\nFROM b:1\nCOPY --from=2 /x /x\n",
            3),
        catches("copy-from-unknown-stage", "empty", "FROM a:1\nCOPY --from= /x /x\n", 2),
        catches(
            "copy-from-unknown-stage",
            "mount",
            "FROM a:1\nRUN --mount=from=tools,target=/t ls\n",
            2),
        catches(
            "copy-from-own-stage", "by name", "FROM a:1 AS build\nCOPY --from=build /x /y\n", 2),
        catches("copy-from-own-stage", "by index", "FROM a:1\nFROM b:1\nCOPY --from=1 /x /y\n", 3),
        catches(
            "copy-from-later-stage",
            "later",
            "FROM a:1 AS one\nCOPY --from=two /x /y\nFROM b:1 AS two\n",
            2),
        catches("duplicate-stage-name", "any case", "FROM a:1 AS build\nFROM b:1 AS Build\n", 2),
        catches(
            "unknown-instruction-flag",
            "typo",
            "FROM a:1 AS b\nFROM c:1\nCOPY --form=b /x /y\n",
            3),
        catches("unknown-instruction-flag", "no flags", "FROM a:1\nWORKDIR --x /app\n", 2),
        catches(
            "unknown-instruction-flag",
            "CMD --help is a flag to Docker",
            "FROM a:1\nCMD --help\n",
            2),
        catches(
            "classic-builder-unsupported",
            "mount",
            "FROM a:1\nRUN --mount=type=cache,target=/c make\n",
            2),
        catches("classic-builder-unsupported", "heredoc", "FROM a:1\nRUN <<EOF\nmake\nEOF\n", 2),
        catches("classic-builder-unsupported", "link", "FROM a:1\nCOPY --link . /app\n", 2),
        catches("final-stage-runs-as-root", "no USER", "FROM debian:12\nCMD [\"x\"]\n", 1),
        catches(
            "final-stage-runs-as-root", "USER root", "FROM debian:12\nUSER app\nUSER root\n", 3),
        catches("final-stage-runs-as-root", "USER 0:0", "FROM debian:12\nUSER 0:0\n", 2),
        catches("final-stage-runs-as-root", "root:group", "FROM debian:12\nUSER root:staff\n", 2),
        catches(
            "final-stage-runs-as-root",
            "builder USER does not count",
            "FROM golang:1.22 AS build\nUSER app\nFROM debian:12\nCOPY --from=build /a /a\n",
            3),
        catches(
            "final-stage-runs-as-root",
            "scratch",
            "FROM a:1 AS b\nFROM scratch\nCOPY --from=b /a /a\n",
            2),
        catches(
            "final-stage-runs-as-root",
            "ARG default root",
            "FROM debian:12\nARG U=root\nUSER $U\n",
            3),
        catches(
            "cgo-binary-on-static-base",
            "go build onto scratch",
            "FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM scratch\n"
                + "COPY --from=build /app /app\n",
            2),
        catches(
            "cgo-binary-on-static-base",
            "distroless static, stage by index, cgo on by ENV",
            "FROM golang:1.22\nENV CGO_ENABLED=1\nRUN go mod download && go build -o /app .\n"
                + "FROM gcr.io/distroless/static-debian12\nCOPY --from=0 /app /app\n",
            3),
        catches(
            "cgo-binary-on-static-base",
            "CGO_ENABLED=0 in another RUN does not carry over",
            "FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 go vet ./...\nRUN go build -o /app .\n"
                + "FROM scratch\nCOPY --from=build /app /app\n",
            3),
        catches(
            "cgo-binary-on-static-base",
            "alpine Go with gcc installed",
            "FROM golang:1.22-alpine AS build\nRUN apk add --no-cache gcc musl-dev\n"
                + "RUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n",
            3),
        catches(
            "cgo-binary-on-static-base",
            "built in a parent stage",
            "FROM golang:1.22 AS base\nRUN go build -o /app .\nFROM base AS build\n"
                + "FROM stagecraft/standin-distroless-static:debian12\n"
                + "COPY --from=build /app /app\n",
            2),
        catches("toolchain-final-base", "golang", "FROM golang:1.22\nCMD [\"/app\"]\n", 1),
        catches("toolchain-final-base", "node full", "FROM node:20\n", 1),
        catches("toolchain-final-base", "python full", "FROM python:3.12-bookworm\n", 1),
        catches("toolchain-final-base", "maven", "FROM maven:3.9-eclipse-temurin-17\n", 1),
        catches("toolchain-final-base", "gcc", "FROM gcc:13\n", 1),
        catches("toolchain-final-base", "jdk", "FROM eclipse-temurin:17-jdk\n", 1),
        catches("toolchain-final-base", "through a stage", "FROM golang:1.22 AS b\nFROM b\n", 2),
        catches("untagged-base-image", "bare", "FROM debian\n", 1),
        catches("untagged-base-image", "with registry port", "FROM host:5000/team/app\n", 1),
        catches("latest-base-image", "latest", "FROM node:latest\n", 1),
        catches(
            "apt-lists-not-removed",
            "update only",
            "FROM d:1\nRUN apt-get update && apt-get install -y --no-install-recommends x\n",
            2),
        catches("apt-lists-not-removed", "sudo apt", "FROM d:1\nRUN sudo apt update\n", 2),
        catches("apt-no-install-recommends", "plain", "FROM d:1\nRUN apt-get install -y curl\n", 2),
        catches("apt-no-install-recommends", "apt", "FROM d:1\nRUN apt install curl\n", 2),
        catches("apk-no-cache", "plain", "FROM a:1\nRUN apk add curl\n", 2),
        catches("apk-no-cache", "update", "FROM a:1\nRUN apk --update add curl\n", 2),
        catches("pip-no-cache-dir", "pip", "FROM p:1\nRUN pip install flask\n", 2),
        catches(
            "pip-no-cache-dir",
            "python -m pip",
            "FROM p:1\nRUN python3 -m pip install -r r.txt\n",
            2),
        catches("pip-no-cache-dir", "venv pip", "FROM p:1\nRUN /venv/bin/pip3 install x\n", 2),
        catches(
            "npm-install-instead-of-ci",
            "lockfile",
            "FROM n:1\nCOPY package.json package-lock.json ./\nRUN npm install\n",
            3),
        catches(
            "npm-install-instead-of-ci",
            "glob",
            "FROM n:1\nCOPY package*.json ./\nRUN npm i --omit=dev\n",
            3),
        catches("copy-all-before-install", "npm", "FROM n:1\nCOPY . .\nRUN npm ci\n", 2),
        catches(
            "copy-all-before-install",
            "pip",
            "FROM p:1\nCOPY . /app\nRUN pip install --no-cache-dir -r /app/r.txt\n",
            2),
        catches("copy-all-before-install", "go", "FROM g:1\nCOPY ./ ./\nRUN go mod download\n", 2),
        catches("add-instead-of-copy", "local dir", "FROM a:1\nADD . /app\n", 2),
        catches("add-instead-of-copy", "zip", "FROM a:1\nADD site.zip /srv/\n", 2),
        catches("shell-form-cmd", "shell", "FROM a:1\nCMD node server.js\n", 2),
        catches("shell-form-cmd", "bad json", "FROM a:1\nCMD ['node', 'x']\n", 2),
        catches("shell-form-entrypoint", "shell", "FROM a:1\nENTRYPOINT /app --port 8080\n", 2),
        catches("multiple-cmd", "two", "FROM a:1\nCMD [\"a\"]\nCMD [\"b\"]\n", 2),
        catches(
            "multiple-entrypoint",
            "three",
            "FROM a:1\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\nENTRYPOINT [\"c\"]\n",
            2,
            3),
        catches("secret-in-env", "password", "FROM a:1\nENV DB_PASSWORD=hunter2\n", 2),
        catches("secret-in-env", "legacy form", "FROM a:1\nENV API_KEY abc123\n", 2),
        catches("secret-in-env", "token", "FROM a:1\nENV A=1 GITHUB_TOKEN=ghp_x\n", 2),
        catches("secret-in-arg", "global", "ARG NPM_TOKEN\nFROM a:1\n", 1),
        catches("secret-in-arg", "in stage", "FROM a:1\nARG AWS_SECRET_ACCESS_KEY\n", 2),
        catches("relative-workdir", "relative", "FROM a:1\nWORKDIR app\n", 2),
        catches("relative-workdir", "dot", "FROM a:1\nWORKDIR ./src\n", 2),
        catches("cd-in-run", "cd", "FROM a:1\nRUN cd /app && make\n", 2),
        catches("consecutive-run", "two", "FROM a:1\nRUN a\nRUN b\nCOPY x y\nRUN c\n", 2),
        catches(
            "consecutive-run",
            "two groups",
            "FROM a:1\nRUN a\nRUN b\nCOPY x y\nRUN c\nRUN d\nRUN e\n",
            2,
            5),
        catches("sudo-in-run", "sudo", "FROM a:1\nRUN sudo make install\n", 2),
        catches("sudo-in-run", "after &&", "FROM a:1\nRUN make && sudo make install\n", 2),
        catches("copy-from-index", "index", "FROM a:1 AS b\nFROM c:1\nCOPY --from=0 /x /y\n", 3),
        catches(
            "copy-build-folder",
            "workdir",
            "FROM g:1 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /src/app\n"
                + "FROM scratch\nCOPY --from=build /src /app\n",
            6),
        catches(
            "copy-build-folder",
            "files into a folder, copied by its parent",
            "FROM g:1 AS build\nCOPY main.go go.mod /work/src/\nRUN make\n"
                + "FROM scratch\nCOPY --from=build /work/ /app\n",
            5),
        catches("unused-stage", "dead", "FROM a:1 AS lint\nRUN lint\nFROM b:1\n", 1),
        catches("unused-stage", "dead chain", "FROM a:1 AS one\nFROM one AS two\nFROM b:1\n", 1, 2),
        catches("misplaced-parser-directive", "after FROM", "FROM a:1\n# escape=`\nRUN x\n", 2),
        catches(
            "misplaced-parser-directive",
            "after comment",
            "# hello\n# syntax=docker/dockerfile:1\nFROM a:1\n",
            2),
        catches("maintainer-deprecated", "maintainer", "FROM a:1\nMAINTAINER me\n", 2),
        catches("undefined-arg-in-from", "undeclared", "FROM golang:${GO_VERSION}\n", 1),
        catches(
            "undefined-arg-in-from",
            "declared in a stage only",
            "FROM a:1\nARG V=1\nFROM b:$V\n",
            3),
        catches("undefined-arg-in-from", "platform", "FROM --platform=$PLATFORM a:1\n", 1));
  }

  static Stream<Arguments> mustNotCatch() {
    return Stream.of(
        clean(
            "copy-from-unknown-stage",
            "known stage in any case",
            "FROM a:1 AS Build\nFROM b:1\nCOPY --from=build /x /x\n"),
        clean(
            "copy-from-unknown-stage",
            "external image",
            "FROM a:1\nCOPY --from=nginx:1.27 /x /x\nCOPY --from=busybox /bin/sh /sh\n"),
        clean(
            "copy-from-unknown-stage",
            "unresolved variable",
            "FROM a:1\nARG SRC\nCOPY --from=$SRC /x /x\n"),
        clean(
            "copy-from-own-stage",
            "earlier stage",
            "FROM a:1 AS build\nFROM b:1\nCOPY --from=build /x /y\n"),
        clean(
            "copy-from-later-stage",
            "earlier stage",
            "FROM a:1 AS one\nFROM b:1\nCOPY --from=one /x /y\n"),
        clean(
            "duplicate-stage-name", "distinct", "FROM a:1 AS build\nFROM b:1 AS test\nFROM c:1\n"),
        clean(
            "unknown-instruction-flag",
            "known flags",
            "FROM --platform=linux/amd64 a:1 AS b\nFROM c:1\nCOPY --from=b --chown=1 --chmod=644 --link /x /y\nRUN --mount=type=cache,target=/c --network=none x\nHEALTHCHECK --interval=5s --retries=3 CMD x\n"),
        clean(
            "classic-builder-unsupported",
            "plain syntax",
            "FROM a:1 AS b\nFROM c:1\nCOPY --from=b --chown=app /x /y\nRUN make\n"),
        clean("final-stage-runs-as-root", "USER app", "FROM debian:12\nUSER app\n"),
        clean("final-stage-runs-as-root", "USER uid", "FROM scratch\nUSER 65532:65532\n"),
        clean(
            "final-stage-runs-as-root",
            "root then app",
            "FROM debian:12\nUSER root\nRUN x\nUSER app:app\n"),
        clean(
            "final-stage-runs-as-root",
            "inherited from parent stage",
            "FROM debian:12 AS base\nUSER app\nFROM base\nCMD [\"x\"]\n"),
        clean("final-stage-runs-as-root", "nonroot base", "FROM distroless/static:nonroot\n"),
        clean(
            "final-stage-runs-as-root",
            "unresolvable user",
            "FROM debian:12\nARG APP_UID\nUSER $APP_UID\n"),
        clean("final-stage-runs-as-root", "ENV user", "FROM debian:12\nENV U=app\nUSER ${U}\n"),
        clean(
            "toolchain-final-base",
            "slim and alpine",
            "FROM golang:1.22 AS b\nFROM node:20-slim\n"),
        clean("toolchain-final-base", "python slim", "FROM python:3.12-slim\n"),
        clean("toolchain-final-base", "jre", "FROM maven:3 AS b\nFROM eclipse-temurin:17-jre\n"),
        clean("toolchain-final-base", "scratch", "FROM golang:1.22 AS b\nFROM scratch\n"),
        clean("toolchain-final-base", "nginx", "FROM nginx:1.27-alpine\n"),
        clean(
            "untagged-base-image",
            "tagged, digest, scratch, stage",
            "FROM debian:12 AS a\nFROM alpine@sha256:abc\nFROM scratch\nFROM a\nFROM host:5000/app:1\n"),
        clean("latest-base-image", "pinned", "FROM node:20.11-slim\nFROM node:latest@sha256:abc\n"),
        clean(
            "apt-lists-not-removed",
            "removed",
            "FROM d:1\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*\n"),
        clean(
            "apt-lists-not-removed",
            "cache mount",
            "FROM d:1\nRUN --mount=type=cache,target=/var/lib/apt apt-get update\n"),
        clean("apt-lists-not-removed", "no update", "FROM d:1\nRUN echo apt-get update\n"),
        clean(
            "cgo-binary-on-static-base",
            "CGO_ENABLED=0 on the line",
            "FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 go build -o /app .\nFROM scratch\n"
                + "COPY --from=build /app /app\n"),
        clean(
            "cgo-binary-on-static-base",
            "exported, by ENV, by ARG",
            "FROM golang:1.22 AS a\nRUN export CGO_ENABLED='0' && go build -o /a .\n"
                + "FROM golang:1.22 AS b\nENV CGO_ENABLED=0\nRUN go build -o /b .\n"
                + "FROM golang:1.22 AS c\nARG CGO_ENABLED=0\nRUN go build -o /c .\n"
                + "FROM scratch\nCOPY --from=a /a /a\nCOPY --from=b /b /b\nCOPY --from=c /c /c\n"),
        clean(
            "cgo-binary-on-static-base",
            "statically linked by the linker",
            "FROM golang:1.22 AS build\n"
                + "RUN go build -ldflags '-linkmode external -extldflags \"-static\"' -o /app .\n"
                + "FROM scratch\nCOPY --from=build /app /app\n"),
        clean(
            "cgo-binary-on-static-base",
            "a base with a C library",
            "FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM debian:12-slim\n"
                + "COPY --from=build /app /app\n"),
        clean(
            "cgo-binary-on-static-base",
            "alpine Go has no C compiler",
            "FROM golang:1.22-alpine AS build\nRUN go build -o /app .\nFROM scratch\n"
                + "COPY --from=build /app /app\n"),
        clean(
            "cgo-binary-on-static-base",
            "a stage the final one does not copy from",
            "FROM golang:1.22 AS test\nRUN go build ./... && go test ./...\n"
                + "FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 go build -o /app .\n"
                + "FROM scratch\nCOPY --from=build /app /app\n"),
        clean(
            "apt-no-install-recommends",
            "flag",
            "FROM d:1\nRUN apt-get install -y --no-install-recommends curl\n"),
        clean(
            "apt-no-install-recommends",
            "option",
            "FROM d:1\nRUN apt-get -o APT::Install-Recommends=false install curl\n"),
        clean(
            "apt-no-install-recommends",
            "other apt command",
            "FROM d:1\nRUN apt-get update && apt-cache policy\n"),
        clean("apk-no-cache", "no-cache", "FROM a:1\nRUN apk add --no-cache curl\n"),
        clean(
            "apk-no-cache",
            "cache removed",
            "FROM a:1\nRUN apk add curl && rm -rf /var/cache/apk/*\n"),
        clean("pip-no-cache-dir", "flag", "FROM p:1\nRUN pip install --no-cache-dir flask\n"),
        clean(
            "pip-no-cache-dir", "env", "FROM p:1\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n"),
        clean(
            "pip-no-cache-dir",
            "cache mount",
            "FROM p:1\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n"),
        clean("pip-no-cache-dir", "pip freeze", "FROM p:1\nRUN pip freeze\n"),
        clean("npm-install-instead-of-ci", "ci", "FROM n:1\nCOPY package*.json ./\nRUN npm ci\n"),
        clean(
            "npm-install-instead-of-ci",
            "no lockfile",
            "FROM n:1\nCOPY package.json ./\nRUN npm install\n"),
        clean(
            "npm-install-instead-of-ci",
            "global tool",
            "FROM n:1\nCOPY package*.json ./\nRUN npm install -g pnpm\n"),
        clean(
            "npm-install-instead-of-ci",
            "named package",
            "FROM n:1\nCOPY package*.json ./\nRUN npm install express\n"),
        clean(
            "copy-all-before-install",
            "manifests first",
            "FROM n:1\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n"),
        clean(
            "copy-all-before-install",
            "build after copy",
            "FROM g:1\nCOPY . .\nRUN go build ./...\n"),
        clean(
            "copy-all-before-install",
            "global tool",
            "FROM n:1\nCOPY . .\nRUN npm install -g serve\n"),
        clean(
            "copy-all-before-install",
            "other stage",
            "FROM n:1 AS a\nCOPY . .\nFROM n:1\nRUN npm ci\n"),
        clean(
            "add-instead-of-copy",
            "url, archive, git",
            "FROM a:1\nADD https://example.com/x /x\nADD app.tar.gz /opt/\nADD git@host:repo.git /src\n"),
        clean("add-instead-of-copy", "copy", "FROM a:1\nCOPY . /app\n"),
        clean("shell-form-cmd", "exec", "FROM a:1\nCMD [\"node\", \"server.js\"]\n"),
        clean(
            "shell-form-entrypoint", "exec", "FROM a:1\nENTRYPOINT [\"/app\"]\nCMD --port 8080\n"),
        clean(
            "multiple-cmd", "one per stage", "FROM a:1 AS a\nCMD [\"a\"]\nFROM b:1\nCMD [\"b\"]\n"),
        clean("multiple-entrypoint", "one", "FROM a:1\nENTRYPOINT [\"a\"]\n"),
        clean(
            "secret-in-env",
            "pointers and harmless names",
            "FROM a:1\nENV PASSWORD_FILE=/run/secrets/db TOKEN_URL=https://x PATH=/bin PWD=/app KEYBOARD=us\n"),
        clean("secret-in-env", "empty value", "FROM a:1\nENV API_TOKEN=\n"),
        clean(
            "secret-in-env",
            "switches and numbers",
            "FROM a:1\nENV AUTH_ENABLED=true TOKEN_TTL=3600\n"),
        clean("secret-in-arg", "versions", "ARG GO_VERSION=1.22\nFROM a:1\nARG TARGETARCH\n"),
        clean(
            "relative-workdir",
            "absolute, variable",
            "FROM a:1\nWORKDIR /app\nWORKDIR $HOME/src\nWORKDIR \"/quoted dir\"\n"),
        clean("cd-in-run", "no cd", "FROM a:1\nRUN make -C /app && echo cd\n"),
        clean("consecutive-run", "separated", "FROM a:1\nRUN a\nCOPY x y\nRUN b\n"),
        clean(
            "consecutive-run",
            "cache mounts or exec form",
            "FROM a:1\nRUN a\nRUN --mount=type=cache,target=/c b\nRUN [\"c\"]\n"),
        clean("sudo-in-run", "word only", "FROM a:1\nRUN echo sudo && apt-get remove sudo\n"),
        clean("copy-from-index", "name", "FROM a:1 AS b\nFROM c:1\nCOPY --from=b /x /y\n"),
        clean(
            "copy-build-folder",
            "output only",
            "FROM n:1 AS build\nWORKDIR /app\nCOPY package.json ./\nCOPY src/ src/\nRUN b\n"
                + "FROM nginx:1\nCOPY --from=build /app/dist/ /usr/share/nginx/html/\n"
                + "COPY --from=build /app/app.bin /bin/app\n"),
        clean(
            "unused-stage",
            "all used",
            "FROM a:1 AS b\nFROM b AS c\nFROM d:1\nCOPY --from=c /x /y\n"),
        clean(
            "misplaced-parser-directive",
            "at the top",
            "# syntax=docker/dockerfile:1\n# escape=\\\nFROM a:1\n# just a note = fine\n"),
        clean(
            "maintainer-deprecated",
            "label",
            "FROM a:1\nLABEL org.opencontainers.image.authors=me\n"),
        clean(
            "undefined-arg-in-from",
            "declared with and without default",
            "ARG V=1\nARG BASE\nFROM $BASE:${V}\n"),
        clean(
            "undefined-arg-in-from",
            "predefined platform",
            "FROM --platform=$BUILDPLATFORM a:1\nFROM b:1-$TARGETARCH\n"));
  }

  static Arguments catches(String rule, String name, String dockerfile, Integer... lines) {
    return Arguments.of(rule, name, dockerfile, List.of(lines));
  }

  static Arguments clean(String rule, String name, String dockerfile) {
    return Arguments.of(rule, name, dockerfile);
  }

  static List<Finding> run(String ruleId, String text) {
    LintRule rule =
        Linter.withAllRules()
            .rule(ruleId)
            .orElseThrow(() -> new AssertionError("no rule " + ruleId));
    return rule.check(LintContext.of(DockerfileParser.parse(text, "Dockerfile")));
  }

  @ParameterizedTest(name = "{0} catches {1}")
  @MethodSource("catches")
  void catches(String rule, String name, String dockerfile, List<Integer> lines) {
    List<Finding> findings = run(rule, dockerfile);
    assertThat(findings).extracting(Finding::line).containsExactlyElementsOf(lines);
    for (Finding f : findings) {
      assertThat(f.ruleId()).isEqualTo(rule);
      // The line is the finding's own field; renderers show it once, so the message never does.
      assertThat(f.message()).isNotBlank().doesNotContainIgnoringCase("line " + f.line());
      assertThat(f.why()).isNotBlank();
      assertThat(f.fix()).isNotBlank();
      assertThat(f.sourceName()).isEqualTo("Dockerfile");
    }
  }

  @ParameterizedTest(name = "{0} leaves alone {1}")
  @MethodSource("mustNotCatch")
  void mustNotCatch(String rule, String name, String dockerfile) {
    assertThat(run(rule, dockerfile)).isEmpty();
  }

  @Test
  void everyRuleHasCasesThatCatchAndCasesThatMustNot() {
    Set<String> catching = catches().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    Set<String> clean = mustNotCatch().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    for (LintRule rule : Linter.withAllRules().rules()) {
      if (CONTEXT_RULES.contains(rule.id())) {
        continue;
      }
      assertThat(catching).as("catching cases for %s", rule.id()).contains(rule.id());
      assertThat(clean).as("clean cases for %s", rule.id()).contains(rule.id());
    }
  }

  @Test
  void ruleIdsAreUniqueKebabCaseAndEveryRuleSaysWhatItDoes() {
    List<LintRule> rules = Linter.withAllRules().rules();
    assertThat(rules)
        .extracting(LintRule::id)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
    assertThat(rules).allSatisfy(r -> assertThat(r.summary()).isNotBlank());
    assertThat(rules).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void theBuildKitBuilderAcceptsBuildKitSyntax() {
    LintRule rule = Linter.withAllRules().rule("classic-builder-unsupported").orElseThrow();
    LintContext context =
        new LintContext(
            DockerfileParser.parse(
                "FROM a:1\nRUN --mount=type=cache,target=/c <<EOF\nmake\nEOF\n", "t"),
            Optional.empty(),
            Builder.BUILDKIT);
    assertThat(rule.check(context)).isEmpty();
  }

  /** Docker 20.10's BuildKit, found by trying: mounts and --chmod build, the newer syntax not. */
  @Test
  void docker20sBuildKitRefusesOnlyTheNewerFrontendsSyntax() {
    LintRule rule = Linter.withAllRules().rule("classic-builder-unsupported").orElseThrow();
    LintContext context =
        new LintContext(
            DockerfileParser.parse(
                "FROM a:1\n"
                    + "RUN --mount=type=cache,target=/c --mount=type=secret,id=t make\n"
                    + "COPY --chmod=600 a /a\n"
                    + "COPY --link b /b\n"
                    + "RUN <<EOF\nmake\nEOF\n",
                "t"),
            Optional.empty(),
            Builder.BUILDKIT_DOCKER_20);
    assertThat(rule.check(context))
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            tuple(
                4,
                "COPY --link needs a newer Dockerfile frontend than Docker 20.10's BuildKit has"
                    + " built in (Docker 23 or later); this engine rejects it"),
            tuple(
                5,
                "RUN <<EOF is a heredoc, which Docker 20.10's built-in Dockerfile frontend"
                    + " predates (heredocs came with Docker 23); it reads the body as"
                    + " instructions and fails"));
  }

  /** Words count stages from 1, or name them; "#0" and "#1" are for --from, not for people. */
  @Test
  void stagesInWordsAreNamedOrCountedFromOne() {
    assertThat(run("final-stage-runs-as-root", "FROM golang:1.22\nRUN go build\nFROM scratch\n"))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("the final stage has no USER")
        .doesNotContain("#");
    assertThat(run("final-stage-runs-as-root", "FROM a:1 AS build\nFROM debian:12 AS app\n"))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("the final stage 'app' has no USER");
    assertThat(run("unused-stage", "FROM a:1\nFROM b:1\nFROM c:1\n"))
        .extracting(Finding::message)
        .containsExactly(
            "stage 1 of 3 is never used by the final stage",
            "stage 2 of 3 is never used by the final stage");
  }
}
