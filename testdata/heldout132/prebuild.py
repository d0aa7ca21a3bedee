#!/usr/bin/env python3
"""Pre-build step of testdata/heldout132: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for photos, before heldout7's phone photo):

  :safetypin  a steel safety pin (别针) left on the scanner glass: two wire
              legs 38-46 mm long, the coiled spring at one end, the stamped
              clasp head at the other, a bright highlight along the wire and
              a soft grey shadow, turned at a random angle, in the left or
              right margin of the page.
  :powerbank  a phone photo of a sheet with the student's power bank
              (充电宝) lying on its lower corner: a rounded grey-white body
              about 62 x 120 mm, mostly off the sheet, four small blue
              charge LEDs, a USB port, a soft shadow, and its black charging
              cable curling away along the bottom margin.

Methods used: `x-scanpdf:<dpi>[:...]:safetypin`, `x-scanpdf:<dpi>:photo:powerbank`,
`x-photo:<dpi>:<font>:powerbank`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("safetypin", "powerbank")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def safetypin(p, r, mm):
    W, H = P.size_of(p)
    L = r.uniform(38, 46) * mm
    gap = r.uniform(3.2, 4.0) * mm
    wire = max(2, int(0.75 * mm))
    pad = int(6 * mm)
    cw, ch = int(L + 2 * pad), int(gap + 2 * pad + 4 * mm)
    y1, y2 = pad + 2 * mm, pad + 2 * mm + gap
    x0, x1 = pad + 3 * mm, pad + L
    tmp = p + ".pin.png"
    sh = p + ".pinsh.png"
    coil = "circle %d,%d %d,%d" % (x0 - 0.5 * mm, (y1 + y2) / 2, x0 - 0.5 * mm + gap * 0.75, (y1 + y2) / 2)
    body = ["-fill", "none", "-stroke", "gray45", "-strokewidth", str(wire),
            "-draw", "line %d,%d %d,%d" % (x0, y1, x1 - 2 * mm, y1),             # the leg that ends in the clasp
            "-draw", "line %d,%d %d,%d" % (x0, y2, x1 - 1.2 * mm, y1 + gap * 0.35),   # the pin leg, its point under the clasp
            "-draw", coil,
            "-stroke", "gray85", "-strokewidth", str(max(1, wire // 3)),
            "-draw", "line %d,%d %d,%d" % (x0 + mm, y1 - wire * 0.25, x1 - 3 * mm, y1 - wire * 0.25),
            "-stroke", "gray30", "-strokewidth", "1", "-fill", "gray60",
            "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x1 - 7 * mm, y1 - 1.6 * mm, x1 + 0.5 * mm, y1 + gap * 0.6, mm, mm),
            "-fill", "gray88", "-stroke", "none",
            "-draw", "rectangle %d,%d %d,%d" % (x1 - 6 * mm, y1 - 1.1 * mm, x1 - 1 * mm, y1 - 0.6 * mm)]
    B.run(["convert", "-size", "%dx%d" % (cw, ch), "xc:none"] + body + [tmp])
    # the shadow: the same shape, grey, blurred, offset
    B.run(["convert", tmp, "-alpha", "extract", "-blur", "0x%d" % max(2, int(1.2 * mm)), "-evaluate", "multiply", "0.45",
           "-background", "gray30", "-alpha", "shape", sh])
    ang = 90 + r.uniform(-25, 25) + (180 if r.random() < 0.5 else 0)   # lying along the margin
    side = r.choice([0.06, 0.94])
    cx, cy = W * side, H * r.uniform(0.3, 0.75)
    H15.paste(p, sh, cx + 1.2 * mm, cy + 1.6 * mm, ang)
    H15.paste(p, tmp, cx, cy, ang)
    os.remove(tmp)
    os.remove(sh)


def powerbank(p, r, mm):
    W, H = P.size_of(p)
    bw, bh = int(r.uniform(60, 64) * mm), int(r.uniform(116, 124) * mm)
    pad = int(8 * mm)
    tmp, sh = p + ".pb.png", p + ".pbsh.png"
    leds = []
    for k in range(4):
        x = pad + bw / 2 - 6 * mm + k * 4 * mm
        leds += ["-fill", "#3b8ff0" if k < 3 else "#9fb5cc", "-draw", "circle %d,%d %d,%d" % (x, pad + bh - 14 * mm, x + 0.8 * mm, pad + bh - 14 * mm)]
    B.run(["convert", "-size", "%dx%d" % (bw + 2 * pad, bh + 2 * pad), "xc:none",
           "-fill", "#e4e6e8", "-stroke", "#9a9ea3", "-strokewidth", str(max(2, int(0.5 * mm))),
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (pad, pad, pad + bw, pad + bh, 8 * mm, 8 * mm),
           "-stroke", "none", "-fill", "#f4f5f6",
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (pad + 3 * mm, pad + 3 * mm, pad + bw * 0.45, pad + bh - 3 * mm, 6 * mm, 6 * mm),
           "-fill", "#2a2a2a", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (pad + bw / 2 - 5 * mm, pad + bh - 3 * mm, pad + bw / 2 + 5 * mm, pad + bh - 1 * mm, mm, mm),
           "-font", "DejaVu-Sans", "-fill", "#8a8d91", "-pointsize", "%d" % (3.2 * mm * 72 / 25.4 * 25.4 / 72 * 1.0),
           "-annotate", "+%d+%d" % (pad + bw / 2 - 12 * mm, pad + bh / 2), "10000mAh"] + leds + [tmp])
    B.run(["convert", tmp, "-alpha", "extract", "-blur", "0x%d" % max(3, int(3 * mm)), "-evaluate", "multiply", "0.55",
           "-background", "gray15", "-alpha", "shape", sh])
    ang = r.uniform(-35, 35)
    right = r.random() < 0.6
    cx = W * (0.99 if right else 0.01) + (bw * 0.18 if right else -bw * 0.18)
    cy = H * 0.985
    # the cable: a black curve from the power bank along the bottom margin
    sx = cx - (bw * 0.3 if right else -bw * 0.3)
    pts = []
    for k in range(14):
        t = k / 13.0
        x = sx + (-1 if right else 1) * t * W * r.uniform(0.3, 0.34)
        y = H - 9 * mm + math.sin(t * 5.5 + r.uniform(0, 0.3)) * 5 * mm
        pts.append((x, min(H - 2, y)))
    B.run(["convert", p, "-fill", "none", "-stroke", "gray55", "-strokewidth", str(int(2.6 * mm)),
           "-draw", "polyline " + " ".join("%d,%d" % (x + 1.5 * mm, y + 2 * mm) for x, y in pts), "-blur", "0x0", p])
    B.run(["convert", p, "-fill", "none", "-stroke", "#161616", "-strokewidth", str(int(2.2 * mm)),
           "-draw", "polyline " + " ".join("%d,%d" % q for q in pts),
           "-stroke", "#4a4a4a", "-strokewidth", str(max(1, int(0.4 * mm))),
           "-draw", "polyline " + " ".join("%d,%d" % (x, y - 0.5 * mm) for x, y in pts), p])
    H15.paste(p, sh, cx + 3 * mm, cy + 4 * mm, ang)
    H15.paste(p, tmp, cx, cy, ang)
    os.remove(tmp)
    os.remove(sh)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h132-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "safetypin" in opts and r.random() < 0.75:
            safetypin(p, r, mm)
        if "powerbank" in opts:
            powerbank(p, r, mm)


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
