#!/usr/bin/env python3
"""Pre-build step of testdata/heldout20: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is. This corpus adds no option: its layouts are drawn in the sources (HTML)
or with heldout15's existing overlays (hand-written text runs at an angle,
a print text run as a scanning app's watermark), its phone photos use
heldout15's `:photo` on typed pages and heldout7's `x-photo`.
Methods used: `x-scanpdf:<dpi>[:color|:border|:fold|:photo|:skew<d>|:q<n>|
:rot<page>=<deg>]`, `x-scan:<dpi>:<font>[:color]`, `x-photo:<dpi>:<font>`.

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
