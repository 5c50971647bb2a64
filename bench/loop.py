#!/usr/bin/env python3
"""The learner's loop, timed against Docker itself in one run (docs/benchmarks.md).

Measures, as medians of several rounds, side by side on the same engine:
  - `docker build` + `docker run` of the reference Dockerfile with the engine's cache warm,
  - `./stagecraft check EXERCISE --dockerfile solutions/EXERCISE/Dockerfile` from a shell, warm,
  - a second `check` in one REPL session,
  - a bare uncached `docker build` against a cold `./stagecraft check` (the context's sources
    changed each round, so no step after WORKDIR is cached for either; stagecraft's cache emptied),
  - the first REPL prompt after `./stagecraft` (the jar built), and `lesson N` in the REPL,
and prints each figure beside its target. Needs python3 and the docker CLI; run it under the
engine lock on a shared machine. Nothing is left behind: the course is copied to a temporary home
with its own stagecraft cache, which `./stagecraft clean` empties at the end.

  python3 bench/loop.py [--rounds 5] [--cold-rounds 3] [--exercise 03-go-scratch] [--lesson 3]
                       [--builder buildkit|classic]
"""

import argparse
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import fcntl
import termios

CHECKOUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROMPT = re.compile(r"stagecraft[^\n]{0,80}> $")
ESCAPES = re.compile(r"\x1b(\[[0-9;?<=>]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>])")


def docker():
    return os.environ.get("BENCH_DOCKER", "/usr/bin/docker" if os.path.exists("/usr/bin/docker") else "docker")


def timed(command, env=None, check=True):
    start = time.monotonic()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    took = time.monotonic() - start
    if check and done.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(command)} exited {done.returncode}:\n{done.stderr.decode()[-2000:]}")
    return took


