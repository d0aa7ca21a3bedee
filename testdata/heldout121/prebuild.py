#!/usr/bin/env python3
"""Pre-build step of testdata/heldout121: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :betel     bits of chewed-and-dried betel-nut husk (槟榔壳, common on desks in
             Hainan and Guangxi) left on the scanner glass: small brown oval
             husk halves with frayed fibres, in the side and bottom margins
             and one or two stray fibres lying across the text area.
  :pufan     a phone photo of a sheet with a palm-leaf fan (蒲扇) lying over
             one lower corner: a large pale straw-coloured disc with radial
             ribs, woven rings and a darker bound rim,
             a soft shadow on the paper beside it.

Methods used: `x-scanpdf:<dpi>[:betel]`, `x-photo:<dpi>:<font>[:pufan]`.
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
OPTIONS = ("betel", "pufan")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def betel(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    spots = []
    for k in range(r.randint(4, 7)):
        side = r.choice(["l", "r", "b", "b"])
        if side == "l":
            x, y = r.uniform(3, 11) * mm, r.uniform(0.1, 0.9) * H
        elif side == "r":
            x, y = W - r.uniform(3, 11) * mm, r.uniform(0.1, 0.9) * H
        else:
            x, y = r.uniform(0.1, 0.9) * W, H - r.uniform(4, 12) * mm
        spots.append((x, y))
    for x, y in spots:
        a, b = r.uniform(5, 8) * mm, r.uniform(2.5, 4) * mm
        ang = r.uniform(0, 180)
        col = r.choice(["#6b4a2b", "#7a5632", "#5a3c22", "#8a6a44"])
        cmd += ["-fill", col, "-stroke", "#3a2614", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                "-draw", "translate %d,%d rotate %.1f ellipse 0,0 %d,%d 0,360" % (x, y, ang, a, b),
                "-fill", "#b89a6a", "-stroke", "none",
                "-draw", "translate %d,%d rotate %.1f ellipse 0,0 %d,%d 0,360" % (x, y, ang, a * 0.6, b * 0.45)]
        for j in range(r.randint(5, 9)):   # frayed fibres
            t = math.radians(ang + r.uniform(-25, 25) + (0 if j % 2 else 180))
            L = a * r.uniform(1.0, 1.9)
            cmd += ["-fill", "none", "-stroke", "#5a3c22", "-strokewidth", "%d" % max(1, int(0.12 * mm)),
                    "-draw", "line %d,%d %d,%d" % (x, y, x + math.cos(t) * L, y + math.sin(t) * L)]
    for k in range(r.randint(1, 2)):   # a stray fibre across the text
        x, y = r.uniform(0.2, 0.8) * W, r.uniform(0.25, 0.75) * H
        t = r.uniform(0, math.pi)
        L = r.uniform(14, 26) * mm
        pts = ["%d,%d" % (x + math.cos(t) * L * u / 6 + math.sin(u * 2.1) * mm, y + math.sin(t) * L * u / 6) for u in range(7)]
        cmd += ["-fill", "none", "-stroke", "#6b4a2b", "-strokewidth", "%d" % max(1, int(0.15 * mm)), "-draw", "polyline " + " ".join(pts)]
    B.run(cmd + [p])


def pufan(p, r, mm):
    W, H = P.size_of(p)
    left = r.random() < 0.5
    R = int(r.uniform(0.2, 0.26) * W)
    cx = int(-0.25 * R) if left else int(W + 0.25 * R)
    cy = int(H + 0.2 * R)
    sh = p + ".fan.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray55",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx + (8 if left else -8) * mm, cy - 6 * mm, R, int(R * 0.92)),
           "-blur", "0x%d" % max(3, int(4 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-fill", "#d8c48e", "-stroke", "#8a6a34", "-strokewidth", "%d" % max(3, int(1.6 * mm)),
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, R, int(R * 0.92))]
    for k in range(28):   # radial ribs of the leaf
        t = math.pi * 2 * k / 28
        cmd += ["-fill", "none", "-stroke", "#b59c62", "-strokewidth", "%d" % max(1, int(0.35 * mm)),
                "-draw", "line %d,%d %d,%d" % (cx, cy, cx + math.cos(t) * R * 0.95, cy + math.sin(t) * R * 0.87)]
    for k in range(3):   # woven rings
        q = 0.35 + 0.2 * k
        cmd += ["-fill", "none", "-stroke", "#c2ab72", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, R * q, R * q * 0.92)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h121-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "betel" in opts:
            betel(p, r, mm)
        if "pufan" in opts:
            pufan(p, r, mm)


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
