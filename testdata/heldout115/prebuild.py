#!/usr/bin/env python3
"""Pre-build step of testdata/heldout115: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, drawn on the clean page images BEFORE
heldout15's scanner simulation (and, for x-photo, before heldout7's photo):

  :moth   a dead moth (飞蛾) left on the scanner glass: a grey-brown body,
          two pairs of mottled, half-transparent wings, a dusting of wing
          scales round it and a faint shadow; one or two a page, mostly in
          the margins but one may lie over a line of text.
  :ants   a phone photo of a sheet lying on a table where ants (蚂蚁) walk:
          a wavy trail of 12-25 small black ants (three body segments, six
          thin legs, two antennae) across the page.

Methods used: `x-scanpdf:<dpi>[:...]:moth`, `x-photo:<dpi>:<font>:ants`.
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
OPTIONS = ("moth", "ants")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def moth(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    for k in range(r.randint(1, 2)):
        if k == 0 and r.random() < 0.5:
            cx, cy = int(W * r.uniform(0.25, 0.75)), int(H * r.uniform(0.3, 0.8))
        else:
            cx = int(r.choice([r.uniform(0.03, 0.09), r.uniform(0.91, 0.97)]) * W)
            cy = int(H * r.uniform(0.1, 0.9))
        s = r.uniform(7, 11) * mm
        ang = r.uniform(0, 2 * math.pi)

        def pt(dx, dy):
            return (cx + dx * math.cos(ang) - dy * math.sin(ang), cy + dx * math.sin(ang) + dy * math.cos(ang))
        # scales dust
        for _ in range(40):
            x, y = pt(r.gauss(0, s * 0.9), r.gauss(0, s * 0.9))
            rr = max(1, int(r.uniform(0.1, 0.35) * mm))
            cmd += ["-fill", "rgba(120,105,85,0.35)", "-stroke", "none", "-draw", "circle %d,%d %d,%d" % (x, y, x + rr, y)]
        # wings: two pairs
        for side in (-1, 1):
            for (fx, fy, fw) in ((0.25, 0.95, 0.55), (-0.35, 0.7, 0.42)):
                pts = [pt(fx * s, 0), pt((fx + 0.15) * s, side * fy * s), pt((fx - fw) * s, side * (fy * 0.9) * s), pt((fx - 0.2) * s, side * 0.1 * s)]
                cmd += ["-fill", "rgba(140,120,95,0.55)", "-stroke", "rgba(90,75,60,0.7)", "-strokewidth", "1",
                        "-draw", "polygon " + " ".join("%d,%d" % q for q in pts)]
                for _ in range(3):
                    x, y = pt((fx - r.uniform(0, fw)) * s, side * r.uniform(0.2, fy * 0.8) * s)
                    cmd += ["-fill", "rgba(70,58,45,0.6)", "-stroke", "none", "-draw", "circle %d,%d %d,%d" % (x, y, x + max(1, int(0.5 * mm)), y)]
        # body and antennae
        a, b = pt(0.55 * s, 0), pt(-0.6 * s, 0)
        cmd += ["-fill", "none", "-stroke", "rgb(60,48,38)", "-strokewidth", "%d" % max(3, int(1.3 * mm)), "-draw", "line %d,%d %d,%d" % (a + b)]
        for side in (-1, 1):
            q = pt(1.0 * s, side * 0.35 * s)
            cmd += ["-strokewidth", "1", "-draw", "line %d,%d %d,%d" % (a + q)]
    B.run(cmd + [p])


def ants(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    x, y = W * r.uniform(0.05, 0.3), H * r.uniform(0.05, 0.95)
    ang = r.uniform(-0.5, 0.5)
    for k in range(r.randint(12, 25)):
        ang += r.uniform(-0.35, 0.35)
        step = r.uniform(5, 14) * mm
        x, y = x + step * math.cos(ang), y + step * math.sin(ang)
        if not (0 < x < W and 0 < y < H):
            break
        a = ang + r.uniform(-0.6, 0.6)
        L = r.uniform(2.2, 3.2) * mm
        ca, sa = math.cos(a), math.sin(a)
        segs = [(-0.45, 0.28), (0.0, 0.18), (0.42, 0.22)]
        for (o, rad) in segs:
            cx, cy = x + ca * o * L, y + sa * o * L
            rr = max(1, int(rad * L))
            cmd += ["-fill", "rgb(25,18,14)", "-stroke", "none", "-draw", "ellipse %d,%d %d,%d %d,360" % (cx, cy, rr, max(1, int(rr * 0.8)), 0)]
        for side in (-1, 1):
            for o in (-0.15, 0.0, 0.15):
                bx, by = x + ca * o * L, y + sa * o * L
                ex = bx - sa * side * 0.45 * L + ca * o * 1.5 * L
                ey = by + ca * side * 0.45 * L + sa * o * 1.5 * L
                cmd += ["-fill", "none", "-stroke", "rgb(30,22,18)", "-strokewidth", "1", "-draw", "line %d,%d %d,%d" % (bx, by, ex, ey)]
            hx, hy = x + ca * 0.55 * L, y + sa * 0.55 * L
            cmd += ["-draw", "line %d,%d %d,%d" % (hx, hy, hx + ca * 0.4 * L - sa * side * 0.3 * L, hy + sa * 0.4 * L + ca * side * 0.3 * L)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h115-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "moth" in opts:
            moth(p, r, mm)
        if "ants" in opts:
            ants(p, r, mm)


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
