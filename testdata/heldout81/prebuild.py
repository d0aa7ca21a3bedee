#!/usr/bin/env python3
"""Pre-build step of testdata/heldout81: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :ricegrain  the sheet had been stuck up with cooked rice as glue (饭粒):
              dried, translucent off-white rice grains 4-6 mm long near the
              corners and the top edge, each with a yellowish rim and a soft
              shadow, some with a pale smear of starch round them.
  :catkins    a phone photo taken by an open window in late spring: tufts of
              poplar/willow fluff (杨絮) lying on the page, a dense white core
              and fine fibres, a faint shadow below; most in the margins, one
              or two over the text.

Methods used: `x-scanpdf:<dpi>[:color|:mono][:ricegrain]`,
`x-photo:<dpi>:<font>[:catkins]`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("ricegrain", "catkins")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def ricegrain(p, r, mm):
    """Cooked rice grains once used as glue (the sheet was stuck into a
    folder or onto a board with rice) dried on the sheet: a few small
    translucent off-white grains, each a rounded oval 4-6 mm long with a
    faint yellow rim and a soft shadow on one side, plus a squashed smear
    of starch round some of them that greys the print under it a little."""
    W, H = P.size_of(p)
    n = r.randint(4, 7)
    sh = p + ".rice.png"
    cmd_sh = ["convert", "-size", "%dx%d" % (W, H), "xc:white"]
    cmd = ["convert", p]
    # in clusters near the corners and the top edge, where a sheet is glued
    spots = []
    for k in range(n):
        corner = r.choice([(0.06, 0.05), (0.94, 0.05), (0.06, 0.95), (0.94, 0.95), (0.5, 0.04)])
        cx = int(W * min(0.97, max(0.03, corner[0] + r.uniform(-0.05, 0.05))))
        cy = int(H * min(0.98, max(0.02, corner[1] + r.uniform(-0.03, 0.03))))
        spots.append((cx, cy))
    for cx, cy in spots:
        L = r.uniform(4, 6) * mm / 2
        w = L * r.uniform(0.45, 0.6)
        ang = r.uniform(0, 180)
        # the starch smear: a larger pale grey blot
        if r.random() < 0.6:
            cmd += ["-fill", "rgba(235,232,220,0.55)", "-stroke", "none",
                    "-draw", "translate %d,%d rotate %d ellipse 0,0 %d,%d 0,360" % (cx, cy, ang, int(L * 2.2), int(w * 2.4))]
        cmd_sh += ["-fill", "gray60", "-draw", "translate %d,%d rotate %d ellipse 0,0 %d,%d 0,360" % (cx + int(0.7 * mm), cy + int(0.8 * mm), ang, int(L), int(w))]
        cmd += ["-fill", "rgb(246,243,228)", "-stroke", "rgb(214,204,170)", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                "-draw", "translate %d,%d rotate %d ellipse 0,0 %d,%d 0,360" % (cx, cy, ang, int(L), int(w)),
                "-stroke", "none", "-fill", "rgb(255,255,250)",
                "-draw", "translate %d,%d rotate %d ellipse %d,%d %d,%d 0,360" % (cx, cy, ang, -int(L * 0.25), -int(w * 0.25), int(L * 0.4), int(w * 0.3))]
    B.run(cmd_sh + ["-blur", "0x%d" % max(2, int(0.8 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    B.run(cmd + [p])


def catkins(p, r, mm):
    """A phone photo taken by an open window in late spring: poplar and
    willow fluff (杨絮/柳絮) has drifted onto the page: a few soft white-grey
    tufts of fine fibres, each 5-14 mm, with a faint shadow below, most at
    the margins, one or two over the text."""
    W, H = P.size_of(p)
    n = r.randint(5, 9)
    cmd = ["convert", p]
    sh = ["convert", "-size", "%dx%d" % (W, H), "xc:white"]
    for k in range(n):
        if k < 2:
            cx, cy = int(W * r.uniform(0.2, 0.8)), int(H * r.uniform(0.25, 0.85))
        else:
            cx = int(W * r.choice([r.uniform(0.02, 0.12), r.uniform(0.88, 0.98)]))
            cy = int(H * r.uniform(0.03, 0.97))
        R = r.uniform(2.5, 7) * mm
        sh += ["-fill", "gray78", "-draw", "circle %d,%d %d,%d" % (cx + int(1.2 * mm), cy + int(1.6 * mm), cx + int(1.2 * mm) + int(R * 0.45), cy + int(1.6 * mm))]
        # a dense core and fine fibres radiating from it
        cmd += ["-fill", "rgba(250,250,248,0.85)", "-stroke", "none", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + int(R * 0.28), cy)]
        for f in range(r.randint(14, 26)):
            a = r.uniform(0, 2 * math.pi)
            L = R * r.uniform(0.5, 1.0)
            mx = cx + math.cos(a + r.uniform(-0.3, 0.3)) * L * 0.5
            my = cy + math.sin(a + r.uniform(-0.3, 0.3)) * L * 0.5
            ex, ey = cx + math.cos(a) * L, cy + math.sin(a) * L
            cmd += ["-fill", "none", "-stroke", "rgba(%d,%d,%d,0.8)" % ((r.randint(228, 252),) * 3),
                    "-strokewidth", "%d" % max(1, int(0.12 * mm)),
                    "-draw", "bezier %d,%d %d,%d %d,%d" % (cx, cy, mx, my, ex, ey)]
    B.run(sh + ["-blur", "0x%d" % max(3, int(1.5 * mm)), p + ".cat.png"])
    B.run(["convert", p, p + ".cat.png", "-compose", "Multiply", "-composite", p])
    os.remove(p + ".cat.png")
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h81-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "ricegrain" in opts:
            ricegrain(p, r, mm)
        if "catkins" in opts:
            catkins(p, r, mm)


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
