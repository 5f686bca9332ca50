"""The base of the command-line and hostile-input test cases: each test gets a fresh temporary
folder (self.tmp, removed afterwards) and self.path() to name files in it."""
import os
import shutil
import tempfile
import unittest


class TmpCase(unittest.TestCase):
    prefix = 'kompilasi-'

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix=self.prefix)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)
