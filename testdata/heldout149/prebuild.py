#!/usr/bin/env python3
"""Pre-build step of testdata/heldout149: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus options of this corpus acting on the clean page images BEFORE
heldout15's scanner simulation (and, for phone photos, before heldout7's
photo()). Two are new ways a page goes wrong while it is captured:

  :offcuts   (scans) short wire offcuts (剥线剪下的导线头) left on the scanner
             glass after a wiring lesson: four to six pieces of PVC-insulated
             wire, 10-26 mm long, red, black, blue or yellow-green striped,
             slightly bent, the bare copper strands sticking out at one or
             both ends, each with a soft shadow; they lie in the page margins
             (left, right or bottom strip), never over the table body.
  :teacup    (phone photos) a small white porcelain tasting cup (品茗杯) of
             tea set down on the sheet near the lower right corner while the
             photo was taken: a white glazed wall seen from above at a slant,
             a thin rim highlight, the amber tea surface inside with a
             reflection, a soft shadow on the paper to one side.

and one page feature (not a fault) that a printed register carries:

  :gongzhang a register printed from the school's 教务系统: a pale grey
             diagonal watermark repeated over the page, and the red round
             seal of the 教务处 (ring, star, the school's name round the
             arc, 教务处 under the star) stamped over the signature line at
             the foot of the last page, the ink uneven.

Methods used: `x-scanpdf:<dpi>[:color][:offcuts][:gongzhang][:photo:teacup]`,
`x-photo:<dpi>:<font>[:teacup]`. heldout7 and heldout15 ignore the options
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
SCHOOL = {}  # work tag -> school name (for the seal)
OPTIONS = ("offcuts", "teacup", "gongzhang")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def content_box(p):
    """x0, y0, x1, y1 of the printed content (ink) on a clean page."""
    out = B.run(["convert", p, "-fuzz", "8%", "-trim", "-format", "%w %h %X %Y", "info:"]).stdout.decode().split()
    w, h, x, y = (int(v.lstrip("+")) for v in out)
    return x, y, x + w, y + h


def offcuts(p, r, mm, box):
    W, H = P.size_of(p)
    x0, y0, x1, y1 = box   # the printed content of the clean page
    cols = [("#c0262b", "#e8797b"), ("#1e1e1e", "#6a6a6a"), ("#2553a8", "#7aa0e0"), ("#d9c22a", "#f4e68a")]
    pieces = []
    n = r.randint(4, 6)
    for k in range(n):
        L = r.uniform(10, 26) * mm
        side = r.choice(["left", "right", "bottom", "left", "right"])
        if side == "left" and x0 > 9 * mm:
            cx, cy = r.uniform(2.5 * mm, x0 - 5 * mm), r.uniform(0.25, 0.9) * H
            ang = math.pi / 2 + r.uniform(-0.5, 0.5)
        elif side == "right" and W - x1 > 9 * mm:
            cx, cy = r.uniform(x1 + 5 * mm, W - 2.5 * mm), r.uniform(0.25, 0.9) * H
            ang = math.pi / 2 + r.uniform(-0.5, 0.5)
        elif H - y1 > 9 * mm:
            cx, cy = r.uniform(0.15, 0.85) * W, r.uniform(y1 + 4 * mm, H - 3 * mm)
            ang = r.uniform(-0.35, 0.35)
        else:
            continue
        # keep it inside its margin strip: short pieces in narrow strips
        if side in ("left", "right"):
            L = min(L, 0.9 * (x0 if side == "left" else W - x1) / max(0.2, abs(math.cos(ang))) + L * 0.0)
        pieces.append((cx, cy, ang, L, r.choice(cols), r.random() < 0.6))
    if not pieces:
        return
    sh = p + ".cutshadow.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "gray62", "-strokewidth", "%d" % int(2.6 * mm)]
    for cx, cy, ang, L, col, both in pieces:
        dx, dy = math.cos(ang) * L / 2, math.sin(ang) * L / 2
        cmd += ["-draw", "line %d,%d %d,%d" % (cx - dx + 0.8 * mm, cy - dy + 1.1 * mm, cx + dx + 0.8 * mm, cy + dy + 1.1 * mm)]
    B.run(cmd + ["-blur", "0x%d" % max(2, int(1.2 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p]
    for cx, cy, ang, L, (body, hi), both in pieces:
        ux, uy = math.cos(ang), math.sin(ang)
        bend = r.uniform(-1.2, 1.2) * mm
        cu = r.uniform(1.8, 3.5) * mm     # bare copper length
        a = (cx - ux * L / 2, cy - uy * L / 2)
        b = (cx + ux * L / 2, cy + uy * L / 2)
        ia = (a[0] + ux * (cu if both else 0), a[1] + uy * (cu if both else 0))
        ib = (b[0] - ux * cu, b[1] - uy * cu)
        mid = ((ia[0] + ib[0]) / 2 - uy * bend, (ia[1] + ib[1]) / 2 + ux * bend)
        # copper strands at the stripped ends
        for (e, i_) in ([(a, ia)] if both else []) + [(b, ib)]:
            for s_ in (-0.45, 0, 0.45):
                ox, oy = -uy * s_ * mm, ux * s_ * mm
                cmd += ["-stroke", "#b87333", "-strokewidth", "%d" % max(1, int(0.35 * mm)), "-fill", "none",
                        "-draw", "line %d,%d %d,%d" % (i_[0] + ox, i_[1] + oy, e[0] + ox * 1.4 + ux * r.uniform(-0.3, 0.3) * mm, e[1] + oy * 1.4)]
        poly = "%d,%d %d,%d %d,%d" % (ia[0], ia[1], mid[0], mid[1], ib[0], ib[1])
        cmd += ["-stroke", body, "-strokewidth", "%d" % max(3, int(2.1 * mm)), "-fill", "none", "-draw", "polyline " + poly,
                "-stroke", hi, "-strokewidth", "%d" % max(1, int(0.45 * mm)),
                "-draw", "polyline %d,%d %d,%d %d,%d" % (ia[0] - uy * 0.5 * mm, ia[1] + ux * -0.5 * mm, mid[0] - uy * 0.5 * mm, mid[1] - ux * 0.5 * mm,
                                                        ib[0] - uy * 0.5 * mm, ib[1] - ux * 0.5 * mm)]
        if body == "#d9c22a":   # yellow-green earth wire: green stripes
            for t in (0.2, 0.45, 0.7):
                sx, sy = ia[0] + (ib[0] - ia[0]) * t, ia[1] + (ib[1] - ia[1]) * t
                cmd += ["-stroke", "#2f8a3a", "-strokewidth", "%d" % max(2, int(1.1 * mm)),
                        "-draw", "line %d,%d %d,%d" % (sx - uy * 0.9 * mm, sy + ux * 0.9 * mm, sx + uy * 0.9 * mm + ux * 1.2 * mm, sy - ux * 0.9 * mm + uy * 1.2 * mm)]
        # the cut face of the insulation: a ring at each stripped end
        for i_ in ([ia] if both else []) + [ib]:
            cmd += ["-stroke", "none", "-fill", body, "-draw", "circle %d,%d %d,%d" % (i_[0], i_[1], i_[0] + 1.05 * mm, i_[1])]
    B.run(cmd + [p])


def teacup(p, r, mm):
    W, H = P.size_of(p)
    R = r.uniform(19, 22) * mm               # rim radius (a 40 mm tasting cup)
    cx = W - r.uniform(30, 36) * mm
    cy = H - r.uniform(34, 42) * mm
    ry = R * r.uniform(0.80, 0.88)           # seen from above at a slant
    depth = R * 0.42                          # how much of the outer wall shows below the rim
    sh = p + ".cupshadow.png"
    sx, sy = -r.uniform(5, 8) * mm, r.uniform(3, 6) * mm
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray55",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx + sx, cy + depth * 0.6 + sy, R * 1.02, ry * 1.05),
           "-blur", "0x%d" % max(4, int(3.2 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p,
           # the outer wall: the lower half-ellipse pushed down by the depth, the sides joined to the rim
           "-stroke", "none", "-fill", "#e9e8e2",
           "-draw", "ellipse %d,%d %d,%d 0,180" % (cx, cy + depth, R * 0.80, ry * 0.80),
           "-draw", "polygon %d,%d %d,%d %d,%d %d,%d" % (cx - R, cy, cx + R, cy, cx + R * 0.80, cy + depth, cx - R * 0.80, cy + depth),
           "-fill", "#d4d3cc",
           "-draw", "ellipse %d,%d %d,%d 10,80" % (cx, cy + depth, R * 0.80, ry * 0.80),
           # the rim and the inner wall
           "-fill", "#f7f6f1", "-stroke", "#bdbcb4", "-strokewidth", "%d" % max(1, int(0.4 * mm)),
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, R, ry),
           "-stroke", "none", "-fill", "#ecebe4",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy + ry * 0.06, R * 0.90, ry * 0.86),
           # the tea
           "-fill", "#b7832f",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy + ry * 0.16, R * 0.78, ry * 0.66),
           "-fill", "#c99645",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - R * 0.08, cy + ry * 0.10, R * 0.60, ry * 0.46),
           "-fill", "#f4e7c8",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - R * 0.30, cy - ry * 0.10, R * 0.16, ry * 0.07),
           # rim highlight
           "-fill", "none", "-stroke", "white", "-strokewidth", "%d" % max(2, int(0.7 * mm)),
           "-draw", "ellipse %d,%d %d,%d 200,300" % (cx, cy, R * 0.97, ry * 0.97),
           "-stroke", "#a9a8a0", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
           "-draw", "ellipse %d,%d %d,%d 20,160" % (cx, cy + depth, R * 0.80, ry * 0.80)]
    B.run(cmd + [p])


def gongzhang(pngs, r, mm, school, box):
    if not pngs:
        return
    W, H = P.size_of(pngs[0])
    # watermark: a pale grey diagonal text, repeated
    wm = pngs[0] + ".wm.png"
    text = B.im_escape("%s 教务管理系统 成绩专用" % school)
    pt = 5.2 * mm
    cmd = ["convert", "-size", "%dx%d" % (W * 2, H * 2), "xc:white", "-font", "Noto-Sans-CJK-SC", "-pointsize", "%.1f" % pt, "-fill", "gray90"]
    step_y = int(38 * mm)
    for k, y in enumerate(range(0, H * 2, step_y)):
        cmd += ["-annotate", "+%d+%d" % ((k % 2) * 60 * mm, y), text + "　　　" + text + "　　　" + text]
    B.run(cmd + ["-rotate", "-28", "-gravity", "center", "-crop", "%dx%d+0+0" % (W, H), "+repage", wm])
    for p in pngs:
        B.run(["convert", p, wm, "-compose", "Multiply", "-composite", p])
    os.remove(wm)
    # the seal on the last page, over the signature line (the foot of the content)
    p = pngs[-1]
    x0, y0, x1, y1 = box
    R = 21 * mm
    cx, cy = x0 + (x1 - x0) * r.uniform(0.50, 0.60), min(y1 + r.uniform(4, 7) * mm, H - R - 2 * mm)
    seal = p + ".seal.png"
    S = int(2 * R + 8 * mm)
    c = S / 2.0
    cmd = ["convert", "-size", "%dx%d" % (S, S), "xc:none", "-fill", "none", "-stroke", "#c8191f", "-strokewidth", "%d" % max(3, int(1.1 * mm)),
           "-draw", "circle %d,%d %d,%d" % (c, c, c + R, c), "-stroke", "none", "-fill", "#c8191f"]
    star = []
    for k in range(10):
        rr = (6.2 if k % 2 == 0 else 2.5) * mm
        a = -math.pi / 2 + k * math.pi / 5
        star.append("%d,%d" % (c + rr * math.cos(a), c + rr * math.sin(a)))
    cmd += ["-draw", "polygon " + " ".join(star)]
    chars = list(school)
    span = math.radians(250)
    fpt = 4.2 * mm
    for k, ch in enumerate(chars):
        a = -math.pi / 2 - span / 2 + span * (k + 0.5) / len(chars)
        tx, ty = c + (R - 4.4 * mm) * math.cos(a), c + (R - 4.4 * mm) * math.sin(a)
        deg = math.degrees(a) + 90
        cmd += ["-font", "Noto-Serif-CJK-SC-Bold", "-pointsize", "%.1f" % fpt, "-gravity", "northwest",
                "-annotate", "%.1fx%.1f+%d+%d" % (deg, deg, tx - fpt * 0.45, ty + fpt * 0.35), B.im_escape(ch)]
    cmd += ["-font", "Noto-Serif-CJK-SC-Bold", "-pointsize", "%.1f" % (4.0 * mm), "-annotate", "+%d+%d" % (c - 6.2 * mm, c + 11.5 * mm), B.im_escape("教务处")]
    B.run(cmd + [seal])
    # uneven ink: knock out specks
    mask = seal + ".m.png"
    B.run(["convert", "-size", "%dx%d" % (S, S), "xc:", "-seed", str(r.randint(1, 1 << 30)), "+noise", "Random", "-colorspace", "gray",
           "-blur", "0x2", "-threshold", "30%", "-alpha", "copy", mask])
    B.run(["convert", seal, mask, "-compose", "DstIn", "-composite", "-channel", "A", "-evaluate", "multiply", "0.88", "+channel", seal])
    B.run(["convert", p, "(", seal, "-background", "none", "-rotate", "%.1f" % r.uniform(-12, 12), ")", "-gravity", "northwest",
           "-geometry", "+%d+%d" % (cx - S / 2, cy - S / 2), "-compose", "Multiply", "-composite", p])
    os.remove(seal)
    os.remove(mask)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h149-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    boxes = [content_box(p) for p in pngs] if opts & {"gongzhang", "offcuts"} else []
    if "gongzhang" in opts:
        gongzhang(pngs, r, mm, SCHOOL[tag], boxes[-1])
    for i, p in enumerate(pngs):
        if "offcuts" in opts:
            offcuts(p, r, mm, boxes[i])
        if "teacup" in opts and i % 2 == 0:   # set down on every other sheet
            teacup(p, r, mm)


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
                        SCHOOL["x%03d" % n] = os.path.basename(os.path.dirname(d))
                    n += 1
    H15.degrade = degrade   # heldout15's main installs H15.degrade as the builder's degrade
    P.photo = photo         # heldout7's main and heldout15's degrade look photo up at call time
    H15.main()


if __name__ == "__main__":
    main()
