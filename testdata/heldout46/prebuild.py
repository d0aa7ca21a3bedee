#!/usr/bin/env python3
"""Pre-build step of testdata/heldout46: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, faults of a school's scanner or phone not
simulated by heldout23, heldout28 or heldout30. They act on the clean page
images BEFORE heldout15's scanner simulation (and, for x-photo and the
x-scanpdf :photo, before heldout7's phone photo):

  :motor  the flatbed's carriage motor ran unevenly (a worn belt): the page
          is read in bands (12-35 mm, one height a page), each a little stretched or squashed
          vertically (by 3-6 %), so some text lines come out taller and
          narrower-looking and others squat; the page's foot is cut or padded
          with white to keep the sheet's size. Every page.
  :haze   the phone was brought in from the cold (a 珲春 winter) and its
          lens misted: a large soft patch where the print is blurred and
          washed out towards white, and a slight lift of the blacks over the
          whole photo. The patch lies in the lower two thirds of the page.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:motor|:photo:haze]`,
`x-scan:<dpi>:<font>[:motor]`, `x-photo:<dpi>:<font>[:haze]`.
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
OPTIONS = ("motor", "haze")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def motor(p, r, mm):
    W, H = P.size_of(p)
    h = int(r.uniform(12, 35) * mm)   # the band height of this page
    n = (H + h - 1) // h
    cmd = ["convert", p, "-crop", "%dx%d" % (W, h), "+repage"]
    for i in range(n):
        hi = min(h, H - i * h)
        f = 1 + r.choice([-1, 1]) * r.uniform(0.03, 0.06)
        cmd += ["(", "-clone", str(i), "-resize", "%dx%d!" % (W, max(1, int(hi * f))), ")"]
    cmd += ["-delete", "0-%d" % (n - 1), "-append", "-background", "white", "-gravity", "north", "-extent", "%dx%d" % (W, H), p]
    B.run(cmd)


def haze(p, r, mm):
    W, H = P.size_of(p)
    cx, cy = int(W * r.uniform(0.3, 0.7)), int(H * r.uniform(0.5, 0.78))
    rx, ry = int(W * r.uniform(0.32, 0.45)), int(H * r.uniform(0.18, 0.28))
    k = 8   # the mask is drawn and blurred at 1/8 size, then enlarged (a blur of 18 mm at full size is slow)
    B.run(["convert", p,
           "(", "+clone", "-blur", "0x%.1f" % (0.45 * mm), "-fill", "white", "-colorize", "%d%%" % r.randint(22, 32), ")",
           "(", "-size", "%dx%d" % (W // k, H // k), "xc:black", "-fill", "white", "-draw",
           "ellipse %d,%d %d,%d 0,360" % (cx // k, cy // k, rx // k, ry // k), "-blur", "0x%.1f" % (18 * mm / k),
           "-resize", "%dx%d!" % (W, H), ")",
           "-composite", "+level", "%d%%,100%%" % r.randint(5, 9), p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h46-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for p in pngs:
        if "motor" in opts:
            motor(p, r, mm)
        if "haze" in opts:
            haze(p, r, mm)


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
    P.photo = photo         # heldout7's main and heldout15's degrade look photo up at call time
    H15.main()


if __name__ == "__main__":
    main()
