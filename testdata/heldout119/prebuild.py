#!/usr/bin/env python3
"""Pre-build step of testdata/heldout119: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, drawn on the clean page images BEFORE
heldout15's scanner simulation (and, for x-photo, before heldout7's phone
photo):

  :glitter  craft glitter (from a class poster) left on the scanner glass:
            a few hundred tiny specks in gold, silver, red and blue, most
            single, some in small clumps, each with a bright glint pixel.
  :cling    the sheet lay under a piece of kitchen cling film (保鲜膜) when
            it was photographed: a faint sheen over the page, long glossy
            white highlights in wavy diagonal streaks, and grey wrinkle lines
            where the film creased.

Methods used: `x-scanpdf:<dpi>[:glitter|:mono|:color]`, `x-photo:<dpi>:<font>[:cling]`.
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
OPTIONS = ("glitter", "cling")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo
COLOURS = ["#d4a017", "#c0c0c8", "#c8202a", "#2050c8", "#e0b040", "#a8a8b0"]


def glitter(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p, "-stroke", "none"]
    specks = []
    for _ in range(r.randint(5, 9)):   # clumps
        cx, cy = r.randint(0, W), r.randint(0, H)
        specks += [(cx + int(r.gauss(0, 3 * mm)), cy + int(r.gauss(0, 3 * mm))) for _ in range(r.randint(8, 20))]
    specks += [(r.randint(0, W), r.randint(0, H)) for _ in range(r.randint(150, 260))]
    for x, y in specks:
        s = max(2, int(r.uniform(0.25, 0.6) * mm))
        a = r.uniform(0, math.pi)
        pts = " ".join("%d,%d" % (x + s * math.cos(a + k * math.pi / 2) * (1 if k % 2 else 0.7), y + s * math.sin(a + k * math.pi / 2) * (1 if k % 2 else 0.7)) for k in range(4))
        cmd += ["-fill", r.choice(COLOURS), "-draw", "polygon " + pts, "-fill", "white", "-draw", "point %d,%d" % (x, y)]
    B.run(cmd + [p])


def cling(p, r, mm):
    W, H = P.size_of(p)
    m = p + ".cling.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:black", "-fill", "none"]
    for _ in range(r.randint(4, 7)):   # glossy streaks
        x0 = r.randint(-W // 3, W)
        ang = r.uniform(0.9, 1.2)
        pts = []
        for j in range(12):
            t = j / 11.0
            pts.append((x0 + t * H / math.tan(ang) + math.sin(t * 7 + x0) * 4 * mm, t * H))
        cmd += ["-stroke", "gray%d" % r.randint(45, 75), "-strokewidth", "%d" % int(r.uniform(3, 9) * mm),
                "-draw", "polyline " + " ".join("%d,%d" % q for q in pts)]
    cmd += ["-blur", "0x%d" % int(2.5 * mm), m]
    B.run(cmd)
    w = p + ".wrinkle.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none"]
    for _ in range(r.randint(6, 10)):   # wrinkles
        x, y = r.randint(0, W), r.randint(0, H)
        a = r.uniform(0, math.pi)
        L = r.uniform(20, 70) * mm
        pts = [(x + math.cos(a) * L * t / 6 + math.sin(t) * mm, y + math.sin(a) * L * t / 6) for t in range(7)]
        cmd += ["-stroke", "gray%d" % r.randint(78, 88), "-strokewidth", "%d" % max(1, int(0.3 * mm)),
                "-draw", "polyline " + " ".join("%d,%d" % q for q in pts)]
    cmd += ["-blur", "0x1", w]
    B.run(cmd)
    B.run(["convert", p, "-fill", "#eef2f4", "-colorize", "6%", w, "-compose", "Multiply", "-composite",
           m, "-compose", "Screen", "-composite", p])
    os.remove(m)
    os.remove(w)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h119-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "glitter" in opts:
            glitter(p, r, mm)
        if "cling" in opts:
            cling(p, r, mm)


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
