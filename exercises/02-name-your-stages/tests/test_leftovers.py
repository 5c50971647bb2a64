import os
import tempfile
import unittest

from manifest.leftovers import describe, leftovers


class LeftoversTest(unittest.TestCase):
    def test_a_clean_folder_has_none(self):
        with tempfile.TemporaryDirectory() as folder:
            open(os.path.join(folder, "manifest.pyz"), "w").close()
            self.assertEqual(leftovers(folder), [])

    def test_sources_and_tests_are_named(self):
        with tempfile.TemporaryDirectory() as folder:
            os.mkdir(os.path.join(folder, "src"))
            os.mkdir(os.path.join(folder, "tests"))
            open(os.path.join(folder, "setup.py"), "w").close()
            self.assertEqual(leftovers(folder), ["setup.py", "src", "tests"])

    def test_the_description_says_clean_or_lists(self):
        self.assertIn("nothing from the build", describe("/app", []))
        self.assertIn("src, tests", describe("/app", ["src", "tests"]))


if __name__ == "__main__":
    unittest.main()
