#!/usr/bin/env python3
"""Pre-build step of testdata/heldout133: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new things lying on a page when it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo and x-scanpdf:...:photo, before heldout7's phone
photo):

  :washers   (scans) a handful of steel parts from the workshop bench left on
             the scanner glass: three or four flat washers (平垫圈, 16-24 mm
             across, the paper showing through the hole) and one hex nut (六角
             螺母) with its threaded bore, each a grey metal ring with a bright
             rim on the lamp side, a darker inner edge and the soft dark halo
             a raised object leaves on a flatbed scan; lying as a loose cluster
             in the lower part of the page, mostly in the margin.
  :knife     (phone photos) a snap-off utility knife (美工刀) lying on the
             sheet: a yellow plastic body 12-14 mm wide and 110-125 mm long
             with a grey ribbed grip, a black slider, a silver blade pushed
             out 14-20 mm with its diagonal snap lines and a bright edge, and
             a soft shadow beside it; lying obliquely in the bottom part of the
             page.

Methods used: `x-scanpdf:<dpi>[:washers]`, `x-photo:<dpi>:<font>[:knife]`,
`x-scanpdf:<dpi>:photo:knife`. heldout7 and heldout15 ignore the options
they do not know.

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
OPTIONS = ("washers", "knife")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def _pts(ps):
    return " ".join("%d,%d" % (int(round(x)), int(round(y))) for x, y in ps)


def _metal(p, shape, cx, cy, R, r_in, mm, r, stage):
    """One steel part on the glass at (cx, cy): shape 'washer' (a ring) or 'nut' (a hexagon
    with a round bore). R the outer radius, r_in the bore radius, in pixels."""
    S = int(2 * R + 8 * mm)
    c = S / 2.0
    ang = r.uniform(0, math.pi / 3)
    if shape == "nut":
        outer = ["polygon", _pts([(c + R * math.cos(ang + k * math.pi / 3), c + R * math.sin(ang + k * math.pi / 3)) for k in range(6)])]
    else:
        outer = ["circle", "%d,%d %d,%d" % (c, c, c + R, c)]
    body_mask = p + ".mask.png"
    # mask: the outer shape in white, the bore in black
    B.run(["convert", "-size", "%dx%d" % (S, S), "xc:black", "-fill", "white", "-draw", "%s %s" % tuple(outer),
           "-fill", "black", "-draw", "circle %d,%d %d,%d" % (c, c, c + r_in, c), body_mask])
    # halo: the raised part keeps the lid off the paper, a soft dark rim all round (and a little into the bore)
    halo = p + ".halo.png"
    B.run(["convert", body_mask, "-morphology", "Dilate", "Disk:%d" % max(2, int(0.9 * mm)), "-blur", "0x%d" % max(2, int(1.3 * mm)),
           "-negate", "-level", "0%,100%,1.0", "(", "+clone", "-fill", "gray62", "-colorize", "100", ")", "-compose", "Screen",
           "-composite", halo])
    # the metal: a diagonal gradient (lamp side bright), fine noise for the turned surface
    metal = p + ".metal.png"
    lo, hi = r.randint(78, 96), r.randint(168, 196)
    B.run(["convert", "-size", "%dx%d" % (2 * S, 2 * S), "gradient:gray%d-gray%d" % (hi * 100 // 255, lo * 100 // 255), "-rotate", "%d" % r.choice([30, 45, 60, 135]),
           "-gravity", "center", "-crop", "%dx%d+0+0" % (S, S), "+repage",
           "-seed", str(r.randint(1, 1 << 30)), "-attenuate", "0.35", "+noise", "Gaussian", "-blur", "0x0.6",
           "-stroke", "gray92", "-strokewidth", "%d" % max(2, int(0.35 * mm)), "-fill", "none",
           "-draw", "arc %d,%d %d,%d %d,%d" % (c - R + 0.8 * mm, c - R + 0.8 * mm, c + R - 0.8 * mm, c + R - 0.8 * mm, 190, 280),
           "-stroke", "gray25", "-strokewidth", "%d" % max(2, int(0.45 * mm)),
           "-draw", "circle %d,%d %d,%d" % (c, c, c + r_in + 0.2 * mm, c),
           "-stroke", "gray35", "-strokewidth", "%d" % max(1, int(0.25 * mm)), "-fill", "none", "-draw", "%s %s" % tuple(outer)]
          + (["-stroke", "gray40", "-strokewidth", "1", "-draw", "circle %d,%d %d,%d" % (c, c, c + r_in + 0.9 * mm, c),
              "-draw", "circle %d,%d %d,%d" % (c, c, c + r_in + 0.5 * mm, c)] if shape == "nut" else [])
          + [metal])
    B.run(["convert", metal, body_mask, "-alpha", "off", "-compose", "CopyOpacity", "-composite", metal])
    x0, y0 = int(cx - c), int(cy - c)
    B.run(["convert", p, halo, "-geometry", "+%d+%d" % (x0, y0), "-compose", "Multiply", "-composite",
           metal, "-geometry", "+%d+%d" % (x0, y0), "-compose", "Over", "-composite", p])
    for f in (body_mask, halo, metal):
        os.remove(f)


def washers(p, r, mm):
    W, H = P.size_of(p)
    # the cluster: near the foot of the page, to one side, mostly in the margin
    side = r.choice([-1, 1])
    bx = W / 2 + side * r.uniform(0.16, 0.28) * W
    by = H - r.uniform(10, 13) * mm
    parts = [("washer", r.choice([8.0, 10.0, 12.0])) for _ in range(r.randint(3, 4))] + [("nut", 8.2)]
    r.shuffle(parts)
    placed = []
    for shape, R0 in parts:
        R = R0 * mm
        rin = (R0 * 0.53 if shape == "washer" else R0 * 0.55) * mm
        for k in range(400):
            spread = 40 + k * 0.2
            cx = bx + r.uniform(-spread, spread) * mm
            cy = by + r.uniform(-4, 4) * mm
            if R < cx < W - R and cy < H - R * 0.5 and all(math.hypot(cx - a, cy - b) > R + q + 1.5 * mm for a, b, q in placed):
                break
        placed.append((cx, cy, R))
        _metal(p, shape, cx, cy, R, rin, mm, r, None)


def knife(p, r, mm):
    W, H = P.size_of(p)
    L = r.uniform(110, 125) * mm          # body
    w = r.uniform(12, 14) * mm
    bl = r.uniform(14, 20) * mm           # blade out of the body
    pad = int(6 * mm)
    TW, TH = int(L + bl + 2 * pad), int(w + 2 * pad)
    y0, y1 = pad, pad + w
    x0, x1 = pad, pad + L
    tile = p + ".knife.png"
    cmd = ["convert", "-size", "%dx%d" % (TW, TH), "xc:none"]
    # blade: a steel parallelogram with a 60-degree tip, snap lines, a bright cutting edge
    bw = w * 0.62
    by0 = y0 + (w - bw) / 2
    tip = [(x1 - 2 * mm, by0), (x1 + bl - bw * 0.58, by0), (x1 + bl, by0 + bw), (x1 - 2 * mm, by0 + bw)]
    cmd += ["-fill", "#b9bec4", "-stroke", "#6f757c", "-strokewidth", "%d" % max(1, int(0.25 * mm)), "-draw", "polygon " + _pts(tip)]
    k = x1 + bl - bw * 0.58 - 4.5 * mm
    while k > x1 - 2 * mm:
        cmd += ["-stroke", "#8a9098", "-strokewidth", "1", "-draw", "line %d,%d %d,%d" % (k, by0, k + bw * 0.58, by0 + bw)]
        k -= 9 * mm
    cmd += ["-stroke", "#eef2f5", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-draw", "line %d,%d %d,%d" % (x1, by0 + bw - 0.5 * mm, x1 + bl - 0.6 * mm, by0 + bw - 0.5 * mm)]
    # body: yellow plastic with rounded ends, a metal nose, a grey ribbed grip, a black slider, a tail cap
    cmd += ["-stroke", "#8a6a08", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-fill", "#e9b824",
            "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, y0, x1, y1, int(2.5 * mm), int(2.5 * mm)),
            "-stroke", "none", "-fill", "#f7d867", "-draw", "rectangle %d,%d %d,%d" % (x0 + 3 * mm, y0 + 1.2 * mm, x1 - 6 * mm, y0 + 2.6 * mm),
            "-fill", "#9aa1a8", "-draw", "rectangle %d,%d %d,%d" % (x1 - 7 * mm, y0 + 1.0 * mm, x1, y1 - 1.0 * mm)]
    g0, g1 = x0 + L * 0.18, x0 + L * 0.62
    cmd += ["-fill", "#4a4d52", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (g0, y0 + 1.5 * mm, g1, y1 - 1.5 * mm, int(1.5 * mm), int(1.5 * mm))]
    k = g0 + 2.5 * mm
    while k < g1 - 1.5 * mm:
        cmd += ["-stroke", "#2c2e31", "-strokewidth", "%d" % max(1, int(0.35 * mm)), "-draw", "line %d,%d %d,%d" % (k, y0 + 2.2 * mm, k, y1 - 2.2 * mm)]
        k += 2.6 * mm
    sx = x0 + L * 0.72
    cmd += ["-stroke", "none", "-fill", "#151515", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (sx, y0 - 1.2 * mm, sx + 11 * mm, y0 + 3.2 * mm, int(1.2 * mm), int(1.2 * mm)),
            "-fill", "#202020", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, y0 + 0.8 * mm, x0 + 6 * mm, y1 - 0.8 * mm, int(2 * mm), int(2 * mm)),
            "-fill", "#e9b824", "-draw", "circle %d,%d %d,%d" % (x0 + 3 * mm, y0 + w / 2, x0 + 3 * mm + 1.0 * mm, y0 + w / 2)]
    B.run(cmd + [tile])
    shadow = p + ".kshadow.png"
    B.run(["convert", tile, "-alpha", "extract", "-blur", "0x%d" % max(2, int(1.6 * mm)), "-negate",
           "-level", "0%,100%,1.0", "(", "+clone", "-fill", "gray55", "-colorize", "100", ")", "-compose", "Screen", "-composite", shadow])
    angle = r.choice([-1, 1]) * r.uniform(8, 22)
    cx = W * r.uniform(0.42, 0.58)
    cy = H - r.uniform(30, 42) * mm
    rot, rsh = tile + ".rot.png", shadow + ".rot.png"
    B.run(["convert", tile, "-background", "none", "-rotate", "%.2f" % angle, rot])
    B.run(["convert", shadow, "-background", "white", "-rotate", "%.2f" % angle, rsh])
    tw, th = P.size_of(rot)
    dx, dy = int(2.2 * mm), int(3.0 * mm)
    B.run(["convert", p, rsh, "-geometry", "+%d+%d" % (int(cx - tw / 2 + dx), int(cy - th / 2 + dy)), "-compose", "Multiply", "-composite",
           rot, "-geometry", "+%d+%d" % (int(cx - tw / 2), int(cy - th / 2)), "-compose", "Over", "-composite", p])
    for f in (tile, shadow, rot, rsh):
        os.remove(f)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h133-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "washers" in opts and i % 2 == 0:   # on the first, third ... page
            washers(p, r, mm)
        if "knife" in opts and i != 1:   # the knife lay on every page photographed but the second
            knife(p, r, mm)


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
