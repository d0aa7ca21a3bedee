#!/usr/bin/env python3
"""Pre-build step of testdata/heldout64: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :longtail  the sheets were held together by a black binder clip (长尾夹)
             at the top edge and scanned with it on: a black clip body
             across the top margin, its two folded silver wire handles lying
             on the page below it, a soft shadow round it, and faint
             pressure ripples in the paper under the clip.
  :banding   a phone photo taken under flickering fluorescent tubes (rolling
             shutter): soft horizontal bands of darker and lighter light
             across the page, slightly tilted, a period of 7-14 % of the
             page height.

Methods used: `x-scanpdf:<dpi>[:longtail]`, `x-photo:<dpi>:<font>[:banding]`.
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
OPTIONS = ("longtail", "banding")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def longtail(p, r, mm):
    W, H = P.size_of(p)
    cx = int(W * r.uniform(0.38, 0.62))
    w = int(r.uniform(30, 36) * mm)
    h = int(r.uniform(9, 12) * mm)
    x0, x1 = cx - w // 2, cx + w // 2
    sh = p + ".shadow.png"
    # the shadow: a blurred grey body a little larger than the clip
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray70",
           "-draw", "rectangle %d,0 %d,%d" % (x0 - int(1.5 * mm), x1 + int(2.5 * mm), h + int(3 * mm)),
           "-blur", "0x%d" % max(3, int(2.2 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p]
    # pressure ripples: a few faint wavy lines fanning out below the clip
    for k in range(r.randint(3, 5)):
        sx = r.randint(x0, x1)
        pts = []
        ang = math.pi / 2 + r.uniform(-0.6, 0.6)
        L = r.uniform(18, 40) * mm
        for j in range(9):
            t = j / 8.0
            pts.append((sx + math.cos(ang) * L * t + math.sin(t * 9) * 0.6 * mm, h + math.sin(ang) * L * t))
        cmd += ["-fill", "none", "-stroke", "gray%d" % r.randint(80, 88), "-strokewidth", "%d" % max(2, int(0.3 * mm)),
                "-draw", "polyline " + " ".join("%d,%d" % q for q in pts)]
    # the clip body: near-black, a lighter ridge along its lower edge
    cmd += ["-stroke", "none", "-fill", "gray9", "-draw", "polygon %d,0 %d,0 %d,%d %d,%d" % (x0, x1, x1 - int(1.5 * mm), h, x0 + int(1.5 * mm), h),
            "-fill", "gray35", "-draw", "rectangle %d,%d %d,%d" % (x0 + int(2 * mm), h - int(1.6 * mm), x1 - int(2 * mm), h - int(0.9 * mm))]
    # the wire handles folded down onto the page: a silver loop on each side
    for side in (-1, 1):
        bx = cx + side * int(w * 0.38)
        tx = cx + side * int(w * r.uniform(0.18, 0.28))
        ty = h + int(r.uniform(14, 22) * mm)
        loop = "%d,%d %d,%d %d,%d %d,%d" % (bx, h - int(1 * mm), tx - side * int(3 * mm), ty, tx + side * int(3 * mm), ty, bx + side * int(2 * mm), h - int(1 * mm))
        cmd += ["-fill", "none", "-stroke", "gray55", "-strokewidth", "%d" % max(3, int(0.55 * mm)), "-draw", "polyline " + loop,
                "-stroke", "gray92", "-strokewidth", "%d" % max(1, int(0.18 * mm)), "-draw", "polyline " + loop]
    B.run(cmd + [p])


def banding(p, r, mm):
    W, H = P.size_of(p)
    period = r.uniform(0.07, 0.14)
    amp = r.uniform(0.07, 0.12)
    tilt = r.uniform(-0.04, 0.04)
    phase = r.uniform(0, 1)
    gw, gh = 32, 400
    m = p + ".band.pgm"
    with open(m, "wb") as f:
        f.write(b"P5 %d %d 255\n" % (gw, gh))
        row = bytearray()
        for y in range(gh):
            for x in range(gw):
                v = 0.5 + 0.5 * math.sin(2 * math.pi * ((y / gh) / period + tilt * x / gw * (W / H) / period + phase))
                row.append(max(0, min(255, int(255 * (1 - amp * v)))))
        f.write(bytes(row))
    B.run(["convert", p, "(", m, "-resize", "%dx%d!" % (W, H), "-blur", "0x3", ")", "-compose", "Multiply", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h64-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "longtail" in opts:
            longtail(p, r, mm)
        if "banding" in opts:
            banding(p, r, mm)


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
