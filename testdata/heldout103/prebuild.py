#!/usr/bin/env python3
"""Pre-build step of testdata/heldout103: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :glove  a white cotton work glove (劳保手套, knit cuff, blue PVC grip dots)
          was left lying on the sheet in the workshop and scanned with it:
          it lies rotated over a lower corner, partly off the sheet, with a
          soft shadow, covering the margin and a little of the page foot.
  :snow   a phone photo taken by an open window in falling snow: many small
          soft white flakes over the page, five to nine large out-of-focus
          flakes near the lens, and a cold, slightly lifted light.

Methods used: `x-scanpdf:<dpi>[:glove|:mono|:color]`, `x-photo:<dpi>:<font>[:snow]`.
heldout7 and heldout15 ignore the options they do not know.

Usage: prebuild.py DIR SEED
"""
import importlib.util
import math
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
OPTIONS = ("glove", "snow")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def glove(p, r, mm):
    """a white cotton work glove (劳保手套) with blue grip dots, lying over a lower corner of the sheet."""
    W, H = P.size_of(p)
    gw, gh = int(r.uniform(62, 72) * mm), int(r.uniform(100, 115) * mm)
    g = p + ".glove.png"
    palm = "roundrectangle %d,%d %d,%d %d,%d" % (int(0.08 * gw), int(0.42 * gh), int(0.92 * gw), gh - 2, int(0.12 * gw), int(0.12 * gw))
    cmd = ["convert", "-size", "%dx%d" % (gw, gh), "xc:none", "-fill", "#efece3", "-stroke", "#c9c4b6", "-strokewidth", "%d" % max(2, int(0.4 * mm)),
           "-draw", palm]
    # four fingers and a thumb, rounded
    for k in range(4):
        x0 = int((0.10 + 0.205 * k) * gw)
        top = int(r.uniform(0.0, 0.12) * gh) + (int(0.06 * gh) if k in (0, 3) else 0)
        cmd += ["-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, top, x0 + int(0.19 * gw), int(0.55 * gh), int(0.09 * gw), int(0.09 * gw))]
    cmd += ["-draw", "ellipse %d,%d %d,%d 0,360" % (int(0.02 * gw) + int(0.06 * gw), int(0.62 * gh), int(0.09 * gw), int(0.16 * gh))]
    # the knit cuff: a band of fine ribs at the open end
    cmd += ["-fill", "#e4e0d4", "-draw", "rectangle %d,%d %d,%d" % (int(0.1 * gw), int(0.86 * gh), int(0.9 * gw), gh - 3), "-stroke", "#cfc9ba"]
    for x in range(int(0.1 * gw), int(0.9 * gw), max(3, int(0.9 * mm))):
        cmd += ["-draw", "line %d,%d %d,%d" % (x, int(0.86 * gh), x, gh - 4)]
    # blue PVC grip dots on the palm
    cmd += ["-stroke", "none", "-fill", "#3760b8"]
    step = max(6, int(3.2 * mm))
    for y in range(int(0.46 * gh), int(0.84 * gh), step):
        for x in range(int(0.16 * gw), int(0.86 * gw), step):
            rad = max(2, int(0.7 * mm))
            cmd += ["-draw", "circle %d,%d %d,%d" % (x + (step // 2 if (y // step) % 2 else 0), y, x + (step // 2 if (y // step) % 2 else 0) + rad, y)]
    cmd += ["-attenuate", "0.25", "+noise", "Multiplicative", g]
    B.run(cmd)
    ang = r.uniform(25, 55) * r.choice([-1, 1])
    B.run(["convert", g, "-background", "none", "-rotate", "%.1f" % ang, "(", "+clone", "-background", "black", "-shadow", "55x%d+%d+%d" % (max(4, int(2.5 * mm)), int(1.5 * mm), int(1.5 * mm)), ")",
           "+swap", "-background", "none", "-layers", "merge", "+repage", g])
    w2, h2 = P.size_of(g)
    # lying mostly off the sheet at a lower corner, so it covers the margin and a little of the foot
    x = W - int(w2 * r.uniform(0.55, 0.7)) if ang > 0 else -int(w2 * r.uniform(0.3, 0.45))
    y = H - int(h2 * r.uniform(0.5, 0.62))
    B.run(["convert", p, g, "-geometry", "%+d%+d" % (x, y), "-compose", "Over", "-composite", p])
    os.remove(g)


def snow(p, r, mm):
    """a phone photo taken by an open window in falling snow: soft white flakes, a few large out-of-focus ones near
    the lens, and a cold, slightly lifted light."""
    W, H = P.size_of(p)
    fl = p + ".snow.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:none", "-fill", "white"]
    for _ in range(r.randint(160, 240)):
        x, y = r.randint(0, W), r.randint(0, H)
        rad = max(1, int(r.uniform(0.25, 0.9) * mm))
        cmd += ["-draw", "circle %d,%d %d,%d" % (x, y, x + rad, y)]
    cmd += ["-channel", "A", "-blur", "0x%d" % max(1, int(0.4 * mm)), "-evaluate", "multiply", "0.75", "+channel", fl]
    B.run(cmd)
    big = p + ".flake.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:none", "-fill", "white"]
    for _ in range(r.randint(5, 9)):
        x, y = r.randint(0, W), r.randint(0, H)
        rad = int(r.uniform(4, 9) * mm)
        cmd += ["-draw", "circle %d,%d %d,%d" % (x, y, x + rad, y)]
    cmd += ["-channel", "A", "-blur", "0x%d" % max(3, int(3 * mm)), "-evaluate", "multiply", "0.45", "+channel", big]
    B.run(cmd)
    B.run(["convert", p, "-fill", "#dfe8f4", "-colorize", "7%", fl, "-compose", "Over", "-composite", big, "-compose", "Over", "-composite", p])
    os.remove(fl)
    os.remove(big)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h103-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "glove" in opts:
            glove(p, r, mm)
        if "snow" in opts:
            snow(p, r, mm)


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
