#!/usr/bin/env python3
"""Pre-build step of testdata/heldout78: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong while it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo and x-scanpdf:photo, before heldout7's phone
photo):

  :swarf      the sheets were scanned in the workshop office, and metal
              turnings (铁屑) from the lathes lay on the glass: curly dark
              spirals of chip (3-9 mm across, a bright ridge along each),
              a soft shadow beside them, and a sprinkle of small broken
              chips and grit, most on the margins, a few across the text.
  :lenscrack  a phone photo taken through a cracked camera-lens protector:
              thin kinked hairline cracks radiating from an impact point near
              one corner (a dark line with a light edge beside it), short
              arcs of the web round the impact point and a grey smudge of
              crushed film over it. Drawn on the page before the phone's
              perspective, so the cracks tilt with the page.

Methods used: `x-scanpdf:<dpi>[:swarf]`, `x-photo:<dpi>:<font>[:lenscrack]`,
`x-scanpdf:<dpi>:photo[:lenscrack]`. heldout7 and heldout15 ignore the
options they do not know.

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
OPTIONS = ("swarf", "lenscrack")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def swarf(p, r, mm):
    W, H = P.size_of(p)
    shadow = ["convert", "-size", "%dx%d" % (W, H), "xc:white"]
    cmd = ["convert", p]
    for k in range(r.randint(5, 9)):
        # most turnings on the margins, a few across the text
        if r.random() < 0.6:
            cx = r.choice([r.uniform(0.02, 0.12), r.uniform(0.88, 0.98)]) * W
            cy = r.uniform(0.03, 0.97) * H
        else:
            cx, cy = r.uniform(0.15, 0.85) * W, r.uniform(0.1, 0.9) * H
        R = r.uniform(1.5, 4.5) * mm
        turns = r.uniform(1.2, 3.2)
        ang = r.uniform(0, 6.28)
        pitch = r.uniform(0.6, 1.8) * mm
        pts = []
        for j in range(int(40 * turns)):
            t = j / 40.0 * 6.283
            rr = R * (0.7 + 0.3 * math.sin(t * 0.5))
            x = math.cos(t) * rr + t * pitch / 6.283 * 2
            y = math.sin(t) * rr * 0.55
            pts.append((cx + x * math.cos(ang) - y * math.sin(ang), cy + x * math.sin(ang) + y * math.cos(ang)))
        line = " ".join("%d,%d" % q for q in pts)
        sw = max(2, int(r.uniform(0.35, 0.6) * mm))
        shadow += ["-fill", "none", "-stroke", "gray60", "-strokewidth", str(sw + 2),
                   "-draw", "polyline " + " ".join("%d,%d" % (x + 0.6 * mm, y + 0.8 * mm) for x, y in pts)]
        cmd += ["-fill", "none", "-stroke", "gray%d" % r.randint(12, 30), "-strokewidth", str(sw), "-draw", "polyline " + line,
                "-stroke", "gray%d" % r.randint(70, 85), "-strokewidth", str(max(1, sw // 3)), "-draw", "polyline " + line]
    for k in range(r.randint(25, 50)):   # small broken chips and grit
        x, y = r.uniform(0.02, 0.98) * W, r.uniform(0.02, 0.98) * H
        s = r.uniform(0.2, 0.8) * mm
        a = r.uniform(0, 6.28)
        poly = " ".join("%d,%d" % (x + s * math.cos(a + q * 2.1 + r.uniform(-0.4, 0.4)), y + s * math.sin(a + q * 2.1)) for q in range(3))
        cmd += ["-stroke", "none", "-fill", "gray%d" % r.randint(15, 45), "-draw", "polygon " + poly]
    sh = p + ".shadow.png"
    B.run(shadow + ["-blur", "0x%d" % max(2, int(0.6 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    B.run(cmd + [p])


def lenscrack(p, r, mm):
    W, H = P.size_of(p)
    cx = r.choice([r.uniform(0.06, 0.22), r.uniform(0.78, 0.94)]) * W
    cy = r.choice([r.uniform(0.06, 0.2), r.uniform(0.8, 0.94)]) * H
    halo = p + ".halo.png"
    rad = r.uniform(6, 11) * mm
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray80",
           "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + rad, cy), "-blur", "0x%d" % max(3, int(rad / 2)), halo])
    B.run(["convert", p, halo, "-compose", "Multiply", "-composite", p])
    os.remove(halo)
    cmd = ["convert", p]
    L0 = min(W, H)
    for k in range(r.randint(7, 12)):
        a = r.uniform(0, 6.283)
        L = r.uniform(0.25, 0.85) * L0
        x, y = cx, cy
        pts = [(x, y)]
        while math.hypot(x - cx, y - cy) < L and len(pts) < 200:
            a += r.uniform(-0.35, 0.35)
            step = r.uniform(4, 14) * mm
            x, y = x + math.cos(a) * step, y + math.sin(a) * step
            pts.append((x, y))
        line = " ".join("%d,%d" % q for q in pts)
        dark = " ".join("%d,%d" % (qx + 1.5, qy + 1.5) for qx, qy in pts)
        cmd += ["-fill", "none", "-stroke", "gray35", "-strokewidth", "1", "-draw", "polyline " + dark,
                "-stroke", "gray97", "-strokewidth", str(max(1, int(0.2 * mm))), "-draw", "polyline " + line]
    for k in range(r.randint(2, 4)):   # short arcs of the web round the impact point
        rr = r.uniform(3, 12) * mm
        a0 = r.uniform(0, 360)
        cmd += ["-stroke", "gray95", "-strokewidth", "1", "-draw",
                "arc %d,%d %d,%d %d,%d" % (cx - rr, cy - rr, cx + rr, cy + rr, a0, a0 + r.uniform(40, 110))]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h78-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "swarf" in opts:
            swarf(p, r, mm)
        if "lenscrack" in opts:
            lenscrack(p, r, mm)


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
