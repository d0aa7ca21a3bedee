#!/usr/bin/env python3
"""Pre-build step of testdata/heldout65: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page looks wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo and x-scanpdf:photo, before heldout7's
phone photo):

  :tractor     the register was printed on continuous pin-feed computer
               paper (电脑打印纸, the 241 mm kind for dot-matrix printers)
               and torn off the stack: a strip of sprocket holes down each
               side (4 mm holes every 12.7 mm, the scanner's white lid seen
               through them with a shadowed rim), a dashed perforation line
               inside each strip, faint green bars every 12.7 mm across the
               page (the green-bar paper; a light grey in a gray scan) and a
               ragged torn edge along the top and the bottom.
  :rubberband  the sheets were bundled with a rubber band and photographed
               or scanned without taking it off: a tan band 2.5-3.5 mm wide
               crossing the lower half of the page on a shallow slant, a
               lighter sheen along it, a soft shadow below it, and short
               pinch wrinkles where it pulls over the edges of the sheets.

Methods used: `x-scanpdf:<dpi>[:color]:tractor`, `x-scanpdf:<dpi>:photo:rubberband`,
`x-photo:<dpi>:<font>:rubberband`, `x-scan:<dpi>:<font>:rubberband`.
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
OPTIONS = ("tractor", "rubberband")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def tractor(p, r, mm):
    W, H = P.size_of(p)
    pitch = 12.7 * mm
    # green bars: every second 12.7 mm band a pale green, inside the perforations
    bars = p + ".bars.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "#dcecd9"]
    y = r.uniform(0, pitch)
    while y < H:
        cmd += ["-draw", "rectangle %d,%d %d,%d" % (int(pitch), int(y), int(W - pitch), int(y + pitch))]
        y += 2 * pitch
    B.run(cmd + [bars])
    B.run(["convert", p, bars, "-compose", "Multiply", "-composite", p])
    os.remove(bars)
    cmd = ["convert", p]
    rad = 2.0 * mm
    for x in (pitch / 2, W - pitch / 2):
        y = r.uniform(0.3, 0.9) * pitch
        while y < H:
            cmd += ["-fill", "gray93", "-stroke", "gray48", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                    "-draw", "circle %d,%d %d,%d" % (x, y, x + rad, y),
                    "-fill", "none", "-stroke", "gray70", "-strokewidth", "%d" % max(1, int(0.35 * mm)),
                    "-draw", "arc %d,%d %d,%d 180,300" % (x - rad + 1, y - rad + 1, x + rad - 1, y + rad - 1)]
            y += pitch
    # perforations: short dashes a little inside each strip
    for x in (pitch + 0.3 * mm, W - pitch - 0.3 * mm):
        y = 0
        while y < H:
            cmd += ["-stroke", "gray62", "-strokewidth", "%d" % max(1, int(0.2 * mm)), "-draw", "line %d,%d %d,%d" % (x, y, x, y + 1.1 * mm)]
            y += 2.2 * mm
    # the torn top and bottom edges: a ragged grey line with light fuzz
    for y0 in (1.2 * mm, H - 1.6 * mm):
        pts = []
        x = 0
        while x <= W:
            pts.append("%d,%d" % (x, y0 + r.uniform(-0.8, 0.8) * mm))
            x += r.uniform(1.0, 3.0) * mm
        cmd += ["-fill", "none", "-stroke", "gray58", "-strokewidth", "%d" % max(1, int(0.25 * mm)), "-draw", "polyline " + " ".join(pts)]
    B.run(cmd + [p])


def rubberband(p, r, mm):
    W, H = P.size_of(p)
    y1 = H * r.uniform(0.52, 0.78)
    y2 = y1 + H * r.uniform(-0.08, 0.08)
    sag = H * r.uniform(-0.02, 0.02)
    wid = r.uniform(2.5, 3.5) * mm
    pts = []
    for j in range(21):
        t = j / 20.0
        pts.append((-0.02 * W + t * 1.04 * W, y1 + (y2 - y1) * t + sag * math.sin(math.pi * t)))
    line = " ".join("%d,%d" % q for q in pts)
    sh = p + ".band.png"
    # the shadow: a blurred grey stroke a little below the band
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "gray62",
           "-strokewidth", "%d" % int(wid * 1.3), "-draw", "polyline " + " ".join("%d,%d" % (x, y + 1.2 * mm) for x, y in pts),
           "-blur", "0x%d" % max(2, int(1.0 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-fill", "none", "-stroke", "#b8875a", "-strokewidth", "%d" % int(wid), "-draw", "polyline " + line,
           "-stroke", "#d9b48c", "-strokewidth", "%d" % max(1, int(wid * 0.25)),
           "-draw", "polyline " + " ".join("%d,%d" % (x, y - wid * 0.22) for x, y in pts)]
    # pinch wrinkles where the band pulls over the edges
    for (ex, ey), side in ((pts[1], 1), (pts[-2], -1)):
        for k in range(r.randint(2, 3)):
            a = r.uniform(-0.5, 0.5) + (0 if side > 0 else math.pi)
            L = r.uniform(6, 14) * mm
            dy = (k - 1) * r.uniform(2, 4) * mm
            cmd += ["-stroke", "gray%d" % r.randint(74, 84), "-strokewidth", "%d" % max(1, int(0.3 * mm)),
                    "-draw", "line %d,%d %d,%d" % (ex, ey + dy, ex + math.cos(a) * L, ey + dy + math.sin(a) * L)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h65-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "tractor" in opts:
            tractor(p, r, mm)
        if "rubberband" in opts:
            rubberband(p, r, mm)


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
