"""Loads the word list and picks a word for a given day."""

import os
from pathlib import Path

# The list sits next to the package: <app>/wordlist/words.txt, unless WORDLIST says otherwise.
DEFAULT_LIST = Path(__file__).resolve().parent.parent / "wordlist" / "words.txt"


def load(path=None):
    path = Path(path or os.environ.get("WORDLIST", DEFAULT_LIST))
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def word_of_the_day(words, day):
    """The same day always gives the same word."""
    return words[(day * 7919) % len(words)]
