"""Tests that run on a developer's machine; the image does not need them."""

import json
import unittest
from pathlib import Path

from wordgame import words

FIXTURES = Path(__file__).parent / "fixtures"


class WordOfTheDayTest(unittest.TestCase):
    def test_same_day_same_word(self):
        listed = ["alpha", "beta", "gamma"]
        self.assertEqual(words.word_of_the_day(listed, 3), words.word_of_the_day(listed, 3))

    def test_recorded_rounds_are_words(self):
        rounds = json.loads((FIXTURES / "rounds.json").read_text())
        self.assertTrue(all(r["word"] for r in rounds))


if __name__ == "__main__":
    unittest.main()
