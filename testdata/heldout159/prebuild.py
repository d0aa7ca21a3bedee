#!/usr/bin/env python3
"""Pre-build step of testdata/heldout159: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, drawn on the clean page images BEFORE
heldout15's scanner simulation (and, for photos, before heldout7's photo):

  :charger  a white phone charger (充电头) left lying on the scanner glass:
            a rounded white plastic brick about 40 x 48 mm with its two flat
            mains pins and a USB port, a tiny grey rating label, a soft
            shadow, and a faint grey haze round it where the raised lid let
            room light in; half off the sheet at the left or right edge of
            the lower half, turned 5-35 degrees.
  :apple    a phone photo of a sheet with an apple (a striped red Fuji, the
            kind 静宁 is known for, 62-70 mm across) lying on it near a
            bottom corner: a red body with yellow stripes, a highlight, the
            stalk in its dimple and a soft shadow on the paper.

Methods used: `x-scanpdf:<dpi>[:charger]`, `x-photo:<dpi>:<font>[:apple]`,
`x-scanpdf:<dpi>:photo[:apple]`. heldout7 and heldout15 ignore the options
they do not know.

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
OPTIONS = ("charger", "apple")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def _paste(page, img, cx, cy, angle):
    rot = img + ".rot.png"
    B.run(["convert", img, "-background", "none", "-rotate", "%.2f" % angle, rot])
    w, h = P.size_of(rot)
    B.run(["convert", page, rot, "-geometry", "+%d+%d" % (int(cx - w / 2), int(cy - h / 2)),
           "-compose", "Over", "-composite", page])
    os.remove(rot)


def charger(p, r, mm):
    W, H = P.size_of(p)
    bw, bh = r.uniform(38, 42) * mm, r.uniform(44, 50) * mm
    side = r.choice([-1, 1])
    cx = W * (r.uniform(0.025, 0.06) if side < 0 else r.uniform(0.94, 0.975))
    cy = H * r.uniform(0.58, 0.9)
    ang = side * r.uniform(5, 35)
    # the lid rests on the brick: room light gets in round it, a faint grey haze
    haze = p + ".haze.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray82",
           "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + bh * 0.95, cy),
           "-blur", "0x%d" % max(4, int(9 * mm)), haze])
    B.run(["convert", p, haze, "-compose", "Multiply", "-composite", p])
    os.remove(haze)
    # the brick drawn upright on its own canvas, then turned and pasted
    pad = int(16 * mm)
    cw, ch = int(bw + 2 * pad), int(bh + 2 * pad)
    x0, y0, x1, y1 = pad, pad, pad + bw, pad + bh
    rad = 6 * mm
    img = p + ".charger.png"
    pin_w, pin_l, gap = 1.7 * mm, r.uniform(9, 11) * mm, 12.7 * mm
    mx = (x0 + x1) / 2
    cmd = ["convert", "-size", "%dx%d" % (cw, ch), "xc:none",
           # shadow
           "(", "-size", "%dx%d" % (cw, ch), "xc:none", "-fill", "rgba(0,0,0,0.45)",
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0 + 2.5 * mm, y0 + 3 * mm, x1 + 2.5 * mm, y1 + 3 * mm, rad, rad),
           "-blur", "0x%d" % max(2, int(2.2 * mm)), ")", "-compose", "Over", "-composite",
           # the two flat pins out of the top side
           "-stroke", "gray35", "-strokewidth", "%d" % max(1, int(0.25 * mm)), "-fill", "gray72",
           "-draw", "rectangle %d,%d %d,%d" % (mx - gap / 2 - pin_w / 2, y0 - pin_l, mx - gap / 2 + pin_w / 2, y0 + 1),
           "-draw", "rectangle %d,%d %d,%d" % (mx + gap / 2 - pin_w / 2, y0 - pin_l, mx + gap / 2 + pin_w / 2, y0 + 1),
           # the body
           "-stroke", "gray55", "-strokewidth", "%d" % max(1, int(0.35 * mm)), "-fill", "gray95",
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, y0, x1, y1, rad, rad),
           "-stroke", "none", "-fill", "gray88",
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0 + 2 * mm, y1 - 9 * mm, x1 - 2 * mm, y1 - 1.2 * mm, rad * 0.6, rad * 0.6),
           "-fill", "white",
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0 + 3 * mm, y0 + 2 * mm, x0 + bw * 0.45, y0 + 6 * mm, 2 * mm, 2 * mm),
           # the USB port in the bottom side
           "-fill", "gray18", "-draw", "rectangle %d,%d %d,%d" % (mx - 6.2 * mm, y1 - 4.8 * mm, mx + 6.2 * mm, y1 - 0.4 * mm),
           "-fill", "gray62", "-draw", "rectangle %d,%d %d,%d" % (mx - 5 * mm, y1 - 3.2 * mm, mx + 5 * mm, y1 - 2.1 * mm)]
    # the rating label: a few grey lines of tiny print
    for k in range(4):
        ly = y0 + bh * 0.42 + k * 2.6 * mm
        cmd += ["-fill", "gray%d" % (62 + 4 * k), "-draw", "rectangle %d,%d %d,%d" % (
            mx - bw * (0.32 - 0.04 * (k % 2)), ly, mx + bw * (0.30 - 0.05 * k), ly + 0.9 * mm)]
    B.run(cmd + [img])
    _paste(p, img, cx, cy, ang)
    os.remove(img)


def apple(p, r, mm):
    W, H = P.size_of(p)
    R = r.uniform(31, 35) * mm
    side = r.choice([-1, 1])
    inset = R * 1.1 + r.uniform(3, 12) * mm   # the whole apple lies on the sheet, near a bottom corner
    cx = inset if side < 0 else W - inset
    cy = H - R * 1.05 - r.uniform(4, 14) * mm
    S = int(2.6 * R)
    c = S / 2
    img = p + ".apple.png"
    # the outline: a circle a little flattened, with a shallow notch at the top
    pts = []
    for k in range(90):
        a = 2 * math.pi * k / 90
        rr = R * (1 - 0.1 * math.exp(-((a - 1.5 * math.pi) / 0.35) ** 2)) * (1 + 0.03 * math.sin(3 * a + 0.7))
        pts.append((c + rr * math.cos(a) * 1.04, c + rr * math.sin(a) * 0.95))
    poly = "polygon " + " ".join("%d,%d" % q for q in pts)
    mask = p + ".amask.png"
    B.run(["convert", "-size", "%dx%d" % (S, S), "xc:black", "-fill", "white", "-draw", poly, "-blur", "0x1", mask])
    body = p + ".abody.png"
    cmd = ["convert", "-size", "%dx%d" % (S, S), "radial-gradient:#d84a36-#6e0f12", "-gravity", "center",
           "-crop", "%dx%d+%d+%d" % (S, S, int(-0.18 * R), int(-0.22 * R)), "+repage", "-extent", "%dx%d" % (S, S)]
    # the yellow stripes of a Fuji: thin meridians from the stalk to the bottom
    for k in range(r.randint(14, 18)):
        t = r.uniform(-0.95, 0.95)
        col = r.choice(["rgba(236,170,70,0.45)", "rgba(220,140,60,0.4)", "rgba(245,200,100,0.35)"])
        cmd += ["-stroke", col, "-strokewidth", "%d" % max(2, int(r.uniform(0.8, 2.0) * mm)), "-fill", "none",
                "-draw", "bezier %d,%d %d,%d %d,%d" % (c + t * 0.12 * R, c - R * 0.78, c + t * 1.15 * R, c - R * 0.1,
                                                       c + t * 0.45 * R, c + R * 0.9)]
    cmd += ["-blur", "0x%d" % max(2, int(1.0 * mm)),
            "-stroke", "none", "-fill", "rgba(255,255,255,0.45)",
            "-draw", "ellipse %d,%d %d,%d 0,360" % (c - R * 0.42, c - R * 0.3, R * 0.13, R * 0.22),
            "-fill", "rgba(60,10,10,0.55)", "-draw", "ellipse %d,%d %d,%d 0,360" % (c, c - R * 0.8, R * 0.2, R * 0.09),
            mask, "-alpha", "off", "-compose", "CopyOpacity", "-composite",
            "-compose", "Over", "-stroke", "#4a3420", "-strokewidth", "%d" % max(2, int(1.8 * mm)), "-fill", "none",
            "-draw", "bezier %d,%d %d,%d %d,%d" % (c, c - R * 0.8, c + 2 * mm, c - R * 0.98, c + 7 * mm, c - R * 1.12), body]
    B.run(cmd)
    # the shadow on the paper, then the apple
    sh = p + ".ashadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray45",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx + 0.18 * R, cy + 0.22 * R, R * 1.02, R * 0.92),
           "-blur", "0x%d" % max(4, int(5 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    B.run(["convert", p, body, "-geometry", "+%d+%d" % (int(cx - c), int(cy - c)), "-compose", "Over", "-composite", p])
    for f in (mask, body, sh):
        os.remove(f)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h159-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "charger" in opts and i % 2 == 0:   # the charger lies there for every other sheet
            charger(p, r, mm)
        if "apple" in opts:
            apple(p, r, mm)


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
