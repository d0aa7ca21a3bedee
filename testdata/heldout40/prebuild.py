#!/usr/bin/env python3
"""Pre-build step of testdata/heldout40: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, faults of a sheet or a camera that no
earlier corpus drew. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for phone photos, before heldout7's photo):

  :smudge   (scans) the side of a writing hand dragged across fresh graphite
            and ink: a soft grey smear 1.5-3 cm wide along a gentle curve
            across a part of the page (the print under it greyed, not
            hidden), with two or three fingertip smudges beside it.
  :lift     (scans) the sheet did not lie flat on the glass: along one edge
            (a curled bottom or side) a strip of 18-28 % of the page goes out
            of focus and darker towards the edge (a blur growing in three
            steps and a grey gradient), as when a lid is not pressed down.
  :barrel   (phone photos) a wide-angle phone camera held close: barrel lens
            distortion (straight lines bow outwards, more towards the corners)
            and a dark vignette in the corners.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:smudge|:lift|:photo:barrel]`,
`x-scan:<dpi>:<font>[:lift]`, `x-photo:<dpi>:<font>[:barrel]`.
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
OPTIONS = ("smudge", "lift", "barrel")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def smudge(p, r, mm):
    W, H = P.size_of(p)
    m = p + ".smudge.png"
    q = 0.25   # the mask is drawn and blurred at a quarter of the size (a wide blur at full size is slow), then enlarged
    # a gentle curve from one side towards the middle, as the hand moved across the sheet
    y0 = H * r.uniform(0.35, 0.80)
    left = r.random() < 0.5
    x0, x1 = (W * r.uniform(0.05, 0.2), W * r.uniform(0.55, 0.8)) if left else (W * r.uniform(0.45, 0.7), W * r.uniform(0.85, 0.97))
    bow = r.uniform(-18, 18) * mm
    pts = []
    for k in range(12):
        u = k / 11.0
        pts.append(((x0 + (x1 - x0) * u) * q, (y0 + bow * math.sin(math.pi * u) + r.uniform(-1.5, 1.5) * mm) * q))
    width = int(r.uniform(15, 30) * mm * q)
    line = lambda ps: "polyline " + " ".join("%d,%d" % (x, y) for x, y in ps)
    cmd = ["convert", "-size", "%dx%d" % (int(W * q), int(H * q)), "xc:white",
           "-fill", "none", "-stroke", "gray%d" % r.randint(74, 82), "-strokewidth", str(width), "-draw", line(pts),
           "-stroke", "none", "-fill", "gray78",
           "-draw", "circle %d,%d %d,%d" % (pts[0][0], pts[0][1], pts[0][0] + width // 2, pts[0][1]),
           "-draw", "circle %d,%d %d,%d" % (pts[-1][0], pts[-1][1], pts[-1][0] + width // 2, pts[-1][1]),
           "-fill", "none", "-stroke", "gray%d" % r.randint(66, 72), "-strokewidth", str(max(1, width // 4)),
           "-draw", line([(x, y + width * 0.15) for x, y in pts[2:9]])]
    for _ in range(r.randint(2, 3)):   # fingertip smudges beside the smear
        cx, cy = pts[r.randint(2, 9)]
        cy += r.choice([-1, 1]) * r.uniform(18, 32) * mm * q
        rx, ry = r.uniform(5, 8) * mm * q, r.uniform(7, 10) * mm * q
        cmd += ["-stroke", "none", "-fill", "gray%d" % r.randint(78, 86), "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rx, ry)]
    cmd += ["-blur", "0x%.1f" % max(1.0, 0.75 * mm), "-resize", "%dx%d!" % (W, H), p, "+swap", "-compose", "Multiply", "-composite", p]
    B.run(cmd)


def lift(p, r, mm):
    W, H = P.size_of(p)
    side = r.choice(["south", "south", "east", "west"])
    frac = r.uniform(0.18, 0.28)
    if side == "south":
        sw, sh = W, int(H * frac)
        geo, off = "%dx%d+0+%d" % (sw, sh, H - sh), "+0+%d" % (H - sh)
    else:
        sw, sh = int(W * frac), H
        geo, off = ("%dx%d+%d+0" % (sw, sh, 0 if side == "west" else W - sw)), ("+0+0" if side == "west" else "+%d+0" % (W - sw))
    inner = ["(", "-clone", "0", "-crop", geo, "+repage"]
    # blur growing towards the edge: three steps, each covering the outer part of the strip
    for k, sigma in enumerate((0.8, 1.6, 2.6)):
        part = 1.0 - k / 3.0
        if side == "south":
            g = "%dx%d+0+%d" % (sw, int(sh * part), sh - int(sh * part))
        elif side == "east":
            g = "%dx%d+%d+0" % (int(sw * part), sh, sw - int(sw * part))
        else:
            g = "%dx%d+0+0" % (int(sw * part), sh)
        inner += ["-region", g, "-blur", "0x%.1f" % (sigma * mm / 8.0 * 1.5), "+region"]
    grad = {"south": "gradient:white-gray%d", "east": "gradient:white-gray%d", "west": "gradient:gray%d-white"}[side] % r.randint(60, 72)
    gsize = "%dx%d" % ((sw, sh) if side == "south" else (sh, sw))
    inner += ["(", "-size", gsize, grad] + (["-rotate", "-90"] if side != "south" else []) + [")",
              "-compose", "Multiply", "-composite", ")"]
    B.run(["convert", p] + inner + ["-geometry", off, "-compose", "Over", "-composite", p])


def barrel(p, r, mm):
    W, H = P.size_of(p)
    k = r.uniform(0.035, 0.06)
    B.run(["convert", p, "-background", "white", "-virtual-pixel", "background",
           "-distort", "Barrel", "0.0 0.0 %.3f %.3f" % (k, 1.0 - k),
           "(", "-size", "%dx%d" % (int(W * 0.375), int(H * 0.375)), "radial-gradient:white-gray%d" % r.randint(58, 66),
           "-gravity", "center", "-crop", "%dx%d+0+0" % (W // 4, H // 4), "+repage", "-level", "0,100%,2.2",
           "-resize", "%dx%d!" % (W, H), ")", "-gravity", "northwest",
           "-compose", "Multiply", "-composite", p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h40-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "smudge" in opts and (i % 2 == 0 or len(pngs) < 3):
            smudge(p, r, mm)
        if "lift" in opts:
            lift(p, r, mm)
        if "barrel" in opts:
            barrel(p, r, mm)


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
