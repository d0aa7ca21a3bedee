#!/usr/bin/env python3
"""Pre-build step of testdata/heldout17: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is. This corpus needs no option of its own: its new layouts (a personal name
seal, a browser printout, a form-control block, a care log signed on every
row, bilingual labels, a vehicle hand-over strip, a register with the total
first, struck-out and corrected scores, a shared group score, score cards,
a monospaced system printout, lesson-by-lesson columns, a photo column, a
roster captured from a spreadsheet window) are all drawn in the sources; the
scanner simulation is heldout7's and heldout15's (methods
`x-scanpdf:<dpi>[:color|:shot]`, `x-scan:<dpi>:<font>[:color|:mono]`,
`x-photo:<dpi>:<font>`).

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
