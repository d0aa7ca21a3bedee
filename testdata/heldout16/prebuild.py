#!/usr/bin/env python3
"""Pre-build step of testdata/heldout16: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is. This corpus needs no option of its own: its new layouts (a carbon-copy
work order on pink paper, an answer-card head with a bubble grid, 稿纸 grid
squares, a sidebar, a barcode label, a register printed two pages per sheet,
a transposed register, fractions, deductions) are all drawn in the sources;
the scanner simulation is heldout7's and heldout15's (methods
`x-scanpdf:<dpi>[:color]`, `x-scan:<dpi>:<font>[:color]`, `x-photo:<dpi>:<font>`).

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
