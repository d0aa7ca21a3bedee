#!/usr/bin/env python3
"""Pre-build step of testdata/heldout77: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :specs      the teacher's reading glasses (老花镜) were left lying on the
              sheet on the scanner glass: two oval lenses that magnify the
              print under them (by 10-15 %, so the lines inside a lens no
              longer line up with the lines beside it), a dark plastic frame
              round each lens, the bridge between them, a pale reflection
              arc in each lens and the two folded temple arms lying across
              the page; placed on the middle band of the page.
  :flyscreen  a phone photo taken by a window with a fly screen (纱窗) in
              the sunlight: a fine grid shadow (a period of 1.1-1.8 mm,
              slightly rotated) over one side of the page, fading out
              towards the other side.

Methods used: `x-scanpdf:<dpi>[:specs]`, `x-photo:<dpi>:<font>[:flyscreen]`.
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
OPTIONS = ("specs", "flyscreen")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def specs(p, r, mm):
    W, H = P.size_of(p)
    cy = int(H * r.uniform(0.42, 0.62))
    cx = int(W * r.uniform(0.40, 0.60))
    rx, ry = int(r.uniform(24, 28) * mm), int(r.uniform(16, 19) * mm)
    gap = int(r.uniform(9, 12) * mm)
    mag = r.uniform(1.10, 1.15)
    lenses = [(cx - gap // 2 - rx, cy), (cx + gap // 2 + rx, cy)]
    for lx, ly in lenses:
        B.run(["convert", p, "(", "+clone", "-distort", "SRT", "%d,%d %.3f 0" % (lx, ly, mag), ")",
               "(", "+clone", "-fill", "black", "-colorize", "100", "-fill", "white", "-draw", "ellipse %d,%d %d,%d 0,360" % (lx, ly, rx, ry), ")",
               "-composite", p])
    fw = max(4, int(1.3 * mm))
    cmd = ["convert", p, "-fill", "none"]
    for lx, ly in lenses:
        # a pale reflection arc inside each lens
        cmd += ["-stroke", "gray93", "-strokewidth", "%d" % max(3, int(1.6 * mm)),
                "-draw", "ellipse %d,%d %d,%d 200,250" % (lx, ly, int(rx * 0.75), int(ry * 0.7))]
        cmd += ["-stroke", "gray14", "-strokewidth", "%d" % fw, "-draw", "ellipse %d,%d %d,%d 0,360" % (lx, ly, rx, ry)]
    # the bridge
    cmd += ["-stroke", "gray14", "-strokewidth", "%d" % fw, "-draw",
            "bezier %d,%d %d,%d %d,%d" % (cx - gap // 2, cy - int(ry * 0.4), cx, cy - int(ry * 0.9), cx + gap // 2, cy - int(ry * 0.4))]
    # the folded temple arms across the lenses, a little slanted
    for k, (lx, ly) in enumerate(lenses):
        x0, y0 = lx + (-1 if k == 0 else 1) * rx, ly - int(ry * 0.5)
        x1 = lx + (1 if k == 0 else -1) * int(rx * 0.9)
        y1 = ly - int(ry * r.uniform(0.05, 0.35)) + k * int(2.5 * mm)
        cmd += ["-stroke", "gray20", "-strokewidth", "%d" % max(3, int(0.9 * mm)), "-draw", "line %d,%d %d,%d" % (x0, y0, x1, y1)]
    B.run(cmd + [p])


def flyscreen(p, r, mm):
    W, H = P.size_of(p)
    period = max(4, int(r.uniform(1.1, 1.8) * mm))
    dark = r.randint(150, 185)
    t = p + ".tile.pgm"
    with open(t, "wb") as f:
        f.write(b"P5 %d %d 255\n" % (period, period))
        row = bytearray()
        for y in range(period):
            for x in range(period):
                row.append(dark if (x == 0 or y == 0) else 255)
        f.write(bytes(row))
    g = p + ".grid.png"
    m = p + ".mask.png"
    ang = r.uniform(-4, 4)
    B.run(["convert", "-size", "%dx%d" % (W + 200, H + 200), "tile:" + t, "-rotate", "%.2f" % ang, "-gravity", "center",
           "-crop", "%dx%d+0+0" % (W, H), "+repage", "-blur", "0x%.1f" % max(0.6, 0.15 * mm), g])
    side = r.choice(["east", "west", "north"])
    grad = {"east": ("-rotate", "90"), "west": ("-rotate", "-90"), "north": ("-rotate", "0")}[side]
    size = "%dx%d" % ((H, W) if side != "north" else (W, H))
    B.run(["convert", "-size", size, "gradient:white-black", grad[0], grad[1], "-resize", "%dx%d!" % (W, H),
           "-level", "%d%%,%d%%" % (r.randint(35, 50), 100), m])
    B.run(["convert", g, "-negate", m, "-compose", "Multiply", "-composite", "-negate", g])
    B.run(["convert", p, g, "-compose", "Multiply", "-composite", p])
    for x in (t, g, m):
        os.remove(x)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h77-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "specs" in opts:
            specs(p, r, mm)
        if "flyscreen" in opts:
            flyscreen(p, r, mm)


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
