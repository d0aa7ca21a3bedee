#!/usr/bin/env python3
"""Pre-build step of testdata/heldout23: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus four options of this corpus, new ways a scan or a photo goes wrong
in a school office. They act on the clean page images before heldout15's
scanner simulation (or, for :shadow, on the phone photo after it):

  :staple  the sheets were stapled in the top left corner and scanned
           stapled: a dark staple at a slant, the paper puckered round it
           (a soft grey crease running from it into the page).
  :dogear  a lower corner of each sheet folded over before scanning: the
           folded triangle shows the blank back of the paper (light grey,
           a shadow along the fold) and the corner itself is the dark lid.
  :bleed   thin paper printed on both sides: the other side's page shows
           through faintly, mirrored (each page shows the next one's print;
           the last page the first one's).
  :shadow  (x-photo) the photographer's hand and phone throw a soft dark
           shadow over one side of the photo.

Methods used: `x-scanpdf:<dpi>[:color|:staple|:dogear|:bleed]`,
`x-scan:<dpi>:<font>[:color|:staple|:dogear]`, `x-photo:<dpi>:<font>[:shadow]`,
`x-xlsx` (heldout7's spreadsheet with merged cells). heldout7 and heldout15
ignore the options they do not know.

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
OPTIONS = ("staple", "dogear", "bleed", "shadow")
_h15_degrade = H15.degrade
_photo = P.photo


def effects(pngs, dpi, tag):
    opts = MINE.get(tag, set())
    r = random.Random("h23-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    if "bleed" in opts and len(pngs) > 0:
        backs = []
        for i, p in enumerate(pngs):
            other = pngs[(i + 1) % len(pngs)] if len(pngs) > 1 else p
            b = p + ".back.png"
            roll = [] if len(pngs) > 1 else ["-roll", "+0+%d" % int(P.size_of(p)[1] * 0.37)]
            B.run(["convert", other, "-flop"] + roll + ["-blur", "0x1.2", "-fill", "white", "-colorize", "%d%%" % r.randint(84, 89), b])
            backs.append(b)
        for p, b in zip(pngs, backs):
            B.run(["convert", p, b, "-compose", "Multiply", "-composite", p])
            os.remove(b)
    for i, p in enumerate(pngs):
        W, H = P.size_of(p)
        cmd = ["convert", p]
        if "staple" in opts:   # a staple at 45 degrees in the top left corner, a crease running from it
            x0, y0 = int((10 + r.uniform(-1.5, 1.5)) * mm), int((17 + r.uniform(-1.5, 1.5)) * mm)
            L = 8.5 * mm
            x1, y1 = int(x0 + L), int(y0 - L)
            cmd += ["-stroke", "gray80", "-strokewidth", "%d" % max(3, int(2.0 * mm)), "-draw", "line %d,%d %d,%d" % (x0 + 4, y0 + 6, x1 + 4, y1 + 6),
                    "-stroke", "gray20", "-strokewidth", "%d" % max(2, int(0.55 * mm)), "-draw", "line %d,%d %d,%d" % (x0, y0, x1, y1),
                    "-stroke", "gray93", "-strokewidth", "%d" % max(1, int(0.35 * mm)),
                    "-draw", "line %d,%d %d,%d" % ((x0 + x1) // 2, (y0 + y1) // 2, int(x0 + 16 * mm), int(y0 + 9 * mm)), "-stroke", "none"]
        if "dogear" in opts:
            s = int(r.uniform(16, 24) * mm)
            if i % 2 == 0:   # lower right corner
                cx, cy = W - 1, H - 1
                tri_dark = "%d,%d %d,%d %d,%d" % (cx, cy - s, cx, cy, cx - s, cy)
                tri_flap = "%d,%d %d,%d %d,%d" % (cx, cy - s, cx - s, cy - s, cx - s, cy)
            else:            # lower left corner
                cx, cy = 0, H - 1
                tri_dark = "%d,%d %d,%d %d,%d" % (cx, cy - s, cx, cy, cx + s, cy)
                tri_flap = "%d,%d %d,%d %d,%d" % (cx, cy - s, cx + s, cy - s, cx + s, cy)
            cmd += ["-fill", "#232323", "-draw", "polygon " + tri_dark,
                    "-fill", "#e4e4e1", "-stroke", "gray55", "-strokewidth", "2", "-draw", "polygon " + tri_flap, "-stroke", "none"]
        if len(cmd) > 2:
            B.run(cmd + [p])


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    out = _photo(pngs, dpi, rng, stage, tag)
    if "shadow" in MINE.get(tag, set()):
        r = random.Random("h23-shadow-%s" % tag)
        for j in out:
            W, H = P.size_of(j)
            side = r.choice(["east", "south", "southeast"])
            dx = {"east": 0.55, "south": 0.0, "southeast": 0.35}[side]
            dy = {"east": 0.0, "south": 0.55, "southeast": 0.35}[side]
            B.run(["convert", j, "(", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray%d" % r.randint(52, 62),
                   "-draw", "ellipse %d,%d %d,%d 0,360" % (int(W * (0.5 + dx)), int(H * (0.5 + dy)), int(W * 0.55), int(H * 0.42)),
                   "-blur", "0x%d" % int(W * 0.05), ")", "-compose", "Multiply", "-composite", "-quality", "80", j])
    return out


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
