#!/usr/bin/env python3
"""Pre-build step of testdata/heldout126: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :wrapper   (scans) a crinkled candy wrapper (糖纸) of coloured cellophane,
             twisted at both ends, was left lying on the sheet on the glass:
             a translucent coloured body with bright glints and creases,
             two fan-shaped twisted ends, a soft shadow.
  :stapler   (phone photos) a desk stapler lies across a corner/edge of the
             sheet: a dark grey body with a lighter top plate and a metal
             base, a soft shadow on the paper.

Methods used: `x-scanpdf:<dpi>[:color][:photo][:wrapper|:stapler]`, `x-photo:<dpi>:<font>[:stapler]`.
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
OPTIONS = ("wrapper", "stapler")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def wrapper(p, r, mm):
    W, H = P.size_of(p)
    cx = int(W * r.uniform(0.55, 0.8))
    cy = int(H * r.uniform(0.3, 0.75))
    w, h = int(r.uniform(28, 36) * mm), int(r.uniform(14, 18) * mm)
    ang = r.uniform(-0.6, 0.6)
    col = r.choice([(220, 40, 60), (40, 120, 210), (235, 170, 20), (60, 170, 90)])

    def rot(x, y):
        return (cx + x * math.cos(ang) - y * math.sin(ang), cy + x * math.sin(ang) + y * math.cos(ang))
    body = [rot(x, y) for x, y in [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2 + 2 * mm, 0), (w / 2, h / 2), (-w / 2, h / 2), (-w / 2 - 2 * mm, 0)]]
    ends = []
    for side in (-1, 1):
        bx = side * w / 2
        ends.append([rot(bx, -h / 4), rot(bx + side * 14 * mm, -h * 0.75), rot(bx + side * 16 * mm, 0), rot(bx + side * 14 * mm, h * 0.75), rot(bx, h / 4)])
    sh = p + ".wsh.png"
    pts = lambda L, dx=0, dy=0: " ".join("%d,%d" % (x + dx, y + dy) for x, y in L)
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray75", "-draw", "polygon " + pts(body, 1.5 * mm, 2 * mm)]
          + sum([["-draw", "polygon " + pts(e, 1.5 * mm, 2 * mm)] for e in ends], []) + ["-blur", "0x%d" % max(3, int(1.8 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    fill = "rgba(%d,%d,%d,0.55)" % col
    cmd = ["convert", p, "-stroke", "rgba(%d,%d,%d,0.9)" % tuple(max(0, v - 60) for v in col), "-strokewidth", "%d" % max(1, int(0.2 * mm)),
           "-fill", fill, "-draw", "polygon " + pts(body)]
    for e in ends:
        cmd += ["-fill", "rgba(%d,%d,%d,0.40)" % col, "-draw", "polygon " + pts(e)]
        for k in range(4):
            a, b = e[0], e[1 + k % 3]
            cmd += ["-fill", "none", "-stroke", "rgba(255,255,255,0.7)", "-draw", "line %d,%d %d,%d" % (a[0], a[1], b[0], b[1])]
    for k in range(r.randint(5, 8)):   # creases and glints on the body
        x0, y0 = rot(r.uniform(-w / 2, w / 2), r.uniform(-h / 2, h / 2))
        x1, y1 = rot(r.uniform(-w / 2, w / 2), r.uniform(-h / 2, h / 2))
        cmd += ["-stroke", "rgba(255,255,255,0.85)" if k % 2 else "rgba(40,20,20,0.5)", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                "-draw", "line %d,%d %d,%d" % (x0, y0, x1, y1)]
    B.run(cmd + [p])


def stapler(p, r, mm):
    W, H = P.size_of(p)
    L, T = int(r.uniform(120, 150) * mm), int(r.uniform(30, 36) * mm)
    corner = r.choice(["bl", "br", "tr"])
    cx = int(W * (0.12 if corner == "bl" else 0.88))
    cy = int(H * (0.9 if corner in ("bl", "br") else 0.06))
    ang = r.uniform(-0.5, 0.5) + (0.3 if corner == "bl" else -0.3)

    def rect(l, t, dx=0, dy=0):
        c = [(-l / 2, -t / 2), (l / 2, -t / 2), (l / 2, t / 2), (-l / 2, t / 2)]
        return " ".join("%d,%d" % (cx + x * math.cos(ang) - y * math.sin(ang) + dx, cy + x * math.sin(ang) + y * math.cos(ang) + dy) for x, y in c)
    sh = p + ".ssh.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray55", "-draw", "polygon " + rect(L, T, 3 * mm, 4 * mm),
           "-blur", "0x%d" % max(4, int(3 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    B.run(["convert", p, "-stroke", "none", "-fill", "gray62", "-draw", "polygon " + rect(L, T),
           "-fill", "gray18", "-draw", "polygon " + rect(L * 0.94, T * 0.72),
           "-fill", "gray40", "-draw", "polygon " + rect(L * 0.8, T * 0.22),
           "-fill", "gray85", "-draw", "polygon " + rect(L * 0.9, T * 0.06), p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h126-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "wrapper" in opts and i % 2 == 0:
            wrapper(p, r, mm)
        if "stapler" in opts:
            stapler(p, r, mm)


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
