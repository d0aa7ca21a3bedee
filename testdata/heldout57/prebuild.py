#!/usr/bin/env python3
"""Pre-build step of testdata/heldout57: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, drawn on the clean page images BEFORE
heldout15's scanner simulation (and, for phone photos, before heldout7's
photo):

  :magnet  the sheet was held up by round magnets on the workshop's steel
           cabinet (or the notice board) while it was photographed: two to
           four coloured discs of 13-19 mm with a bright highlight and a soft
           drop shadow, over the top corners and sometimes the middle of
           the top edge, and the paper bulging a little between them (a
           soft grey wave under the top edge).
  :blot    a fountain pen leaked on the sheet: one or two dark blue-black
           blots of 4-10 mm (overlapping soft blobs with a darker rim) and a
           spatter of small drops beside them, in the lower two thirds of
           the page, on every second page (first, third, ...), sometimes
           over a few characters.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:photo|:blot|:magnet]`,
`x-scan:<dpi>:<font>[:color|:blot]`, `x-photo:<dpi>:<font>[:magnet]`.
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
OPTIONS = ("magnet", "blot")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo
COLOURS = [("#c8281e", "#f08070"), ("#1f4fa8", "#7fa6e8"), ("#e0b21a", "#fff0a0"), ("#2a8a3c", "#8fd69c"), ("#222222", "#8a8a8a")]


def magnet(p, r, mm):
    W, H = P.size_of(p)
    n = r.randint(2, 4)
    spots = [(int(W * r.uniform(0.03, 0.08)), int(H * r.uniform(0.015, 0.04))),
             (int(W * r.uniform(0.92, 0.97)), int(H * r.uniform(0.015, 0.04))),
             (int(W * r.uniform(0.42, 0.58)), int(H * r.uniform(0.01, 0.03))),
             (int(W * r.uniform(0.03, 0.07)), int(H * r.uniform(0.95, 0.985)))][:n]
    cmd = ["convert", p]
    # the paper bulging between the magnets: a soft grey wave under the top edge
    wave = "%d,%d %d,%d %d,%d %d,%d" % (0, int(18 * mm), W // 3, int(30 * mm), 2 * W // 3, int(12 * mm), W, int(26 * mm))
    m = p + ".wave.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "gray84", "-strokewidth", "%d" % int(5 * mm),
           "-draw", "bezier " + wave, "-blur", "0x%d" % int(4 * mm), m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)
    for (x, y) in spots:
        rad = int(r.uniform(6.5, 9.5) * mm)
        dark, light = r.choice(COLOURS)
        sh = p + ".sh.png"
        B.run(["convert", "-size", "%dx%d" % (W, H), "xc:none", "-fill", "rgba(0,0,0,0.45)",
               "-draw", "circle %d,%d %d,%d" % (x + int(1.6 * mm), y + int(2.2 * mm), x + int(1.6 * mm) + rad, y + int(2.2 * mm)),
               "-blur", "0x%d" % max(2, int(1.5 * mm)), sh])
        cmd = ["convert", p, sh, "-compose", "Over", "-composite",
               "-fill", dark, "-stroke", "none", "-draw", "circle %d,%d %d,%d" % (x, y, x + rad, y),
               "-fill", light, "-draw", "ellipse %d,%d %d,%d 200,290" % (x - rad // 3, y - rad // 3, rad // 2, rad // 3),
               "-fill", "rgba(255,255,255,0.85)", "-draw", "circle %d,%d %d,%d" % (x - rad // 2, y - rad // 2, x - rad // 2 + max(2, rad // 9), y - rad // 2),
               p]
        B.run(cmd)
        os.remove(sh)


def blot(p, r, mm):
    W, H = P.size_of(p)
    draws = []
    for _ in range(r.randint(1, 2)):
        cx, cy = int(W * r.uniform(0.18, 0.85)), int(H * r.uniform(0.36, 0.92))
        size = r.uniform(2.0, 5.0) * mm
        for _ in range(r.randint(4, 7)):   # overlapping blobs
            a = r.uniform(0, 2 * math.pi)
            d = r.uniform(0, size * 0.6)
            x, y = cx + d * math.cos(a), cy + d * math.sin(a)
            rr = size * r.uniform(0.45, 0.9)
            draws += ["-draw", "circle %d,%d %d,%d" % (x, y, x + rr, y)]
        for _ in range(r.randint(6, 14)):  # spatter
            a = r.uniform(0, 2 * math.pi)
            d = size * r.uniform(1.3, 3.2)
            x, y = cx + d * math.cos(a), cy + d * math.sin(a)
            rr = r.uniform(0.15, 0.6) * mm
            draws += ["-draw", "circle %d,%d %d,%d" % (x, y, x + rr, y)]
    ink = p + ".ink.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:none", "-fill", "rgba(20,28,70,0.93)"] + draws +
          ["-blur", "0x0.8", ink])
    rim = p + ".rim.png"
    B.run(["convert", ink, "-alpha", "extract", "-morphology", "EdgeIn", "Disk:2", "-blur", "0x1", "-negate", rim])
    B.run(["convert", p, ink, "-compose", "Over", "-composite", rim, "-compose", "Multiply", "-composite", p])
    os.remove(ink)
    os.remove(rim)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h57-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "magnet" in opts:
            magnet(p, r, mm)
        if "blot" in opts and i % 2 == 0:
            blot(p, r, mm)


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
