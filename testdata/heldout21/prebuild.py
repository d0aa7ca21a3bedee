#!/usr/bin/env python3
"""Pre-build step of testdata/heldout21: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus four options of this corpus, new ways a scan or a photo goes wrong
in a school office. They act on the clean page images before heldout15's
scanner simulation (or, for :glare, on the phone photo after it):

  :stripe  a dirty strip on the document feeder's glass: one thin dark
           vertical streak down every page at the same place (x-scanpdf,
           x-scan).
  :holes   the sheets were hole-punched for a binder before scanning: two
           dark round holes (the scanner lid shows through) in the left
           margin, 80 mm apart.
  :fade    the printer ran low on toner: a horizontal band across each page
           printed pale (a different height on every page).
  :glare   (x-photo) the ceiling light reflected on the paper: a bright soft
           spot on the photo.

Methods used: `x-scanpdf:<dpi>[:color|:border|:holes|:stripe|:fade]`,
`x-scan:<dpi>:<font>[:color|:mono|:stripe]`, `x-photo:<dpi>:<font>[:glare]`,
`x-xlsx` (heldout7's spreadsheet with merged cells). heldout7 and heldout15
ignore the options they do not know.

Usage: prebuild.py DIR SEED
"""
import importlib.util
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("heldout15_prebuild", os.path.join(HERE, "..", "heldout15", "prebuild.py"))
H15 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(H15)
P, B = H15.P, H15.B

MINE = {}   # work tag (x%03d, numbered as heldout7's and heldout15's prebuild number them) -> set of options
_h15_degrade = H15.degrade
_photo = P.photo


def effects(pngs, dpi, tag):
    opts = MINE.get(tag, set())
    r = random.Random("h21-%s-%s" % (tag, dpi))
    sx = r.uniform(0.30, 0.70)
    for i, p in enumerate(pngs):
        W, H = P.size_of(p)
        cmd = ["convert", p]
        if "stripe" in opts:
            x = int(sx * W)
            w = max(1, int(round(dpi / 140.0)))
            cmd += ["-fill", "gray38", "-draw", "rectangle %d,0 %d,%d" % (x, x + w - 1, H)]
        if "holes" in opts:
            rad = int(3.0 / 25.4 * dpi)
            cx = int(12.0 / 25.4 * dpi)
            for dy in (-40.0, 40.0):
                cy = int(H / 2 + dy / 25.4 * dpi)
                cmd += ["-fill", "#262626", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + rad, cy)]
        if len(cmd) > 2:
            B.run(cmd + [p])
        if "fade" in opts:
            h = int(H * r.uniform(0.07, 0.12))
            y0 = int(H * r.uniform(0.35, 0.80))
            B.run(["convert", p, "(", "+clone", "-crop", "%dx%d+0+%d" % (W, h, y0), "+repage", "+level", "%d%%,100%%" % r.randint(36, 46), ")",
                   "-geometry", "+0+%d" % y0, "-compose", "Over", "-composite", p])


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    out = _photo(pngs, dpi, rng, stage, tag)
    if "glare" in MINE.get(tag, set()):
        r = random.Random("h21-glare-%s" % tag)
        for j in out:
            W, H = P.size_of(j)
            d = int(W * r.uniform(0.35, 0.50))
            x, y = int(W * r.uniform(0.25, 0.75) - d / 2), int(H * r.uniform(0.45, 0.75) - d / 2)
            B.run(["convert", j, "(", "-size", "%dx%d" % (d, d), "radial-gradient:gray%d-black" % r.randint(62, 74), ")",
                   "-geometry", "+%d+%d" % (x, y), "-compose", "Screen", "-composite", "-quality", "80", j])
    return out


def main():
    src = os.path.join(os.path.abspath(sys.argv[1]), "src")
    n = 0
    for mp, d in H15.manifests(src):
        with open(mp, encoding="utf-8") as f:
            for line in f.read().rstrip("\n").split("\n"):
                cols = line.split("\t")
                if len(cols) == 5 and cols[2].startswith("x-"):
                    mine = {o for o in cols[2].split(":")[2:] if o in ("stripe", "holes", "fade", "glare")}
                    if mine:
                        MINE["x%03d" % n] = mine
                    n += 1
    H15.degrade = degrade   # heldout15's main installs H15.degrade as the builder's degrade
    P.photo = photo         # heldout7's main and heldout15's degrade look photo up at call time
    H15.main()


if __name__ == "__main__":
    main()
