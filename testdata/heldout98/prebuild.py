#!/usr/bin/env python3
"""Pre-build step of testdata/heldout98: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :goji      dried goji berries (枸杞, the 中宁 crop) left on the scanner
             glass: five to nine small wrinkled red ellipses with a dark
             rim, a pale highlight and a soft shadow, scattered over the
             lower three quarters of the page (some on the text).
  :gojiedge  the same berries, but only in the side margins, lying along
             them (a register whose every cell is a fact).
  :keyboard  a phone photo of homework laid on a desk half under a laptop:
             the dark edge of the laptop's keyboard deck with rows of key
             caps covers the foot of the page at a slight angle.

Methods used: `x-scanpdf:<dpi>[:goji|:gojiedge]`, `x-photo:<dpi>:<font>[:keyboard]`.
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
OPTIONS = ("goji", "gojiedge", "keyboard")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def goji(p, r, mm, edge=False):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    sh = []
    berries = []
    for k in range(r.randint(5, 9)):
        a, b = r.uniform(4.5, 6.5) * mm, r.uniform(2.2, 3.2) * mm
        if edge or k % 3 == 2:   # in a side margin, lying along it
            cx, cy = (r.uniform(0.01, 0.025) if k % 2 else r.uniform(0.975, 0.99)) * W, r.uniform(0.12, 0.95) * H
            ang = r.uniform(80, 100)
        else:
            cx, cy = r.uniform(0.08, 0.92) * W, r.uniform(0.3, 0.95) * H
            ang = r.uniform(0, 180)
        berries.append((cx, cy, a, b, ang))
        sh += ["-fill", "gray60", "-draw", "translate %d,%d rotate %d ellipse 0,0 %d,%d 0,360" % (cx + 0.8 * mm, cy + 1.0 * mm, ang, a, b)]
    s = p + ".goji.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white"] + sh + ["-blur", "0x%d" % max(2, int(1.2 * mm)), s])
    B.run(["convert", p, s, "-compose", "Multiply", "-composite", p])
    os.remove(s)
    for cx, cy, a, b, ang in berries:
        tr = "translate %d,%d rotate %d " % (cx, cy, ang)
        cmd += ["-stroke", "#5a0f08", "-strokewidth", "%d" % max(1, int(0.35 * mm)), "-fill", "#b3261a",
                "-draw", tr + "ellipse 0,0 %d,%d 0,360" % (a, b),
                "-stroke", "#7d1a10", "-strokewidth", "%d" % max(1, int(0.2 * mm)), "-fill", "none",
                "-draw", tr + "bezier %d,%d %d,%d %d,%d" % (-a * 0.6, -b * 0.2, 0, b * 0.5, a * 0.6, -b * 0.1),
                "-stroke", "none", "-fill", "#e8765f",
                "-draw", tr + "ellipse %d,%d %d,%d 0,360" % (-a * 0.3, -b * 0.35, a * 0.25, b * 0.18),
                "-fill", "#3b2a12", "-draw", tr + "circle %d,0 %d,0" % (a * 0.95, a * 0.95 + 0.5 * mm)]
    B.run(cmd + [p])


def keyboard(p, r, mm):
    W, H = P.size_of(p)
    top = H * r.uniform(0.88, 0.91)
    tilt = r.uniform(-0.03, 0.03) * W
    deck = "polygon 0,%d %d,%d %d,%d 0,%d" % (top - tilt / 2, W, top + tilt / 2, W, H, H)
    s = p + ".kb.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray55", "-draw",
           "polygon 0,%d %d,%d %d,%d 0,%d" % (top - tilt / 2 - 3 * mm, W, top + tilt / 2 - 3 * mm, W, H, H), "-blur", "0x%d" % int(2.5 * mm), s])
    B.run(["convert", p, s, "-compose", "Multiply", "-composite", p])
    os.remove(s)
    cmd = ["convert", p, "-stroke", "none", "-fill", "#2b2d31", "-draw", deck, "-fill", "#6d7076",
           "-draw", "polygon 0,%d %d,%d %d,%d 0,%d" % (top - tilt / 2, W, top + tilt / 2, W, top + tilt / 2 + 0.8 * mm, top - tilt / 2 + 0.8 * mm)]
    key = 15.5 * mm
    y = top + 4 * mm
    row = 0
    while y < H:
        x = -r.uniform(0, key) + row * 0.3 * key
        while x < W:
            yy = y + tilt * (x / W - 0.5)
            cmd += ["-fill", "#17181b", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x, yy, x + key - 2.5 * mm, yy + key - 2.5 * mm, 1.2 * mm, 1.2 * mm)]
            x += key
        y += key
        row += 1
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h98-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "goji" in opts or "gojiedge" in opts:
            goji(p, r, mm, edge="gojiedge" in opts)
        if "keyboard" in opts:
            keyboard(p, r, mm)


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
