#!/usr/bin/env python3
"""Pre-build step of testdata/heldout73: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :dropout  the office scanner was left on its "drop out red" setting (meant
            for forms printed in red): the teacher's red ink is mostly gone,
            only a faint pink ghost of the red marks and comments is left;
            the blue and black ink stays.
  :paw      the homework lay on the floor at home and the family cat walked
            across it with muddy paws: a track of 4-7 brownish paw prints
            (a main pad and four toes each), half transparent, slightly
            smudged, diagonal across the page.

Methods used: `x-scanpdf:<dpi>[:dropout]`, `x-photo:<dpi>:<font>[:paw]`.
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
OPTIONS = ("dropout", "paw")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def dropout(p, r, mm):
    # the red ink (#c0251a and its anti-aliased edges) becomes a faint pink ghost
    B.run(["convert", p, "-fuzz", "%d%%" % r.randint(28, 34), "-fill", "#f7e6e4", "-opaque", "#c0251a",
           "-fuzz", "18%", "-fill", "#f9eeec", "-opaque", "#d86a60", p])


def paw(p, r, mm):
    W, H = P.size_of(p)
    n = r.randint(4, 7)
    x, y = r.uniform(0.05, 0.25) * W, r.uniform(0.08, 0.3) * H
    ang = math.atan2(H * r.uniform(0.5, 0.8), W * r.uniform(0.5, 0.8))
    step = r.uniform(24, 32) * mm
    m = p + ".paw.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "rgb(150,118,84)", "-stroke", "none"]
    for k in range(n):
        side = 1 if k % 2 else -1
        px = x + math.cos(ang) * step * k + math.sin(ang) * side * 7 * mm
        py = y + math.sin(ang) * step * k - math.cos(ang) * side * 7 * mm
        a = 5.5 * mm
        cmd += ["-draw", "ellipse %d,%d %d,%d 0,360" % (px, py, a, a * 0.8)]
        for tdeg in (-50, -18, 18, 50):
            th = ang + math.radians(tdeg)
            tx, ty = px + math.cos(th) * 8.5 * mm, py + math.sin(th) * 8.5 * mm
            cmd += ["-draw", "ellipse %d,%d %d,%d 0,360" % (tx, ty, 2.3 * mm, 2.8 * mm)]
    B.run(cmd + ["-blur", "0x%.1f" % (0.6 * mm), "-spread", "2", m])
    # half transparent: lighten the mask towards white, then multiply
    B.run(["convert", p, "(", m, "+level", "%d%%,100%%" % r.randint(52, 62), ")", "-compose", "Multiply", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h73-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "dropout" in opts:
            dropout(p, r, mm)
        if "paw" in opts and (i % 2 == 0 or len(pngs) < 3):
            paw(p, r, mm)


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
