#!/usr/bin/env python3
"""Pre-build step of testdata/heldout136: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo or :photo, before heldout7's phone
photo):

  :slidebar  the sheets were kept in a report cover with a plastic slide
             bar (抽杆夹 / 拉杆夹) clamping their left edge, and were copied
             without taking the bar off: a translucent coloured plastic bar
             11-14 mm wide down the whole left edge (a little askew), darker
             rims along both long sides, a pale highlight down its rounded
             back, and a soft grey shadow on the paper just right of it where
             the pinched sheet lifts off the glass.
  :blister   (phone photos) a blister pack of tablets (药板) put down on the
             sheet: a silver foil card of 2 x 5 clear domes, most with a white
             round tablet inside, two or three pushed through (a dark hole with
             torn foil flaps), the product name printed on the foil between
             the rows, turned 10-35 degrees near a lower corner, with a soft
             shadow.

Methods used: `x-scanpdf:<dpi>[:slidebar]`, `x-scan:<dpi>:<font>[:slidebar]`,
`x-scanpdf:<dpi>:photo[:blister]`, `x-photo:<dpi>:<font>[:blister]`.
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
OPTIONS = ("slidebar", "blister")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo

BARS = [("#2f5fae", "#1d3c73", "#9fb8e2"), ("#b23a34", "#6e1f1b", "#e7a7a2"), ("#2b2b2b", "#0d0d0d", "#8a8a8a"),
        ("#2f8a5a", "#1b5235", "#a6d8bc")]


def slidebar(p, r, mm):
    W, H = P.size_of(p)
    body, rim, hi = r.choice(BARS)
    w = r.uniform(11, 14) * mm
    x0 = r.uniform(0.0, 1.6) * mm
    dx = r.uniform(-1.4, 1.4) * mm          # askew: the bottom end a little off the top end
    ov = p + ".bar.png"
    sh = p + ".sh.png"
    # the shadow on the paper right of the bar: a blurred grey band
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62",
           "-draw", "polygon %d,0 %d,0 %d,%d %d,%d" % (x0 + w - 2 * mm, x0 + w + 2.5 * mm, x0 + dx + w + 2.5 * mm, H, x0 + dx + w - 2 * mm, H),
           "-blur", "0x%d" % max(3, int(2.4 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    # the bar itself, translucent: drawn on white, lightened, then multiplied onto the page
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-stroke", "none",
           "-fill", body, "-draw", "polygon %d,0 %d,0 %d,%d %d,%d" % (x0, x0 + w, x0 + dx + w, H, x0 + dx, H)]
    for e, lw in ((0.0, 0.9), (1.0, 1.1)):   # the two rims
        xa = x0 + e * w
        cmd += ["-stroke", rim, "-strokewidth", "%d" % max(2, int(lw * mm)), "-draw", "line %d,0 %d,%d" % (xa, xa + dx, H)]
    xh = x0 + w * r.uniform(0.28, 0.4)
    cmd += ["-stroke", hi, "-strokewidth", "%d" % max(2, int(1.3 * mm)), "-draw", "line %d,0 %d,%d" % (xh, xh + dx, H),
            "-stroke", "white", "-strokewidth", "%d" % max(1, int(0.35 * mm)), "-draw", "line %d,0 %d,%d" % (xh, xh + dx, H)]
    # the slot's inner lip, where the sheets go in: a thin dark line inside the right rim
    xl = x0 + w * 0.82
    cmd += ["-stroke", rim, "-strokewidth", "%d" % max(1, int(0.4 * mm)), "-draw", "line %d,0 %d,%d" % (xl, xl + dx, H),
            "-blur", "0x1.2", "-fill", "white", "-colorize", "%d" % r.randint(8, 16), ov]
    B.run(cmd)
    B.run(["convert", p, ov, "-compose", "Multiply", "-composite", p])
    os.remove(ov)


def blister(p, r, mm, stage_tag):
    W, H = P.size_of(p)
    cols, rows = 2, 5
    pw, ph = int(r.uniform(42, 48) * mm), int(r.uniform(92, 100) * mm)
    img = p + ".bl.png"
    rad = int(3 * mm)
    cmd = ["convert", "-size", "%dx%d" % (pw, ph), "xc:none",
           "-fill", "#c6cacf", "-stroke", "#8f949a", "-strokewidth", "%d" % max(2, int(0.4 * mm)),
           "-draw", "roundrectangle 1,1 %d,%d %d,%d" % (pw - 2, ph - 2, rad, rad),
           "-stroke", "none", "-fill", "#d9dce0",
           "-draw", "rectangle %d,%d %d,%d" % (int(pw * 0.43), int(ph * 0.02), int(pw * 0.57), ph - int(ph * 0.02))]
    name = r.choice(["碳酸钙D3片", "维生素B1片", "复合维生素片"])
    # the printed name between the two columns, running along the card (turned)
    tx = ["-font", "Noto-Sans-CJK-SC", "-fill", "#2a5d9f", "-pointsize", "%.1f" % (2.6 * mm)]
    gone = set(r.sample(range(cols * rows), r.randint(2, 3)))
    bx, by = pw / (cols + 0.2), ph / (rows + 0.3)
    for k in range(cols * rows):
        i, j = k // cols, k % cols
        cx = int(pw * 0.5 + (j - 0.5) * bx * 1.05)
        cy = int(by * (0.65 + i))
        ex, ey = int(bx * 0.36), int(by * 0.34)
        if k in gone:   # pushed through: a dark hole, torn foil flaps round it
            cmd += ["-fill", "#4d5156", "-stroke", "#7a7f85", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
                    "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, ex, ey), "-stroke", "none", "-fill", "#e3e6e9"]
            for t in range(r.randint(3, 5)):
                a = r.uniform(0, 2 * math.pi)
                fx, fy = cx + math.cos(a) * ex * 0.9, cy + math.sin(a) * ey * 0.9
                gx, gy = cx + math.cos(a) * ex * r.uniform(0.2, 0.5), cy + math.sin(a) * ey * r.uniform(0.2, 0.5)
                b2 = a + r.uniform(0.3, 0.6)
                hx, hy = cx + math.cos(b2) * ex * 0.95, cy + math.sin(b2) * ey * 0.95
                cmd += ["-draw", "polygon %d,%d %d,%d %d,%d" % (fx, fy, gx, gy, hx, hy)]
        else:           # a clear dome with a white tablet inside and a highlight
            cmd += ["-fill", "#eef0f2", "-stroke", "#8d9298", "-strokewidth", "%d" % max(1, int(0.35 * mm)),
                    "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, ex, ey),
                    "-fill", "#fbfbfb", "-stroke", "#b5b8bc", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, int(ex * 0.72), int(ey * 0.72)),
                    "-stroke", "#c9ccd0", "-draw", "line %d,%d %d,%d" % (cx - ex * 0.45, cy, cx + ex * 0.45, cy),
                    "-stroke", "white", "-strokewidth", "%d" % max(1, int(0.5 * mm)), "-fill", "none",
                    "-draw", "arc %d,%d %d,%d 200,250" % (cx - ex * 0.9, cy - ey * 0.9, cx + ex * 0.9, cy + ey * 0.9)]
    cmd += ["-stroke", "none"] + tx + ["-gravity", "center", "-annotate", "90x90+0+0", B.im_escape(name), "-gravity", "northwest", img]
    B.run(cmd)
    ang = r.choice([-1, 1]) * r.uniform(10, 35)
    rot = img + ".rot.png"
    B.run(["convert", img, "-background", "none", "-rotate", "%.1f" % ang,
           "(", "+clone", "-background", "black", "-shadow", "45x%d+%d+%d" % (max(3, int(1.6 * mm)), int(1.5 * mm), int(2.2 * mm)), ")",
           "+swap", "-background", "none", "-layers", "merge", "+repage", rot])
    w2, h2 = P.size_of(rot)
    right = r.random() < 0.6
    cx = W * (r.uniform(0.72, 0.86) if right else r.uniform(0.14, 0.28))
    cy = H * r.uniform(0.74, 0.86)
    B.run(["convert", p, rot, "-geometry", "+%d+%d" % (int(cx - w2 / 2), int(cy - h2 / 2)), "-compose", "Over", "-composite", p])
    os.remove(img)
    os.remove(rot)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h136-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "slidebar" in opts:
            slidebar(p, r, mm)
        if "blister" in opts:
            blister(p, r, mm, tag)


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
