#!/usr/bin/env python3
"""Pre-build step of testdata/heldout139: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo and x-scanpdf:…:photo, before
heldout7's phone photo):

  :hexkey       (scans) an L-shaped Allen key (内六角扳手, black-oxide
                steel, about 5 mm across) left on the scanner glass from
                the workshop: the long arm lying in a side margin of the
                lower half of the page, the short arm pointing into the
                text or off the edge, a grey highlight along each arm and a
                soft shadow where the lid does not press it flat.
  :stethoscope  (phone photos) the care sheet photographed on the nursing
                station's desk with a stethoscope (听诊器) lying on it: the
                chest piece (a steel disc 40-46 mm across) at a lower
                corner, the thick coloured tubing looping along the foot of
                the page, the metal ear tubes and black ear tips near the
                other lower corner, a soft shadow under all of it.

Methods used: `x-scanpdf:<dpi>[:mono|:color][:hexkey]`,
`x-scanpdf:<dpi>:photo:stethoscope`, `x-photo:<dpi>:<font>:stethoscope`.
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
OPTIONS = ("hexkey", "stethoscope")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def _rot(pts, a, ox, oy):
    ca, sa = math.cos(a), math.sin(a)
    return [(ox + x * ca - y * sa, oy + x * sa + y * ca) for x, y in pts]


def _poly(pts):
    return "polygon " + " ".join("%d,%d" % (x, y) for x, y in pts)


def hexkey(p, r, mm):
    W, H = P.size_of(p)
    left = r.random() < 0.5
    T = r.uniform(4.6, 5.4) * mm            # across the flats
    L = r.uniform(70, 88) * mm              # long arm
    S = r.uniform(19, 24) * mm              # short arm
    inward = r.random() < 0.5
    s = (1 if left else -1) * (1 if inward else -1)
    a = math.radians(r.uniform(-9, 9))
    ox = (r.uniform(6, 10) * mm) if left else (W - r.uniform(6, 10) * mm)
    oy = H * r.uniform(0.50, 0.66)
    h = T / 2
    arm1 = _rot([(-h, 0), (h, 0), (h, L), (-h, L)], a, ox, oy)
    arm2 = _rot([(0, L - h), (s * S, L - h), (s * S, L + h), (0, L + h)], a, ox, oy)
    bend = _rot([(0, L)], a, ox, oy)[0]
    shapes = [_poly(arm1), _poly(arm2), "circle %d,%d %d,%d" % (bend[0], bend[1], bend[0] + h, bend[1])]
    # the shadow: the key's outline, blurred and shifted a little away from the lamp
    sh = p + ".hk.png"
    dx, dy = 1.2 * mm, 1.6 * mm
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62", "-stroke", "gray62", "-strokewidth", "%d" % int(1.6 * mm)]
    for pts in (arm1, arm2):
        cmd += ["-draw", _poly([(x + dx, y + dy) for x, y in pts])]
    B.run(cmd + ["-blur", "0x%d" % max(3, int(1.8 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-stroke", "none", "-fill", "gray13"]
    for x in shapes:
        cmd += ["-draw", x]
    # a grey highlight along one face of each arm, a lighter chamfer at each tip
    hl1 = _rot([(-h * 0.45, 1.2 * mm), (-h * 0.45, L - h)], a, ox, oy)
    hl2 = _rot([(0, L - h * 0.45), (s * (S - 1.2 * mm), L - h * 0.45)], a, ox, oy)
    cmd += ["-fill", "none", "-stroke", "gray52", "-strokewidth", "%d" % max(2, int(T / 6))]
    for q in (hl1, hl2):
        cmd += ["-draw", "line %d,%d %d,%d" % (q[0][0], q[0][1], q[1][0], q[1][1])]
    tip1 = _rot([(-h, 0), (h, 0), (h, 0.9 * mm), (-h, 0.9 * mm)], a, ox, oy)
    tip2 = _rot([(s * (S - 0.9 * mm), L - h), (s * S, L - h), (s * S, L + h), (s * (S - 0.9 * mm), L + h)], a, ox, oy)
    cmd += ["-stroke", "none", "-fill", "gray32", "-draw", _poly(tip1), "-draw", _poly(tip2)]
    B.run(cmd + [p])


def _bezier(p0, p1, p2, p3, n=40):
    out = []
    for k in range(n + 1):
        t = k / float(n)
        u = 1 - t
        out.append((u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
                    u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1]))
    return out


def _line(pts):
    return "stroke-linecap round stroke-linejoin round polyline " + " ".join("%d,%d" % q for q in pts)


def stethoscope(p, r, mm):
    W, H = P.size_of(p)
    flip = r.random() < 0.5                 # chest piece at the lower right, or mirrored to the lower left
    colour, light = r.choice([("#1f2a44", "#4d5a7a"), ("#5a1f2b", "#8a4a56"), ("#1c1c1c", "#555555")])
    D = r.uniform(40, 46) * mm
    T = r.uniform(6.5, 7.5) * mm

    def X(pts):
        return [((W - x) if flip else x, y) for x, y in pts]
    cx, cy = X([(W * r.uniform(0.84, 0.88), H - D / 2 - r.uniform(0.012, 0.025) * H)])[0]
    stem0 = X([(W * 0.86 - 0.62 * D, H - D / 2 - 0.02 * H - 0.42 * D)])[0]
    J = (W * r.uniform(0.30, 0.36), H - r.uniform(0.065, 0.08) * H)               # the Y junction (unflipped)
    tube = X(_bezier(X([stem0])[0], (W * 0.62, H - 0.125 * H), (W * 0.48, H + 0.01 * H), J))
    ears = []
    for dy in (-0.04, 0.022):
        e3 = (W * r.uniform(0.06, 0.09), J[1] + dy * H)
        ears.append(X(_bezier(J, (J[0] - 0.07 * W, J[1] + dy * 0.2 * H), (e3[0] + 0.05 * W, e3[1]), e3, 24)))
    stem = stem0
    # the shadow under everything
    sh = p + ".st.png"
    off = (1.8 * mm, 2.4 * mm)

    def moved(pts):
        return [(x + off[0], y + off[1]) for x, y in pts]
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "gray55",
           "-strokewidth", "%d" % int(T), "-draw", _line(moved(tube)), "-strokewidth", "%d" % int(3 * mm)]
    for e in ears:
        cmd += ["-draw", _line(moved(e))]
    cmd += ["-stroke", "none", "-fill", "gray50", "-draw", "circle %d,%d %d,%d" % (cx + off[0], cy + off[1], cx + off[0] + D / 2, cy + off[1])]
    B.run(cmd + ["-blur", "0x%d" % max(4, int(2.6 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-fill", "none",
           # the metal ear tubes and the black ear tips
           "-stroke", "gray58", "-strokewidth", "%d" % int(3 * mm)]
    for e in ears:
        cmd += ["-draw", _line(e)]
    cmd += ["-stroke", "gray88", "-strokewidth", "%d" % max(1, int(0.6 * mm))]
    for e in ears:
        cmd += ["-draw", _line([(x - 0.5 * mm, y - 0.5 * mm) for x, y in e])]
    cmd += ["-stroke", "none", "-fill", "#141414"]
    for e in ears:
        ex, ey = e[-1]
        cmd += ["-draw", "ellipse %d,%d %d,%d 0,360" % (ex, ey, 4.5 * mm, 3.6 * mm)]
    # the tubing: coloured rubber with a sheen along it
    cmd += ["-fill", "none", "-stroke", colour, "-strokewidth", "%d" % int(T), "-draw", _line(tube),
            "-stroke", light, "-strokewidth", "%d" % max(2, int(T / 5)), "-draw", _line([(x - T / 4, y - T / 4) for x, y in tube]),
            # the stem and the chest piece: a steel disc, a dark rim, the pale diaphragm, a highlight
            "-stroke", "gray45", "-strokewidth", "%d" % int(4 * mm), "-draw", _line([stem, (cx + (0.3 * D if flip else -0.3 * D), cy - 0.3 * D)]),
            "-stroke", "gray30", "-strokewidth", "%d" % int(1 * mm), "-fill", "gray62",
            "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + D / 2, cy),
            "-stroke", "none", "-fill", "gray82", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + D * 0.38, cy),
            "-fill", "none", "-stroke", "gray96", "-strokewidth", "%d" % max(2, int(1.2 * mm)),
            "-draw", "arc %d,%d %d,%d 200,290" % (cx - D * 0.44, cy - D * 0.44, cx + D * 0.44, cy + D * 0.44)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h139-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "hexkey" in opts:
            hexkey(p, r, mm)
        if "stethoscope" in opts:
            stethoscope(p, r, mm)


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
