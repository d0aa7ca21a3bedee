#!/usr/bin/env python3
"""Pre-build step of testdata/heldout18: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is. This corpus needs no option of its own: its new layouts (a role-play
card, a red grading stamp, a file-name head line, a tick-box role line, a
learner block in mid-page, a name only in the teacher's red comment, a duty
tag; registers with raw and weighted columns, three attempts and the best,
one page per learning activity, pinyin letter groups, a seating chart, a
comment column, vertical column heads; a photographed three-up roster, a
system-export xlsx roster) are all drawn in the sources; the scanner
simulation is heldout7's and heldout15's (methods
`x-scanpdf:<dpi>[:color|:mono|:fold|:border|:tint|:photo]`,
`x-scan:<dpi>:<font>[:color|:mono]`, `x-photo:<dpi>:<font>`, `x-xlsx`).

Usage: prebuild.py DIR SEED
"""
import importlib.util
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("heldout15_prebuild", os.path.join(HERE, "..", "heldout15", "prebuild.py"))
H15 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(H15)

if __name__ == "__main__":
    H15.main()
