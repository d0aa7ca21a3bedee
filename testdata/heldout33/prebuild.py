#!/usr/bin/env python3
"""Pre-build step of testdata/heldout33: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, faults of a school office's copier,
scanner glass and paper stack that no earlier corpus drew. They act on the
clean page images BEFORE heldout15's scanner simulation (and, for x-photo,
before heldout7's phone photo), so they turn, blur and threshold with it:

  :gutter   a bound register or booklet copied open on the glass: along the
            binding edge (left on odd pages, right on even ones) the paper
            curves away from the glass, so the print there is squeezed
            towards the spine (the outer 11-16 mm of the type area shrunk
            to about 70 %) and a dark shadow, black at the spine and fading
            over 12-20 mm, runs down the page, a little wider at the top
            and the bottom where the curl is deepest.
  :dust     dirt on the scanner glass: 50-110 specks of toner and dust
            (1-4 px, a few larger smudges) and one or two hairs (thin
            curved grey lines 15-45 mm long), at the SAME places on every
            page of the file, as dirt on the glass is.
  :clip     the pages were scanned with a black binder clip still on the
            top edge: the clip's dark body (26-34 mm wide, 9-13 mm deep)
            with its two wire handles folded down over the page, a soft
            shadow beside and under it, at the same place on every page.

Methods used: `x-scanpdf:<dpi>[:color|:gutter|:dust|:clip]`,
`x-scan:<dpi>:<font>[:dust]`, `x-photo:<dpi>:<font>`, `x-xlsx`.
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
OPTIONS = ("gutter", "dust", "clip")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def gutter(p, i, mm, r):
    W, H = P.size_of(p)
    left = i % 2 == 0
    band = int(r.uniform(11, 16) * mm)       # the strip of the page that curls away from the glass
    squeezed = int(band * r.uniform(0.64, 0.76))
    shade = int(r.uniform(12, 20) * mm)      # how far the shadow reaches into the page
    dark = r.randint(12, 30)                 # gray level at the spine
    # squeeze the strip by the binding towards the spine; the rest stays where it is
    if left:
        strip = ["(", "-clone", "0", "-crop", "%dx%d+0+0" % (band, H), "+repage", "-resize", "%dx%d!" % (squeezed, H), ")",
                 "(", "-clone", "0", "-crop", "%dx%d+%d+0" % (W - band, H, band), "+repage", ")",
                 "-delete", "0", "+append", "-background", "white", "-gravity", "east", "-extent", "%dx%d" % (W, H)]
        grad = ["(", "-size", "%dx%d" % (H, shade), "gradient:gray%d-white" % dark, "-rotate", "-90", ")"]
        geo = "+0+0"
    else:
        strip = ["(", "-clone", "0", "-crop", "%dx%d+0+0" % (W - band, H), "+repage", ")",
                 "(", "-clone", "0", "-crop", "%dx%d+%d+0" % (band, H, W - band), "+repage", "-resize", "%dx%d!" % (squeezed, H), ")",
                 "-delete", "0", "+append", "-background", "white", "-gravity", "west", "-extent", "%dx%d" % (W, H)]
        grad = ["(", "-size", "%dx%d" % (H, shade), "gradient:gray%d-white" % dark, "-rotate", "90", ")"]
        geo = "+%d+0" % (W - shade)
    B.run(["convert", p] + strip + ["+gravity", p])
    # the shadow: a gradient from the spine, widened at the top and the bottom (the curl is deepest there)
    m = p + ".gutter.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white"] + grad +
          ["-geometry", geo, "-compose", "Multiply", "-composite",
           "(", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray%d" % (dark + 25), "-stroke", "none",
           "-draw", ("ellipse %d,0 %d,%d 0,360" % (0 if left else W, int(shade * 0.9), int(30 * mm))),
           "-draw", ("ellipse %d,%d %d,%d 0,360" % (0 if left else W, H, int(shade * 0.9), int(30 * mm))),
           "-blur", "0x%d" % int(6 * mm), ")", "-compose", "Multiply", "-composite", m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def dust(p, mm, tag):
    W, H = P.size_of(p)
    r = random.Random("h33-dust-%s" % tag)   # the same dirt on every page of the file
    cmd = ["convert", p, "-stroke", "none"]
    for _ in range(r.randint(50, 110)):
        x, y = r.randint(0, W - 1), r.randint(0, H - 1)
        rad = r.choice([1, 1, 1, 2, 2, 3]) if r.random() < 0.93 else r.randint(4, 7)
        cmd += ["-fill", "gray%d" % r.randint(8, 45), "-draw", "ellipse %d,%d %d,%d 0,360" % (x, y, rad, max(1, rad - r.randint(0, 1)))]
    cmd += ["-fill", "none"]
    for _ in range(r.randint(1, 2)):   # hairs
        x, y = r.uniform(0.1, 0.9) * W, r.uniform(0.1, 0.9) * H
        ang = r.uniform(0, math.pi)
        pts = []
        L = r.uniform(15, 45) * mm
        bend = r.uniform(-0.9, 0.9)
        for k in range(13):
            t = k / 12.0
            a = ang + bend * t
            x += math.cos(a) * L / 12
            y += math.sin(a) * L / 12
            pts.append("%d,%d" % (x, y))
        cmd += ["-stroke", "gray%d" % r.randint(25, 45), "-strokewidth", "%d" % max(1, int(0.12 * mm)), "-draw", "polyline " + " ".join(pts)]
    B.run(cmd + [p])


def clip(p, mm, tag):
    W, H = P.size_of(p)
    r = random.Random("h33-clip-%s" % tag)   # the clip stays where it is for the whole stack
    w = int(r.uniform(26, 34) * mm)
    h = int(r.uniform(9, 13) * mm)
    x0 = int(W * r.uniform(0.22, 0.62))
    y0 = -int(2 * mm)
    sh = int(1.8 * mm)
    s = p + ".clipshadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray55", "-draw",
           "roundrectangle %d,%d %d,%d %d,%d" % (x0 + sh, y0, x0 + w + sh, y0 + h + 2 * sh, int(2 * mm), int(2 * mm)),
           "-blur", "0x%d" % int(1.6 * mm), s])
    B.run(["convert", p, s, "-compose", "Multiply", "-composite", p])
    os.remove(s)
    hx1, hx2 = x0 + int(w * 0.22), x0 + int(w * 0.78)
    hy = y0 + h + int(r.uniform(9, 14) * mm)    # the wire handles, folded down over the page
    wire = max(2, int(0.5 * mm))
    B.run(["convert", p, "-fill", "#151515", "-stroke", "#2a2a2a", "-strokewidth", "2",
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, y0, x0 + w, y0 + h, int(1.5 * mm), int(1.5 * mm)),
           "-fill", "#3a3a3a", "-stroke", "none", "-draw", "rectangle %d,%d %d,%d" % (x0 + 3, y0 + h - int(1.6 * mm), x0 + w - 3, y0 + h - int(0.8 * mm)),
           "-fill", "none", "-stroke", "#6d6d6d", "-strokewidth", "%d" % wire,
           "-draw", "polyline %d,%d %d,%d %d,%d %d,%d" % (hx1, y0 + h - int(2 * mm), hx1 - int(1.5 * mm), hy, hx2 + int(1.5 * mm), hy, hx2, y0 + h - int(2 * mm)),
           "-stroke", "#bdbdbd", "-strokewidth", "1",
           "-draw", "line %d,%d %d,%d" % (hx1 - int(1.5 * mm) + wire, hy - wire, hx2 + int(1.5 * mm) - wire, hy - wire), p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h33-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "gutter" in opts:
            gutter(p, i, mm, r)
        if "clip" in opts:
            clip(p, mm, tag)
        if "dust" in opts:
            dust(p, mm, tag)


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
