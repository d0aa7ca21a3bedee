#!/usr/bin/env python3
"""Pre-build step of testdata/heldout27: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus four options of this corpus, more ways a scan or a photo goes wrong
in a school office. They act on the clean page images before heldout15's
scanner simulation (or, for :pen, on the phone photo after it):

  :keystone  the copier lid left open over a thick stack: the page lies in
             perspective (the top edge narrower than the bottom, one side
             farther off than the other), turned by 1-2 degrees, before the
             scanner's own small skew.
  :coffee    a coffee cup was set down on the sheet: a brown ring (darker at
             its rim, a faint wash inside), partly over the text, one per
             page at a different place.
  :carbon    a carbon copy (复写) instead of the original: the strokes soft,
             blue-violet and low in contrast on a slightly grey sheet.
  :pen       (x-photo) the phone photo of the sheet on a desk with a
             ballpoint pen lying across a corner of the page.

Methods used: `x-scanpdf:<dpi>[:color|:keystone|:coffee|:carbon]`,
`x-scan:<dpi>:<font>[:carbon]`, `x-photo:<dpi>:<font>[:pen]`, `x-xlsx`
(heldout7's spreadsheet with merged cells). heldout7 and heldout15 ignore
the options they do not know.

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
OPTIONS = ("keystone", "coffee", "carbon", "pen")
_h15_degrade = H15.degrade
_photo = P.photo


def effects(pngs, dpi, tag):
    opts = MINE.get(tag, set())
    r = random.Random("h27-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        W, H = P.size_of(p)
        if "carbon" in opts:   # soft blue-violet strokes, low contrast, a greyish sheet
            B.run(["convert", p, "-colorspace", "Gray", "-blur", "0x%.1f" % (0.35 * mm / 4), "+level-colors",
                   "#3d4192,#e8e7e1", "-colorspace", "sRGB", p])
        if "coffee" in opts:   # a ring left by a cup, a faint wash inside
            rad = int(r.uniform(34, 41) * mm)
            cx = int(W * r.uniform(0.25, 0.78))
            cy = int(H * r.uniform(0.22, 0.62))
            ring = p + ".ring.png"
            B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white",
                   "-fill", "#efe0c8", "-stroke", "none", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + rad, cy),
                   "-fill", "none", "-stroke", "#a0743f", "-strokewidth", "%d" % max(3, int(1.6 * mm)),
                   "-draw", "arc %d,%d %d,%d %d,%d" % (cx - rad, cy - rad, cx + rad, cy + rad, r.randint(0, 40), r.randint(290, 350)),
                   "-stroke", "#c29a66", "-strokewidth", "%d" % max(2, int(0.8 * mm)),
                   "-draw", "circle %d,%d %d,%d" % (cx + int(2 * mm), cy + int(1 * mm), cx + rad - int(2 * mm), cy),
                   "-blur", "0x%.1f" % (0.6 * mm), ring])
            B.run(["convert", p, ring, "-compose", "Multiply", "-composite", p])
            os.remove(ring)
        if "keystone" in opts:   # the page in perspective, the top narrower, one side farther off
            d = int(W * r.uniform(0.04, 0.06))
            e = int(H * r.uniform(0.006, 0.014))
            left = r.random() < 0.5
            persp = "0,0 %d,%d  %d,0 %d,%d  0,%d %d,%d  %d,%d %d,%d" % (
                0, 0, W - 1, W - 1 - d, e if left else 0, H - 1, d if left else 0, H - 1 - (0 if left else e),
                W - 1, H - 1, W - 1, H - 1 - (e if left else 0))
            if not left:
                persp = "0,0 %d,%d  %d,0 %d,%d  0,%d %d,%d  %d,%d %d,%d" % (
                    d, e, W - 1, W - 1, 0, H - 1, 0, H - 1, W - 1, H - 1, W - 1 - d, H - 1)
            a = r.choice([-1, 1]) * r.uniform(1.0, 2.0)
            B.run(["convert", p, "-background", "white", "-virtual-pixel", "background", "-distort", "Perspective", persp,
                   "-rotate", "%.2f" % a, "-gravity", "center", "-extent", "%dx%d" % (W, H), p])


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    out = _photo(pngs, dpi, rng, stage, tag)
    if "pen" in MINE.get(tag, set()):
        r = random.Random("h27-pen-%s" % tag)
        for j in out:
            W, H = P.size_of(j)
            L, T = int(W * r.uniform(0.42, 0.55)), max(8, int(W * 0.016))
            x0 = int(W * r.uniform(0.50, 0.62))
            y0 = int(H * r.uniform(0.78, 0.90))
            ang = r.uniform(-35, -18)
            body = r.choice(["#1f3f8f", "#202020", "#8c1d1d"])
            pen = j + ".pen.png"
            # a ballpoint pen: barrel, clip, cap band, the cone and the tip; its shadow beside it
            B.run(["convert", "-size", "%dx%d" % (L + 2 * T, 4 * T), "xc:none",
                   "-fill", "#00000066", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (T, int(1.9 * T), L, int(3.1 * T), T // 2, T // 2),
                   "-fill", body, "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (int(1.2 * T), T // 2, L - T // 2, int(1.5 * T), T // 2, T // 2),
                   "-fill", "#d8d8d8", "-draw", "rectangle %d,%d %d,%d" % (int(L * 0.72), T // 2, int(L * 0.74), int(1.5 * T)),
                   "-fill", "#b9b9b9", "-draw", "rectangle %d,%d %d,%d" % (int(L * 0.76), int(0.35 * T), int(L * 0.97), int(0.6 * T)),
                   "-fill", "#c8c8c8", "-draw", "polygon %d,%d %d,%d %d,%d" % (int(1.2 * T), T // 2, int(1.2 * T), int(1.5 * T), int(0.2 * T), T),
                   "-fill", "#303030", "-draw", "circle %d,%d %d,%d" % (int(0.2 * T), T, int(0.35 * T), T),
                   "-background", "none", "-rotate", "%.1f" % ang, pen])
            B.run(["convert", j, pen, "-geometry", "+%d+%d" % (x0 - L // 2, y0 - L // 4), "-compose", "Over", "-composite", "-quality", "80", j])
            os.remove(pen)
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
