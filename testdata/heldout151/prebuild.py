#!/usr/bin/env python3
"""Pre-build step of testdata/heldout151: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus options of this corpus acting on the clean page images BEFORE
heldout15's scanner simulation (and, for x-photo, before heldout7's phone
photo). Two are new ways a page goes wrong while it is captured:

  :hawslices  dried hawthorn slices (山楂干片, the kind brewed as a tea)
              left on the scanner glass: two or three crinkled red-brown
              discs 18-26 mm across, a paler wrinkled flesh ring, a pale
              core with the five seeds in a star, a soft shadow; at one
              side edge of the sheet, partly off the paper, in the lower
              two thirds of the page.
  :pillbox    a weekly pill organizer (七日药盒) put down on the sheet
              before it was photographed: a row of seven translucent
              coloured lids marked 日 一 二 三 四 五 六, a few tablets
              showing through them, a soft shadow; across a lower corner,
              turned 12-28 degrees.

and one that belongs to the printed page itself, not to the capture:

  :wm         the printout of a management platform carries a light grey
              diagonal watermark (`教学管理平台　内部资料`), repeated over the
              page.

Methods used: `x-scanpdf:<dpi>[:wm][:hawslices]`, `x-scanpdf:<dpi>:photo:pillbox`,
`x-photo:<dpi>:<font>:pillbox`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("hawslices", "pillbox", "wm")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def wavy(cx, cy, R, r, k=36, amp=0.07):
    ph = r.uniform(0, 2 * math.pi)
    pts = []
    for j in range(k):
        a = 2 * math.pi * j / k
        rr = R * (1 + amp * math.sin(5 * a + ph) + 0.5 * amp * math.sin(11 * a + 2 * ph) + r.uniform(-amp * 0.3, amp * 0.3))
        pts.append("%d,%d" % (cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return " ".join(pts)


def slice_img(path, d, r):
    """One dried hawthorn slice on a transparent square of side S."""
    S = int(d * 1.25)
    c = S / 2.0
    R = d / 2.0
    skin = r.choice(["#6e1f16", "#7a2418", "#842c1c"])
    flesh = r.choice(["#b0603a", "#b86a40", "#a85a36"])
    cmd = ["convert", "-size", "%dx%d" % (S, S), "xc:none",
           "-fill", skin, "-draw", "polygon " + wavy(c, c, R, r, 90, 0.06),
           "-fill", flesh, "-draw", "polygon " + wavy(c, c, R * 0.84, r, 90, 0.07)]
    # wrinkles of the dried flesh: short dark strokes running round the slice
    for _ in range(r.randint(9, 14)):
        a = r.uniform(0, 2 * math.pi)
        rr = R * r.uniform(0.45, 0.78)
        da = r.uniform(0.15, 0.45)
        pts = " ".join("%d,%d" % (c + rr * math.cos(a + da * t / 4.0) * (1 + 0.04 * math.sin(t)), c + rr * math.sin(a + da * t / 4.0))
                       for t in range(5))
        cmd += ["-fill", "none", "-stroke", r.choice(["#7c331e", "#8e4024", "#6a2a18"]), "-strokewidth", "%d" % max(1, int(d * 0.018)),
                "-draw", "polyline " + pts]
    # the pale core and the five seeds in a star
    cr = R * r.uniform(0.26, 0.32)
    cmd += ["-stroke", "none", "-fill", r.choice(["#d8b484", "#dcbc8e"]), "-draw", "polygon " + wavy(c, c, cr, r, 24, 0.1)]
    a0 = r.uniform(0, 2 * math.pi)
    for j in range(5):
        a = a0 + 2 * math.pi * j / 5
        sx, sy = c + cr * 0.55 * math.cos(a), c + cr * 0.55 * math.sin(a)
        cmd += ["-fill", "#b88c5a", "-stroke", "#6e4a2a", "-strokewidth", "1",
                "-draw", "ellipse %d,%d %d,%d %d,%d" % (sx, sy, max(2, cr * 0.34), max(2, cr * 0.2), 0, 360)]
    B.run(cmd + ["-blur", "0x%.1f" % max(0.6, d * 0.004), path])
    return S


def hawslices(p, r, mm, k):
    W, H = P.size_of(p)
    n = r.randint(2, 3)
    left = r.random() < 0.5
    ys = []
    y = H * r.uniform(0.36, 0.5)
    for _ in range(n):
        ys.append(y)
        y += r.uniform(34, 52) * mm
    if ys[-1] > H * 0.95:
        shift = ys[-1] - H * 0.93
        ys = [v - shift for v in ys]
    for j, cy in enumerate(ys):
        d = r.uniform(18, 26) * mm
        cx = r.uniform(3, 8) * mm if left else W - r.uniform(3, 8) * mm
        cx += r.uniform(-2, 2) * mm
        img = p + ".haw%d.png" % j
        S = slice_img(img, d, r)
        # a soft shadow under the slice
        sh = p + ".hawsh.png"
        B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62",
               "-draw", "ellipse %d,%d %d,%d 0,360" % (cx + 1.2 * mm, cy + 1.6 * mm, d * 0.52, d * 0.5),
               "-blur", "0x%d" % max(3, int(1.8 * mm)), sh])
        B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
        os.remove(sh)
        rot = img + ".rot.png"
        B.run(["convert", img, "-background", "none", "-rotate", "%.1f" % r.uniform(0, 360), rot])
        w, h = P.size_of(rot)
        B.run(["convert", p, rot, "-geometry", "+%d+%d" % (int(cx - w / 2), int(cy - h / 2)), "-compose", "Over", "-composite", p])
        os.remove(img)
        os.remove(rot)


def pillbox(p, r, mm):
    W, H = P.size_of(p)
    L = int(W * r.uniform(0.55, 0.62))
    h = int(L / r.uniform(5.4, 6.0))
    pad = int(h * 0.5)
    box = p + ".pill.png"
    cell = (L - 2 * int(0.06 * h)) / 7.0
    cmd = ["convert", "-size", "%dx%d" % (L + 2 * pad, h + 2 * pad), "xc:none",
           # the white base tray, a grey rim
           "-fill", "#e9e9e6", "-stroke", "#9a9a96", "-strokewidth", "%d" % max(2, int(0.4 * mm)),
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (pad, pad, pad + L, pad + h, h * 0.18, h * 0.18)]
    lids = ["#d84040", "#f08a2c", "#f2cf2e", "#4fb45a", "#2fb3c2", "#3f6fd0", "#8a4fc0"]
    days = "日一二三四五六"
    x = pad + 0.06 * h
    for j in range(7):
        x0, x1 = x + j * cell + 0.05 * cell, x + (j + 1) * cell - 0.05 * cell
        y0, y1 = pad + 0.1 * h, pad + 0.9 * h
        # tablets inside, seen through the lid
        for t in range(r.randint(1, 3)):
            tx, ty = r.uniform(x0 + 0.25 * cell, x1 - 0.25 * cell), r.uniform(y0 + 0.3 * h, y1 - 0.2 * h)
            cmd += ["-stroke", "none", "-fill", r.choice(["#fafafa", "#f5e9b8", "#f3d0d0"]),
                    "-draw", "ellipse %d,%d %d,%d 0,360" % (tx, ty, cell * 0.16, cell * 0.11)]
        cmd += ["-stroke", "#00000040", "-strokewidth", "2", "-fill", lids[j] + "b4",
                "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, y0, x1, y1, cell * 0.16, cell * 0.16),
                "-stroke", "none", "-fill", "#ffffff60",
                "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0 + cell * 0.1, y0 + h * 0.06, x1 - cell * 0.1, y0 + h * 0.16, 3, 3),
                "-fill", "#ffffffe6", "-font", "Noto-Sans-CJK-SC-Bold", "-pointsize", "%.1f" % (h * 0.3),
                "-annotate", "+%d+%d" % (int((x0 + x1) / 2 - h * 0.15), int(y0 + h * 0.42)), days[j]]
    B.run(cmd + [box])
    ang = r.choice([-1, 1]) * r.uniform(12, 28)
    rot = box + ".rot.png"
    B.run(["convert", box, "-background", "none", "-rotate", "%.1f" % ang, rot])
    w, hh = P.size_of(rot)
    right = r.random() < 0.6
    cx = W * r.uniform(0.66, 0.74) if right else W * r.uniform(0.26, 0.34)
    cy = H * r.uniform(0.9, 0.94)
    # a soft shadow: the box's alpha, darkened, blurred and offset
    sh = p + ".pillsh.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "(", rot, "-alpha", "extract", "-fill", "gray55", "-opaque", "white",
           "-transparent", "black", ")", "-geometry", "+%d+%d" % (int(cx - w / 2 + 2.5 * mm), int(cy - hh / 2 + 3 * mm)),
           "-compose", "Over", "-composite", "-blur", "0x%d" % max(3, int(2.4 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    B.run(["convert", p, rot, "-geometry", "+%d+%d" % (int(cx - w / 2), int(cy - hh / 2)), "-compose", "Over", "-composite", p])
    for f in (box, rot, sh):
        os.remove(f)


def watermark(p, r, mm, dpi):
    W, H = P.size_of(p)
    text = B.im_escape("教学管理平台　内部资料")
    pt = 30 * dpi / 72.0
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-font", "Noto-Sans-CJK-SC", "-fill", "gray87", "-pointsize", "%.1f" % pt]
    for row in range(5):
        for col in range(2):
            x = int(W * (0.08 + 0.48 * col) + (row % 2) * W * 0.12)
            y = int(H * (0.2 + 0.19 * row))
            cmd += ["-annotate", "-28x-28+%d+%d" % (x, y), text]
    m = p + ".wm.png"
    B.run(cmd + [m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h151-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "wm" in opts:
            watermark(p, r, mm, dpi)
        if "hawslices" in opts and i % 2 == 0:   # every other sheet: the slices were brushed off now and then
            hawslices(p, r, mm, i)
        if "pillbox" in opts:
            pillbox(p, r, mm)


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
