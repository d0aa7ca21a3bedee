#!/usr/bin/env python3
"""Pre-build step of testdata/heldout137: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, drawn on the clean page images BEFORE
heldout15's scanner simulation (and, for photos, before heldout7's photo):

  :lenscloth  (scans) a microfibre lens-cleaning cloth (擦镜布) that was used
              to wipe the scanner glass and left lying on it, under a lower
              corner of the sheet: a soft-cornered square 55-65 mm across,
              turned 10-30 degrees, most of it beyond the sheet's edge; a
              fine woven texture, a stitched hem and a small printed oval
              mark; opaque (it hides what lies under it), the same corner on
              every page of the batch with a few millimetres of jitter.
  :inkpaste   (phone photos) an open round seal-ink box (印泥盒) standing on
              the sheet near a lower corner while the teacher photographed
              it: a soft shadow, a dark red plastic rim with a highlight, the
              vermilion paste inside (grainy, with a few dents where seals
              were pressed), 48-56 mm across; and, beside it, a faint red
              smudge where a thumb that had touched the paste brushed the
              sheet.

Methods used: `x-scanpdf:<dpi>[:color]:lenscloth`, `x-photo:<dpi>:<font>:inkpaste`,
`x-scanpdf:<dpi>:photo:inkpaste`. heldout7 and heldout15 ignore the options they do not know.

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
OPTIONS = ("lenscloth", "inkpaste")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def lenscloth(p, r, mm, corner, base):
    """A lens cloth under the sheet's lower corner (corner: -1 left, +1 right)."""
    W, H = P.size_of(p)
    side = int(r.uniform(55, 65) * mm)
    ang = corner * r.uniform(10, 30) + r.uniform(-3, 3)
    cloth = p + ".cloth.png"
    colour = r.choice(["#7f93ad", "#8a9bb4", "#a49a86"])
    # the cloth: a flat colour, woven grain (noise, blurred a little), a fine cross weave
    cmd = ["convert", "-size", "%dx%d" % (side, side), "xc:%s" % colour, "-attenuate", "0.55", "+noise", "Gaussian",
           "-blur", "0x%.1f" % max(0.6, 0.06 * mm), "-fill", "none", "-stroke", "rgba(0,0,0,0.10)", "-strokewidth", "1"]
    step = max(3, int(0.55 * mm))
    for k in range(-side, side, step):
        cmd += ["-draw", "line %d,0 %d,%d" % (k, k + side, side)]
    # the stitched hem 2.5 mm inside the edge, and a small printed oval mark in one corner
    h = int(2.5 * mm)
    dash = max(2, int(1.2 * mm))
    x = h
    while x < side - h:
        x2 = min(side - h, x + dash)
        for (a, b, c, d) in ((x, h, x2, h), (x, side - h, x2, side - h), (h, x, h, x2), (side - h, x, side - h, x2)):
            cmd += ["-stroke", "rgba(255,255,255,0.55)", "-strokewidth", "%d" % max(1, int(0.25 * mm)), "-draw", "line %d,%d %d,%d" % (a, b, c, d)]
        x += 2 * dash
    cmd += ["-stroke", "rgba(255,255,255,0.6)", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-fill", "none",
            "-draw", "ellipse %d,%d %d,%d 0,360" % (side * 0.24, side * 0.22, 6 * mm, 3.2 * mm)]
    # soft corners: a rounded mask
    cmd += ["(", "-size", "%dx%d" % (side, side), "xc:black", "-fill", "white", "-stroke", "none",
            "-draw", "roundrectangle 0,0 %d,%d %d,%d" % (side - 1, side - 1, int(5 * mm), int(5 * mm)), ")",
            "-alpha", "off", "-compose", "CopyOpacity", "-composite", cloth]
    B.run(cmd)
    B.run(["convert", cloth, "-background", "none", "-rotate", "%.2f" % ang, cloth])
    cw, ch = P.size_of(cloth)
    # most of the cloth beyond the edge: its centre just inside the lower corner
    cx = (W - base[0] * mm) if corner > 0 else base[0] * mm
    cy = H - base[1] * mm
    cx += r.uniform(-3, 3) * mm
    cy += r.uniform(-3, 3) * mm
    # a thin soft edge shadow where the cloth lifts from the glass, then the cloth itself
    sh = p + ".clsh.png"
    B.run(["convert", cloth, "-alpha", "extract", "-negate", "-blur", "0x%d" % max(2, int(0.8 * mm)), "-level", "0%,100%,0.85", sh])
    B.run(["convert", p, "(", "-size", "%dx%d" % (W, H), "xc:white", sh, "-geometry", "+%d+%d" % (cx - cw / 2 + 0.6 * mm, cy - ch / 2 + 0.8 * mm),
           "-compose", "Multiply", "-composite", ")", "-compose", "Multiply", "-composite", p])
    B.run(["convert", p, cloth, "-geometry", "+%d+%d" % (cx - cw / 2, cy - ch / 2), "-compose", "Over", "-composite", p])
    os.remove(cloth)
    os.remove(sh)


