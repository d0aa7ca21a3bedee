#!/usr/bin/env python3
"""Pre-build step of testdata/heldout44: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, new ways a sheet goes wrong before it
reaches a school's scanner or phone. They act on the clean page images
BEFORE heldout15's scanner simulation (and, for x-photo, before heldout7's
phone photo); the wiring is heldout28's:

  :nozzle   the school's inkjet printer had clogged nozzles: the print head
            lays the page down in swaths 6-9 mm high, and in most swaths the
            same two or three nozzle rows printed nothing, so thin white lines
            run right through the print at the same place of every swath;
            every second swath is also shifted 1-3 px sideways (the head's
            two directions out of register).
  :grease   the sheet was handled in a workshop or kitchen with greasy
            fingers: two to four translucent brownish fingerprints (an oval
            blot with the ridge arcs in it), darker at the middle.
  :sunfade  the sheet lay on a windowsill in the sun: from one edge towards
            the middle the paper turns yellowish and the print fades to a
            light grey (still legible), with a soft boundary.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:nozzle|:grease]`,
`x-scan:<dpi>:<font>[:color]`, `x-photo:<dpi>:<font>[:grease|:sunfade]`.
heldout7 and heldout15 ignore the options they do not know.

Usage: prebuild.py DIR SEED
"""
import importlib.util
import json
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
OPTIONS = ("nozzle", "grease", "sunfade")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def nozzle(p, r, mm):
    W, H = P.size_of(p)
    sw = int(r.uniform(6, 9) * mm)
    offs = sorted(r.sample(range(2, sw - 2), r.randint(2, 3)))
    lw = max(1, int(0.12 * mm))
    cmd = ["convert", p]
    y, k = 0, 0
    parts = []
    while y < H:
        parts.append((y, min(sw, H - y), k))
        y += sw
        k += 1
    draws = []
    for y0, h, k in parts:
        if r.random() < 0.8:
            for o in offs:
                if o < h:
                    draws.append("rectangle 0,%d %d,%d" % (y0 + o, W, y0 + o + lw - 1))
    # every second swath out of register: crop, roll, stack again
    shift = r.choice([-1, 1]) * r.randint(1, 3)
    tiles = []
    for y0, h, k in parts:
        t = ["(", "-clone", "0", "-crop", "%dx%d+0+%d" % (W, h, y0), "+repage"]
        if k % 2:
            t += ["-background", "white", "-roll", "%+d+0" % shift]
        tiles += t + [")"]
    B.run(cmd + tiles + ["-delete", "0", "-append", "-extent", "%dx%d" % (W, H), p])
    if draws:
        args = ["convert", p, "-fill", "white", "-stroke", "none"]
        for dd in draws:
            args += ["-draw", dd]
        B.run(args + [p])


def grease(p, r, mm):
    W, H = P.size_of(p)
    m = p + ".grease.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:none"]
    for _ in range(r.randint(2, 4)):
        x, y = r.randint(int(W * 0.08), int(W * 0.92)), r.randint(int(H * 0.06), int(H * 0.94))
        a = r.randint(0, 179)
        rx, ry = r.uniform(6.5, 9) * mm, r.uniform(8.5, 12) * mm
        cmd += ["-stroke", "none", "-fill", "rgba(150,120,70,0.16)",
                "-draw", "translate %d,%d rotate %d ellipse 0,0 %d,%d 0,360" % (x, y, a, rx, ry),
                "-fill", "rgba(130,100,55,0.10)",
                "-draw", "translate %d,%d rotate %d ellipse 0,0 %d,%d 0,360" % (x, y, a, rx * 0.6, ry * 0.6),
                "-fill", "none", "-stroke", "rgba(110,85,45,0.22)", "-strokewidth", "%d" % max(1, int(0.18 * mm))]
        k = 0.9
        while k > 0.12:
            a0 = r.randint(0, 120)
            cmd += ["-draw", "translate %d,%d rotate %d ellipse 0,0 %d,%d %d,%d" % (x, y, a, rx * k, ry * k, a0, a0 + r.randint(200, 320))]
            k -= 0.5 * mm / ry + 0.035
    B.run(cmd + ["-blur", "0x0.7", m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def sunfade(p, r, mm):
    W, H = P.size_of(p)
    side = r.choice(["left", "right", "top"])
    depth = r.uniform(0.35, 0.6)
    g = p + ".sun.png"
    f = p + ".faded.png"
    if side == "top":
        grad = ["-size", "%dx%d" % (W, int(H * depth)), "gradient:white-black", "-gravity", "north", "-background", "black", "-extent", "%dx%d" % (W, H)]
    else:
        grad = ["-size", "%dx%d" % (H, int(W * depth)), "gradient:white-black", "-rotate", "-90" if side == "left" else "90",
                "-gravity", "west" if side == "left" else "east", "-background", "black", "-extent", "%dx%d" % (W, H)]
    B.run(["convert"] + grad + ["-colorspace", "gray", g])
    B.run(["convert", p, "+level", "%d%%,100%%" % r.randint(30, 42), "-fill", "#f2dfa6", "-colorize", "%d" % r.randint(16, 24), f])
    B.run(["convert", p, f, g, "-composite", p])
    os.remove(g)
    os.remove(f)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h44-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "sunfade" in opts:
            sunfade(p, r, mm)
        if "nozzle" in opts:
            nozzle(p, r, mm)
        if "grease" in opts:
            grease(p, r, mm)


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
