#!/usr/bin/env python3
"""Pre-build step of testdata/heldout22: heldout21's prebuild.py, imported
unchanged (which imports heldout15's unchanged, which imports heldout7's
unchanged), run as it is. This corpus adds no option: its layouts are drawn
in the sources (HTML), its scanner faults are heldout21's (`:stripe` a
feeder-glass streak, `:holes` punched binder holes, `:fade` a pale toner
band, `:glare` a ceiling light on a phone photo), heldout15's (`:skew<d>`,
`:photo`) and heldout7's (`:border`, `:q<n>`, `:color`, `x-photo`).
Methods used: `x-scanpdf:<dpi>[:color|:border|:holes|:stripe|:fade|:photo|
:glare|:skew<d>|:q<n>]`, `x-scan:<dpi>:<font>[:color]`, `x-photo:<dpi>:<font>[:glare]`.

Usage: prebuild.py DIR SEED
"""
import importlib.util
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("heldout21_prebuild", os.path.join(HERE, "..", "heldout21", "prebuild.py"))
H21 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(H21)

if __name__ == "__main__":
    H21.main()
