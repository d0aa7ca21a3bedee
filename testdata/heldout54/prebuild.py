#!/usr/bin/env python3
"""Pre-build step of testdata/heldout54: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, new ways a page goes wrong on its
way to the school's scanner or a student's phone:

  :crossfold  (scans) the sheet was folded in four to go into a pocket and
              opened again: a vertical and a horizontal crease crossing near
              the middle (a dark line with a light edge beside it), one or
              two quarters lying a little lifted, so they come out slightly
              darker, shading towards the crease. Drawn on the clean page,
              before heldout15's scanner simulation.
  :feather    (scans) the ink of the handwriting spread on cheap absorbent
              paper: only the coloured (blue, red) strokes swell by a pixel
              or two and go soft at the edges; the black print stays sharp.
              Drawn on the clean page, before the scanner simulation.
  :enhance    (phone photos) the photo went through a phone scanner app's
              "enhance" mode: the shading of the page divided out (the
              background nearly white, the desk washed out), the contrast
              and the saturation pushed up, an over-sharpened halo round the
              strokes, saved again as JPEG. Applied AFTER heldout7's photo,
              to the photo itself.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:photo|:crossfold|:feather|:enhance]`,
`x-scan:<dpi>:<font>[:color|:feather]`, `x-photo:<dpi>:<font>[:enhance]`.
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
OPTIONS = ("crossfold", "feather", "enhance")
DONE = set()
ENHANCED = set()
_h15_degrade = H15.degrade
_photo = P.photo


def crossfold(p, r, mm):
    W, H = P.size_of(p)
    x = int(W * r.uniform(0.46, 0.54))
    y = int(H * r.uniform(0.46, 0.54))
    m = p + ".fold.png"
    quads = [(0, 0, x, y), (x, 0, W, y), (0, y, x, H), (x, y, W, H)]
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white"]
    for q in r.sample(quads, r.randint(1, 2)):   # lifted quarters: a little darker
        cmd += ["-fill", "gray%d" % r.randint(90, 95), "-draw", "rectangle %d,%d %d,%d" % q]
    cmd += ["-blur", "0x%d" % int(12 * mm)]
    sw = max(2, int(0.22 * mm))
    tilt = r.randint(-int(1.5 * mm), int(1.5 * mm))
    cmd += ["-stroke", "gray%d" % r.randint(55, 68), "-strokewidth", str(sw),
            "-draw", "line %d,0 %d,%d" % (x, x + tilt, H), "-draw", "line 0,%d %d,%d" % (y, W, y - tilt),
            "-stroke", "gray99", "-strokewidth", str(max(1, sw // 2)),
            "-draw", "line %d,0 %d,%d" % (x + sw + 1, x + tilt + sw + 1, H), "-draw", "line 0,%d %d,%d" % (y + sw + 1, W, y - tilt + sw + 1),
            "-blur", "0x0.8", m]
    B.run(cmd)
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def feather(p, r, mm):
    m = p + ".ink.png"
    f = p + ".fea.png"
    # the coloured strokes: saturation above a quarter, grown a little so the spread ink is inside the mask
    B.run(["convert", p, "-colorspace", "HSL", "-channel", "G", "-separate", "+channel", "-threshold", "22%",
           "-morphology", "Dilate", "Disk:%d" % max(2, int(0.35 * mm)), "-blur", "0x1", m])
    B.run(["convert", p, "-morphology", "Erode", "Disk:%.1f" % r.uniform(1.0, 1.6), "-blur", "0x%.1f" % r.uniform(0.9, 1.4), f])
    B.run(["convert", p, f, m, "-composite", p])
    os.remove(m)
    os.remove(f)


def enhance(imgs, r):
    for j in imgs:
        B.run(["convert", j, "(", "+clone", "-blur", "0x%d" % r.randint(18, 30), ")", "-compose", "Divide_Src", "-composite",
               "-level", "%d%%,%d%%" % (r.randint(6, 12), r.randint(84, 90)), "-modulate", "100,%d" % r.randint(125, 145),
               "-unsharp", "0x2+1.3+0", "-quality", str(r.randint(78, 86)), j])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h54-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for p in pngs:
        if "feather" in opts:
            feather(p, r, mm)
        if "crossfold" in opts:
            crossfold(p, r, mm)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, tag)
    out = _photo(pngs, dpi, rng, stage, tag)
    if "enhance" in MINE.get(tag, set()) and tag not in ENHANCED:
        ENHANCED.add(tag)
        enhance(out, random.Random("h54-enh-%s" % tag))
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
