#!/usr/bin/env python3
"""Pre-build step of testdata/heldout79: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :sewn  the sheets were bound the archive way (三孔一线) before the school
         scanned them: three punched holes down the left margin (the dark
         scanner lid seen through them) and a white cotton thread sewn
         through them, running from hole to hole on the page, round the left
         edge, knotted at the middle hole with two loose ends lying on the
         page; a faint grey shadow along the thread and a little puckering
         of the paper beside each hole.
  :fan   a phone photo taken on a desk under a turning ceiling fan: three
         long, soft, grey blade shadows radiating from a point above the
         page (the fan's hub), blurred because the fan is far above, and a
         rounder darker hub shadow.

Methods used: `x-scanpdf:<dpi>[:sewn]`, `x-photo:<dpi>:<font>[:fan]`.
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
OPTIONS = ("sewn", "fan")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def sewn(p, r, mm):
    W, H = P.size_of(p)
    hx = int(r.uniform(9, 12) * mm)
    ys = [int(H * f + r.uniform(-4, 4) * mm) for f in (0.30, 0.50, 0.70)]
    rad = int(r.uniform(2.2, 2.8) * mm)
    tw = max(2, int(0.7 * mm))
    sh = p + ".thread.png"
    # the thread's shadow, blurred, multiplied in
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "gray72", "-strokewidth", "%d" % (tw + 2)]
    segs = []
    for a, b in zip(ys, ys[1:]):
        segs.append([(hx, a), (hx + int(r.uniform(-0.8, 0.8) * mm), (a + b) // 2), (hx, b)])
    for y in ys:
        segs.append([(hx, y), (int(hx * 0.5), y + int(r.uniform(-1.5, 1.5) * mm)), (0, y + int(r.uniform(-2, 2) * mm))])
    ky = ys[1]
    tails = []
    for side in (-1, 1):
        pts = [(hx, ky)]
        ang = math.pi / 2 * side * 0.5 + r.uniform(-0.3, 0.3)
        x, y = hx, ky
        for j in range(6):
            ang += r.uniform(-0.35, 0.35)
            x += math.cos(ang) * 4.5 * mm
            y += math.sin(ang) * 4.5 * mm * side
            pts.append((int(x), int(y)))
        tails.append(pts)
    for pts in segs + tails:
        cmd += ["-draw", "polyline " + " ".join("%d,%d" % (a + 2, b + 3) for a, b in pts)]
    B.run(cmd + ["-blur", "0x%d" % max(2, int(0.6 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p]
    # puckering beside each hole: a few short faint arcs
    for y in ys:
        for k in range(3):
            rr = rad + int((1.5 + 1.2 * k) * mm)
            cmd += ["-fill", "none", "-stroke", "gray%d" % (84 + 3 * k), "-strokewidth", "%d" % max(1, int(0.2 * mm)),
                    "-draw", "arc %d,%d %d,%d %d,%d" % (hx - rr, y - rr, hx + rr, y + rr, r.randint(-60, -20), r.randint(20, 60))]
    # the holes: the dark lid through them, a light rim
    for y in ys:
        cmd += ["-stroke", "gray80", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-fill", "gray18",
                "-draw", "circle %d,%d %d,%d" % (hx, y, hx + rad, y)]
    # the thread itself: off-white with a darker edge
    for pts in segs + tails:
        line = " ".join("%d,%d" % q for q in pts)
        cmd += ["-fill", "none", "-stroke", "gray55", "-strokewidth", "%d" % (tw + 2), "-draw", "polyline " + line,
                "-stroke", "#efeadb", "-strokewidth", "%d" % tw, "-draw", "polyline " + line]
    # the knot at the middle hole
    cmd += ["-stroke", "gray50", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-fill", "#e8e2d0",
            "-draw", "circle %d,%d %d,%d" % (hx + int(0.5 * mm), ky, hx + int(2.2 * mm), ky)]
    B.run(cmd + [p])


def fan(p, r, mm):
    W, H = P.size_of(p)
    cx = int(W * r.uniform(0.25, 0.75))
    cy = int(H * r.uniform(-0.15, 0.25))
    rot = r.uniform(0, 2 * math.pi)
    L = max(W, H) * r.uniform(0.9, 1.2)
    m = p + ".fan.png"
    q = 8   # the shadows are drawn and blurred at an eighth of the size, then scaled up (soft anyway)
    cx, cy, L = cx / q, cy / q, L / q
    cmd = ["convert", "-size", "%dx%d" % (W // q + 1, H // q + 1), "xc:white"]
    g = r.randint(80, 86)
    for k in range(3):
        a = rot + k * 2 * math.pi / 3
        w0, w1 = 0.03 * W / q, r.uniform(0.09, 0.13) * W / q
        nx, ny = -math.sin(a), math.cos(a)
        ex, ey = cx + math.cos(a) * L, cy + math.sin(a) * L
        pts = [(cx + nx * w0, cy + ny * w0), (ex + nx * w1, ey + ny * w1), (ex - nx * w1, ey - ny * w1), (cx - nx * w0, cy - ny * w0)]
        cmd += ["-fill", "gray%d" % g, "-stroke", "none", "-draw", "polygon " + " ".join("%d,%d" % q for q in pts)]
    hub = int(0.06 * W / q)
    cmd += ["-fill", "gray%d" % (g - 8), "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + hub, cy)]
    B.run(cmd + ["-blur", "0x%.1f" % max(1.0, 9 * mm / q), "-resize", "%dx%d!" % (W, H), m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h79-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "sewn" in opts:
            sewn(p, r, mm)
        if "fan" in opts:
            fan(p, r, mm)


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
