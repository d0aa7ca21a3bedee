#!/usr/bin/env python3
"""Pre-build step of testdata/heldout37: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a sheet goes wrong before it
reaches a school's scanner or phone. They act on the clean page images
BEFORE heldout15's scanner simulation (and, for x-photo and heldout15's
:photo, before heldout7's phone photo):

  :rain    water drops fell on the sheet (a wet table, rain on the way to
           school): 3-5 round or oval wet spots of 7-15 mm radius below the head
           of the page (16-90 % of its height), where the ink ran (the print inside
           the spot blurred and slightly spread), the paper a little grey, a
           brownish tide line round each dried spot.
  :sleeve  the sheet was kept in a clear plastic sheet protector (文件保护套)
           and scanned or photographed without taking it out: the whole page
           hazy (blacks lifted, contrast lower), one or two broad glossy bands
           running diagonally, a fine bright wrinkle line, the sleeve's
           welded edge (a grey line) along the left with its punched strip.

Methods used: `x-scanpdf:<dpi>[:color|:photo][:rain|:sleeve]`,
`x-scan:<dpi>:<font>[:color][:rain]`, `x-photo:<dpi>:<font>[:sleeve]`.
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
OPTIONS = ("rain", "sleeve")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def rain(p, r, mm):
    W, H = P.size_of(p)
    drops = []
    for _ in range(r.randint(3, 5)):
        rx = r.uniform(7, 15) * mm
        ry = rx * r.uniform(0.75, 1.15)
        cx = r.uniform(0.12, 0.88) * W
        cy = r.uniform(0.16, 0.9) * H
        drops.append((cx, cy, rx, ry))
    mask = p + ".wet.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:black", "-fill", "white"]
    for cx, cy, rx, ry in drops:
        cmd += ["-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rx, ry)]
    B.run(cmd + ["-blur", "0x%.1f" % (1.2 * mm), mask])
    ring = []
    for cx, cy, rx, ry in drops:
        ring += ["-draw", "ellipse %d,%d %d,%d 0,360" % (cx + r.uniform(-1, 1) * mm * 0.3, cy, rx * 0.98, ry * 0.98)]
    B.run(["convert", p,
           "(", "+clone", "-morphology", "Erode", "Disk:%.1f" % max(1.0, 0.12 * mm), "-blur", "0x%.1f" % (0.35 * mm),
           "-fill", "#8c8c84", "-colorize", "9", ")",
           mask, "-composite",
           "-fill", "none", "-stroke", "rgba(130,105,70,0.45)", "-strokewidth", "%d" % max(2, int(0.3 * mm))] + ring + [p])
    os.remove(mask)


def sleeve(p, r, mm):
    W, H = P.size_of(p)
    gl = p + ".gloss.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:black"]
    for _ in range(r.randint(1, 2)):   # broad glossy bands, soft-edged, added with Screen
        x0 = r.uniform(0.1, 0.7) * W
        w = r.uniform(18, 40) * mm
        s = r.uniform(0.25, 0.55) * H
        cmd += ["-fill", "gray%d" % r.randint(38, 55),
                "-draw", "polygon %d,0 %d,0 %d,%d %d,%d" % (x0, x0 + w, x0 + w + s, H, x0 + s, H)]
    B.run(cmd + ["-blur", "0x%.1f" % (5 * mm), gl])
    y = r.uniform(0.35, 0.75) * H
    pts = []
    for k in range(13):
        x = W * k / 12.0
        pts.append("%d,%d" % (x, y + math.sin(k * 0.9 + r.random()) * 4 * mm))
    xs = int(r.uniform(4, 7) * mm)
    holes = []
    for k in range(11):
        hy = H * (0.1 + 0.08 * k)
        holes += ["-draw", "circle %d,%d %d,%d" % (xs + 4 * mm, hy, xs + 4 * mm + 1.6 * mm, hy)]
    B.run(["convert", p, "+level", "9%,100%", gl, "-compose", "screen", "-composite", "-compose", "over",
           "-fill", "none", "-stroke", "rgba(255,255,255,0.85)", "-strokewidth", "%d" % max(2, int(0.4 * mm)), "-draw", "polyline " + " ".join(pts),
           "-stroke", "rgba(120,120,120,0.55)", "-strokewidth", "%d" % max(2, int(0.25 * mm)),
           "-draw", "line %d,0 %d,%d" % (xs, xs, H), "-draw", "line %d,0 %d,%d" % (xs + 9 * mm, xs + 9 * mm, H),
           "-stroke", "rgba(110,110,110,0.5)", "-strokewidth", "2"] + holes + [p])
    os.remove(gl)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h37-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "rain" in opts:
            rain(p, r, mm)
        if "sleeve" in opts:
            sleeve(p, r, mm)


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
