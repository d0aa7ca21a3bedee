#!/usr/bin/env python3
"""Pre-build step of testdata/heldout74: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong while it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :newton  Newton's rings: the glossy sheet was pressed flat on the scanner
           glass and a thin air gap stayed under part of it: a patch of faint
           concentric rainbow rings (the ring radius grows as the square root
           of its number), 25-45 mm across, somewhere in the lower two thirds
           of the page; a second, smaller patch on some pages.
  :cable   a phone charging cable lay across the page when it was
           photographed: a white cable with a grey edge and a soft shadow,
           curving across the lower part of the page from one edge to
           another, its USB plug at one end.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:newton]`, `x-photo:<dpi>:<font>[:cable]`.
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
OPTIONS = ("newton", "cable")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def newton(p, r, mm):
    W, H = P.size_of(p)
    for k in range(1 if r.random() < 0.6 else 2):
        R = r.uniform(12.5, 22.5) * mm * (1.0 if k == 0 else 0.6)
        cx = r.uniform(0.2, 0.8) * W
        cy = r.uniform(0.35, 0.9) * H
        n = 160   # the patch is drawn small, then resized
        step = r.uniform(0.035, 0.055)   # ring spacing in (r/R)^2 units
        amp = r.uniform(0.22, 0.32)
        m = p + ".nr.ppm"
        with open(m, "wb") as f:
            f.write(b"P6 %d %d 255\n" % (n, n))
            buf = bytearray()
            for y in range(n):
                for x in range(n):
                    dx, dy = (x - n / 2) / (n / 2), (y - n / 2) / (n / 2)
                    q = dx * dx + dy * dy
                    env = math.exp(-3.2 * q) if q < 1 else 0.0
                    ph = 2 * math.pi * q / step
                    rgb = []
                    for off in (0.0, 2.1, 4.2):   # thin-film colours: the three channels out of phase
                        v = 0.5 + 0.5 * math.cos(ph * (1 + 0.12 * off / 4.2) + off)
                        rgb.append(max(0, min(255, int(255 * (1 - amp * env * v)))))
                    buf += bytes(rgb)
            f.write(bytes(buf))
        size = int(2 * R)
        B.run(["convert", p, "(", m, "-resize", "%dx%d!" % (size, size), "-blur", "0x1", ")", "-geometry",
               "+%d+%d" % (int(cx - R), int(cy - R)), "-compose", "Multiply", "-composite", p])
        os.remove(m)


def cable(p, r, mm):
    W, H = P.size_of(p)
    # a smooth curve from the left or right edge to the bottom or the other edge, in the lower half
    y0 = r.uniform(0.3, 0.6) * H
    y1 = r.uniform(0.6, 1.02) * H
    amp = r.uniform(0.03, 0.07) * H
    per = r.uniform(0.6, 1.2)
    left = r.random() < 0.5
    pts = []
    for j in range(41):
        t = j / 40.0
        x = (t if left else 1 - t) * (W * 1.04) - 0.02 * W
        y = y0 + (y1 - y0) * t + amp * math.sin(2 * math.pi * per * t + r.uniform(0, 0.2))
        pts.append((x, y))
    poly = " ".join("%d,%d" % q for q in pts)
    w = max(4, int(r.uniform(3.0, 3.8) * mm))
    sh = p + ".cab.png"
    off = int(1.6 * mm)
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "gray55", "-strokewidth", str(w + int(0.8 * mm)),
           "-draw", "polyline " + " ".join("%d,%d" % (x + off, y + off) for x, y in pts), "-blur", "0x%d" % max(2, int(1.5 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    # the plug at the end where the cable leaves the page inside it
    ex, ey = pts[r.randint(30, 36)]
    a = math.atan2(pts[37][1] - pts[33][1], pts[37][0] - pts[33][0])
    L, Wp = 14 * mm, 6 * mm
    corners = []
    for u, v in ((0, -Wp / 2), (L, -Wp / 2), (L, Wp / 2), (0, Wp / 2)):
        corners.append((ex + u * math.cos(a) - v * math.sin(a), ey + u * math.sin(a) + v * math.cos(a)))
    cut = pts[:r.randint(30, 36) + 1]
    cpoly = " ".join("%d,%d" % q for q in cut)
    B.run(["convert", p,
           "-fill", "none", "-stroke", "gray62", "-strokewidth", str(w), "-draw", "polyline " + cpoly,
           "-stroke", "gray97", "-strokewidth", str(max(2, w - int(0.7 * mm))), "-draw", "polyline " + cpoly,
           "-stroke", "white", "-strokewidth", str(max(1, int(0.4 * mm))), "-draw", "polyline " + " ".join("%d,%d" % (x, y - w // 4) for x, y in cut),
           "-stroke", "gray50", "-strokewidth", str(max(1, int(0.3 * mm))), "-fill", "gray93",
           "-draw", "polygon " + " ".join("%d,%d" % q for q in corners), p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h74-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "newton" in opts:
            newton(p, r, mm)
        if "cable" in opts:
            cable(p, r, mm)


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
