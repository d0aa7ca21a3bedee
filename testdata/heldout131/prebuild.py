#!/usr/bin/env python3
"""Pre-build step of testdata/heldout131: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new things that lie on the page while it
is captured. They are drawn on the clean page images BEFORE heldout15's
scanner simulation (and, for photos, before heldout7's phone photo):

  :clipper   a steel nail clipper (指甲刀) left on the scanner glass: a
             grey metal body with rounded ends, the lever folded over it
             with its round rivet, a keyring hole at the back end, a bright
             specular streak along the body and a soft shadow, lying at a
             slant in the left or right margin.
  :comb      a plastic pocket comb (梳子) lying on the sheet when it was
             photographed: a translucent dark-brown spine with a row of
             thin teeth, the page seen through the plastic, each tooth
             casting a faint shadow; near the bottom of the page.

Methods used: `x-scanpdf:<dpi>[:...][:clipper]`, `x-scanpdf:<dpi>:photo:comb`,
`x-photo:<dpi>:<font>:comb`. heldout7 and heldout15 ignore the options they
do not know.

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
OPTIONS = ("clipper", "comb")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def rot(pts, cx, cy, a):
    ca, sa = math.cos(a), math.sin(a)
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]


def poly(pts):
    return "polygon " + " ".join("%d,%d" % (x, y) for x, y in pts)


def capsule(L, R, n=10):
    """A rounded bar from -L/2 to L/2 along x, radius R, as a polygon."""
    pts = []
    for k in range(n + 1):
        t = -math.pi / 2 + math.pi * k / n
        pts.append((L / 2 + R * math.cos(t), R * math.sin(t)))
    for k in range(n + 1):
        t = math.pi / 2 + math.pi * k / n
        pts.append((-L / 2 + R * math.cos(t), R * math.sin(t)))
    return pts


def clipper(p, r, mm, i):
    W, H = P.size_of(p)
    L = r.uniform(52, 58) * mm
    R = r.uniform(5.5, 6.5) * mm
    side = r.choice((-1, 1)) if i == 0 else (1 if i % 2 else -1)
    cx = W * (0.055 if side < 0 else 0.945) + side * r.uniform(-2, 2) * mm
    cy = H * r.uniform(0.35, 0.8)
    a = math.radians(r.uniform(72, 108) + (180 if r.random() < 0.5 else 0))
    body = rot(capsule(L, R), cx, cy, a)
    shadow = rot(capsule(L, R), cx + 1.8 * mm, cy + 2.2 * mm, a)
    sh = p + ".shadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62", "-draw", poly(shadow),
           "-blur", "0x%d" % max(3, int(1.6 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-stroke", "gray25", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-fill", "gray48", "-draw", poly(body)]
    # the jaw line near the front end and the keyring hole at the back end
    jaw = rot([(L * 0.42, -R * 0.8), (L * 0.42, R * 0.8)], cx, cy, a)
    hole = rot([(-L * 0.43, 0)], cx, cy, a)[0]
    cmd += ["-draw", "line %d,%d %d,%d" % (jaw[0][0], jaw[0][1], jaw[1][0], jaw[1][1]),
            "-fill", "white", "-draw", "circle %d,%d %d,%d" % (hole[0], hole[1], hole[0] + 1.6 * mm, hole[1])]
    # the lever folded over the body: a narrower bar, lighter, with the rivet
    lever = rot(capsule(L * 0.78, R * 0.55), cx, cy, a)
    lever = [(x + 0.4 * mm, y - 0.4 * mm) for x, y in lever]
    rv = rot([(L * 0.30, 0)], cx, cy, a)[0]
    cmd += ["-fill", "gray66", "-stroke", "gray30", "-draw", poly(lever),
            "-fill", "gray40", "-draw", "circle %d,%d %d,%d" % (rv[0], rv[1], rv[0] + 1.5 * mm, rv[1])]
    # a specular streak along the lever
    st = rot([(-L * 0.3, -R * 0.2), (L * 0.2, -R * 0.2)], cx, cy, a)
    cmd += ["-stroke", "gray92", "-strokewidth", "%d" % max(2, int(0.7 * mm)), "-draw", "line %d,%d %d,%d" % (st[0][0], st[0][1], st[1][0], st[1][1])]
    B.run(cmd + [p])


def comb(p, r, mm, i):
    W, H = P.size_of(p)
    L = r.uniform(110, 130) * mm
    sp = r.uniform(6, 7.5) * mm     # spine width
    tl = r.uniform(12, 15) * mm     # tooth length
    cx = W * r.uniform(0.42, 0.6)
    cy = H * r.uniform(0.905, 0.93)
    a = math.radians(r.uniform(-9, 9))
    shadow = p + ".cshadow.png"
    mask = p + ".cmask.png"
    teeth = []
    n = int(L / (1.9 * mm))
    for k in range(n):
        x = -L / 2 + (k + 0.5) * L / n
        tw = 0.55 * mm
        teeth.append([(x - tw, sp / 2), (x + tw, sp / 2), (x + tw * 0.6, sp / 2 + tl), (x - tw * 0.6, sp / 2 + tl)])
    spine = [(-L / 2, -sp / 2), (L / 2, -sp / 2), (L / 2, sp / 2), (-L / 2, sp / 2)]
    draws = ["-draw", poly(rot(spine, cx, cy, a))] + sum((["-draw", poly(rot(t_, cx, cy, a))] for t_ in teeth), [])
    sdraws = ["-draw", poly(rot(spine, cx + 1.2 * mm, cy + 1.6 * mm, a))] + sum((["-draw", poly(rot(t_, cx + 1.2 * mm, cy + 1.6 * mm, a))] for t_ in teeth), [])
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray72"] + sdraws + ["-blur", "0x%d" % max(2, int(0.8 * mm)), shadow])
    B.run(["convert", p, shadow, "-compose", "Multiply", "-composite", p])
    # the translucent brown plastic: multiply with a brown tint through the comb's shape
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "#c2a690"] + draws + [mask])
    B.run(["convert", p, mask, "-compose", "Multiply", "-composite", p])
    # a highlight along the spine
    hl = rot([(-L * 0.45, -sp * 0.25), (L * 0.45, -sp * 0.25)], cx, cy, a)
    B.run(["convert", p, "-stroke", "#c8b6a8", "-strokewidth", "%d" % max(2, int(0.6 * mm)),
           "-draw", "line %d,%d %d,%d" % (hl[0][0], hl[0][1], hl[1][0], hl[1][1]), p])
    os.remove(shadow)
    os.remove(mask)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h131-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "clipper" in opts:
            clipper(p, r, mm, i)
        if "comb" in opts:
            comb(p, r, mm, i)


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
