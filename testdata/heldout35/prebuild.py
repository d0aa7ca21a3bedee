#!/usr/bin/env python3
"""Pre-build step of testdata/heldout35: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a sheet goes wrong before it
reaches a school's scanner or phone. They act on the clean page images
BEFORE heldout15's scanner simulation (and, for x-photo, before heldout7's
phone photo), so they turn, blur and get noisy with the page:

  :trifold  the sheet was folded in three (to fit a pocket or an envelope)
            and flattened again before scanning: two fold lines across the
            page near a third and two thirds of its height, each a thin dark
            valley with a light ridge beside it, the three panels lit a
            little differently (the middle one slightly darker, a soft
            gradient towards each fold), and the ink along the fold a little
            rubbed (a 1-2 mm band lightened).
  :sticky   a yellow sticky note was left on the sheet: a square note of
            38-46 mm, turned up to 4 degrees, with a soft shadow along its lower
            and right edges and a slightly darker glued strip at its top, a
            short note written on it by hand in pencil-grey or blue ink (the
            teacher's or the class monitor's reminder: "已登记", "周五前交齐",
            "复印两份" ...), stuck near the foot of the page at the right: its
            top at 87.5-90 % of the height, so it hangs over the bottom edge
            and is cut off there. It covers what lies under it (the foot
            margin, the right end of a signature or comment line).

Methods used: `x-scanpdf:<dpi>[:color]:trifold|:sticky`, `x-photo:<dpi>:<font>:sticky`.
heldout7 and heldout15 ignore the options they do not know.

Usage: prebuild.py DIR SEED
"""
import importlib.util
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
OPTIONS = ("trifold", "sticky")
DONE = set()
NOTES = ["已登记", "周五前交齐", "复印两份", "成绩已录", "请核对学号", "已收齐", "交教务处", "待补签字"]
_h15_degrade = H15.degrade
_photo = P.photo


def trifold(p, r, mm):
    W, H = P.size_of(p)
    y1 = int(H * r.uniform(0.31, 0.35))
    y2 = int(H * r.uniform(0.64, 0.69))
    tilt = r.randint(-int(2 * mm), int(2 * mm))   # a hand fold is never quite level
    m = p + ".fold.png"
    g = int(3 * mm)
    # the lighting: a soft gradient towards each fold; the middle panel a little darker
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white",
           "-fill", "gray%d" % r.randint(93, 96), "-draw", "polygon 0,%d %d,%d %d,%d 0,%d" % (y1, W, y1 + tilt, W, y2 + tilt, y2),
           "-blur", "0x%d" % int(9 * mm)]
    for y, dark in ((y1, r.randint(50, 62)), (y2, r.randint(54, 66))):
        # a thin dark valley, a light ridge 1.5 mm beside it, and the rubbed ink band
        cmd += ["-stroke", "gray%d" % dark, "-strokewidth", "%d" % max(2, int(0.22 * mm)), "-draw", "line 0,%d %d,%d" % (y, W, y + tilt),
                "-stroke", "gray100", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-draw", "line 0,%d %d,%d" % (y + int(1.5 * mm), W, y + tilt + int(1.5 * mm))]
    B.run(cmd + ["-stroke", "none", "-blur", "0x0.9", m])
    # rubbed ink along the folds: lighten the page a little in a band of 1-2 mm
    rub = []
    for y in (y1, y2):
        h = int(r.uniform(1.0, 2.0) * mm)
        rub += ["-fill", "rgba(255,255,255,0.28)", "-stroke", "none", "-draw",
                "polygon 0,%d %d,%d %d,%d 0,%d" % (y - h, W, y - h + tilt, W, y + h + tilt, y + h)]
    B.run(["convert", p] + rub + [p])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)
    del g


def sticky(p, r, mm, stage, tag, i):
    W, H = P.size_of(p)
    s = int(r.uniform(38, 46) * mm)
    note = os.path.join(stage, "%s_sticky%02d.png" % (tag, i))
    text = r.choice(NOTES)
    ink = r.choice(["#555a60", "#1d2f6b"])
    size = int(5.2 * mm)
    B.run(["convert", "-size", "%dx%d" % (s, s), "xc:#f7e97a",
           "-fill", "#efdc62", "-draw", "rectangle 0,0 %d,%d" % (s, int(s * 0.16)),
           "-fill", "rgba(255,255,255,0.25)", "-draw", "polygon %d,%d %d,%d %d,%d" % (s * 3 // 4, s, s, s * 3 // 4, s, s),
           "-font", "AR-PL-UKai-CN", "-pointsize", str(size), "-fill", ink,
           "-gravity", "center", "-annotate", "%+d%+d" % (r.randint(-int(3 * mm), int(3 * mm)), r.randint(-int(2 * mm), int(4 * mm))), text,
           "-gravity", "northwest",
           # the shadow: the note on a transparent canvas, a blurred dark copy offset to the lower right
           "(", "+clone", "-background", "black", "-shadow", "45x%d+%d+%d" % (max(2, int(0.8 * mm)), int(0.8 * mm), int(1.0 * mm)), ")",
           "+swap", "-background", "none", "-layers", "merge", "+repage",
           "-background", "none", "-rotate", "%.1f" % r.uniform(-4, 4), note])
    x = int(W * r.uniform(0.62, 0.72))
    y = int(H * r.uniform(0.875, 0.90))   # stuck near the foot: it hangs over the bottom edge, cut off there
    B.run(["convert", p, note, "-geometry", "+%d+%d" % (x, y), "-compose", "over", "-composite", p])


def effects(pngs, dpi, tag, stage):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h35-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "trifold" in opts:
            trifold(p, r, mm)
        if "sticky" in opts and (i % 2 == 1 or len(pngs) < 3 or i == len(pngs) - 1):
            sticky(p, r, mm, stage, tag, i)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag, stage)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, tag, stage)
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
