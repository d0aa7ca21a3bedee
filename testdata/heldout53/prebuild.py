#!/usr/bin/env python3
"""Pre-build step of testdata/heldout53: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, a scanner fault and a camera fault.
They act on the clean page images BEFORE heldout15's scanner simulation
(and, for x-photo, before heldout7's phone photo):

  :glassdirt (scans) the flatbed glass was dirty: the same dust specks, one
            or two hairs and a greasy grey fingerprint smudge at the same
            place on EVERY page of the file (the dirt is on the glass, not
            on the paper), drawn once per file from the file's tag.
  :thumb    (phone photos) the pupil held the sheet down with a thumb while
            photographing it: a skin-coloured thumb with its nail comes in
            from the left or right edge at 30-75 % of the height, with a soft
            shadow beside it, covering the margin and sometimes the first
            characters of a line.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:glassdirt]`,
`x-scan:<dpi>:<font>[:color|:glassdirt]`, `x-photo:<dpi>:<font>[:thumb]`.
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
OPTIONS = ("glassdirt", "thumb")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def glassdirt(p, tag, mm):
    """The same dirt on every page: positions drawn from the file's tag only."""
    W, H = P.size_of(p)
    r = random.Random("h53-glass-%s" % tag)
    cmd = ["convert", p, "-stroke", "none"]
    for _ in range(r.randint(28, 44)):   # dust specks
        x, y = r.uniform(0.03, 0.97) * W, r.uniform(0.03, 0.97) * H
        rad = r.uniform(0.12, 0.45) * mm
        cmd += ["-fill", "gray%d" % r.randint(8, 40), "-draw", "ellipse %d,%d %.1f,%.1f 0,360" % (x, y, rad, rad * r.uniform(0.6, 1.0))]
    for _ in range(r.randint(1, 2)):   # hairs: a thin curved line 12-30 mm long
        x, y = r.uniform(0.1, 0.9) * W, r.uniform(0.1, 0.9) * H
        ang, pts = r.uniform(0, 6.283), []
        for _ in range(9):
            pts.append((x, y))
            ang += r.uniform(-0.35, 0.35)
            step = r.uniform(12, 30) * mm / 8
            x, y = x + step * math.cos(ang), y + step * math.sin(ang)
        cmd += ["-fill", "none", "-stroke", "gray20", "-strokewidth", "%d" % max(1, int(0.09 * mm)),
                "-draw", "polyline " + " ".join("%d,%d" % q for q in pts), "-stroke", "none"]
    B.run(cmd + [p])
    # a greasy fingerprint smudge: a soft grey oval with faint ridges
    x, y = int(r.uniform(0.15, 0.85) * W), int(r.uniform(0.2, 0.85) * H)
    a, b = int(r.uniform(7, 10) * mm), int(r.uniform(10, 13) * mm)
    m = p + ".smudge.png"
    ridges = []
    for k in range(2, 9):
        ridges += ["-draw", "ellipse %d,%d %d,%d 0,360" % (x, y, a * k // 9, b * k // 9)]
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray88", "-draw", "ellipse %d,%d %d,%d 0,360" % (x, y, a, b),
           "-fill", "none", "-stroke", "gray80", "-strokewidth", "%d" % max(1, int(0.15 * mm))] + ridges + ["-blur", "0x%.1f" % (0.5 * mm), m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def thumb(p, r, mm, i):
    W, H = P.size_of(p)
    left = (i % 2 == 0) if r.random() < 0.7 else (i % 2 == 1)
    y = int(H * r.uniform(0.30, 0.75))
    w, h = int(r.uniform(20, 24) * mm), int(r.uniform(25, 30) * mm)
    x = int(r.uniform(-0.25, 0.15) * w) if left else W - int(r.uniform(-0.25, 0.15) * w)
    ang = r.uniform(-25, 25) + (90 if left else -90)
    nail_dx = int(0.55 * h) * (1 if left else -1)
    m = p + ".thumb.png"
    sh = int(2.5 * mm) * (1 if left else -1)
    # shadow first, then the thumb (skin, a darker rim, a pale nail near the tip)
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:none",
           "-fill", "rgba(40,30,25,0.35)", "-draw", "translate %d,%d rotate %.1f ellipse %d,0 %d,%d 0,360" % (x + sh, y + int(1.5 * mm), ang - (90 if left else -90), 0, h, w // 2),
           "-blur", "0x%.1f" % (2.2 * mm),
           "-fill", "rgb(205,150,122)", "-draw", "translate %d,%d rotate %.1f ellipse 0,0 %d,%d 0,360" % (x, y, ang - (90 if left else -90), h, w // 2),
           "-fill", "rgb(226,178,150)", "-draw", "translate %d,%d rotate %.1f ellipse 0,0 %d,%d 0,360" % (x, y, ang - (90 if left else -90), h - int(1.5 * mm), w // 2 - int(1.5 * mm)),
           "-fill", "rgb(238,205,190)", "-draw", "translate %d,%d rotate %.1f ellipse %d,0 %d,%d 0,360" % (x, y, ang - (90 if left else -90), nail_dx, int(0.28 * h), int(0.33 * w)),
           "-blur", "0x0.8", m])
    B.run(["convert", p, m, "-compose", "Over", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h53-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "glassdirt" in opts:
            glassdirt(p, tag, mm)
        if "thumb" in opts:
            thumb(p, r, mm, i)


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
