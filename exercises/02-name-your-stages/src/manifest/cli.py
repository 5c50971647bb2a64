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
    # A program shipped in dist/ or build/ may have the rest of the build one folder up.
    if os.path.basename(folder) in ("dist", "build"):
        parent = os.path.dirname(folder)
        found = [name for name in leftovers(parent) if name != os.path.basename(folder)]
        print(describe(parent, found))
    print("running as uid %d" % os.getuid())
