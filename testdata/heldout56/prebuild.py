#!/usr/bin/env python3
"""Pre-build step of testdata/heldout56: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a sheet goes wrong before it
reaches a school's scanner or phone. They act on the clean page images
BEFORE heldout15's scanner simulation (and, for x-photo, before heldout7's
phone photo):

  :foldcrack  the laser-printed sheet was folded in four (to go into a
              pocket or an envelope) and opened again: along the vertical and
              the horizontal fold the toner cracked off in short broken
              white lines that cut through the print, and a soft grey
              valley shade lies along each fold.
  :whiteout   the student covered mistakes with correction tape (修正带):
              2-3 slightly off-white strips 4-6 mm high with a grey edge
              and a shadow below, laid over the answer area (below 40 % of
              the page), and a short word rewritten on some of them by hand.

Methods used: `x-scanpdf:<dpi>[:color][:foldcrack|:whiteout]`,
`x-scan:<dpi>:<font>[:whiteout]`, `x-photo:<dpi>:<font>[:foldcrack]`.
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
OPTIONS = ("foldcrack", "whiteout")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo
WORDS = ["改正", "同上", "两次", "先坐后站", "十二秒", "扶手", "限时", "已补"]


def foldcrack(p, r, mm):
    W, H = P.size_of(p)
    x0 = int(W * r.uniform(0.47, 0.53))
    y0 = int(H * r.uniform(0.47, 0.53))
    shade = p + ".fold.png"
    # the valley shade: a grey line along each fold, blurred, multiplied in
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none",
           "-stroke", "gray80", "-strokewidth", "%d" % max(2, int(0.5 * mm)),
           "-draw", "line %d,0 %d,%d" % (x0, x0 + r.randint(-6, 6), H),
           "-draw", "line 0,%d %d,%d" % (y0, W, y0 + r.randint(-6, 6)),
           "-blur", "0x%.1f" % (0.9 * mm), shade])
    B.run(["convert", p, shade, "-compose", "Multiply", "-composite", p])
    os.remove(shade)
    # the toner cracks: short broken white strokes along the two folds
    cmd = ["convert", p, "-fill", "none", "-stroke", "white"]
    for vertical in (True, False):
        L = H if vertical else W
        pos = 0
        while pos < L:
            seg = int(r.uniform(1.5, 7) * mm)
            gap = int(r.uniform(0.5, 4) * mm)
            off = r.randint(-2, 2)
            sw = r.choice([1, 2, 2, 3])
            if vertical:
                a = (x0 + off, pos)
                b = (x0 + off + r.randint(-1, 1), pos + seg)
            else:
                a = (pos, y0 + off)
                b = (pos + seg, y0 + off + r.randint(-1, 1))
            cmd += ["-strokewidth", str(sw), "-draw", "line %d,%d %d,%d" % (a + b)]
            pos += seg + gap
    B.run(cmd + [p])


def whiteout(p, r, mm, page):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    for k in range(r.randint(2, 3)):
        y = int(H * r.uniform(0.42, 0.86))
        h = int(r.uniform(4, 6) * mm)
        x = int(W * r.uniform(0.10, 0.45))
        w = int(W * r.uniform(0.18, 0.36))
        ang = r.uniform(-0.01, 0.01)
        dy = int(ang * w)
        poly = "%d,%d %d,%d %d,%d %d,%d" % (x, y, x + w, y + dy, x + w, y + dy + h, x, y + h)
        sh = "%d,%d %d,%d %d,%d %d,%d" % (x + 2, y + h, x + w + 2, y + dy + h, x + w + 2, y + dy + h + 3, x + 2, y + h + 3)
        cmd += ["-stroke", "none", "-fill", "rgba(90,90,90,0.35)", "-draw", "polygon " + sh,
                "-stroke", "gray70", "-strokewidth", "1", "-fill", "#fbfbf6", "-draw", "polygon " + poly]
        if r.random() < 0.7:
            px = int(h * 0.7)
            cmd += ["-stroke", "none", "-fill", "#1d2f6b", "-font", "AR-PL-UKai-CN", "-pointsize", str(px),
                    "-annotate", "+%d+%d" % (x + int(2 * mm), y + int(h * 0.82)), r.choice(WORDS)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h56-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "foldcrack" in opts:
            foldcrack(p, r, mm)
        if "whiteout" in opts:
            whiteout(p, r, mm, i)


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
