#!/usr/bin/env python3
"""Pre-build step of testdata/heldout28: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, new ways a sheet goes wrong before it
reaches a school's scanner or phone. They act on the clean page images
BEFORE heldout15's scanner simulation (and, for x-photo, before heldout7's
phone photo):

  :crumple  the sheet was crumpled in a bag and smoothed out again: a net of
            creases (a dark fold line with a light edge beside it) and soft
            grey facets between them.
  :slip     the document feeder slipped once on the page: a band of 3-6 mm
            where one row of the page was smeared down (the paper stood
            still while the sensor moved on), the rest of the page shifted
            down by the band and a few pixels sideways. Every page of a
            one-page-per-sheet file; every second page otherwise (x-scanpdf
            of a file whose overlay says two pages a sheet: see `pages`).
  :tape     the sheet was torn from one edge and mended with clear tape
            before scanning: a ragged tear line with a grey shadow, and a
            slightly yellow, glossy strip of tape across it.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:slip|:tape]`,
`x-scan:<dpi>:<font>[:color|:tape]`, `x-photo:<dpi>:<font>[:crumple]`.
heldout7 and heldout15 ignore the options they do not know.

Usage: prebuild.py DIR SEED
"""
import importlib.util
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
EVERY_OTHER = set()   # tags whose slip falls on every second page only
OPTIONS = ("crumple", "slip", "tape")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def crumple(p, r, mm):
    W, H = P.size_of(p)
    m = p + ".crease.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white"]
    for _ in range(r.randint(9, 13)):   # facets: soft grey triangles
        pts = " ".join("%d,%d" % (r.randint(-W // 5, W * 6 // 5), r.randint(-H // 5, H * 6 // 5)) for _ in range(3))
        cmd += ["-fill", "gray%d" % r.randint(90, 97), "-draw", "polygon " + pts]
    cmd += ["-blur", "0x%d" % int(6 * mm)]
    lines = []
    for _ in range(r.randint(10, 15)):   # creases: polylines from edge to edge or inside
        x, y = r.randint(0, W), r.randint(0, H)
        pts = [(x, y)]
        ang = r.uniform(0, 3.1416)
        import math
        for _ in range(r.randint(2, 4)):
            ang += r.uniform(-0.6, 0.6)
            L = r.uniform(25, 70) * mm
            x, y = x + L * math.cos(ang), y + L * math.sin(ang)
            pts.append((x, y))
        dark = " ".join("%d,%d" % q for q in pts)
        light = " ".join("%d,%d" % (q[0] + 2, q[1] + 2) for q in pts)
        lines += ["-fill", "none", "-stroke", "gray%d" % r.randint(52, 68), "-strokewidth", "%d" % max(2, int(0.25 * mm)), "-draw", "polyline " + dark,
                  "-stroke", "gray99", "-strokewidth", "%d" % max(1, int(0.2 * mm)), "-draw", "polyline " + light]
    B.run(cmd + lines + ["-stroke", "none", "-blur", "0x1.1", m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def slip(p, r, mm):
    W, H = P.size_of(p)
    y0 = int(H * r.uniform(0.42, 0.84))
    h = int(r.uniform(3, 6) * mm)
    dx = r.choice([-1, 1]) * r.randint(2, 6)
    B.run(["convert", p,
           "(", "-clone", "0", "-crop", "%dx%d+0+0" % (W, y0), "+repage", ")",
           "(", "-clone", "0", "-crop", "%dx2+0+%d" % (W, y0), "+repage", "-resize", "%dx%d!" % (W, h), ")",
           "(", "-clone", "0", "-crop", "%dx%d+0+%d" % (W, H - y0 - h, y0), "+repage", "-background", "white",
           "-roll", "%+d+0" % dx, ")",
           "-delete", "0", "-append", "-extent", "%dx%d" % (W, H), p])


def tape(p, r, mm):
    W, H = P.size_of(p)
    y = int(H * r.uniform(0.55, 0.78))
    left = r.random() < 0.5
    L = int(W * r.uniform(0.28, 0.42))
    xs = list(range(0, L, int(3 * mm)))
    pts = []
    yy = y
    for x in xs:
        yy += r.randint(-int(1.2 * mm), int(1.2 * mm))
        pts.append((x if left else W - 1 - x, yy))
    tear = " ".join("%d,%d" % q for q in pts)
    shadow = " ".join("%d,%d" % (q[0], q[1] + 3) for q in pts)
    xa, xb = (int(L * 0.35), int(L * 0.35 + 20 * mm)) if left else (W - int(L * 0.35) - int(20 * mm), W - int(L * 0.35))
    ang = r.uniform(-0.12, 0.12)
    t0, t1 = y - int(45 * mm), y + int(45 * mm)
    poly = "%d,%d %d,%d %d,%d %d,%d" % (xa, t0, xb, t0 + int(ang * 20 * mm), xb, t1 + int(ang * 20 * mm), xa, t1)
    gloss = "%d,%d %d,%d %d,%d %d,%d" % (xa + int(5 * mm), t0, xa + int(8 * mm), t0, xa + int(8 * mm), t1, xa + int(5 * mm), t1)
    B.run(["convert", p, "-fill", "none", "-stroke", "gray72", "-strokewidth", "%d" % max(2, int(0.3 * mm)), "-draw", "polyline " + shadow,
           "-stroke", "white", "-strokewidth", "%d" % max(2, int(0.35 * mm)), "-draw", "polyline " + tear,
           "-stroke", "rgba(150,145,110,0.55)", "-strokewidth", "2", "-fill", "rgba(236,228,180,0.30)", "-draw", "polygon " + poly,
           "-stroke", "none", "-fill", "rgba(255,255,255,0.45)", "-draw", "polygon " + gloss, p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h28-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "crumple" in opts:
            crumple(p, r, mm)
        if "tape" in opts and (i % 2 == 0 or len(pngs) < 3):
            tape(p, r, mm)
        if "slip" in opts and (tag not in EVERY_OTHER or i % 2 == 1):
            slip(p, r, mm)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, tag)
    return _photo(pngs, dpi, rng, stage, tag)


def main():
    import json
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
                        ovl = os.path.join(d, cols[0] + ".ovl.json")
                        if "slip" in mine and os.path.isfile(ovl):
                            with open(ovl, encoding="utf-8") as g:
                                if json.load(g).get("sheets_per_student") == 2:
                                    EVERY_OTHER.add("x%03d" % n)
                    n += 1
    H15.degrade = degrade   # heldout15's main installs H15.degrade as the builder's degrade
    P.photo = photo         # heldout7's main and heldout15's degrade look photo up at call time
    H15.main()


if __name__ == "__main__":
    main()
