#!/usr/bin/env python3
"""Pre-build step of testdata/heldout112: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :raisins   a handful of raisins (葡萄干) from someone's snack left on the
             scanner glass: small wrinkled dark olive-brown ovals (5-9 mm),
             each with a lighter highlight ridge and a soft grey lift halo
             where the lid could not press the page flat round it; they lie
             in the margins and the lower part of the page.
  :yarn      a phone photo of a page with a loose strand of knitting yarn
             (毛线, a fuzzy red or mustard strand, 2-3 mm thick) lying
             across it in lazy curls, with a faint shadow to one side.

Methods used: `x-scanpdf:<dpi>[:raisins]`, `x-scan:<dpi>:<font>[:raisins]`,
`x-photo:<dpi>:<font>[:yarn]`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("raisins", "yarn")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def raisins(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    spots = []
    for k in range(r.randint(4, 7)):
        side = r.random()
        if side < 0.35:
            x, y = r.uniform(3, 12) * mm, r.uniform(0.3, 0.95) * H
        elif side < 0.7:
            x, y = W - r.uniform(3, 12) * mm, r.uniform(0.3, 0.95) * H
        else:
            x, y = r.uniform(0.1, 0.9) * W, H - r.uniform(3, 11) * mm
        spots.append((x, y))
    halo = p + ".halo.png"
    dr = []
    for x, y in spots:
        R = r.uniform(7, 10) * mm
        dr += ["-draw", "ellipse %d,%d %d,%d 0,360" % (x, y, R, R * 0.9)]
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray82"] + dr + ["-blur", "0x%d" % max(3, int(2.5 * mm)), halo])
    B.run(["convert", p, halo, "-compose", "Multiply", "-composite", p])
    os.remove(halo)
    for x, y in spots:
        a = r.uniform(2.5, 4.5) * mm
        b = a * r.uniform(0.55, 0.8)
        ang = r.uniform(0, 180)
        body = r.choice(["#3a2a14", "#4a3818", "#2f2410", "#54431c"])
        cmd += ["-fill", body, "-stroke", "#1c140a", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                "-draw", "translate %d,%d rotate %.1f ellipse 0,0 %d,%d 0,360" % (x, y, ang, a, b)]
        for j in range(r.randint(2, 4)):   # wrinkles
            o = r.uniform(-0.5, 0.5) * b
            cmd += ["-fill", "none", "-stroke", "#1a1208", "-strokewidth", "%d" % max(1, int(0.2 * mm)),
                    "-draw", "translate %d,%d rotate %.1f arc %d,%d %d,%d %d,%d" % (x, y, ang, -a * 0.8, o - b * 0.3, a * 0.8, o + b * 0.3, 200, 340)]
        cmd += ["-fill", "#8a7440", "-stroke", "none",
                "-draw", "translate %d,%d rotate %.1f ellipse %d,%d %d,%d 0,360" % (x, y, ang, -a * 0.2, -b * 0.35, a * 0.45, b * 0.15)]
    B.run(cmd + [p])


def yarn(p, r, mm):
    W, H = P.size_of(p)
    col = r.choice(["#b0282c", "#c89a22", "#a33a6a"])
    pts = []
    x, y = -5 * mm, r.uniform(0.45, 0.9) * H
    ang = r.uniform(-0.5, 0.2)
    while x < W + 5 * mm and len(pts) < 400:
        pts.append((x, y))
        ang += r.uniform(-0.35, 0.35)
        ang = max(-1.2, min(1.2, ang))
        x += math.cos(ang) * 3 * mm
        y += math.sin(ang) * 3 * mm
        y = max(0.35 * H, min(H - 4 * mm, y))
    line = " ".join("%d,%d" % q for q in pts)
    sh = " ".join("%d,%d" % (a + 1.2 * mm, b + 1.5 * mm) for a, b in pts)
    th = max(4, int(r.uniform(2, 3) * mm))
    shadow = p + ".yshadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "gray60", "-strokewidth", str(th),
           "-draw", "polyline " + sh, "-blur", "0x%d" % max(2, int(1.2 * mm)), shadow])
    B.run(["convert", p, shadow, "-compose", "Multiply", "-composite", p])
    os.remove(shadow)
    cmd = ["convert", p, "-fill", "none", "-stroke", col, "-strokewidth", str(th), "-draw", "polyline " + line]
    # fuzz: short hairs along the strand
    for k in range(0, len(pts), 2):
        a, b = pts[k]
        for _ in range(2):
            dx, dy = r.uniform(-1.6, 1.6) * mm, r.uniform(-1.6, 1.6) * mm
            cmd += ["-strokewidth", "1", "-draw", "line %d,%d %d,%d" % (a, b, a + dx, b + dy)]
    # the twist of the ply: darker short strokes across it
    for k in range(1, len(pts), 1):
        a, b = pts[k]
        cmd += ["-stroke", "#00000040", "-strokewidth", "1", "-draw", "line %d,%d %d,%d" % (a - th * 0.4, b + th * 0.4, a + th * 0.4, b - th * 0.4)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h112-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "raisins" in opts:
            raisins(p, r, mm)
        if "yarn" in opts:
            yarn(p, r, mm)


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
