#!/usr/bin/env python3
"""Pre-build step of testdata/heldout32: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong between the
desk and the PDF:

  :stitch   (scans) a sheet larger than the scanner's glass (an A3 register
            on an A4 flatbed) scanned in two passes and joined by hand: the
            right half a little lower (0.6-1.2 mm), turned by 0.2-0.5 degrees
            and a touch darker and yellower (the lid pressed differently), a
            strip of 1.5-3 mm at the join shown twice (the passes overlap), a
            faint seam line. Drawn on the clean page before heldout15's
            scanner simulation.
  :thumb    (phone photos: x-photo, or x-scanpdf with heldout15's :photo)
            the sheet held flat by hand while photographed: a thumb coming in
            from the lower edge (a nail, a darker rim, a soft shadow on the
            paper), on every second page also two fingertips at the right
            edge. Drawn on the photo after heldout7's phone simulation, so it
            is not in perspective with the sheet, as a real hand is not.

Methods used: `x-scanpdf:<dpi>[:color|:stitch|:photo|:thumb]`,
`x-scan:<dpi>:<font>`, `x-photo:<dpi>:<font>[:thumb]`, `x-xlsx`. heldout7
and heldout15 ignore the options they do not know.

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
OPTIONS = ("stitch", "thumb")
_h15_degrade = H15.degrade
_photo = P.photo


def stitch(p, r, mm):
    W, H = P.size_of(p)
    x0 = int(W * r.uniform(0.515, 0.528))   # the glass edge: right of the middle column's figures (see README)
    ov = int(r.uniform(1.5, 3.0) * mm)          # the strip both passes caught
    dy = int(r.uniform(0.6, 1.2) * mm)          # the second pass lies lower
    ang = r.choice([-1, 1]) * r.uniform(0.2, 0.5)
    right = p + ".right.png"
    B.run(["convert", p, "-crop", "%dx%d+%d+0" % (W - x0, H, x0), "+repage", "-background", "white", "-rotate", "%.2f" % ang,
           "-gravity", "center", "-extent", "%dx%d" % (W - x0, H), "-modulate", "%d,100,100" % r.randint(96, 98),
           "(", "+clone", "-fill", "#faf5e8", "-colorize", "100", ")", "-compose", "Multiply", "-composite", right])
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white",
           "(", p, "-crop", "%dx%d+0+0" % (x0 + ov, H), "+repage", ")", "-geometry", "+0+0", "-compose", "Over", "-composite",
           right, "-geometry", "+%d+%d" % (x0 + ov, dy), "-compose", "Over", "-composite",
           "-fill", "none", "-stroke", "gray70", "-strokewidth", "1",
           "-draw", "line %d,0 %d,%d" % (x0 + ov, x0 + ov + int(H * abs(ang) / 90), H),
           "-stroke", "gray86", "-draw", "line %d,0 %d,%d" % (x0 + ov + 2, x0 + ov + 2 + int(H * abs(ang) / 90), H), p])
    os.remove(right)


def thumb(p, i, r, mm):
    W, H = P.size_of(p)
    lay = p + ".hand.png"
    skin = r.choice(["#dba88a", "#d29a7a", "#e3b496", "#c98f6e"])
    rim = "#a86d52"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:none"]
    fingers = []
    # the thumb from the lower edge, a third of the way in from one side
    x = W * r.choice([r.uniform(0.18, 0.32), r.uniform(0.68, 0.82)])
    a = r.uniform(-25, 25)
    fingers.append((x, H + 3 * mm, a, r.uniform(12, 14) * mm, r.uniform(42, 48) * mm))
    if i % 2 == 1:   # two fingertips at the right edge
        for k in range(2):
            fingers.append((W + 2 * mm, H * r.uniform(0.32, 0.42) + k * 21 * mm, -90 + r.uniform(-12, 12),
                            r.uniform(8.5, 10) * mm, r.uniform(36, 42) * mm))
    shadow = ["convert", "-size", "%dx%d" % (W, H), "xc:none", "-fill", "rgba(0,0,0,0.45)"]
    for (fx, fy, fa, rx, ry) in fingers:
        shadow += ["-draw", "translate %d,%d rotate %.1f ellipse 0,0 %d,%d 0,360" % (fx - 2.5 * mm, fy - 1.5 * mm, fa, rx * 1.05, ry)]
        cmd += ["-fill", skin, "-stroke", rim, "-strokewidth", "%d" % max(2, int(0.6 * mm)),
                "-draw", "translate %d,%d rotate %.1f ellipse 0,0 %d,%d 0,360" % (fx, fy, fa, rx, ry),
                "-stroke", "#c48f7c", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-fill", "#efcfc2",
                "-draw", "translate %d,%d rotate %.1f ellipse 0,%d %d,%d 0,360" % (fx, fy, fa, -int(ry * 0.66), int(rx * 0.62), int(ry * 0.2)),
                "-stroke", "none", "-fill", "rgba(255,240,230,0.35)",
                "-draw", "translate %d,%d rotate %.1f ellipse %d,%d %d,%d 0,360" % (fx, fy, fa, -int(rx * 0.35), -int(ry * 0.2), int(rx * 0.22), int(ry * 0.5))]
    sh = p + ".shadow.png"
    B.run(shadow + ["-blur", "0x%d" % int(3 * mm), sh])
    B.run(cmd + ["-blur", "0x1.2", lay])
    q = r.randint(72, 84)
    B.run(["convert", p, "-colorspace", "sRGB", "-type", "TrueColor", sh, "-compose", "Over", "-composite", lay, "-compose", "Over", "-composite", "-quality", str(q), p])
    os.remove(lay)
    os.remove(sh)


DONE = set()


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    opts = MINE.get(tag, set())
    if "stitch" in opts and tag not in DONE:
        DONE.add(tag)
        r = random.Random("h32-stitch-%s-%s" % (tag, dpi))
        for p in pngs:
            stitch(p, r, dpi / 25.4)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    out = _photo(pngs, dpi, rng, stage, tag)
    if "thumb" in MINE.get(tag, set()):
        r = random.Random("h32-thumb-%s-%s" % (tag, dpi))
        for i, p in enumerate(out):
            thumb(p, i, r, dpi / 25.4)
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