def inkpaste(p, r, mm, corner):
    """An open round seal-ink box standing on the sheet near a lower corner, and a faint red thumb smudge."""
    W, H = P.size_of(p)
    R = r.uniform(24, 28) * mm
    cx = (W - R - r.uniform(5, 10) * mm) if corner > 0 else (R + r.uniform(5, 10) * mm)
    cy = H - R - r.uniform(6, 14) * mm
    sh = p + ".ipsh.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray45",
           "-draw", "circle %d,%d %d,%d" % (cx + 3 * mm, cy + 4 * mm, cx + 3 * mm + R, cy + 4 * mm),
           "-blur", "0x%d" % max(3, int(3 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    # the paste: a vermilion disc with grain, made separately and pasted in
    pr = int(R * 0.8)
    paste = p + ".paste.png"
    cmd = ["convert", "-size", "%dx%d" % (2 * pr, 2 * pr), "xc:#c4311f", "-attenuate", "0.9", "+noise", "Gaussian",
           "-blur", "0x%.1f" % max(0.7, 0.12 * mm)]
    for k in range(r.randint(3, 5)):   # dents where seals were pressed: darker squares and circles, slightly lighter rims
        dx, dy = r.uniform(0.3, 1.7) * pr, r.uniform(0.3, 1.7) * pr
        s2 = r.uniform(2.5, 4.5) * mm
        if r.random() < 0.5:
            cmd += ["-fill", "rgba(120,20,12,0.35)", "-stroke", "rgba(235,110,90,0.45)", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
                    "-draw", "rectangle %d,%d %d,%d" % (dx - s2, dy - s2, dx + s2, dy + s2)]
        else:
            cmd += ["-fill", "rgba(120,20,12,0.35)", "-stroke", "rgba(235,110,90,0.45)", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
                    "-draw", "circle %d,%d %d,%d" % (dx, dy, dx + s2, dy)]
    cmd += ["(", "-size", "%dx%d" % (2 * pr, 2 * pr), "xc:black", "-fill", "white", "-draw", "circle %d,%d %d,%d" % (pr, pr, 2 * pr - 1, pr), ")",
            "-alpha", "off", "-compose", "CopyOpacity", "-composite", paste]
    B.run(cmd)
    # the box: dark red rim, an inner lip, then the paste, then a highlight arc on the rim
    B.run(["convert", p, "-stroke", "#3d0b08", "-strokewidth", "%d" % max(1, int(0.4 * mm)), "-fill", "#7a1610",
           "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + R, cy),
           "-fill", "#5a100b", "-stroke", "none", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + R * 0.86, cy), p])
    B.run(["convert", p, paste, "-geometry", "+%d+%d" % (cx - pr, cy - pr), "-compose", "Over", "-composite", p])
    os.remove(paste)
    B.run(["convert", p, "-fill", "none", "-stroke", "rgba(255,220,210,0.55)", "-strokewidth", "%d" % max(2, int(1.0 * mm)),
           "-draw", "arc %d,%d %d,%d 200,260" % (cx - R * 0.93, cy - R * 0.93, cx + R * 0.93, cy + R * 0.93), p])
    # the thumb smudge: faint concentric red arcs in an ellipse, beside the box towards the page's middle
    tx = cx - corner * (R + r.uniform(10, 16) * mm)
    ty = cy - r.uniform(4, 12) * mm
    cmd = ["convert", p, "-fill", "none", "-strokewidth", "%d" % max(1, int(0.28 * mm))]
    for k in range(7):
        a, b = (3 + 1.2 * k) * mm * 0.75, (4 + 1.5 * k) * mm * 0.75
        cmd += ["-stroke", "rgba(190,40,30,%.2f)" % (0.32 - 0.03 * k),
                "-draw", "ellipse %d,%d %d,%d %d,%d" % (tx, ty, a, b, r.randint(0, 60), r.randint(240, 330))]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h137-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    corner = r.choice([-1, 1])
    base = (r.uniform(-4, 2), r.uniform(-3, 3))   # the cloth's centre, mm in from the side and the foot (negative: beyond the edge)
    for i, p in enumerate(pngs):
        if "lenscloth" in opts:
            lenscloth(p, r, mm, corner, base)
        if "inkpaste" in opts:
            inkpaste(p, r, mm, corner if i % 2 == 0 else -corner)


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
