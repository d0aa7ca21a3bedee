#!/usr/bin/env python3
"""Pre-build step of testdata/heldout140: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new things found on a page while it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for photos, before heldout7's phone photo):

  :hexkey  (scans) an L-shaped hex key (内六角扳手) from the workshop left
           on the scanner glass: a dark steel bar 4-5 mm thick and 65-85 mm
           long lying in a side margin, its short leg (18-24 mm) bent
           towards the edge of the sheet, a light line along the bar where
           the lamp catches it, a soft shadow beside it. The key does not
           move between sheets, so it stands at the same place on every
           page of the file.
  :yinni   (phone photos) an open round box of red seal paste (印泥盒), the
           one the teacher used to stamp the sheets, left standing on the
           lower corner of the LAST page of the file: a white plastic rim
           44-52 mm across with a grey edge, the red paste inside with a
           darker ring and a few pits, a soft shadow towards the bottom
           right. Drawn on the page, then photographed with it.

Methods used: `x-scanpdf:<dpi>[:...]:hexkey`, `x-photo:<dpi>:<font>:yinni`,
`x-scanpdf:<dpi>:photo:yinni`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("hexkey", "yinni")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def rot(pts, ang, ox, oy):
    c, s = math.cos(ang), math.sin(ang)
    return [(ox + x * c - y * s, oy + x * s + y * c) for x, y in pts]


def poly(pts):
    return "polygon " + " ".join("%d,%d" % (int(x), int(y)) for x, y in pts)


def hexkey_geom(W, H, r, mm):
    """Where the key lies: the same for every page of a file."""
    side = r.choice([-1, 1])              # -1: left margin, 1: right margin
    w = r.uniform(4.0, 5.0) * mm          # bar thickness
    L = r.uniform(65, 85) * mm            # long leg
    S = r.uniform(18, 24) * mm            # short leg
    x = int(r.uniform(5.5, 8.0) * mm) if side < 0 else int(W - r.uniform(5.5, 8.0) * mm)
    y = int(H * r.uniform(0.42, 0.62))
    ang = math.radians(r.uniform(-3.0, 3.0))
    return side, w, L, S, x, y, ang


def hexkey(p, geom, mm):
    side, w, L, S, x, y, ang = geom
    # local frame: the long leg along +y from 0 to L, centred on x=0; the short leg at the bottom end, towards the edge
    long_leg = [(-w / 2, 0), (w / 2, 0), (w / 2, L), (-w / 2, L)]
    sx = side * S
    short_leg = [(0, L - w), (sx, L - w), (sx, L), (0, L)]
    bend = [(-w / 2, L - w), (w / 2, L - w), (w / 2, L), (-w / 2, L)]
    legs = [rot(q, ang, x, y) for q in (long_leg, short_leg, bend)]
    sh = p + ".shadow.png"
    Wp, Hp = P.size_of(p)
    off = (1.0 * mm, 1.4 * mm)
    cmd = ["convert", "-size", "%dx%d" % (Wp, Hp), "xc:white", "-fill", "gray62"]
    for q in legs:
        cmd += ["-draw", poly([(a + off[0], b + off[1]) for a, b in q])]
    B.run(cmd + ["-blur", "0x%d" % max(2, int(1.1 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-stroke", "none", "-fill", "#2a2b2d"]
    for q in legs:
        cmd += ["-draw", poly(q)]
    # the hexagonal faces: two flats, one lighter, along each leg
    hl = rot([(-w * 0.22, 1.2 * mm), (-w * 0.08, 1.2 * mm), (-w * 0.08, L - w - 0.8 * mm), (-w * 0.22, L - w - 0.8 * mm)], ang, x, y)
    hs = rot([(side * 0.8 * mm + (0 if side > 0 else -0), L - w * 0.58), (sx - side * 1.0 * mm, L - w * 0.58),
              (sx - side * 1.0 * mm, L - w * 0.42), (side * 0.8 * mm, L - w * 0.42)], ang, x, y)
    cmd += ["-fill", "#67696c", "-draw", poly(hl), "-fill", "#5d6063", "-draw", poly(hs)]
    # the cut ends: a lighter hexagon-ish cap
    cap = rot([(-w / 2, 0), (w / 2, 0), (w / 2, 0.7 * mm), (-w / 2, 0.7 * mm)], ang, x, y)
    cmd += ["-fill", "#55585c", "-draw", poly(cap)]
    B.run(cmd + [p])


def yinni(p, r, mm):
    W, H = P.size_of(p)
    R = r.uniform(22, 26) * mm
    right = r.random() < 0.7
    cx = W - r.uniform(25, 31) * mm if right else r.uniform(25, 31) * mm
    cy = H - r.uniform(24, 30) * mm
    sh = p + ".shadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray55",
           "-draw", "circle %d,%d %d,%d" % (cx + 2.5 * mm, cy + 3 * mm, cx + 2.5 * mm + R, cy + 3 * mm),
           "-blur", "0x%d" % max(3, int(2.5 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    rin = R - r.uniform(3.2, 4.2) * mm
    B.run(["convert", p,
           "-fill", "#ece8e0", "-stroke", "#77736c", "-strokewidth", "%d" % max(2, int(0.5 * mm)),
           "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + R, cy),
           "-fill", "none", "-stroke", "#f8f6f2", "-strokewidth", "%d" % max(1, int(0.6 * mm)),
           "-draw", "arc %d,%d %d,%d 200,290" % (cx - R + 1.2 * mm, cy - R + 1.2 * mm, cx + R - 1.2 * mm, cy + R - 1.2 * mm), p])
    # the paste: a radial shading with grain, pits where the seal was pressed, cut to a disc
    D = int(2 * rin) + 2
    paste, mask = p + ".paste.png", p + ".mask.png"
    cmd = ["convert", "-size", "%dx%d" % (D, D), "radial-gradient:#c4222b-#7e0b12", "-seed", str(r.randint(1, 1 << 30)),
           "-attenuate", "0.35", "+noise", "Multiplicative"]
    for _ in range(r.randint(5, 9)):
        a, dd = r.uniform(0, 2 * math.pi), r.uniform(0, 0.7) * rin
        px, py = D / 2 + dd * math.cos(a), D / 2 + dd * math.sin(a)
        pr = r.uniform(0.8, 2.4) * mm
        cmd += ["-fill", r.choice(["#86101a", "#b8262e", "#9a141c"]), "-draw", "circle %d,%d %d,%d" % (px, py, px + pr, py)]
    B.run(cmd + ["-blur", "0x%.1f" % max(0.8, 0.15 * mm), paste])
    B.run(["convert", "-size", "%dx%d" % (D, D), "xc:black", "-fill", "white", "-draw", "circle %d,%d %d,%d" % (D / 2, D / 2, D - 1, D / 2), mask])
    B.run(["convert", paste, mask, "-alpha", "off", "-compose", "CopyOpacity", "-composite", paste])
    B.run(["convert", p, paste, "-geometry", "+%d+%d" % (int(cx - D / 2), int(cy - D / 2)), "-compose", "Over", "-composite",
           "-fill", "none", "-stroke", "#5e1010", "-strokewidth", "%d" % max(2, int(0.6 * mm)),
           "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + rin, cy), p])
    os.remove(paste)
    os.remove(mask)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h140-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    if "hexkey" in opts and pngs:
        W, H = P.size_of(pngs[0])
        geom = hexkey_geom(W, H, r, mm)
        for p in pngs:
            hexkey(p, geom, mm)
    if "yinni" in opts and pngs:
        yinni(pngs[-1], r, mm)


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
