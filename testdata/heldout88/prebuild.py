#!/usr/bin/env python3
"""Pre-build step of testdata/heldout88: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :earbuds   a pair of wired earphones left on the scanner glass: a thin
             white cable with a grey edge wandering across the lower part of the
             sheet, the two ear pieces (rounded white heads with a dark
             mesh dot) and the small in-line remote, each with a soft shadow
             where the lid did not press them flat.
  :guazi     a phone photo of homework lying on a desk where someone had
             been eating sunflower seeds (嗑瓜子): six to eleven empty seed
             shells, black with pale grey stripes, some split open showing
             the whitish inside, scattered over the lower part of the page,
             each with a small soft shadow.

Methods used: `x-scanpdf:<dpi>[:earbuds]`, `x-photo:<dpi>:<font>[:guazi]`.
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
OPTIONS = ("earbuds", "guazi")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def bez(p0, p1, p2, p3, n=40):
    out = []
    for j in range(n + 1):
        t = j / float(n)
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3
        out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return out


def earbuds(p, r, mm):
    W, H = P.size_of(p)
    y0 = H * r.uniform(0.66, 0.72)
    y1 = H * r.uniform(0.8, 0.88)
    # the cable comes in from one side, loops across the middle band and ends in the two ear pieces
    side = r.choice((-1, 1))
    start = (W + 5 if side > 0 else -5, y0)
    fork = (W * r.uniform(0.3, 0.7), y1)
    main = bez(start, (W * r.uniform(0.4, 0.9), y0 - H * 0.08), (W * r.uniform(0.1, 0.6), y1 + H * 0.1), fork)
    ends = [(fork[0] - r.uniform(25, 45) * mm, fork[1] + r.uniform(-12, 12) * mm), (fork[0] + r.uniform(25, 45) * mm, fork[1] + r.uniform(-12, 12) * mm)]
    legs = [bez(fork, (fork[0] + (e[0] - fork[0]) * 0.3, fork[1] + 18 * mm), (e[0], e[1] + 10 * mm), e, 20) for e in ends]
    remote = main[int(len(main) * r.uniform(0.55, 0.75))]
    sh = p + ".shadow.png"
    scmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "gray72", "-strokewidth", "%d" % max(3, int(1.6 * mm))]
    off = int(0.8 * mm)
    for line in [main] + legs:
        scmd += ["-draw", "polyline " + " ".join("%d,%d" % (x + off, y + off) for x, y in line)]
    scmd += ["-stroke", "none", "-fill", "gray62"]
    for e in ends:
        scmd += ["-draw", "ellipse %d,%d %d,%d 0,360" % (e[0] + off, e[1] + off, int(5.5 * mm), int(6.5 * mm))]
    scmd += ["-draw", "roundrectangle %d,%d %d,%d %d,%d" % (remote[0] - 3 * mm + off, remote[1] - 9 * mm + off, remote[0] + 3 * mm + off, remote[1] + 9 * mm + off, 2 * mm, 2 * mm)]
    B.run(scmd + ["-blur", "0x%d" % max(2, int(1.2 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-fill", "none"]
    for line in [main] + legs:
        pts = " ".join("%d,%d" % q for q in line)
        cmd += ["-stroke", "gray60", "-strokewidth", "%d" % max(2, int(1.3 * mm)), "-draw", "polyline " + pts,
                "-stroke", "gray97", "-strokewidth", "%d" % max(1, int(0.8 * mm)), "-draw", "polyline " + pts]
    for e in ends:
        cmd += ["-stroke", "gray55", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-fill", "gray96",
                "-draw", "ellipse %d,%d %d,%d 0,360" % (e[0], e[1], int(5 * mm), int(6 * mm)),
                "-stroke", "none", "-fill", "gray30", "-draw", "ellipse %d,%d %d,%d 0,360" % (e[0], e[1] - 2 * mm, int(2 * mm), int(1.5 * mm))]
    cmd += ["-stroke", "gray55", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-fill", "gray95",
            "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (remote[0] - 2.6 * mm, remote[1] - 8 * mm, remote[0] + 2.6 * mm, remote[1] + 8 * mm, 2 * mm, 2 * mm),
            "-fill", "gray70", "-draw", "rectangle %d,%d %d,%d" % (remote[0] - 1.2 * mm, remote[1] - 2 * mm, remote[0] + 1.2 * mm, remote[1] + 2 * mm)]
    B.run(cmd + [p])


def guazi(p, r, mm):
    W, H = P.size_of(p)
    sh = p + ".shadow.png"
    shells = []
    for k in range(r.randint(6, 11)):
        cx, cy = W * r.uniform(0.06, 0.94), H * r.uniform(0.42, 0.96)
        ang = r.uniform(0, math.pi)
        L, Wd = r.uniform(8, 11) * mm, r.uniform(4.2, 5.5) * mm
        split = r.random() < 0.4
        shells.append((cx, cy, ang, L, Wd, split))

    def outline(cx, cy, ang, L, Wd, dx=0.0):
        pts = []
        for j in range(24):
            t = 2 * math.pi * j / 24
            u = L / 2 * math.cos(t)
            w = Wd / 2 * math.sin(t) * (0.55 + 0.45 * (1 + math.cos(t)) / 2)   # a teardrop: broad end at +u
            pts.append((cx + u * math.cos(ang) - (w + dx) * math.sin(ang), cy + u * math.sin(ang) + (w + dx) * math.cos(ang)))
        return " ".join("%d,%d" % q for q in pts)
    scmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray60", "-stroke", "none"]
    for cx, cy, ang, L, Wd, split in shells:
        scmd += ["-draw", "polygon " + outline(cx + 0.9 * mm, cy + 1.1 * mm, ang, L, Wd)]
    B.run(scmd + ["-blur", "0x%d" % max(2, int(1.0 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p]
    for cx, cy, ang, L, Wd, split in shells:
        cmd += ["-stroke", "gray25", "-strokewidth", "1", "-fill", "gray12", "-draw", "polygon " + outline(cx, cy, ang, L, Wd)]
        if split:   # the opened half shows the pale inside
            cmd += ["-fill", "gray86", "-stroke", "none", "-draw", "polygon " + outline(cx, cy, ang, L * 0.86, Wd * 0.62)]
        else:   # the pale stripes along the shell
            for sgn in (-1, 0, 1):
                a = (cx - 0.38 * L * math.cos(ang) + sgn * 0.16 * Wd * math.sin(ang), cy - 0.38 * L * math.sin(ang) - sgn * 0.16 * Wd * math.cos(ang))
                b = (cx + 0.4 * L * math.cos(ang) + sgn * 0.22 * Wd * math.sin(ang), cy + 0.4 * L * math.sin(ang) - sgn * 0.22 * Wd * math.cos(ang))
                cmd += ["-stroke", "gray78", "-strokewidth", "%d" % max(1, int(0.35 * mm)), "-draw", "line %d,%d %d,%d" % (a + b)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h88-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "earbuds" in opts:
            earbuds(p, r, mm)
        if "guazi" in opts:
            guazi(p, r, mm)


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
