"""python -m wordgame: prints the size of the list and the word of the day.

With the list from vendor/wordlist-1.4.tar.gz it prints:

    wordgame: 12000 words loaded
    wordgame: the word of day 42 is rujomotisa
"""

import sys

from . import words


def main():
    try:
        listed = words.load()
    except OSError as e:
        print(f"wordgame: cannot read the word list: {e}", file=sys.stderr)
        return 1
    print(f"wordgame: {len(listed)} words loaded")
    print(f"wordgame: the word of day 42 is {words.word_of_the_day(listed, 42)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
