#!/usr/bin/env python3
"""Pre-build step of testdata/heldout91: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :campuscard  a student's campus card (校园卡, a blue plastic card with a
               white band, a photo box and the school's name) was left on the
               scanner glass on every other sheet: an opaque rounded card, about
               86 x 54 mm, turned 5-25 degrees, two thirds off the left edge
               of the sheet, the rest over the margin and the line starts, with a faint grey shadow along two edges.
  :bottle      a phone photo of pages held flat by a clear plastic water
               bottle (矿泉水瓶) laid across the lower part of the sheet: a
               translucent body (the print under it lighter, blurred and a
               little displaced), two bright highlight streaks along it, an
               opaque red label band and a blue cap.

Methods used: `x-scanpdf:<dpi>[:...]:campuscard`, `x-photo:<dpi>:<font>:bottle`.
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
OPTIONS = ("campuscard", "bottle")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def campuscard(p, r, mm, i):
    W, H = P.size_of(p)
    cw, ch = int(85.6 * mm), int(54 * mm)
    card = p + ".card.png"
    # the card: blue body, a white band, a photo box, the school's name in white, a chip-like square
    B.run(["convert", "-size", "%dx%d" % (cw, ch), "xc:none", "-fill", "#1f5fa8",
           "-draw", "roundrectangle 0,0 %d,%d %d,%d" % (cw - 1, ch - 1, int(3 * mm), int(3 * mm)),
           "-fill", "#f4f6f8", "-draw", "rectangle 0,%d %d,%d" % (int(30 * mm), cw - 1, int(42 * mm)),
           "-fill", "#c9d6e6", "-draw", "rectangle %d,%d %d,%d" % (int(5 * mm), int(6 * mm), int(25 * mm), int(29 * mm)),
           "-fill", "#d9b24a", "-draw", "rectangle %d,%d %d,%d" % (int(62 * mm), int(12 * mm), int(74 * mm), int(21 * mm)),
           "-fill", "#1f5fa8", "-draw", "rectangle %d,%d %d,%d" % (int(6 * mm), int(33 * mm), int(60 * mm), int(35 * mm)),
           "-fill", "#1f5fa8", "-draw", "rectangle %d,%d %d,%d" % (int(6 * mm), int(37 * mm), int(44 * mm), int(39 * mm)),
           "-fill", "white", "-draw", "rectangle %d,%d %d,%d" % (int(30 * mm), int(8 * mm), int(58 * mm), int(11 * mm)),
           "-draw", "rectangle %d,%d %d,%d" % (int(30 * mm), int(15 * mm), int(50 * mm), int(17 * mm)),
           "-rotate", "%.1f" % (r.choice([-1, 1]) * r.uniform(5, 25)), card])
    sw, sh = P.size_of(card)
    # the left margin, lower half of the page, about a third of the card on the page
    x = -int(sw * 0.68)
    y = int(H * r.uniform(0.55, 0.8))
    shadow = p + ".cshadow.png"
    B.run(["convert", card, "-alpha", "extract", "-fill", "gray60", "-blur", "0x%d" % max(2, int(0.8 * mm)), "-negate", shadow])
    B.run(["convert", p, "(", shadow, "-negate", ")", "-geometry", "+%d+%d" % (x + int(1.2 * mm), y + int(1.5 * mm)),
           "-compose", "Multiply", "-composite", "(", card, ")", "-geometry", "+%d+%d" % (x, y), "-compose", "Over", "-composite", p])
    os.remove(card)
    os.remove(shadow)


def bottle(p, r, mm):
    W, H = P.size_of(p)
    bl, bw = int(min(W * 0.92, 200 * mm)), int(62 * mm)
    cx = int(W * r.uniform(0.45, 0.55))
    cy = int(H * r.uniform(0.86, 0.9))
    ang = r.uniform(-8, 8)
    x0, y0 = cx - bl // 2, cy - bw // 2
    crop = p + ".bcrop.png"
    mask = p + ".bmask.png"
    over = p + ".bover.png"
    # the region under the body: lighter, blurred, shifted a little (refraction)
    B.run(["convert", p, "-crop", "%dx%d+%d+%d" % (bl, bw, x0, y0), "+repage", "-blur", "0x%d" % max(1, int(0.35 * mm)),
           "-roll", "+0+%d" % int(1.2 * mm), "-level", "0%%,100%%,1.4", "+level", "18%,100%", crop])
    B.run(["convert", "-size", "%dx%d" % (bl, bw), "xc:black", "-fill", "white",
           "-draw", "roundrectangle %d,0 %d,%d %d,%d" % (int(16 * mm), bl - 1, bw - 1, int(14 * mm), int(14 * mm)),
           "-draw", "rectangle 0,%d %d,%d" % (int(bw * 0.3), int(18 * mm), int(bw * 0.7)), mask])
    B.run(["convert", p, "(", crop, mask, "-alpha", "off", "-compose", "CopyOpacity", "-composite", ")", "-geometry", "+%d+%d" % (x0, y0),
           "-compose", "Over", "-composite", p])
    lab0, lab1 = int(bl * 0.48), int(bl * 0.66)
    B.run(["convert", "-size", "%dx%d" % (bl, bw), "xc:none",
           "-fill", "#c8202a", "-draw", "rectangle %d,1 %d,%d" % (lab0, lab1, bw - 2),
           "-fill", "white", "-draw", "rectangle %d,%d %d,%d" % (lab0 + int(8 * mm), int(bw * 0.38), lab1 - int(8 * mm), int(bw * 0.6)),
           "-fill", "#2a58b8", "-draw", "rectangle 0,%d %d,%d" % (int(bw * 0.28), int(10 * mm), int(bw * 0.72)),
           "-fill", "none", "-stroke", "rgba(255,255,255,0.85)", "-strokewidth", "%d" % max(2, int(1.6 * mm)),
           "-draw", "line %d,%d %d,%d" % (int(22 * mm), int(bw * 0.22), bl - int(6 * mm), int(bw * 0.22)),
           "-strokewidth", "%d" % max(1, int(0.8 * mm)),
           "-draw", "line %d,%d %d,%d" % (int(24 * mm), int(bw * 0.8), bl - int(10 * mm), int(bw * 0.8)),
           "-stroke", "rgba(120,140,150,0.5)", "-strokewidth", "%d" % max(1, int(0.4 * mm)), "-fill", "none",
           "-draw", "roundrectangle %d,1 %d,%d %d,%d" % (int(16 * mm), bl - 2, bw - 2, int(14 * mm), int(14 * mm)), over])
    B.run(["convert", p, over, "-geometry", "+%d+%d" % (x0, y0), "-compose", "Over", "-composite", p])
    if abs(ang) > 0.5:
        pass   # the bottle lies nearly level; the photo's own perspective turns it
    for f in (crop, mask, over):
        os.remove(f)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h91-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "campuscard" in opts and i % 2 == 0:
            campuscard(p, r, mm, i)
        if "bottle" in opts:
            bottle(p, r, mm)


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
