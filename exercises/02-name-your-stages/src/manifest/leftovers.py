"""Finds what a build left beside the program: sources, tests, build folders."""

import os

# Names a build stage leaves behind that a running program never needs.
BUILD_LEFTOVERS = ("src", "tests", "build", "dist")


def leftovers(folder):
    """The names in folder that look like the build, sorted; [] when it is clean."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        if name in BUILD_LEFTOVERS or name.endswith(".py"):
            found.append(name)
    return sorted(found)


def describe(folder, found):
    """One line for people: what lies beside the program."""
    if not found:
        return "nothing from the build lies beside it in " + folder
    return "left over from the build in " + folder + ": " + ", ".join(found)
