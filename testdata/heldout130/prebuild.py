#!/usr/bin/env python3
"""Pre-build step of testdata/heldout130: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new things that lay on a sheet while it
was captured. They are drawn on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :ginkgo    (scans) a dried ginkgo leaf (银杏叶, kept as a bookmark in a
             workbook) slipped out onto the glass with the sheet: a golden
             fan 34-44 mm wide with a notch in the middle of its wavy outer
             edge, fine veins fanning out from the stalk, a brown dried rim,
             a 16-24 mm stalk and a soft shadow.
  :beads     (phone photos) a wooden prayer-bead bracelet (手串) taken off
             and left on the sheet: a loop of 14-17 dark polished beads
             (7-9 mm) round an oval 50-64 mm across, each bead with a
             highlight and a soft shadow, one bigger guru bead with a short
             tassel of cord.

Both are placed where they cover no print: the program searches a small
grey copy of the page for empty places (3 mm clear of any print), letting
the thing hang over the edge of the sheet (at least 60-70 % of it on the
page), and draws one of them; so they lie in a blank part of the page, in a
margin or half off the sheet, and on print only when the page has no room.

Methods used: `x-scanpdf:<dpi>[:ginkgo]`, `x-scan:<dpi>:<font>[:ginkgo]`,
`x-scanpdf:<dpi>:photo[:beads]`, `x-photo:<dpi>:<font>[:beads]`.
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
OPTIONS = ("ginkgo", "beads")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def spot(p, w, h, min_vis, r, mm):
    """Where a w x h thing covers no print: a search over a small grey copy of the page
    (any pixel darker than the paper counts, with a 3 mm clearance round the thing); the
    thing may hang over the edge of the sheet (at least min_vis of it on the page). Among
    the places about as empty as the emptiest and as much on the page as the best of
    them, one drawn at random."""
    W, H = P.size_of(p)
    sw = 300
    f = sw / float(W)
    raw = B.run(["convert", p, "-colorspace", "Gray", "-filter", "Box", "-resize", "%dx" % sw, "-depth", "8", "pgm:-"]).stdout
    parts = raw.split(b"\n", 3)   # P5, "w h", 255, data (ImageMagick writes no comments)
    gw, gh = [int(x) for x in parts[1].split()]
    data = parts[3]
    integ = [[0] * (gw + 1) for _ in range(gh + 1)]
    for y in range(gh):
        row, acc, prev, cur = data[y * gw:(y + 1) * gw], 0, integ[y], integ[y + 1]
        for x in range(gw):
            v = 255 - row[x]
            acc += v if v > 6 else 0
            cur[x + 1] = prev[x + 1] + acc
    bw, bh = max(2, int(w * f)), max(2, int(h * f))
    m = max(1, int(3 * mm * f))
    cands = []
    for y in range(int(gh * 0.15), gh - int(bh * min_vis) + 1, 2):
        for x in range(-bw // 2, gw - bw // 2 + 1, 2):
            x0, y0, x1, y1 = max(0, x), max(0, y), min(gw, x + bw), min(gh, y + bh)
            vis = (x1 - x0) * (y1 - y0) / float(bw * bh)
            if vis < min_vis:
                continue
            x0, y0, x1, y1 = max(0, x - m), max(0, y - m), min(gw, x + bw + m), min(gh, y + bh + m)
            ink = integ[y1][x1] - integ[y0][x1] - integ[y1][x0] + integ[y0][x0]
            cands.append((ink, vis, x, y))
    lo = min(c[0] for c in cands)
    good = [c for c in cands if c[0] <= lo + 255 * bw * bh * 0.002]
    best = max(c[1] for c in good)
    pool = [c for c in good if c[1] >= best - 0.02]
    ink, vis, x, y = r.choice(pool)
    return int(x / f), int(y / f)


def ginkgo(p, r, mm, stage, k):
    W, H = P.size_of(p)
    R = r.uniform(17, 22) * mm           # radius of the fan
    stalk = r.uniform(16, 24) * mm
    span = math.radians(r.uniform(118, 140))
    S = int(2 * (R + stalk) + 8 * mm)
    c = S / 2.0
    leaf = os.path.join(stage, "h130_ginkgo%02d.png" % k)
    # the fan opens upwards from the base at (c, c + R*0.15); the stalk goes down from the base
    bx, by = c, c + R * 0.35
    pts = [(bx, by)]
    n = 64
    notch = r.uniform(0.16, 0.26)
    for j in range(n + 1):
        t = j / n
        a = -math.pi / 2 - span / 2 + span * t
        rr = R * (1 + 0.035 * math.sin(t * 37 + r.uniform(0, 0.3)) + 0.02 * math.sin(t * 91))
        if abs(t - 0.5) < 0.06:              # the notch in the middle of the outer edge
            rr *= 1 - notch * (1 - abs(t - 0.5) / 0.06)
        pts.append((bx + rr * math.cos(a), by + rr * math.sin(a)))
    poly = " ".join("%d,%d" % q for q in pts)
    body = "#d7a928"
    cmd = ["convert", "-size", "%dx%d" % (S, S), "xc:none",
           "-fill", "#8a6414", "-stroke", "#7a5510", "-strokewidth", "%d" % max(2, int(0.6 * mm)),
           "-draw", "stroke-linejoin round polygon " + poly,
           "-fill", body, "-stroke", "none", "-draw", "polygon " + poly]
    # the veins: fine lines fanning out from the base, forking once
    for j in range(26):
        t = (j + 0.5) / 26
        a = -math.pi / 2 - span / 2 + span * t
        L = R * r.uniform(0.86, 0.95) * (0.8 if abs(t - 0.5) < 0.05 else 1)
        cmd += ["-stroke", "#b8861a", "-strokewidth", "%d" % max(1, int(0.18 * mm)), "-fill", "none",
                "-draw", "line %d,%d %d,%d" % (bx, by, bx + L * math.cos(a), by + L * math.sin(a))]
    # a browner dried band along the outer edge
    cmd += ["-stroke", "#a87416", "-strokewidth", "%d" % max(2, int(1.1 * mm)), "-fill", "none",
            "-draw", "stroke-linejoin round polyline " + " ".join("%d,%d" % q for q in pts[2:-1])]
    # the stalk, slightly curved
    sx = bx + r.uniform(-0.25, 0.25) * stalk
    cmd += ["-stroke", "#6d5212", "-strokewidth", "%d" % max(2, int(0.9 * mm)),
            "-draw", "bezier %d,%d %d,%d %d,%d" % (bx, by, bx + (sx - bx) * 0.2, by + stalk * 0.6, sx, by + stalk)]
    B.run(cmd + [leaf])
    ang = r.uniform(-70, 70)
    rot = leaf + ".rot.png"
    pad = int(4 * mm)
    B.run(["convert", leaf, "-background", "none", "-rotate", "%.1f" % ang, "-trim", "+repage",
           "-bordercolor", "none", "-border", str(pad), rot])
    w, h = P.size_of(rot)
    x, y = spot(p, w - 2 * pad, h - 2 * pad, 0.6, r, mm)
    x, y = x - pad, y - pad
    sh = rot + ".sh.png"
    B.run(["convert", rot, "-background", "none", "-fill", "gray30", "-colorize", "100", "-channel", "A", "-evaluate", "multiply", "0.45",
           "+channel", "-blur", "0x%d" % max(2, int(1.2 * mm)), sh])
    d = int(1.4 * mm)
    B.run(["convert", p, sh, "-geometry", "%+d%+d" % (x + d, y + d), "-compose", "Over", "-composite",
           rot, "-geometry", "%+d%+d" % (x, y), "-compose", "Over", "-composite", p])
    for f in (leaf, rot, sh):
        os.remove(f)


def beads(p, r, mm, stage, k):
    W, H = P.size_of(p)
    n = r.randint(14, 17)
    br = r.uniform(3.6, 4.4) * mm         # bead radius
    a_ = r.uniform(25, 32) * mm           # half axes of the loop
    b_ = a_ * r.uniform(0.72, 0.86)
    S = int(2 * (a_ + 4 * br) + 24 * mm)
    c = S / 2.0
    img = os.path.join(stage, "h130_beads%02d.png" % k)
    shadow = ["convert", "-size", "%dx%d" % (S, S), "xc:none"]
    cmd = ["convert", "-size", "%dx%d" % (S, S), "xc:none"]
    # the cord between the beads
    ring = []
    for j in range(n + 1):
        t = 2 * math.pi * j / n
        ring.append((c + a_ * math.cos(t), c + b_ * math.sin(t)))
    cmd += ["-fill", "none", "-stroke", "#3a2616", "-strokewidth", "%d" % max(1, int(0.5 * mm)),
            "-draw", "stroke-linejoin round polyline " + " ".join("%d,%d" % q for q in ring)]
    base = r.choice(["#4a2c18", "#5b3a1f", "#3b2414"])
    guru = r.randrange(n)
    for j in range(n):
        t = 2 * math.pi * j / n + r.uniform(-0.04, 0.04)
        x, y = c + a_ * math.cos(t), c + b_ * math.sin(t)
        rr = br * (1.35 if j == guru else r.uniform(0.95, 1.05))
        shadow += ["-fill", "black", "-draw", "circle %d,%d %d,%d" % (x + 0.35 * rr, y + 0.45 * rr, x + 1.35 * rr, y + 0.45 * rr)]
        cmd += ["-stroke", "none", "-fill", base, "-draw", "circle %d,%d %d,%d" % (x, y, x + rr, y),
                "-fill", "#7a5634", "-draw", "circle %d,%d %d,%d" % (x - 0.18 * rr, y - 0.18 * rr, x + 0.5 * rr, y - 0.18 * rr),
                "-fill", "#e9dccb", "-draw", "circle %d,%d %d,%d" % (x - 0.38 * rr, y - 0.4 * rr, x - 0.22 * rr, y - 0.4 * rr)]
        if j == guru:   # a short tassel of cord hanging outwards from the guru bead
            ox, oy = math.cos(t), math.sin(t)
            for q in range(5):
                sp = (q - 2) * 0.9 * mm
                L = r.uniform(9, 13) * mm
                cmd += ["-stroke", "#8a1f18", "-strokewidth", "%d" % max(1, int(0.45 * mm)), "-fill", "none",
                        "-draw", "line %d,%d %d,%d" % (x + ox * rr, y + oy * rr, x + ox * (rr + L) - oy * sp, y + oy * (rr + L) + ox * sp)]
    B.run(cmd + [img])
    sh = img + ".sh.png"
    B.run(shadow + ["-channel", "A", "-evaluate", "multiply", "0.35", "+channel", "-blur", "0x%d" % max(2, int(1.0 * mm)), sh])
    # the loop and its tassel fill the middle of the canvas: place that part
    inner = int(2 * (a_ + br) + 16 * mm)
    off = (S - inner) // 2
    x, y = spot(p, inner, inner, 0.7, r, mm)
    x, y = x - off, y - off
    B.run(["convert", p, sh, "-geometry", "%+d%+d" % (x, y), "-compose", "Over", "-composite",
           img, "-geometry", "%+d%+d" % (x, y), "-compose", "Over", "-composite", p])
    os.remove(img)
    os.remove(sh)


def effects(pngs, dpi, tag, stage):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h130-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    leafpage = r.randrange(len(pngs)) if pngs else -1
    for i, p in enumerate(pngs):
        if "ginkgo" in opts and i == leafpage:   # one leaf: it lies on one sheet of the stack
            ginkgo(p, r, mm, stage, i)
        if "beads" in opts and i % 2 == 0:       # the bracelet stayed on the desk for every other photo
            beads(p, r, mm, stage, i)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag, stage)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, tag, stage)
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