class Repl:
    """./stagecraft on a pseudo-terminal, read until its prompt shows."""

    def __init__(self, launcher, env, rows=500, columns=80):
        self.started = time.monotonic()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(launcher, [launcher], env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.seen = ""

    def until_prompt(self, timeout=120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(self.fd, 65536).decode("utf-8", "replace")
            except OSError:
                break
            self.seen = (self.seen + ESCAPES.sub("", chunk).replace("\r", ""))[-20000:]
            if PROMPT.search(self.seen):
                self.seen = ""
                return time.monotonic()
        sys.exit("bench: no REPL prompt; last output:\n" + self.seen[-2000:])

    def send(self, line):
        os.write(self.fd, (line + "\n").encode())
        return time.monotonic()

    def command(self, line, timeout=300):
        sent = self.send(line)
        return self.until_prompt(timeout) - sent

    def quit(self):
        self.send("quit")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                ready, _, _ = select.select([self.fd], [], [], 0.5)
                if ready:
                    os.read(self.fd, 65536)
            except OSError:
                break
            finished, _ = os.waitpid(self.pid, os.WNOHANG)
            if finished:
                break
        else:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def copy_course(home, exercise):
    for name in ("lessons", "exercises", "solutions"):
        shutil.copytree(os.path.join(CHECKOUT, name), os.path.join(home, name), symlinks=True)
    for name in ("src", "target"):
        os.symlink(os.path.join(CHECKOUT, name), os.path.join(home, name))
    # Copied with its time: a link made now would look newer than the jar and make the launcher
    # rebuild it.
    shutil.copy2(os.path.join(CHECKOUT, "pom.xml"), os.path.join(home, "pom.xml"))
    shutil.copy2(os.path.join(CHECKOUT, "stagecraft"), os.path.join(home, "stagecraft"))
    # The REPL checks the learner's file: make it the reference, so every check passes.
    shutil.copy2(
        os.path.join(home, "solutions", exercise, "Dockerfile"),
        os.path.join(home, "exercises", exercise, "Dockerfile"),
    )


def change_sources(context, files, nonce):
    for name in files:
        with open(os.path.join(context, name), "a") as source:
            source.write(f"\n// bench round {nonce}\n")


def stop_servers(runtime):
    for folder, _, files in os.walk(runtime):
        for name in files:
            if not name.endswith(".sock.log"):
                continue
            with open(os.path.join(folder, name)) as log:
                found = re.search(r" as pid (\d+),", log.read())
            if found:
                try:
                    os.kill(int(found.group(1)), signal.SIGTERM)
                except ProcessLookupError:
                    pass


def median(values):
    return statistics.median(values)


def main():
    global CHECKOUT
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cold-rounds", type=int, default=3)
    parser.add_argument("--exercise", default="03-go-scratch")
    parser.add_argument("--lesson", default="3")
    parser.add_argument(
        "--builder", choices=("buildkit", "classic"), default="buildkit",
        help="the builder both sides use (default: buildkit, what stagecraft picks where the engine"
             " offers it): DOCKER_BUILDKIT for docker, STAGECRAFT_BUILDER for stagecraft")
    parser.add_argument(
        "--checkout", default=CHECKOUT,
        help="the stagecraft checkout to measure (default: this one), e.g. an older commit's")
    parser.add_argument(
        "--change", default="go.mod,main.go",
        help="context files a cold round appends a comment to (default: go.mod,main.go)")
    args = parser.parse_args()
    CHECKOUT = os.path.abspath(args.checkout)

    subprocess.run([os.path.join(CHECKOUT, "stagecraft"), "--version"], check=True,
                   stdout=subprocess.DEVNULL)
    home = tempfile.mkdtemp(prefix="stagecraft-bench-")
    # The check server the launcher starts lives in a runtime folder of this run, and is stopped
    # at its end (its course copy is deleted).
    env = dict(os.environ, STAGECRAFT_CACHE_DIR=os.path.join(home, "cache"), NO_COLOR="1",
               XDG_RUNTIME_DIR=os.path.join(home, "run"), STAGECRAFT_SERVER_IDLE="600",
               TERM="xterm-256color", STAGECRAFT_BUILDER=args.builder,
               DOCKER_BUILDKIT="1" if args.builder == "buildkit" else "0")
    launcher = os.path.join(home, "stagecraft")
    tag = f"stagecraft-bench:{os.getpid()}"
    try:
        copy_course(home, args.exercise)
        context = os.path.join(home, "exercises", args.exercise)
        reference = os.path.join(home, "solutions", args.exercise, "Dockerfile")
        check = [launcher, "check", args.exercise, "--dockerfile", reference]
        build = [docker(), "build", "-q", "-t", tag, "-f", reference, context]
        run = [docker(), "run", "--rm", tag]
        figures = {}

        # Warm: one round first fills every cache (and records the launcher's class archives).
        timed(build, env)
        timed(check, env)
        warm_docker, warm_check = [], []
        for _ in range(args.rounds):
            warm_docker.append(timed(build, env) + timed(run, env))
            warm_check.append(timed(check, env))
        figures["docker build + run, warm"] = median(warm_docker)
        figures["check from a shell, warm"] = median(warm_check)

        repl = Repl(launcher, env)
        repl.until_prompt()
        repl.command(f"check {args.exercise}")
        repl_checks = [repl.command(f"check {args.exercise}") for _ in range(args.rounds)]
        repl.command(f"lesson {args.lesson}")
        lessons = [repl.command(f"lesson {args.lesson}") for _ in range(args.rounds)]
        repl.quit()
        figures["check in the REPL, again"] = median(repl_checks)
        figures[f"lesson {args.lesson} in the REPL"] = median(lessons)

        prompts = []
        for _ in range(args.rounds):
            repl = Repl(launcher, env)
            prompts.append(repl.until_prompt() - repl.started)
            repl.quit()
        figures["first REPL prompt"] = median(prompts)

        cold_docker, cold_check = [], []
        files = [f for f in args.change.split(",") if f]
        for round_number in range(args.cold_rounds):
            change_sources(context, files, f"{os.getpid()}-{round_number}-docker")
            cold_docker.append(timed([docker(), "build", "--no-cache", "-q", "-t", tag, "-f",
                                      reference, context], env))
            subprocess.run([docker(), "rmi", tag], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            change_sources(context, files, f"{os.getpid()}-{round_number}-stagecraft")
            timed([launcher, "clean"], env)
            cold_check.append(timed(check, env))
        figures["docker build, cold"] = median(cold_docker)
        figures["check from a shell, cold"] = median(cold_check)
    finally:
        subprocess.run([launcher, "clean"], env=dict(env, STAGECRAFT_SERVER="0"),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stop_servers(os.path.join(home, "run"))
        subprocess.run([docker(), "rmi", tag], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(home, ignore_errors=True)

    targets = [
        ("check from a shell, warm", "docker build + run, warm", 2.0),
        ("check in the REPL, again", None, 0.6),
        ("check from a shell, cold", "docker build, cold", 1.15),
        ("first REPL prompt", None, 0.7),
        (f"lesson {args.lesson} in the REPL", None, 0.05),
    ]
    print(f"\n{args.exercise}, {args.builder} builder on both sides, medians of {args.rounds} rounds"
          f" ({args.cold_rounds} cold)\n")
    print(f"{'figure':32} {'median':>9}  {'target':24} {'against it':>10}")
    for name, value in figures.items():
        line = f"{name:32} {value:8.3f}s"
        for figure, base, limit in targets:
            if figure != name:
                continue
            if base:
                ratio = value / figures[base]
                line += f"  {'at most ' + format(limit, 'g') + 'x ' + base.split(',')[0]:24} {ratio:9.2f}x"
            else:
                ratio = value / limit
                line += f"  {'at most ' + format(limit, 'g') + ' s':24} {ratio:9.2f}x"
            line += "  ok" if ratio <= (limit if base else 1.0) else "  OVER"
        print(line)


if __name__ == "__main__":
    main()
