#!/usr/bin/env python3
"""Pre-build step of testdata/heldout96: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :pencap  a ballpoint pen's cap left on the scanner glass: a dark blue
           plastic cap (a rounded tube 50-58 mm long, 8-9 mm wide) with its
           pocket clip, lying at a slant in a margin, a dark contact shadow
           along one side and a light highlight along the other.
  :petals  a phone photo of a sheet on which a few dried 格桑花 (cosmos)
           petals had fallen: four to seven pink-to-magenta wedge-shaped
           petals with a notched tip, darker veins and a soft shadow,
           scattered over the page (some over the writing).

Methods used: `x-scanpdf:<dpi>[:color|:mono|:pencap]`, `x-scan:<dpi>:<font>[:pencap]`,
`x-photo:<dpi>:<font>[:petals]`. heldout7 and heldout15 ignore the options they do not know.

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
OPTIONS = ("pencap", "petals")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def pencap(p, r, mm):
    W, H = P.size_of(p)
    L, w = r.uniform(50, 58) * mm, r.uniform(8, 9) * mm
    side = r.choice([0, 1])
    cx = int(W * (r.uniform(0.03, 0.07) if side == 0 else r.uniform(0.93, 0.97)))
    cy = int(H * r.uniform(0.3, 0.75))
    ang = math.radians(90 + r.uniform(-25, 25))
    ux, uy = math.cos(ang), math.sin(ang)
    vx, vy = -uy, ux

    def quad(off, half, l0, l1):
        pts = [(cx + ux * l0 + vx * (-half) + off, cy + uy * l0 + vy * (-half) + off), (cx + ux * l1 + vx * (-half) + off, cy + uy * l1 + vy * (-half) + off),
               (cx + ux * l1 + vx * half + off, cy + uy * l1 + vy * half + off), (cx + ux * l0 + vx * half + off, cy + uy * l0 + vy * half + off)]
        return "polygon " + " ".join("%d,%d" % q for q in pts)
    sh = p + ".capshadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray55", "-draw", quad(1.2 * mm, w / 2, -L / 2, L / 2),
           "-blur", "0x%d" % max(2, int(1.2 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    tip = (cx + ux * L / 2, cy + uy * L / 2)
    cmd = ["convert", p, "-stroke", "none", "-fill", "#16245e", "-draw", quad(0, w / 2, -L / 2, L / 2),
           "-draw", "circle %d,%d %d,%d" % (tip[0], tip[1], tip[0] + w / 2, tip[1]),
           "-fill", "#4a5fa8", "-draw", quad(0, w / 8, -L / 2 + 2 * mm, L / 2 - 2 * mm),
           "-fill", "#b8bcc6", "-draw", quad(0.0, w / 7, -L / 2 - 1 * mm, -L / 2 + L * 0.55)]
    # the pocket clip: a light strip from the open end, offset to one side
    cmd[-1] = quad(w * 0.34, w / 7, -L / 2 - 1 * mm, -L / 2 + L * 0.55)
    B.run(cmd + [p])


def petals(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    for _ in range(r.randint(4, 7)):
        cx, cy = r.uniform(0.08, 0.92) * W, r.uniform(0.08, 0.92) * H
        L, w = r.uniform(12, 20) * mm, r.uniform(6, 9) * mm
        ang = r.uniform(0, 2 * math.pi)
        ux, uy = math.cos(ang), math.sin(ang)
        vx, vy = -uy, ux
        pts = []
        for k in range(16):   # a wedge: narrow at the base, wide and notched at the tip
            t = k / 15.0
            half = w / 2 * (0.25 + 0.75 * math.sin(t * math.pi / 2))
            pts.append((t * L, half))
        outline = pts + [(L - 1.5 * mm, 0)] + [(x, -y) for x, y in reversed(pts)]
        poly = " ".join("%d,%d" % (cx + ux * x + vx * y, cy + uy * x + vy * y) for x, y in outline)
        shp = " ".join("%d,%d" % (cx + ux * x + vx * y + 0.8 * mm, cy + uy * x + vy * y + 0.8 * mm) for x, y in outline)
        col = r.choice(["#e37fb1", "#d65a9c", "#f0a3c8", "#c94f8f", "#f2b8d4"])
        cmd += ["-stroke", "none", "-fill", "gray72", "-draw", "polygon " + shp, "-fill", col, "-draw", "polygon " + poly]
        for vv in (-0.25, 0, 0.25):   # veins
            cmd += ["-fill", "none", "-stroke", "#9c2f6a", "-strokewidth", "%d" % max(1, int(0.15 * mm)),
                    "-draw", "line %d,%d %d,%d" % (cx + ux * 1 * mm, cy + uy * 1 * mm, cx + ux * (L * 0.85) + vx * vv * w, cy + uy * (L * 0.85) + vy * vv * w)]
    B.run(cmd + ["-stroke", "none", p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h96-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "pencap" in opts and (i % 2 == 0 or len(pngs) < 3):
            pencap(p, r, mm)
        if "petals" in opts:
            petals(p, r, mm)


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
