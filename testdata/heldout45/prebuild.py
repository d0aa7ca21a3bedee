#!/usr/bin/env python3
"""Pre-build step of testdata/heldout45: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a sheet goes wrong on its way
through a school's scanner. They act on the clean page images BEFORE
heldout15's scanner simulation (so the scanner's skew, noise and blur come
after them):

  :ruler  a clear 30 cm plastic ruler was left lying on the scanner glass:
          a long, slightly grey, slanted strip 28-34 mm wide across the
          lower half of the page, darker along its two edges, with its
          millimetre ticks and centimetre numbers printed on it (they
          stand over the text under the ruler, which stays readable
          through it). Same place on every page of the file (it lay on
          the glass), turned 3-9 degrees.
  :jam    the sheet's leading edge caught in the document feeder and was
          pulled through crumpled: the top 14-26 mm of the page squeezed to
          about two thirds of its height, with 3-5 pleats across it (a dark
          fold line and a light ridge each, slightly wavy), a grey cast on
          the squeezed band, and the rest of the page moved up by what the
          band lost (white at the foot). Every page.

Methods used: `x-scanpdf:<dpi>[:mono|:color|:ruler|:jam]`,
`x-scan:<dpi>:<font>[:color|:jam]`. heldout7 and heldout15 ignore the
options they do not know.

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
OPTIONS = ("ruler", "jam")
DONE = set()
_h15_degrade = H15.degrade


def make_ruler(path, mm, r):
    """A transparent ruler image: 300 mm long, 30 mm wide, ticks and numbers."""
    L, Wd = int(310 * mm), int(r.uniform(28, 34) * mm)
    cmd = ["convert", "-size", "%dx%d" % (L, Wd), "xc:rgba(200,205,210,0.16)",
           "-fill", "none", "-stroke", "rgba(70,70,70,0.55)", "-strokewidth", "%d" % max(2, int(0.35 * mm)),
           "-draw", "rectangle 1,1 %d,%d" % (L - 2, Wd - 2),
           "-stroke", "rgba(255,255,255,0.55)", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
           "-draw", "line %d,%d %d,%d" % (2, int(0.9 * mm), L - 3, int(0.9 * mm)),
           "-stroke", "rgba(20,20,20,0.75)", "-strokewidth", "%d" % max(1, int(0.12 * mm))]
    x0 = int(5 * mm)
    for k in range(301):
        x = x0 + int(k * mm)
        h = 6 if k % 10 == 0 else 4.5 if k % 5 == 0 else 3
        cmd += ["-draw", "line %d,%d %d,%d" % (x, Wd - 2, x, Wd - 2 - int(h * mm))]
    cmd += ["-stroke", "none", "-fill", "rgba(20,20,20,0.8)", "-font", "Noto-Sans-CJK-SC", "-pointsize", "%.1f" % (2.6 * mm)]
    for k in range(0, 31):
        cmd += ["-annotate", "+%d+%d" % (x0 + int(k * 10 * mm) - int(0.7 * mm * len(str(k))), Wd - int(7.5 * mm)), str(k)]
    cmd += ["-annotate", "+%d+%d" % (int(L * 0.45), int(6 * mm)), "30cm  有机玻璃直尺"]
    B.run(cmd + [path])


def ruler(pngs, r, mm, stage, tag):
    img = os.path.join(stage, tag + "_ruler.png")
    make_ruler(img, mm, r)
    ang = r.choice([-1, 1]) * r.uniform(3, 9)
    fy, fx = r.uniform(0.58, 0.80), r.uniform(0.42, 0.62)
    rot = img + ".rot.png"
    B.run(["convert", img, "-background", "none", "-rotate", "%.2f" % ang, rot])
    rw, rh = P.size_of(rot)
    for p in pngs:
        W, H = P.size_of(p)
        B.run(["convert", p, rot, "-geometry", "+%d+%d" % (int(fx * W - rw / 2), int(fy * H - rh / 2)),
               "-compose", "Over", "-composite", p])


def jam(p, r, mm):
    W, H = P.size_of(p)
    hb = int(r.uniform(14, 26) * mm)
    hs = int(hb * r.uniform(0.6, 0.72))
    band = p + ".band.png"
    B.run(["convert", p, "-crop", "%dx%d+0+0" % (W, hb), "+repage", "-resize", "%dx%d!" % (W, hs),
           "-fill", "gray86", "-colorize", "12", band])
    lines = []
    for k in range(r.randint(3, 5)):
        y = int(hs * (k + 1) / 6.0 + r.uniform(-0.12, 0.12) * hs / 6.0)
        pts, x = [], 0
        while x < W + 40:
            pts.append((x, y + r.randint(-int(0.5 * mm), int(0.5 * mm))))
            x += int(r.uniform(12, 30) * mm)
        dark = " ".join("%d,%d" % q for q in pts)
        light = " ".join("%d,%d" % (q[0], q[1] + max(2, int(0.35 * mm))) for q in pts)
        lines += ["-stroke", "gray%d" % r.randint(40, 58), "-strokewidth", "%d" % max(2, int(0.3 * mm)), "-draw", "polyline " + dark,
                  "-stroke", "gray99", "-strokewidth", "%d" % max(2, int(0.3 * mm)), "-draw", "polyline " + light]
    B.run(["convert", band, "-fill", "none"] + lines + ["-blur", "0x0.8", band])
    B.run(["convert", band, "(", p, "-crop", "%dx%d+0+%d" % (W, H - hb, hb), "+repage", ")", "-append",
           "-background", "white", "-gravity", "north", "-extent", "%dx%d" % (W, H), p])
    os.remove(band)


def effects(pngs, dpi, tag, stage):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h45-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    if "ruler" in opts:
        ruler(pngs, r, mm, stage, tag)
    if "jam" in opts:
        for p in pngs:
            jam(p, r, mm)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag, stage)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


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
    H15.main()


if __name__ == "__main__":
    main()
