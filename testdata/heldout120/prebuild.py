#!/usr/bin/env python3
"""Pre-build step of testdata/heldout120: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :thermo   a glass clinical thermometer (体温计) left lying nearly level across
            the bottom margin of the sheet when it was scanned: a long thin glass rod with a pale
            highlight, a silver bulb at one end, a fine tick scale and a thin
            red-silver column inside, and a narrow soft shadow beside it.
  :buttons  a phone photo of a sheet with a few loose coat buttons (纽扣) on
            it: round discs 11-17 mm across in dark colours, each with a rim,
            a lighter dished centre, four thread holes and a small shadow.

Methods used: `x-scanpdf:<dpi>[:color|:mono][:thermo]`, `x-photo:<dpi>:<font>[:buttons]`.
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
OPTIONS = ("thermo", "buttons")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def thermo(p, r, mm):
    W, H = P.size_of(p)
    L = r.uniform(105, 125) * mm
    ang = r.uniform(-0.12, 0.12) + (0 if r.random() < 0.5 else math.pi)
    # lie across the bottom margin, below the text, nearly level
    cx = W * r.uniform(0.35, 0.65)
    cy = H * r.uniform(0.935, 0.95)
    dx, dy = math.cos(ang) * L / 2, math.sin(ang) * L / 2
    x0, y0, x1, y1 = cx - dx, cy - dy, cx + dx, cy + dy
    w = max(4, int(4.2 * mm))
    nx, ny = -math.sin(ang), math.cos(ang)
    cmd = ["convert", p,
           # the shadow, offset a little
           "-stroke", "gray72", "-strokewidth", "%d" % int(w * 1.1), "-draw",
           "line %d,%d %d,%d" % (x0 + 1.2 * mm, y0 + 1.6 * mm, x1 + 1.2 * mm, y1 + 1.6 * mm),
           # the glass rod
           "-stroke", "#dfe6ea", "-strokewidth", "%d" % w, "-draw", "line %d,%d %d,%d" % (x0, y0, x1, y1),
           "-stroke", "#f8fbfc", "-strokewidth", "%d" % max(1, int(w * 0.25)), "-draw",
           "line %d,%d %d,%d" % (x0 + nx * w * 0.25, y0 + ny * w * 0.25, x1 + nx * w * 0.25, y1 + ny * w * 0.25)]
    # tick scale along the rod
    for k in range(40):
        t = 0.25 + 0.6 * k / 40.0
        px, py = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        ln = w * (0.45 if k % 5 == 0 else 0.25)
        cmd += ["-stroke", "gray35", "-strokewidth", "1", "-draw",
                "line %d,%d %d,%d" % (px - nx * w * 0.45, py - ny * w * 0.45, px - nx * (w * 0.45 - ln), py - ny * (w * 0.45 - ln))]
    # the mercury/red column from the bulb
    tcol = r.uniform(0.45, 0.6)
    cmd += ["-stroke", "#9b2a2a", "-strokewidth", "%d" % max(1, int(w * 0.14)), "-draw",
            "line %d,%d %d,%d" % (x0, y0, x0 + (x1 - x0) * tcol, y0 + (y1 - y0) * tcol),
            # the bulb
            "-stroke", "gray40", "-strokewidth", "1", "-fill", "#b9c0c4", "-draw",
            "ellipse %d,%d %d,%d 0,360" % (x0, y0, w * 0.55, w * 0.55)]
    B.run(cmd + [p])


def buttons(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    n = r.randint(3, 4)
    for k in range(n):
        rad = r.uniform(5.5, 8.5) * mm
        # mostly in the margins and the lower half, so that names stay visible
        x = r.choice([r.uniform(0.04, 0.12), r.uniform(0.88, 0.96), r.uniform(0.3, 0.7)]) * W
        y = r.uniform(0.45, 0.95) * H
        col = r.choice(["#2b2b33", "#5a3b22", "#1f2f4a", "#6b6b6b"])
        cmd += ["-stroke", "none", "-fill", "gray60", "-draw", "circle %d,%d %d,%d" % (x + mm, y + 1.5 * mm, x + mm + rad, y + 1.5 * mm),
                "-fill", col, "-draw", "circle %d,%d %d,%d" % (x, y, x + rad, y),
                "-fill", "none", "-stroke", "#8a8a8a", "-strokewidth", "%d" % max(1, int(0.4 * mm)),
                "-draw", "circle %d,%d %d,%d" % (x, y, x + rad * 0.72, y), "-stroke", "none", "-fill", "#000000"]
        for hx, hy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
            cx, cy = x + hx * rad * 0.22, y + hy * rad * 0.22
            cmd += ["-draw", "circle %d,%d %d,%d" % (cx, cy, cx + max(1, rad * 0.09), cy)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h120-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "thermo" in opts and r.random() < 0.7:
            thermo(p, r, mm)
        if "buttons" in opts:
            buttons(p, r, mm)


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
