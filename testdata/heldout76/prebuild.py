#!/usr/bin/env python3
"""Pre-build step of testdata/heldout76: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :chalk   the sheets went through a teacher's chalky hands (粉笔灰) before
           the scan: two to four powdery smears of coloured chalk dust
           (yellow, pale pink or white-grey), each a soft, grainy, elongated
           patch, sometimes as three parallel finger wipes, laid OVER the
           ink at 30-50 % cover, so the print under it is lightened.
  :ribbon  a phone photo of a sheet kept in a book with a satin bookmark
           ribbon (书签丝带): a dark red ribbon 5-7 mm wide lying across the
           page from the top edge, near-vertical, a soft shadow on one side,
           a sheen stripe along it and a swallow-tail cut end.

Methods used: `x-scanpdf:<dpi>[:...]:chalk`, `x-photo:<dpi>:<font>:ribbon`.
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
OPTIONS = ("chalk", "ribbon")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def chalk(p, r, mm):
    W, H = P.size_of(p)
    colour = r.choice(["#f2e27a", "#f4c6cf", "#e6e6e0", "#f2e27a"])
    m = p + ".chalk.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:black", "-fill", "white"]
    for k in range(r.randint(2, 4)):
        cx, cy = r.uniform(0.1, 0.9) * W, r.uniform(0.12, 0.95) * H
        ang = r.uniform(-40, 40)
        L = r.uniform(25, 60) * mm
        if r.random() < 0.5:   # three parallel finger wipes
            for f in range(3):
                off = (f - 1) * r.uniform(5, 7) * mm
                cmd += ["-draw", "translate %d,%d rotate %.1f ellipse 0,%d %d,%d 0,360" % (cx, cy, ang, off, L * r.uniform(0.7, 1.0), r.uniform(1.3, 2.2) * mm)]
        else:
            cmd += ["-draw", "translate %d,%d rotate %.1f ellipse 0,0 %d,%d 0,360" % (cx, cy, ang, L, r.uniform(5, 11) * mm)]
    cmd += ["-blur", "0x%d" % max(3, int(1.8 * mm)), m]
    B.run(cmd)
    g = p + ".grain.png"
    # a powdery grain: random noise, slightly blurred, multiplied into the mask; cover 30-50 %
    B.run(["convert", "-size", "%dx%d" % (W, H), "-seed", str(r.randint(1, 1 << 30)), "xc:gray60", "+noise", "Random",
           "-colorspace", "gray", "-blur", "0x0.8", "-level", "20%,90%", g])
    B.run(["convert", m, g, "-compose", "Multiply", "-composite", "-evaluate", "multiply", "%.2f" % r.uniform(0.30, 0.50), m])
    B.run(["convert", p, "(", "-size", "%dx%d" % (W, H), "xc:%s" % colour, ")", m, "-compose", "Over", "-composite", p])
    os.remove(m)
    os.remove(g)


def ribbon(p, r, mm):
    W, H = P.size_of(p)
    w = r.uniform(5, 7) * mm
    x0 = r.uniform(0.66, 0.84) * W
    x1 = x0 + r.choice([-1, 1]) * r.uniform(0.02, 0.08) * W
    y1 = r.uniform(0.55, 0.85) * H
    dx, dy = x1 - x0, y1
    Ln = math.hypot(dx, dy)
    nx, ny = -dy / Ln * w / 2, dx / Ln * w / 2
    ux, uy = dx / Ln, dy / Ln
    notch = 1.6 * w
    # the ribbon: a band from the top edge down to a swallow-tail end
    poly = [(x0 + nx, 0), (x1 + nx, y1), (x1 - ux * notch, y1 - uy * notch), (x1 - nx, y1), (x0 - nx, 0)]
    sh = p + ".rshadow.png"
    so = 1.2 * mm
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray55", "-draw",
           "polygon " + " ".join("%d,%d" % (a + so, b + so * 0.6) for a, b in poly), "-blur", "0x%d" % max(2, int(1.0 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    sheen = [(x0 + nx * 0.25, 0), (x1 + nx * 0.25, y1), (x1 - ux * notch * 0.6 - nx * 0.15, y1 - uy * notch * 0.6), (x0 - nx * 0.15, 0)]
    B.run(["convert", p, "-stroke", "none", "-fill", r.choice(["#8e1a22", "#7d1420", "#a01f28"]),
           "-draw", "polygon " + " ".join("%d,%d" % q for q in poly),
           "-fill", "#c4444c", "-draw", "polygon " + " ".join("%d,%d" % q for q in sheen), p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h76-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "chalk" in opts:
            chalk(p, r, mm)
        if "ribbon" in opts:
            ribbon(p, r, mm)


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
