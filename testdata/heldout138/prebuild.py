#!/usr/bin/env python3
"""Pre-build step of testdata/heldout138: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new things that lie on a page while it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo and :photo, before heldout7's phone photo):

  :resistor  (scans) through-hole electronic parts left on the scanner glass
             from the workbench: two to four colour-banded resistors (a
             beige or blue body, four coloured bands, bright tinned wire leads,
             one lead often bent) and sometimes a 5 mm LED (a red dome, a rim,
             two legs of unequal length), each with a soft shadow, lying in
             the side margins or along the foot of the page.
  :spoon     (phone photos) a white porcelain Chinese soup spoon (调羹) left
             on the sheet on the canteen table: a deep oval bowl with a blue
             rim line, a flat handle rising to a rounded tip, grey shading
             inside the bowl, a highlight and a soft shadow, lying across the
             lower right corner of the page (on every other page).

Methods used: `x-scanpdf:<dpi>[:...][:resistor]`, `x-scan:<dpi>:<font>[:resistor]`,
`x-photo:<dpi>:<font>[:spoon]`, `x-scanpdf:<dpi>:photo:spoon`.
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
OPTIONS = ("resistor", "spoon")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo

BANDS = ["#3b2a1a", "#8a4b1c", "#c8261e", "#e07a16", "#e3c21a", "#2f8a3a", "#2b55b8", "#7a3fa0", "#8c8c8c", "#f2f2f2", "#101010"]


def with_shadow(part, out, mm, angle):
    """Turn a part drawn on a transparent canvas, give it a soft drop shadow."""
    B.run(["convert", part, "-background", "none", "-rotate", "%.1f" % angle,
           "(", "+clone", "-background", "black", "-shadow", "55x%d+%d+%d" % (max(2, int(0.7 * mm)), int(0.6 * mm), int(0.9 * mm)), ")",
           "+swap", "-background", "none", "-layers", "merge", "+repage", out])


def one_resistor(path, r, mm):
    body, lead = r.uniform(6.0, 7.0) * mm, r.uniform(9, 14) * mm
    bh = r.uniform(2.2, 2.6) * mm
    L = int(body + 2 * lead + 2 * mm)
    H = int(bh * 4 + 2 * mm)
    cy = H / 2.0
    x0 = lead + mm
    x1 = x0 + body
    colour = r.choice(["#d9c08f", "#d2b47c", "#6f9fd8", "#7aa7d6"])
    lw = max(2, int(0.45 * mm))
    cmd = ["convert", "-size", "%dx%d" % (L, H), "xc:none"]
    # the leads: tinned wire, one end sometimes bent down
    bend = r.random() < 0.6
    left = "polyline %d,%d %d,%d" % (int(mm), int(cy), int(x0), int(cy))
    if bend:
        left = "polyline %d,%d %d,%d %d,%d" % (int(mm), int(cy + bh * 1.4), int(mm + 2.5 * mm), int(cy), int(x0), int(cy))
    right = "polyline %d,%d %d,%d" % (int(x1), int(cy), int(L - mm), int(cy))
    for d in (left, right):
        cmd += ["-fill", "none", "-stroke", "#8e9296", "-strokewidth", str(lw), "-draw", d,
                "-stroke", "#e4e6e8", "-strokewidth", str(max(1, lw // 3)), "-draw", d]
    # the body: a rounded tube with bulged ends
    cmd += ["-stroke", "#6b5a40", "-strokewidth", "1", "-fill", colour,
            "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, cy - bh / 2, x1, cy + bh / 2, bh / 2.2, bh / 2.2),
            "-draw", "ellipse %d,%d %d,%d 0,360" % (x0 + bh * 0.45, cy, bh * 0.5, bh * 0.62),
            "-draw", "ellipse %d,%d %d,%d 0,360" % (x1 - bh * 0.45, cy, bh * 0.5, bh * 0.62), "-stroke", "none"]
    picks = [r.choice(BANDS[1:8]), r.choice(BANDS[:10]), r.choice(BANDS[:7]), r.choice(["#b8902a", "#b8902a", "#a7a9ac"])]
    for k, colb in enumerate(picks):
        bx = x0 + body * (0.2 + 0.17 * k) + (body * 0.1 if k == 3 else 0)
        cmd += ["-fill", colb, "-draw", "rectangle %d,%d %d,%d" % (bx, cy - bh * 0.55, bx + body * 0.08, cy + bh * 0.55)]
    # a highlight along the top of the body
    cmd += ["-fill", "#ffffff80", "-draw", "rectangle %d,%d %d,%d" % (x0 + bh * 0.5, cy - bh * 0.34, x1 - bh * 0.5, cy - bh * 0.2)]
    B.run(cmd + [path])


def one_led(path, r, mm):
    d = 5.0 * mm
    legs = (r.uniform(14, 18) * mm, r.uniform(11, 14) * mm)
    L = int(d * 1.5 + max(legs) + 2 * mm)
    H = int(d * 1.6 + 2 * mm)
    cy = H / 2.0
    lw = max(2, int(0.4 * mm))
    cmd = ["convert", "-size", "%dx%d" % (L, H), "xc:none"]
    x0 = d * 1.2 + mm
    for k, ln in enumerate(legs):
        y = cy + (k - 0.5) * d * 0.5
        seg = "line %d,%d %d,%d" % (x0, y, x0 + ln, y)
        cmd += ["-fill", "none", "-stroke", "#8e9296", "-strokewidth", str(lw), "-draw", seg,
                "-stroke", "#e4e6e8", "-strokewidth", str(max(1, lw // 3)), "-draw", seg]
    dome = r.choice(["#d8322a", "#e0473a", "#f0f0e8"])
    cmd += ["-stroke", "#7a1d18" if dome != "#f0f0e8" else "#9a9a96", "-strokewidth", "1", "-fill", dome,
            "-draw", "rectangle %d,%d %d,%d" % (mm + d * 0.5, cy - d / 2, x0, cy + d / 2),
            "-draw", "ellipse %d,%d %d,%d 90,270" % (mm + d * 0.5, cy, d * 0.5, d / 2),
            "-draw", "rectangle %d,%d %d,%d" % (x0 - d * 0.22, cy - d * 0.62, x0, cy + d * 0.62),
            "-stroke", "none", "-fill", "#ffffff90",
            "-draw", "ellipse %d,%d %d,%d 0,360" % (mm + d * 0.55, cy - d * 0.2, d * 0.28, d * 0.1)]
    B.run(cmd + [path])


def resistor(p, r, mm, k):
    W, H = P.size_of(p)
    n = r.randint(2, 4)
    spots = []
    for j in range(n):
        part = "%s.part%d.png" % (p, j)
        if j == n - 1 and r.random() < 0.6:
            one_led(part, r, mm)
        else:
            one_resistor(part, r, mm)
        where = r.choice(["left", "right", "right", "foot"])
        if where == "foot":
            cx, cy, ang = W * r.uniform(0.25, 0.75), H - r.uniform(5.5, 8) * mm, r.uniform(-12, 12)
        else:
            cx = r.uniform(5.5, 8.5) * mm if where == "left" else W - r.uniform(5.5, 8.5) * mm
            cy, ang = H * r.uniform(0.35, 0.92), r.choice([1, -1]) * r.uniform(72, 104)
        if any(abs(cy - y) < 28 * mm and w == where for w, y in spots):
            cy = min(H - 20 * mm, cy + 30 * mm)
        spots.append((where, cy))
        sh = part + ".sh.png"
        with_shadow(part, sh, mm, ang)
        H15.paste(p, sh, cx, cy, 0)
        for x in (part, sh, sh + ".rot.png"):
            if os.path.exists(x):
                os.remove(x)


def spoon(p, r, mm, k):
    W, H = P.size_of(p)
    L = r.uniform(98, 106) * mm           # a small porcelain soup spoon is about 10 cm long
    bw = r.uniform(33, 36) * mm           # and 3.5 cm wide at the bowl
    pad = 6 * mm
    cw, ch = int(L + 2 * pad), int(bw + 2 * pad)
    cy = ch / 2.0
    bx0, bx1 = pad, pad + L * 0.52         # the bowl
    bcx, brx, bry = (bx0 + bx1) / 2, (bx1 - bx0) / 2, bw / 2
    hx1 = pad + L                         # the handle's tip
    hw0, hw1 = bw * 0.30, bw * 0.26
    poly = "polygon %d,%d %d,%d %d,%d %d,%d" % (bx1 - brx * 0.25, cy - hw0 / 2, hx1 - hw1 / 2, cy - hw1 / 2,
                                                 hx1 - hw1 / 2, cy + hw1 / 2, bx1 - brx * 0.25, cy + hw0 / 2)
    part = p + ".spoon.png"
    cmd = ["convert", "-size", "%dx%d" % (cw, ch), "xc:none",
           "-fill", "#f6f6f2", "-stroke", "#a9adb3", "-strokewidth", str(max(2, int(0.35 * mm))),
           "-draw", "ellipse %d,%d %d,%d 0,360" % (bcx, cy, brx, bry), "-draw", poly,
           "-draw", "ellipse %d,%d %d,%d 0,360" % (hx1 - hw1 / 2, cy, hw1 / 2, hw1 / 2),
           "-stroke", "none", "-fill", "#f6f6f2",
           "-draw", "rectangle %d,%d %d,%d" % (bx1 - brx * 0.4, cy - hw0 / 2 + 2, bx1 + 2 * mm, cy + hw0 / 2 - 2),
           # the inside of the bowl: grey shading, deeper towards the bottom of the bowl
           "-fill", "#e2e4e7", "-draw", "ellipse %d,%d %d,%d 0,360" % (bcx - brx * 0.04, cy, brx * 0.84, bry * 0.8),
           "-fill", "#d3d6da", "-draw", "ellipse %d,%d %d,%d 0,360" % (bcx - brx * 0.12, cy + bry * 0.05, brx * 0.55, bry * 0.52),
           # the blue rim line inside the bowl and a band on the handle (青花)
           "-fill", "none", "-stroke", "#3a5fa6", "-strokewidth", str(max(2, int(0.5 * mm))),
           "-draw", "ellipse %d,%d %d,%d 0,360" % (bcx, cy, brx * 0.92, bry * 0.88),
           "-draw", "line %d,%d %d,%d" % (hx1 - 9 * mm, cy - hw1 / 2 + 2, hx1 - 9 * mm, cy + hw1 / 2 - 2),
           "-stroke", "#5b7cc0", "-strokewidth", str(max(1, int(0.25 * mm))),
           "-draw", "line %d,%d %d,%d" % (hx1 - 11 * mm, cy - hw1 / 2 + 3, hx1 - 11 * mm, cy + hw1 / 2 - 3),
           # a highlight on the rim and along the handle
           "-stroke", "#ffffff", "-strokewidth", str(max(2, int(0.6 * mm))),
           "-draw", "arc %d,%d %d,%d 200,260" % (bcx - brx * 0.9, cy - bry * 0.86, bcx + brx * 0.9, cy + bry * 0.86),
           "-draw", "line %d,%d %d,%d" % (bx1 + 4 * mm, cy - hw0 * 0.18, hx1 - 6 * mm, cy - hw1 * 0.18),
           part]
    B.run(cmd)
    # lying across a lower corner, bowl towards the page, handle towards the corner
    right = True                          # always the lower right corner: the names in the left columns stay free
    ang = r.uniform(24, 34)
    sh = part + ".sh.png"
    with_shadow(part, sh, mm * 1.6, ang)
    sw, shh = P.size_of(sh)
    # the whole spoon on the sheet, its far end a few millimetres inside the page's corner
    cx = W - sw / 2 - r.uniform(3, 7) * mm if right else sw / 2 + r.uniform(3, 7) * mm
    cy = H - shh / 2 - r.uniform(3, 7) * mm
    H15.paste(p, sh, cx, cy, 0)
    for x in (part, sh, sh + ".rot.png"):
        if os.path.exists(x):
            os.remove(x)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h138-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "resistor" in opts:
            resistor(p, r, mm, i)
        if "spoon" in opts and i % 2 == 0:   # the spoon was moved between shots: on every other page
            spoon(p, r, mm, i)


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
