#!/usr/bin/env python3
"""Pre-build step of testdata/heldout80: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :coins   the sheets curled up at one edge, so whoever scanned them laid
           two or three coins on the paper to hold it flat on the glass:
           seen from below the coins are pale metallic discs (one-yuan and
           fifty-fen sizes) with a darker rim ring, a faint embossed inner
           ring and a soft grey halo where the paper lifts around them; they
           sit in the margins or over the edge of the text block.
  :calc    a phone photo of a sheet with the student's (or the teacher's)
           desk calculator lying on it: a dark grey body across a lower
           corner, turned 10-30 degrees, with its grey-green display and a
           grid of lighter keys, and a soft shadow along its lower side.

Methods used: `x-scanpdf:<dpi>[:coins]`, `x-scan:<dpi>:<font>[:coins]`,
`x-photo:<dpi>:<font>[:calc]`, `x-scanpdf:<dpi>:photo:calc`.
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
OPTIONS = ("coins", "calc")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def coins(p, r, mm):
    W, H = P.size_of(p)
    n = r.randint(2, 3)
    # margins first: left/right margin strips and the bottom margin, sometimes a little over the text
    spots = [(r.uniform(0.02, 0.09), r.uniform(0.15, 0.85)), (r.uniform(0.91, 0.98), r.uniform(0.15, 0.85)),
             (r.uniform(0.25, 0.75), r.uniform(0.955, 0.985))]
    r.shuffle(spots)
    halo = p + ".halo.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white"] +
          sum([["-fill", "gray78", "-draw", "circle %d,%d %d,%d" % (fx * W, fy * H, fx * W + 15 * mm, fy * H)] for fx, fy in spots[:n]], []) +
          ["-blur", "0x%d" % max(3, int(3 * mm)), halo])
    B.run(["convert", p, halo, "-compose", "Multiply", "-composite", p])
    os.remove(halo)
    cmd = ["convert", p]
    for fx, fy in spots[:n]:
        cx, cy = int(fx * W), int(fy * H)
        rad = (r.choice([12.5, 10.25]) * mm)   # a one-yuan coin is 25 mm, a fifty-fen coin 20.5 mm
        g = r.randint(176, 200)
        cmd += ["-stroke", "gray%d" % r.randint(38, 50), "-strokewidth", "%d" % max(2, int(0.9 * mm)),
                "-fill", "rgb(%d,%d,%d)" % (g, g, g - r.randint(0, 14)),
                "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + rad, cy),
                "-fill", "none", "-stroke", "gray%d" % r.randint(58, 68), "-strokewidth", "%d" % max(1, int(0.35 * mm)),
                "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + rad * 0.78, cy)]
        # a glint: a lighter arc on the upper left of the disc
        cmd += ["-stroke", "gray94", "-strokewidth", "%d" % max(2, int(1.2 * mm)),
                "-draw", "arc %d,%d %d,%d 200,260" % (cx - rad * 0.6, cy - rad * 0.6, cx + rad * 0.6, cy + rad * 0.6)]
    B.run(cmd + [p])


def calc(p, r, mm):
    W, H = P.size_of(p)
    w, h = int(r.uniform(72, 84) * mm), int(r.uniform(120, 140) * mm)
    ang = r.choice([-1, 1]) * r.uniform(10, 30)
    right = ang > 0
    body = p + ".calc.png"
    # the calculator drawn upright on a transparent canvas, then turned
    cmd = ["convert", "-size", "%dx%d" % (w, h), "xc:none", "-fill", "rgb(48,50,55)", "-draw", "roundrectangle 0,0 %d,%d %d,%d" % (w - 1, h - 1, 4 * mm, 4 * mm),
           "-fill", "rgb(150,164,140)", "-draw", "rectangle %d,%d %d,%d" % (7 * mm, 9 * mm, w - 7 * mm, 27 * mm)]
    kw, kh = (w - 14 * mm) / 5.0, (h - 40 * mm) / 6.0
    for i in range(5):
        for j in range(6):
            x0, y0 = 7 * mm + i * kw, 34 * mm + j * kh
            shade = "rgb(205,205,200)" if j > 1 else "rgb(120,122,128)"
            if i == 4 and j > 3:
                shade = "rgb(214,120,60)"
            cmd += ["-fill", shade, "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0 + 1.2 * mm, y0 + 1.2 * mm, x0 + kw - 1.2 * mm, y0 + kh - 1.2 * mm, mm, mm)]
    B.run(cmd + ["-background", "none", "-rotate", "%.1f" % ang, body])
    bw, bh = P.size_of(body)
    # it lies on a lower corner, partly over the paper's edge
    x = int(W - bw * r.uniform(0.55, 0.75)) if right else int(-bw * r.uniform(0.25, 0.45))
    y = int(H - bh * r.uniform(0.45, 0.6))
    sh = p + ".calcsh.png"
    B.run(["convert", body, "-alpha", "extract", "-background", "gray35", "-alpha", "shape", "-channel", "A", "-evaluate", "multiply", "0.55",
           "+channel", "-blur", "0x%d" % max(3, int(2.5 * mm)), sh])
    B.run(["convert", p, sh, "-geometry", "+%d+%d" % (x + int(2.5 * mm), y + int(3.5 * mm)), "-composite",
           body, "-geometry", "+%d+%d" % (x, y), "-composite", "-alpha", "off", p])
    os.remove(body)
    os.remove(sh)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h80-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "coins" in opts:
            coins(p, r, mm)
        if "calc" in opts:
            calc(p, r, mm)


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
