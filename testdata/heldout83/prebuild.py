#!/usr/bin/env python3
"""Pre-build step of testdata/heldout83: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong while it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :setsquare  a clear plastic 30-60-90 set square (三角板) left lying on the
              scanner glass over the first page: a faint green-tinted
              triangle with a clear cut-out, bevelled darker edges and a
              printed millimetre scale with centimetre numbers along the
              long leg, in the lower right part of the page.
  :flare      a phone photo with a ceiling lamp just outside the frame: a
              bright blooming light near a top corner, a streak through it
              and a chain of faint tinted ghost discs towards the middle of
              the page (lens flare).

Methods used: `x-scanpdf:<dpi>[:mono|:color][:setsquare]`, `x-photo:<dpi>:<font>[:flare]`.
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
OPTIONS = ("setsquare", "flare")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def setsquare(p, r, mm):
    """A clear plastic 30-60-90 set square (三角板) left on the scanner glass."""
    W, H = P.size_of(p)
    L = r.uniform(120, 150) * mm          # the long leg
    S = L * 0.577                          # the short leg (tan 30)
    ang = math.radians(r.uniform(-25, 25) + r.choice([0, 180]))
    ox = W * r.uniform(0.55, 0.72)
    oy = H * r.uniform(0.62, 0.80)

    def rot(x, y):
        return (ox + x * math.cos(ang) - y * math.sin(ang), oy + x * math.sin(ang) + y * math.cos(ang))
    outer = [rot(0, 0), rot(-L, 0), rot(0, -S)]
    k = 0.42                               # the inner cut-out
    cx, cy = -L / 3, -S / 3
    inner = [rot(cx + (x - cx) * k, cy + (y - cy) * k) for x, y in [(0, 0), (-L, 0), (0, -S)]]
    poly = lambda pts: "polygon " + " ".join("%d,%d" % q for q in pts)
    m = p + ".sq.png"
    # the plastic: a faint greenish tint, the inner hole clear, darker bevelled edges
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "#dfeee6", "-draw", poly(outer),
           "-fill", "white", "-draw", poly(inner),
           "-fill", "none", "-stroke", "#8fa79a", "-strokewidth", "%d" % max(2, int(0.5 * mm)), "-draw", poly(outer),
           "-stroke", "#a9bdb2", "-strokewidth", "%d" % max(1, int(0.35 * mm)), "-draw", poly(inner), m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)
    # the printed scale along the long leg: a tick every mm, longer every 5 and 10, numbers every cm
    cmd = ["convert", p, "-stroke", "#3a4a42", "-strokewidth", "%d" % max(1, int(0.12 * mm))]
    n = int((L - 8 * mm) / mm)
    for i in range(n):
        x = -L + 4 * mm + i * mm
        t = 3.2 if i % 10 == 0 else (2.2 if i % 5 == 0 else 1.4)
        a, b = rot(x, -0.6 * mm), rot(x, -(0.6 + t) * mm)
        cmd += ["-draw", "line %d,%d %d,%d" % (a[0], a[1], b[0], b[1])]
    cmd += ["-stroke", "none", "-fill", "#3a4a42", "-pointsize", "%d" % max(8, int(2.4 * mm))]
    for i in range(0, n, 10):
        x = -L + 4 * mm + i * mm
        a = rot(x - 0.8 * mm, -5.8 * mm)
        cmd += ["-draw", "text %d,%d '%d'" % (a[0], a[1], i // 10)]
    B.run(cmd + [p])


def flare(p, r, mm):
    """A phone photo with a ceiling lamp just outside the frame: lens flare."""
    W, H = P.size_of(p)
    sx = W * r.choice([r.uniform(0.02, 0.12), r.uniform(0.88, 0.98)])
    sy = H * r.uniform(0.02, 0.10)
    tx, ty = W * r.uniform(0.45, 0.6), H * r.uniform(0.5, 0.7)
    m = p + ".fl.png"
    R = min(W, H) * r.uniform(0.16, 0.22)
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:black",
           "-fill", "gray82", "-draw", "circle %d,%d %d,%d" % (sx, sy, sx + R * 0.45, sy),
           "-fill", "gray45", "-draw", "circle %d,%d %d,%d" % (sx, sy, sx + R, sy)]
    # a streak through the light
    a = r.uniform(-0.5, 0.5)
    cmd += ["-stroke", "gray40", "-strokewidth", "%d" % max(3, int(1.2 * mm)),
            "-draw", "line %d,%d %d,%d" % (sx - W * math.cos(a), sy - W * math.sin(a), sx + W * math.cos(a), sy + W * math.sin(a)), "-stroke", "none"]
    # the ghosts: rings and discs along the line through the image centre
    for k, f in enumerate((0.35, 0.55, 0.8, 1.15, 1.4)):
        gx, gy = sx + (tx - sx) * f, sy + (ty - sy) * f
        rr = min(W, H) * r.uniform(0.02, 0.06)
        g = r.randint(16, 30)
        cmd += ["-fill", "gray%d" % g, "-draw", "circle %d,%d %d,%d" % (gx, gy, gx + rr, gy)]
    cmd += ["-blur", "0x%d" % max(4, int(2.5 * mm)), m]
    B.run(cmd)
    tint = r.choice(["#ffe9c8", "#e8f0ff", "#f6e4ff"])
    B.run(["convert", p, "(", m, "-fill", tint, "-tint", "100", ")", "-compose", "Screen", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h83-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "setsquare" in opts and i == 0:
            setsquare(p, r, mm)
        if "flare" in opts:
            flare(p, r, mm)


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
