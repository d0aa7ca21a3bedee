#!/usr/bin/env python3
"""Pre-build step of testdata/heldout89: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :hairpin   the sheets were scanned with two or three black bobby pins
             (一字发夹) left lying on them: thin black wavy pins 45-60 mm long,
             at random angles, each a straight leg and a crimped leg joined at a
             rounded head, with a faint grey shadow beside them.
  :watch     a phone photo where the photographer's wrist came into the frame
             at a bottom corner: a round watch case (dark bezel, pale dial,
             twelve ticks, two hands) and a dark leather strap running out of
             the picture, with a soft shadow.

Methods used: `x-scanpdf:<dpi>:hairpin`, `x-photo:<dpi>:<font>:watch`.
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
OPTIONS = ("hairpin", "watch")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def hairpin(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    for k in range(r.randint(2, 3)):
        L = r.uniform(45, 60) * mm
        ang = r.uniform(0, 2 * math.pi)
        # keep the pin on the margins or lightly across text, never on the middle of a table
        x0 = r.choice([r.uniform(0.05, 0.25), r.uniform(0.75, 0.92)]) * W
        y0 = r.uniform(0.08, 0.9) * H
        ux, uy = math.cos(ang), math.sin(ang)
        nx, ny = -uy, ux
        gap = 1.6 * mm
        straight = [(x0, y0), (x0 + ux * L, y0 + uy * L)]
        crimp = []
        for j in range(25):
            t = j / 24.0
            w = math.sin(t * math.pi * 7) * 0.9 * mm if t > 0.12 else 0
            crimp.append((x0 + ux * L * 0.95 * t + nx * (gap + w), y0 + uy * L * 0.95 * t + ny * (gap + w)))
        head = []
        for j in range(9):
            a = math.pi / 2 + math.pi * j / 8.0
            head.append((x0 + nx * gap / 2 + (math.cos(a) * ux * 0 + math.cos(a) * nx) * gap / 2 * 0 + (-ux) * math.sin(a - math.pi / 2) * gap * 0.7 + nx * gap / 2 * math.cos(a - math.pi / 2) * 0,
                         y0 + ny * gap / 2 + (-uy) * math.sin(a - math.pi / 2) * gap * 0.7))
        sw = max(2, int(0.55 * mm))
        for pts, col, off in ((straight, "gray72", 1.2 * mm), (crimp, "gray72", 1.2 * mm), (straight, "gray8", 0), (crimp, "gray8", 0)):
            cmd += ["-fill", "none", "-stroke", col, "-strokewidth", "%d" % sw,
                    "-draw", "polyline " + " ".join("%d,%d" % (x + off, y + off) for x, y in pts)]
        cmd += ["-fill", "none", "-stroke", "gray8", "-strokewidth", "%d" % sw,
                "-draw", "polyline %d,%d %d,%d %d,%d" % (x0, y0, x0 - ux * gap * 0.8 + nx * gap * 0.5, y0 - uy * gap * 0.8 + ny * gap * 0.5, crimp[0][0], crimp[0][1])]
    B.run(cmd + [p])


def watch(p, r, mm):
    W, H = P.size_of(p)
    right = r.random() < 0.5
    R = r.uniform(17, 21) * mm
    cx = W - R * 1.1 if right else R * 1.1
    cy = H - R * 1.25
    sh = p + ".shadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray60",
           "-draw", "circle %d,%d %d,%d" % (cx + 3 * mm, cy + 3 * mm, cx + 3 * mm + R * 1.1, cy + 3 * mm),
           "-draw", "rectangle %d,%d %d,%d" % (cx - R * 0.7 + 3 * mm, cy, cx + R * 0.7 + 3 * mm, H),
           "-blur", "0x%d" % max(4, int(3 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-stroke", "none",
           "-fill", "#3a2616", "-draw", "rectangle %d,%d %d,%d" % (cx - R * 0.62, cy - R * 2.2, cx + R * 0.62, cy - R * 0.5),
           "-fill", "#3a2616", "-draw", "rectangle %d,%d %d,%d" % (cx - R * 0.62, cy + R * 0.5, cx + R * 0.62, H),
           "-fill", "#20140b", "-draw", "circle %d,%d %d,%d" % (cx, cy - R * 1.7, cx + 0.9 * mm, cy - R * 1.7),
           "-fill", "#20140b", "-draw", "circle %d,%d %d,%d" % (cx, cy - R * 1.4, cx + 0.9 * mm, cy - R * 1.4),
           "-fill", "gray20", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + R, cy),
           "-fill", "#b8b8b0", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + R * 0.86, cy),
           "-fill", "#f2efe6", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + R * 0.78, cy)]
    for k in range(12):
        a = k * math.pi / 6
        cmd += ["-stroke", "gray15", "-strokewidth", "%d" % max(2, int(0.5 * mm)),
                "-draw", "line %d,%d %d,%d" % (cx + math.cos(a) * R * 0.66, cy + math.sin(a) * R * 0.66, cx + math.cos(a) * R * 0.74, cy + math.sin(a) * R * 0.74)]
    h1, h2 = r.uniform(0, 2 * math.pi), r.uniform(0, 2 * math.pi)
    cmd += ["-stroke", "gray10", "-strokewidth", "%d" % max(3, int(0.9 * mm)),
            "-draw", "line %d,%d %d,%d" % (cx, cy, cx + math.cos(h1) * R * 0.4, cy + math.sin(h1) * R * 0.4),
            "-strokewidth", "%d" % max(2, int(0.6 * mm)),
            "-draw", "line %d,%d %d,%d" % (cx, cy, cx + math.cos(h2) * R * 0.62, cy + math.sin(h2) * R * 0.62)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h89-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "hairpin" in opts:
            hairpin(p, r, mm)
        if "watch" in opts:
            watch(p, r, mm)


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
