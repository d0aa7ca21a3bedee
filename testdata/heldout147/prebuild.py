#!/usr/bin/env python3
"""Pre-build step of testdata/heldout147: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, drawn on the clean page images BEFORE
heldout15's scanner simulation (and, for photos, before heldout7's photo):

  :solder  a loose coil of solder wire (焊锡丝) left on the scanner glass:
           four to six silver turns of a thin wire, 15-22 mm across, lying
           on their side, a soft shadow under them, and the free end of the
           wire wandering 35-60 mm along the left or right margin.
  :straw   a phone photo of a sheet with a milk-tea straw (奶茶吸管) lying
           slantwise (26-38 degrees) across its middle and lower part: a
           translucent tinted tube 10-12 mm wide and up to 195 mm long (kept
           on the sheet), its two walls a little darker, a highlight along
           one side, a slanted cut at one end, a soft shadow; the print
           stays readable through it.

Methods used: `x-scanpdf:<dpi>[:mono]:solder`, `x-photo:<dpi>:<font>:straw`,
`x-scan:<dpi>:<font>:straw`. heldout7 and heldout15 ignore the options they
do not know.

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
OPTIONS = ("solder", "straw")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def pts(seq):
    return " ".join("%d,%d" % (x, y) for x, y in seq)


def solder(p, r, mm):
    """A coil of solder wire lying on its side in a side margin, its free end running along the margin."""
    W, H = P.size_of(p)
    left = r.random() < 0.5
    cx = W * (r.uniform(0.045, 0.065) if left else r.uniform(0.935, 0.955))
    cy = H * r.uniform(0.52, 0.80)
    R = r.uniform(7.5, 11) * mm          # radius of a turn
    turns = r.randint(4, 6)
    pitch = r.uniform(1.6, 2.2) * mm     # the coil's axis runs down the margin
    ang = math.radians(r.uniform(-14, 14))
    coil = []
    n = turns * 36
    for k in range(n + 1):
        t = 2 * math.pi * k / 36
        a = (k / 36.0) * pitch - turns * pitch / 2
        # a turn seen a little from the side: an ellipse, narrow across the axis
        x, y = R * 0.42 * math.cos(t), a + R * math.sin(t)
        coil.append((cx + x * math.cos(ang) - y * math.sin(ang), cy + x * math.sin(ang) + y * math.cos(ang)))
    # the free end: from the last turn along the margin, gently wavy
    tail = [coil[-1]]
    L = r.uniform(35, 60) * mm
    direction = 1 if r.random() < 0.5 else -1
    x0, y0 = coil[-1]
    for j in range(1, 25):
        f = j / 24.0
        tail.append((x0 + math.sin(f * 7 + r.uniform(0, 0.3)) * 1.8 * mm * (1 if left else -1) + f * 2 * mm * (1 if left else -1),
                     y0 + direction * L * f))
    wire = max(2, int(0.85 * mm))
    sh = p + ".solder.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "gray62",
           "-strokewidth", "%d" % (wire + int(0.8 * mm)),
           "-draw", "polyline " + pts([(x + 1.2 * mm, y + 1.6 * mm) for x, y in coil]),
           "-draw", "polyline " + pts([(x + 1.0 * mm, y + 1.3 * mm) for x, y in tail]),
           "-blur", "0x%d" % max(2, int(1.1 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-fill", "none"]
    for seq in (coil, tail):
        cmd += ["-stroke", "gray28", "-strokewidth", "%d" % wire, "-draw", "polyline " + pts(seq),
                "-stroke", "gray58", "-strokewidth", "%d" % max(1, int(wire * 0.55)), "-draw", "polyline " + pts(seq),
                "-stroke", "gray90", "-strokewidth", "%d" % max(1, int(wire * 0.22)),
                "-draw", "polyline " + pts([(x - 0.18 * mm, y - 0.18 * mm) for x, y in seq])]
    # the cut tip of the free end: a small bright bead of flux
    ex, ey = tail[-1]
    cmd += ["-stroke", "gray30", "-strokewidth", "1", "-fill", "gray80",
            "-draw", "circle %d,%d %d,%d" % (ex, ey, ex + 0.6 * mm, ey)]
    B.run(cmd + [p])


def straw(p, r, mm):
    """A translucent milk-tea straw lying slantwise across the middle and lower part of the sheet."""
    W, H = P.size_of(p)
    a = math.radians(r.uniform(26, 38)) * (1 if r.random() < 0.5 else -1)
    w = r.uniform(10, 12) * mm
    cut = r.uniform(9, 13) * mm              # the slanted cut at the far end
    L = min(r.uniform(165, 195) * mm, 2 * 0.42 * W / abs(math.cos(a)) - cut)
    cx = W * r.uniform(0.46, 0.54)
    cy = H * r.uniform(0.50, 0.60)
    ux, uy = math.cos(a), math.sin(a)        # along the straw
    nx, ny = -uy, ux                         # across it
    hx, hy = ux * L / 2, uy * L / 2
    A = (cx - hx + nx * w / 2, cy - hy + ny * w / 2)
    Bq = (cx - hx - nx * w / 2, cy - hy - ny * w / 2)
    C = (cx + hx - nx * w / 2, cy + hy - ny * w / 2)
    D = (cx + hx + ux * cut + nx * w / 2, cy + hy + uy * cut + ny * w / 2)
    body = [A, Bq, C, D]
    k = 0.24 * w                             # the two walls of the tube, seen through, a little darker
    band1 = [A, (A[0] - nx * k, A[1] - ny * k), (D[0] - nx * k - ux * k, D[1] - ny * k - uy * k), D]
    band2 = [Bq, (Bq[0] + nx * k, Bq[1] + ny * k), (C[0] + nx * k, C[1] + ny * k), C]
    tint, mid, edge = r.choice([("#f3d7df", "#e6bcc8", "#b07f8e"), ("#d9e8f4", "#bcd2e6", "#7f9ab3"),
                                ("#e6eed6", "#cfdcb8", "#8fa277"), ("#f1e3cc", "#e0c9a4", "#a98f68")])
    lay = p + ".straw.png"
    # shadow first, then the tinted tube and its walls (multiplied, so the print shows through)
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray76", "-stroke", "none",
           "-draw", "polygon " + pts([(x + 2.2 * mm, y + 3.0 * mm) for x, y in body]),
           "-blur", "0x%d" % max(3, int(2.0 * mm)),
           "-fill", tint, "-draw", "polygon " + pts(body),
           "-fill", mid, "-draw", "polygon " + pts(band1), "-draw", "polygon " + pts(band2), lay])
    B.run(["convert", p, lay, "-compose", "Multiply", "-composite", p])
    os.remove(lay)
    wall = max(2, int(0.55 * mm))
    hi = [(A[0] - nx * w * 0.36 + ux * 5 * mm, A[1] - ny * w * 0.36 + uy * 5 * mm),
          (D[0] - nx * w * 0.36 - ux * 8 * mm, D[1] - ny * w * 0.36 - uy * 8 * mm)]
    B.run(["convert", p, "-fill", "none", "-stroke", edge, "-strokewidth", "%d" % wall,
           "-draw", "polygon " + pts(body),
           "-stroke", "rgba(255,255,255,0.5)", "-strokewidth", "%d" % max(1, int(0.7 * mm)),
           "-draw", "line %d,%d %d,%d" % (hi[0][0], hi[0][1], hi[1][0], hi[1][1]), p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h147-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "solder" in opts and i % 2 == 0:   # the coil lies on every other sheet
            solder(p, r, mm)
        if "straw" in opts and i != 1:        # moved off the sheet for the second photo
            straw(p, r, mm)


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
