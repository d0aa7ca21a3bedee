#!/usr/bin/env python3
"""Pre-build step of testdata/heldout29: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus four options of this corpus, other ways a scan or a photo goes wrong
in a school office. They act on the clean page images before heldout15's
scanner simulation (or, for :shake, on the phone photo after it):

  :punch   the sheets were punched for a two-ring binder before scanning:
           two round holes in the left margin, 80 mm apart, which the
           scanner sees as dark discs (the open lid behind them) with a
           soft grey rim where the paper edge casts its shadow.
  :streak  a speck of dust on the scanner's glass strip: a thin grey line
           through the whole height of every page at the same place.
  :marker  a yellow highlighter stroke, slightly slanted, over part of a
           line or two in the middle of the page (in a gray scan a light
           grey band).
  :shake   (x-photo, or x-scanpdf with heldout15's :photo) the phone moved
           while the picture was taken: a motion blur of a few pixels at
           a slant.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:photo|:punch|:streak|:marker|:shake]`,
`x-scan:<dpi>:<font>[:color|:punch|:streak|:marker]`, `x-photo:<dpi>:<font>[:shake]`,
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
OPTIONS = ("punch", "streak", "marker", "shake")
_h15_degrade = H15.degrade
_photo = P.photo


def effects(pngs, dpi, tag):
    opts = MINE.get(tag, set())
    r = random.Random("h29-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    sx = None
    for i, p in enumerate(pngs):
        W, H = P.size_of(p)
        cmd = ["convert", p]
        if "punch" in opts:   # two holes 80 mm apart, centred on the page height, 12 mm from the left edge
            cx = int((12 + r.uniform(-0.8, 0.8)) * mm)
            rad = int(3.0 * mm)
            for cy in (int(H / 2 - 40 * mm), int(H / 2 + 40 * mm)):
                cy += int(r.uniform(-1, 1) * mm)
                cmd += ["-fill", "gray62", "-draw", "circle %d,%d %d,%d" % (cx + 3, cy + 3, cx + rad + 5, cy),
                        "-fill", "#1e1e1e", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + rad, cy)]
        if "streak" in opts:  # the same x on every page of the file
            if sx is None:
                sx = int(W * r.uniform(0.28, 0.72))
            cmd += ["-fill", "gray%d" % r.randint(45, 60), "-draw", "rectangle %d,0 %d,%d" % (sx, sx + max(1, int(0.25 * mm)), H)]
        if len(cmd) > 2:
            B.run(cmd + [p])
        if "marker" in opts and (i == 0 or r.random() < 0.6):
            y = int(H * r.uniform(0.35, 0.7))
            x0 = int(W * r.uniform(0.10, 0.30))
            x1 = int(W * r.uniform(0.55, 0.85))
            h = int(4.2 * mm)
            slant = int(r.uniform(-2, 2) * mm)
            poly = "%d,%d %d,%d %d,%d %d,%d" % (x0, y, x1, y + slant, x1, y + slant + h, x0, y + h)
            B.run(["convert", p, "(", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "#fff04a", "-draw", "polygon " + poly,
                   "-blur", "0x1.5", ")", "-compose", "Multiply", "-composite", p])


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    if "punch" in MINE.get(tag, set()) or "streak" in MINE.get(tag, set()) or "marker" in MINE.get(tag, set()):
        effects(pngs, dpi, tag)
    out = _photo(pngs, dpi, rng, stage, tag)
    if "shake" in MINE.get(tag, set()):
        r = random.Random("h29-shake-%s" % tag)
        for j in out:
            B.run(["convert", j, "-motion-blur", "0x%.1f+%d" % (r.uniform(2.0, 3.2), r.randint(10, 80)), "-quality", "80", j])
    return out


def main():
    src = os.path.join(os.path.abspath(sys.argv[1]), "src")
    n = 0
    for mp, d in H15.manifests(src):
        with open(mp, encoding="utf-8") as f:
            for line in f.read().rstrip("\n").split("\n"):
                cols = line.split("\t")
                if len(cols) == 5 and cols[2].startswith("x-"):
                    mine = {o for o in cols[2].split(":")[2:] if o in OPTIONS}
                    if mine:
                        MINE["x%03d" % n] = mine
                    n += 1
    H15.degrade = degrade   # heldout15's main installs H15.degrade as the builder's degrade
    P.photo = photo         # heldout7's main and heldout15's degrade look photo up at call time
    H15.main()


if __name__ == "__main__":
    main()
