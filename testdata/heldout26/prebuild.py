#!/usr/bin/env python3
"""Pre-build step of testdata/heldout26: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, ways a page gets spoiled on a desk in
a school office before it is scanned or photographed. They act on the clean
page images before heldout15's scanner simulation (and before the phone
photo of x-photo and of x-scanpdf's :photo):

  :coffee  a coffee cup stood on the sheet: a brown ring (not quite closed,
           darker at its edge), its inside faintly stained, a small drip
           beside it; in a gray scan a gray ring.
  :pen     a ballpoint pen lies across the foot of the page when it is
           photographed or scanned, at a slight slant: a dark barrel, a
           silver clip and tip, a soft shadow beside it (the part of the
           pen beyond the page is cut off).
  :holes   the sheet was punched for a ring binder and scanned with the lid
           not quite shut: two dark round holes in the left margin, 80 mm
           apart, a grey ring round each.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:photo|:coffee|:pen|:holes]`,
`x-scan:<dpi>:<font>[:coffee|:holes]`, `x-photo:<dpi>:<font>[:pen]`.
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
DONE = set()   # tags whose pages already carry this corpus's faults
OPTIONS = ("coffee", "pen", "holes")
_h15_degrade = H15.degrade
_photo = P.photo


def arc(cx, cy, rx, ry, a0, a1):
    """Short line segments along the arc of an ellipse from angle a0 to a1 (degrees), not closed
    (ImageMagick closes a stroked polyline or path arc)."""
    pts = []
    for k in range(0, int(a1 - a0) + 1, 3):
        t = math.radians(a0 + k)
        pts.append((cx + rx * math.cos(t), cy + ry * math.sin(t)))
    out = []
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        out += ["-draw", "line %.1f,%.1f %.1f,%.1f" % (x0, y0, x1, y1)]
    return out


def coffee(p, W, H, mm, r):
    cx, cy = int(W * r.uniform(0.55, 0.8)), int(H * r.uniform(0.12, 0.75))
    rx = int(r.uniform(34, 40) * mm)
    ry = int(rx * r.uniform(0.93, 1.0))
    a0 = r.randint(0, 359)
    dx, dy = int(rx * r.uniform(0.9, 1.2)), int(ry * r.uniform(0.5, 0.9))
    B.run(["convert", p, "(", "-size", "%dx%d" % (W, H), "xc:white",
           "-fill", "#f4ebdc", "-stroke", "none", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rx, ry),
           "-fill", "none", "-stroke", "#b58a5a", "-strokewidth", "%d" % max(2, int(1.6 * mm)),
           ] + arc(cx, cy, rx, ry, a0, a0 + r.randint(290, 330)) + [
           "-stroke", "#94683c", "-strokewidth", "%d" % max(1, int(0.5 * mm)),
           ] + arc(cx, cy, rx + int(0.6 * mm), ry + int(0.6 * mm), a0 + 20, a0 + 200) + [
           "-stroke", "none", "-fill", "#c9a47a",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx + dx, cy + dy, int(3 * mm), int(2.2 * mm)),
           "-blur", "0x%.1f" % (0.35 * mm), ")", "-compose", "Multiply", "-composite", p])


def pen(p, W, H, mm, r, stage, tag, i):
    L, T = int(140 * mm), int(9.5 * mm)
    tip = int(18 * mm)
    ang = r.uniform(-13, -7)
    body = os.path.join(stage, "%s_pen%02d.png" % (tag, i))
    shadow = os.path.join(stage, "%s_penshadow%02d.png" % (tag, i))
    B.run(["convert", "-size", "%dx%d" % (L, T), "xc:none",
           "-fill", "#1c2a4a", "-draw", "roundrectangle %d,0 %d,%d %d,%d" % (tip, L - 1, T - 1, T // 2, T // 2),
           "-fill", "#a8a8a8", "-draw", "polygon 0,%d %d,%d %d,%d" % (T // 2, tip, int(T * 0.12), tip, int(T * 0.88)),
           "-fill", "#d0d0d0", "-draw", "rectangle %d,%d %d,%d" % (int(L * 0.70), int(T * 0.02), int(L * 0.93), int(T * 0.24)),
           "-fill", "#56678e", "-draw", "rectangle %d,%d %d,%d" % (tip + T, int(T * 0.28), L - 2 * T, int(T * 0.40)),
           "-background", "none", "-rotate", "%.1f" % ang, body])
    B.run(["convert", body, "-fill", "black", "-colorize", "100", "-channel", "A", "-evaluate", "multiply", "0.45",
           "+channel", "-blur", "0x%d" % int(2.5 * mm), shadow])
    bw, bh = P.size_of(body)
    x = int(W * r.uniform(0.56, 0.66)) - bw // 2
    y = int(H * r.uniform(0.952, 0.965)) - bh // 2
    B.run(["convert", p, shadow, "-geometry", "+%d+%d" % (x + int(3 * mm), y + int(4 * mm)), "-composite",
           body, "-geometry", "+%d+%d" % (x, y), "-composite", p])
    os.remove(body)
    os.remove(shadow)


def holes(p, W, H, mm):
    x = int(12 * mm)
    rad = int(3 * mm)
    cmd = ["convert", p]
    for cy in (H // 2 - int(40 * mm), H // 2 + int(40 * mm)):
        cmd += ["-fill", "#bdbdbd", "-stroke", "none", "-draw", "circle %d,%d %d,%d" % (x, cy, x + rad + int(0.8 * mm), cy),
                "-fill", "#1e1e1e", "-draw", "circle %d,%d %d,%d" % (x, cy, x + rad, cy)]
    B.run(cmd + [p])


def effects(pngs, dpi, stage, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h26-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        W, H = P.size_of(p)
        if "coffee" in opts and (i == 0 or r.random() < 0.5):
            coffee(p, W, H, mm, r)
        if "holes" in opts:
            holes(p, W, H, mm)
        if "pen" in opts and (i == 0 or r.random() < 0.4):
            pen(p, W, H, mm, r, stage, tag, i)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, stage, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, stage, tag)
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
