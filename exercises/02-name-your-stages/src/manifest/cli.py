"""The command: prints a greeting and what was shipped beside the program."""

import os
import sys

from manifest.leftovers import describe, leftovers


def main():
    archive = os.path.abspath(sys.argv[0])
    folder = os.path.dirname(archive)
    print("stagecraft: only the last stage ships")
    size = os.path.getsize(archive) if os.path.isfile(archive) else 0
    print("running from %s (%.1f kB)" % (archive, size / 1000))
    print(describe(folder, leftovers(folder)))
    print("running as uid %d" % os.getuid())
