#!/usr/bin/env python3
"""Pre-build step of testdata/heldout148: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, drawn on the clean page images BEFORE
heldout15's scanner simulation (and, for photos, before heldout7's photo):

  :sparkplug  a spark plug (火花塞) from the workshop left lying on the
              scanner glass: a white ceramic insulator with its ribs and
              terminal nut, the steel hex, the threaded shell and the bent
              ground electrode, about 80 x 21 mm, slightly turned, with the
              grey halo of the lid held open by it; in the bottom margin or
              along the left margin of the lower half.
  :mapleleaf  a phone photo with a dried red-orange maple leaf (枫叶, a
              pressed autumn leaf used as a bookmark) lying on the sheet in
              a bottom corner: five serrated lobes, darker veins, a stalk and a soft
              shadow; about 60-70 mm across.

Methods used: `x-scanpdf:<dpi>:sparkplug`, `x-scan:<dpi>:<font>:sparkplug`,
`x-photo:<dpi>:<font>:mapleleaf`, `x-scanpdf:<dpi>:photo:mapleleaf`.
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
OPTIONS = ("sparkplug", "mapleleaf")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def rot(pts, cx, cy, a):
    ca, sa = math.cos(a), math.sin(a)
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]


def poly(pts):
    return "polygon " + " ".join("%d,%d" % (x, y) for x, y in pts)


def sparkplug(p, r, mm):
    """Drawn along its own x axis (terminal at x=0, electrode at x=L), then turned and placed."""
    W, H = P.size_of(p)
    if r.random() < 0.6:   # the bottom margin, lying nearly flat
        a = r.uniform(-0.10, 0.10) + (math.pi if r.random() < 0.5 else 0)
        cx, cy = W * r.uniform(0.30, 0.70), H - r.uniform(9, 11) * mm
    else:                  # along the left margin, lower half
        a = math.pi / 2 + r.uniform(-0.08, 0.08)
        cx, cy = r.uniform(9, 10.5) * mm, H * r.uniform(0.62, 0.80)
    L = 80 * mm
    ox = -L / 2   # centre the plug on (cx, cy)

    def T(pts):
        return rot([(x + ox, y) for x, y in pts], cx, cy, a)
    # the lid held open by the plug: a soft grey halo round it
    halo = p + ".halo.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray72",
           "-draw", poly(T([(-3 * mm, -13 * mm), (L + 4 * mm, -13 * mm), (L + 4 * mm, 13 * mm), (-3 * mm, 13 * mm)])),
           "-blur", "0x%d" % max(4, int(4 * mm)), halo])
    B.run(["convert", p, halo, "-compose", "Multiply", "-composite", p])
    os.remove(halo)
    sw = "%d" % max(1, int(0.35 * mm))
    cmd = ["convert", p, "-stroke", "gray20", "-strokewidth", sw]
    # terminal nut
    cmd += ["-fill", "gray55", "-draw", poly(T([(0, -2.6 * mm), (6 * mm, -2.6 * mm), (6 * mm, 2.6 * mm), (0, 2.6 * mm)]))]
    # ceramic insulator (white, slightly warm), with five ribs
    cmd += ["-fill", "gray95", "-draw", poly(T([(6 * mm, -4.6 * mm), (34 * mm, -5.4 * mm), (34 * mm, 5.4 * mm), (6 * mm, 4.6 * mm)]))]
    for k in range(5):
        x = (9 + 4.6 * k) * mm
        cmd += ["-fill", "gray85", "-draw", poly(T([(x, -5.6 * mm), (x + 2.2 * mm, -5.6 * mm), (x + 2.2 * mm, 5.6 * mm), (x, 5.6 * mm)]))]
    # crimp ring and steel hex (dark, two flats visible)
    cmd += ["-fill", "gray45", "-draw", poly(T([(34 * mm, -6.5 * mm), (38 * mm, -7.5 * mm), (38 * mm, 7.5 * mm), (34 * mm, 6.5 * mm)]))]
    cmd += ["-fill", "gray30", "-draw", poly(T([(38 * mm, -10.5 * mm), (50 * mm, -10.5 * mm), (50 * mm, 10.5 * mm), (38 * mm, 10.5 * mm)]))]
    cmd += ["-stroke", "gray60", "-draw", "line %d,%d %d,%d" % tuple(c for q in T([(38 * mm, 0), (50 * mm, 0)]) for c in q), "-stroke", "gray20"]
    # gasket and the threaded shell with its threads
    cmd += ["-fill", "gray50", "-draw", poly(T([(50 * mm, -7.5 * mm), (52 * mm, -7.5 * mm), (52 * mm, 7.5 * mm), (50 * mm, 7.5 * mm)]))]
    cmd += ["-fill", "gray62", "-draw", poly(T([(52 * mm, -6.8 * mm), (74 * mm, -6.8 * mm), (74 * mm, 6.8 * mm), (52 * mm, 6.8 * mm)]))]
    for k in range(14):
        x = (53 + 1.5 * k) * mm
        cmd += ["-draw", "line %d,%d %d,%d" % tuple(c for q in T([(x, -6.8 * mm), (x + 0.9 * mm, 6.8 * mm)]) for c in q)]
    # centre electrode and the bent ground electrode
    cmd += ["-fill", "gray40", "-draw", poly(T([(74 * mm, -1.2 * mm), (77 * mm, -1.2 * mm), (77 * mm, 1.2 * mm), (74 * mm, 1.2 * mm)]))]
    cmd += ["-fill", "gray35", "-draw", poly(T([(74 * mm, 4.6 * mm), (79.5 * mm, 4.6 * mm), (79.5 * mm, -1.8 * mm), (78.2 * mm, -1.8 * mm),
                                                (78.2 * mm, 3.2 * mm), (74 * mm, 3.2 * mm)]))]
    # a highlight along the insulator
    cmd += ["-stroke", "white", "-strokewidth", "%d" % max(1, int(0.6 * mm)),
            "-draw", "line %d,%d %d,%d" % tuple(c for q in T([(8 * mm, -2.6 * mm), (32 * mm, -3.0 * mm)]) for c in q)]
    B.run(cmd + [p])


def leaf_outline(R, r):
    """A palmate five-lobed maple leaf, the stalk pointing down (+y), centred at the origin."""
    lobes = [(-90, 1.0), (-35, 0.92), (-145, 0.92), (20, 0.62), (-200, 0.62)]
    pts = []
    n = 360
    for k in range(n):
        th = -math.pi + 2 * math.pi * k / n
        deg = math.degrees(th)
        best = 0.28
        for c, ln in lobes:
            dd = (deg - c + 540) % 360 - 180
            w = 30.0
            if abs(dd) < w:
                best = max(best, 0.30 + (ln - 0.30) * (1 - (abs(dd) / w) ** 1.3))
        if abs(((deg - 90 + 540) % 360) - 180) < 20:   # the notch where the stalk meets the blade
            best = min(best, 0.22)
        teeth = 0.05 * best * (1 if k % 6 < 3 else -1)
        rr = R * (best + teeth + r.uniform(-0.008, 0.008))
        pts.append((rr * math.cos(th), rr * math.sin(th)))
    return pts, lobes


def mapleleaf(p, r, mm):
    W, H = P.size_of(p)
    R = r.uniform(30, 34) * mm
    corner = r.choice(["br", "bl"])   # a bottom corner: the names and heads stand at the top
    cx = {"br": W - R * 0.9, "bl": R * 0.9}[corner]
    cy = H - R * 1.0
    a = r.uniform(-0.6, 0.6)
    pts, lobes = leaf_outline(R, r)
    body = rot(pts, cx, cy, a)
    sh = p + ".leafsh.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62",
           "-draw", poly([(x + 2.5 * mm, y + 3 * mm) for x, y in body]), "-blur", "0x%d" % max(3, int(2 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    base = r.choice(["#b8321f", "#c2461d", "#a92a22"])
    cmd = ["convert", p, "-stroke", "#7a1d12", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-fill", base, "-draw", poly(body)]
    # an orange flush towards the centre
    inner = rot([(x * 0.55, y * 0.55 - 0.05 * R) for x, y in pts], cx, cy, a)
    cmd += ["-stroke", "none", "-fill", "#d8672a", "-draw", poly(inner)]
    # veins from the base to the lobe tips, and the stalk
    base_pt = rot([(0, 0.12 * R)], cx, cy, a)[0]
    cmd += ["-stroke", "#6d1a10", "-strokewidth", "%d" % max(1, int(0.45 * mm)), "-fill", "none"]
    for c, ln in lobes:
        tip = rot([(R * ln * 0.92 * math.cos(math.radians(c)), R * ln * 0.92 * math.sin(math.radians(c)))], cx, cy, a)[0]
        cmd += ["-draw", "line %d,%d %d,%d" % (base_pt[0], base_pt[1], tip[0], tip[1])]
    stalk = rot([(0, 0.12 * R), (0.05 * R, 0.55 * R), (0.12 * R, 0.85 * R)], cx, cy, a)
    cmd += ["-stroke", "#5a2a14", "-strokewidth", "%d" % max(2, int(0.8 * mm)),
            "-draw", "polyline " + " ".join("%d,%d" % q for q in stalk)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h148-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "sparkplug" in opts:
            sparkplug(p, r, mm)
        if "mapleleaf" in opts:
            mapleleaf(p, r, mm)


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
