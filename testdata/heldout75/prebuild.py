#!/usr/bin/env python3
"""Pre-build step of testdata/heldout75: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :chalk   the sheets lay on the classroom's lectern by the blackboard and
           picked up chalk dust before they were scanned: two to four soft,
           smeared wipes of coloured chalk dust (yellow, pink, pale blue,
           white-grey) dragged across the page at a slant, each a band of
           fine powder speckles thinning out at both ends, and one or two
           chalky fingerprints (an oval of faint ridges) near an edge.
  :crayon  homework done at the kitchen table beside a younger sibling: two
           or three wax-crayon scribbles (red, green, orange, purple) in the
           margins, loops and zig-zags with the waxy broken stroke of a
           crayon; they keep to the margins and the page's lower part and
           cross at most the edge of a line of text.

Methods used: `x-scanpdf:<dpi>[:…]:chalk`, `x-scan:<dpi>:<font>:chalk`,
`x-photo:<dpi>:<font>:crayon`. heldout7 and heldout15 ignore the options
they do not know.

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
OPTIONS = ("chalk", "crayon")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo

CHALK = ["#f1d84a", "#f2a6c2", "#9fc8e8", "#c9c9c2"]
CRAYON = ["#d23a2a", "#2f9a3c", "#ee8a1c", "#7a3fa0"]


def chalk(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    for k in range(r.randint(2, 4)):
        col = r.choice(CHALK)
        x0, y0 = r.uniform(0.05, 0.7) * W, r.uniform(0.08, 0.92) * H
        ang = r.uniform(-0.5, 0.5)
        L = r.uniform(45, 110) * mm
        wdt = r.uniform(5, 12) * mm
        dots = []
        for _ in range(int(L * wdt / (mm * mm) * 2.2)):
            t = r.random()
            dens = math.sin(math.pi * t)
            if r.random() > dens:
                continue
            off = r.gauss(0, wdt / 3)
            x = x0 + math.cos(ang) * L * t - math.sin(ang) * off
            y = y0 + math.sin(ang) * L * t + math.cos(ang) * off
            rad = max(1, r.uniform(0.08, 0.25) * mm)
            dots.append("circle %d,%d %d,%d" % (x, y, x + rad, y))
        sm = p + ".chalk%d.png" % k
        B.run(["convert", "-size", "%dx%d" % (W, H), "xc:none", "-fill", col, "-stroke", "none"] +
              sum((["-draw", d_] for d_ in dots), []) + ["-blur", "0x%.1f" % max(0.6, 0.12 * mm), "-channel", "A", "-evaluate", "multiply", "0.8", "+channel", sm])
        cmd += [sm, "-composite"]
    for k in range(r.randint(1, 2)):
        cx = r.choice([r.uniform(0.04, 0.12), r.uniform(0.88, 0.96)]) * W
        cy = r.uniform(0.15, 0.9) * H
        rx, ry = r.uniform(6, 8) * mm, r.uniform(8, 10) * mm
        fp = p + ".fp%d.png" % k
        arcs = []
        for j in range(9):
            f = 0.25 + 0.09 * j
            arcs += ["-draw", "ellipse %d,%d %d,%d 200,340" % (cx, cy, rx * f, ry * f)]
        B.run(["convert", "-size", "%dx%d" % (W, H), "xc:none", "-fill", "none", "-stroke", "#d8d6cc",
               "-strokewidth", "%d" % max(1, int(0.25 * mm))] + arcs + ["-blur", "0x1", fp])
        cmd += [fp, "-composite"]
    B.run(cmd + [p])
    for x in os.listdir(os.path.dirname(p)):
        if x.startswith(os.path.basename(p) + ".chalk") or x.startswith(os.path.basename(p) + ".fp"):
            os.remove(os.path.join(os.path.dirname(p), x))


def crayon(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    for k in range(r.randint(2, 3)):
        col = r.choice(CRAYON)
        # a margin or the lower part of the page
        zone = r.choice(["left", "right", "bottom", "bottom"])
        if zone == "left":
            cx, cy = r.uniform(0.02, 0.07) * W, r.uniform(0.2, 0.85) * H
        elif zone == "right":
            cx, cy = r.uniform(0.93, 0.98) * W, r.uniform(0.2, 0.85) * H
        else:
            cx, cy = r.uniform(0.2, 0.8) * W, r.uniform(0.9, 0.96) * H
        pts = []
        R = r.uniform(6, 13) * mm
        a = r.uniform(0, 6.28)
        for j in range(r.randint(26, 44)):
            a += r.uniform(0.5, 1.4)
            rr = R * r.uniform(0.4, 1.0)
            pts.append((cx + math.cos(a) * rr * (0.6 if zone in ("left", "right") else 1.6), cy + math.sin(a) * rr * (1.5 if zone in ("left", "right") else 0.5)))
        sw = max(3, int(r.uniform(0.8, 1.2) * mm))
        sc = p + ".cr%d.png" % k
        B.run(["convert", "-size", "%dx%d" % (W, H), "xc:none", "-fill", "none", "-stroke", col, "-strokewidth", str(sw),
               "-draw", "polyline " + " ".join("%d,%d" % q for q in pts), sc])
        # the waxy broken stroke: the stroke's own opacity times a speckle mask
        mk = sc + ".mask.png"
        B.run(["convert", sc, "-alpha", "extract", "(", "-size", "%dx%d" % (W, H), "xc:", "+noise", "Random", "-colorspace", "gray",
               "-threshold", "35%", ")", "-compose", "Multiply", "-composite", mk])
        B.run(["convert", sc, mk, "-alpha", "off", "-compose", "CopyOpacity", "-composite", sc])
        os.remove(mk)
        # keep the stroke only where it is drawn (holes are transparent)
        cmd += ["-compose", "Over", sc, "-composite"]
    B.run(cmd + [p])
    for x in os.listdir(os.path.dirname(p)):
        if x.startswith(os.path.basename(p) + ".cr"):
            os.remove(os.path.join(os.path.dirname(p), x))


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h75-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for p in pngs:
        if "chalk" in opts:
            chalk(p, r, mm)
        if "crayon" in opts:
            crayon(p, r, mm)


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
