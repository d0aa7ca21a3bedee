#!/usr/bin/env python3
"""Pre-build step of testdata/heldout59: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, new ways a page goes wrong between
the printer and the scanner or phone. They act on the clean page images
BEFORE heldout15's scanner simulation (and, for x-photo, before heldout7's
phone photo):

  :toner  the office printer was running out of toner when the sheet was
          printed: 2-3 vertical bands 4-14 mm wide where the print is pale
          grey, and one thin white streak (a scratched drum) right down the
          page.
  :thumb  (phone photos) the sheet was held flat with a thumb while it was
          photographed: a skin-coloured thumb with a paler nail and a soft
          shadow comes in over the right-hand edge, at 35-75 % of the page's
          height, covering a part of the margin.
  :bleed  thin paper printed on both sides: the back page shows through,
          mirrored and very faint (the next page's back; the last page shows
          the first page's).

Methods used: `x-scanpdf:<dpi>[:color|:mono|:toner|:bleed]`,
`x-scan:<dpi>:<font>[:color]`, `x-photo:<dpi>:<font>[:thumb]`.
heldout7 and heldout15 ignore the options they do not know.

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
OPTIONS = ("toner", "thumb", "bleed")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def toner(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    for _ in range(r.randint(2, 3)):
        w = int(r.uniform(4, 14) * mm)
        x = r.randint(int(W * 0.08), int(W * 0.92) - w)
        cmd += ["-region", "%dx%d+%d+0" % (w, H, x), "+level", "%d%%,100%%" % r.randint(45, 62)]
    x = r.randint(int(W * 0.1), int(W * 0.9))
    cmd += ["+region", "-fill", "white", "-stroke", "none", "-draw",
            "rectangle %d,0 %d,%d" % (x, x + max(1, int(0.3 * mm)), H), p]
    B.run(cmd)


def thumb(p, r, mm):
    W, H = P.size_of(p)
    cy = int(H * r.uniform(0.35, 0.75))
    rx, ry = int(r.uniform(11, 14) * mm), int(r.uniform(18, 22) * mm)
    cx = W - int(r.uniform(4, 8) * mm)
    nx, ny = cx - int(0.35 * rx), cy
    B.run(["convert", p,
           "-fill", "rgba(60,40,30,0.35)", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - int(2 * mm), cy + int(2 * mm), rx, ry),
           "-blur", "0x0.1",
           "-fill", "#d9a78a", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rx, ry),
           "-fill", "#e9c4b0", "-draw", "ellipse %d,%d %d,%d 0,360" % (nx, ny, int(rx * 0.45), int(ry * 0.5)),
           "-fill", "rgba(160,110,90,0.5)", "-draw", "line %d,%d %d,%d" % (cx + int(rx * 0.2), cy - int(ry * 0.6), cx + int(rx * 0.5), cy + int(ry * 0.5)),
           p])


def bleed(pngs, r):
    if not pngs:
        return
    backs = []
    for i, p in enumerate(pngs):
        src = pngs[(i + 1) % len(pngs)]
        m = p + ".back.png"
        B.run(["convert", src, "-flop", "-blur", "0x1.5", "-fill", "white", "-colorize", "%d%%" % r.randint(88, 92), m])
        backs.append(m)
    for p, m in zip(pngs, backs):
        B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    for m in backs:
        os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h59-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    if "bleed" in opts:
        bleed(pngs, r)
    for p in pngs:
        if "toner" in opts:
            toner(p, r, mm)
        if "thumb" in opts:
            thumb(p, r, mm)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, tag)
    return _photo(pngs, dpi, rng, stage, tag)


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
    P.photo = photo         # heldout7's main looks photo up at call time
    H15.main()


if __name__ == "__main__":
    main()
