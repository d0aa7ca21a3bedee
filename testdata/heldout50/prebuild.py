#!/usr/bin/env python3
"""Pre-build step of testdata/heldout50: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, new ways a sheet goes wrong before it
reaches a school's scanner or phone. They act on the clean page images
BEFORE heldout15's scanner simulation (and, for x-photo, before heldout7's
phone photo):

  :foxing   the sheet lay for months in a damp cupboard: the paper turned
            yellow-grey, darker towards the edges, with a scatter of small
            brown foxing spots (1-3 mm) and a few larger pale-brown blotches.
  :droplet  water (or tea) dripped on the sheet and dried before scanning:
            4-7 round spots where the paper cockled and the print ran: the
            area inside each spot blurred, a slightly darker ring at its edge.
  :blinds   (x-photo) the sheet was photographed on a desk by a window with
            venetian blinds: parallel soft bands of shadow and warm light
            across the page at a slant.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:foxing|:droplet]`,
`x-scan:<dpi>:<font>[:color|:foxing]`, `x-photo:<dpi>:<font>[:blinds]`.
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
OPTIONS = ("foxing", "droplet", "blinds")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def foxing(p, r, mm):
    W, H = P.size_of(p)
    m = p + ".fox.png"
    # yellowed paper, darker towards the edges
    cmd = ["convert", "-size", "%dx%d" % (W, H), "radial-gradient:rgb(250,246,232)-rgb(222,208,176)",
           "-fill", "none"]
    for _ in range(r.randint(40, 80)):   # small foxing spots
        x, y, rad = r.randint(0, W), r.randint(0, H), r.uniform(0.5, 1.5) * mm
        cmd += ["-fill", "rgb(%d,%d,%d)" % (r.randint(175, 205), r.randint(140, 165), r.randint(100, 125)),
                "-draw", "circle %d,%d %d,%d" % (x, y, x + rad, y)]
    for _ in range(r.randint(2, 4)):     # larger pale blotches
        x, y, rad = r.randint(0, W), r.randint(0, H), r.uniform(6, 14) * mm
        cmd += ["-fill", "rgb(232,218,190)", "-draw", "circle %d,%d %d,%d" % (x, y, x + rad, y)]
    B.run(cmd + ["-blur", "0x%.1f" % (0.4 * mm), m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def droplet(p, r, mm):
    W, H = P.size_of(p)
    for _ in range(r.randint(4, 7)):
        rad = int(r.uniform(5, 11) * mm)
        x, y = r.randint(rad, W - rad), r.randint(int(H * 0.15), H - rad)
        geo = "%dx%d+%d+%d" % (2 * rad, 2 * rad, x - rad, y - rad)
        m = p + ".drop.png"
        # the ran print inside the spot: a blurred copy, masked by a disc
        B.run(["convert", p, "-crop", geo, "+repage", "-blur", "0x%.1f" % (0.35 * mm),
               "(", "-size", "%dx%d" % (2 * rad, 2 * rad), "xc:black", "-fill", "white",
               "-draw", "circle %d,%d %d,%d" % (rad, rad, 2 * rad - 2, rad), "-blur", "0x2", ")",
               "-alpha", "off", "-compose", "CopyOpacity", "-composite", m])
        B.run(["convert", p, m, "-geometry", "+%d+%d" % (x - rad, y - rad), "-compose", "Over", "-composite",
               "-fill", "none", "-stroke", "rgba(140,120,90,0.45)", "-strokewidth", "%d" % max(2, int(0.3 * mm)),
               "-draw", "ellipse %d,%d %d,%d 0,360" % (x, y, rad - 1, int(rad * r.uniform(0.85, 1.0))), p])
        os.remove(m)


def blinds(p, r, mm):
    W, H = P.size_of(p)
    m = p + ".blinds.png"
    period = r.uniform(14, 22) * mm
    ang = r.uniform(-25, 25)
    n = int((W + H) * 1.6 / period) + 2
    D = int(math.hypot(W, H)) + 4
    cmd = ["convert", "-size", "%dx%d" % (D, D), "xc:rgb(255,250,238)", "-fill", "rgb(178,172,165)"]
    for k in range(n):
        y0 = int(k * period)
        cmd += ["-draw", "rectangle 0,%d %d,%d" % (y0, D, y0 + int(period * 0.45))]
    B.run(cmd + ["-blur", "0x%.1f" % (2.2 * mm), "-rotate", "%.1f" % ang, "-gravity", "center",
                 "-crop", "%dx%d+0+0" % (W, H), "+repage", m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h50-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for p in pngs:
        if "droplet" in opts:
            droplet(p, r, mm)
        if "foxing" in opts:
            foxing(p, r, mm)
        if "blinds" in opts:
            blinds(p, r, mm)


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
