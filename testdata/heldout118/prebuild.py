#!/usr/bin/env python3
"""Pre-build step of testdata/heldout118: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :clip      the sheets were held together by a silver paper clip (回形针)
             over the top-left corner and scanned with it on: the clip's
             two nested wire loops, slanted, with a soft grey shadow beside
             the wire and the paper under it pressed a little darker.
  :pushpin   the homework was pinned to the class notice board with coloured
             pushpins (图钉) and photographed there: two to four round
             plastic pin heads near the top corners (and sometimes the
             foot), each with a highlight and a cast shadow, and faint
             creases radiating from each pin.

Methods used: `x-scanpdf:<dpi>[:clip]`, `x-photo:<dpi>:<font>[:pushpin]`.
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
OPTIONS = ("clip", "pushpin")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def clip(p, r, mm):
    W, H = P.size_of(p)
    x0 = int(r.uniform(10, 22) * mm)
    L = r.uniform(30, 38) * mm
    wd = r.uniform(8, 9.5) * mm
    ang = math.radians(r.uniform(-18, 18))
    ca, sa = math.cos(ang), math.sin(ang)

    def pt(u, v):   # u along the clip (down the page), v across it
        return (x0 + v * ca - u * sa + wd, -6 * mm + u * ca + v * sa)

    def loop(lo, hi, half):
        pts = []
        for k in range(13):   # the far round end
            t = math.pi * k / 12
            pts.append(pt(hi - half + half * math.sin(t), -half * math.cos(t)))
        for k in range(13):   # the near round end
            t = math.pi * k / 12
            pts.append(pt(lo + half - half * math.sin(t), half * math.cos(t)))
        pts.append(pts[0])
        return " ".join("%d,%d" % q for q in pts)
    outer = loop(0, L, wd / 2)
    inner = loop(3 * mm, L - 6 * mm, wd / 2 - 1.6 * mm)
    sw = max(2, int(0.75 * mm))
    sh = p + ".shadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "gray60", "-strokewidth", "%d" % (sw * 2),
           "-draw", "polyline " + outer, "-draw", "polyline " + inner, "-blur", "0x%d" % max(2, int(0.9 * mm)),
           "-roll", "+%d+%d" % (int(1.2 * mm), int(1.4 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p]
    for col, w in (("gray45", sw), ("gray85", max(1, sw // 3))):
        cmd += ["-fill", "none", "-stroke", col, "-strokewidth", "%d" % w, "-draw", "polyline " + outer, "-draw", "polyline " + inner]
    B.run(cmd + [p])


def pushpin(p, r, mm):
    W, H = P.size_of(p)
    spots = [(r.uniform(0.04, 0.12) * W, r.uniform(0.02, 0.06) * H), (r.uniform(0.88, 0.96) * W, r.uniform(0.02, 0.06) * H)]
    if r.random() < 0.6:
        spots.append((r.uniform(0.45, 0.55) * W, r.uniform(0.95, 0.98) * H))
    cmd = ["convert", p]
    for (x, y) in spots:
        for k in range(r.randint(3, 5)):   # creases radiating from the pin
            a = r.uniform(0, 2 * math.pi)
            L = r.uniform(8, 20) * mm
            cmd += ["-fill", "none", "-stroke", "gray%d" % r.randint(80, 88), "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                    "-draw", "line %d,%d %d,%d" % (x, y, x + math.cos(a) * L, y + math.sin(a) * L)]
    for (x, y) in spots:
        R = r.uniform(4.5, 6) * mm
        col = r.choice(["#c8202a", "#1f5fbf", "#e0b000", "#2a9a3a", "#e35d9a"])
        cmd += ["-stroke", "none", "-fill", "#00000055", "-draw", "circle %d,%d %d,%d" % (x + 2.2 * mm, y + 2.6 * mm, x + 2.2 * mm + R, y + 2.6 * mm),
                "-fill", col, "-draw", "circle %d,%d %d,%d" % (x, y, x + R, y),
                "-fill", "#ffffffaa", "-draw", "circle %d,%d %d,%d" % (x - R * 0.35, y - R * 0.35, x - R * 0.35 + R * 0.25, y - R * 0.35)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h118-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "clip" in opts:
            clip(p, r, mm)
        if "pushpin" in opts:
            pushpin(p, r, mm)


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
