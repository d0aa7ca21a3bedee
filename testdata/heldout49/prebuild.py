#!/usr/bin/env python3
"""Pre-build step of testdata/heldout49: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three faults of this corpus, drawn on the clean page images BEFORE
heldout15's scanner simulation (and, for x-photo, before heldout7's phone
photo), as heldout28's prebuild does:

  :dither    (scans) the page scanned was a copy made on a cheap
             multifunction printer in its "photo" mode on grey recycled
             paper: the paper tone became a 4x4 ordered dot screen and the
             edges of the print became dotted.
  :castdrift (colour scans) the scanner's green lamp is ageing: the page
             is tinted magenta, the tint growing from one side of the page
             to the other (left or right, drawn per file).
  :flash     (phone photos) the phone's flash fired close to the sheet: a
             bright washed-out oval off-centre where the print loses
             contrast, and darker corners.

Methods used: `x-scanpdf:<dpi>[:color|:mono][:dither|:castdrift]`,
`x-scan:<dpi>:<font>`, `x-photo:<dpi>:<font>[:flash]`.
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
OPTIONS = ("dither", "castdrift", "flash")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def dither(p, r, mm):
    g = r.randint(84, 89)   # recycled grey paper
    B.run(["convert", p, "-colorspace", "Gray", "(", "+clone", "-fill", "gray%d" % g, "-colorize", "100", ")",
           "-compose", "Multiply", "-composite", "-ordered-dither", "o4x4", "-blur", "0x0.5", p])


def castdrift(p, r, mm):
    W, H = P.size_of(p)
    strong = "rgb(255,%d,%d)" % (r.randint(188, 200), r.randint(228, 238))
    a, b = (strong, "rgb(255,244,252)") if r.random() < 0.5 else ("rgb(255,244,252)", strong)
    B.run(["convert", p, "(", "-size", "%dx%d" % (H, W), "gradient:%s-%s" % (a, b), "-rotate", "90", ")",
           "-compose", "Multiply", "-composite", p])


def flash(p, r, mm):
    W, H = P.size_of(p)
    cx, cy = int(W * r.uniform(0.35, 0.65)), int(H * r.uniform(0.25, 0.55))
    rx, ry = int(W * r.uniform(0.16, 0.22)), int(H * r.uniform(0.10, 0.14))
    m = p + ".flash.png"
    k = 8   # the soft oval drawn at an eighth of the size and scaled up (a large blur is slow)
    B.run(["convert", "-size", "%dx%d" % (W // k, H // k), "xc:black", "-fill", "gray%d" % r.randint(52, 62),
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx // k, cy // k, rx // k, ry // k), "-blur", "0x%.1f" % (14 * mm / k),
           "-resize", "%dx%d!" % (W, H), m])
    B.run(["convert", p, m, "-compose", "Screen", "-composite",
           "(", "-size", "%dx%d" % (W, H), "radial-gradient:white-gray%d" % r.randint(66, 74), ")", "-compose", "Multiply", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h49-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for p in pngs:
        if "dither" in opts:
            dither(p, r, mm)
        if "castdrift" in opts:
            castdrift(p, r, mm)
        if "flash" in opts:
            flash(p, r, mm)


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
