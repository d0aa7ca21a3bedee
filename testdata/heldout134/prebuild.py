#!/usr/bin/env python3
"""Pre-build step of testdata/heldout134: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :protractor  a transparent plastic protractor (量角器) was left on the
               scanner glass: a semicircle 96-120 mm across with a straight
               base strip, faintly blue-grey, a hollow inner window, a
               darker rim, 1-degree ticks (longer every 5 and 10 degrees),
               two rings of numbers 0-180, the base line with its centre
               mark; lying at an angle in the lower half of the sheet. The
               print under it stays visible through the plastic.
  :mandarin    a phone photo of a sheet lying on a desk in winter, with one
               or two small mandarin oranges (砂糖橘) put down on it near a
               lower corner: dimpled orange balls 34-42 mm across, a
               highlight, the green-brown calyx, a soft shadow on the
               paper. They cover a few square centimetres of the sheet's
               lower corner and nothing else.

Methods used: `x-scanpdf:<dpi>[:...]:protractor`, `x-scan:<dpi>:<font>:protractor`,
`x-scanpdf:<dpi>:photo:mandarin`, `x-photo:<dpi>:<font>:mandarin`.
heldout7 and heldout15 ignore the options they do not know.

Usage: prebuild.py DIR SEED
"""
import importlib.util
import math
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("heldout15_prebuild", os.path.join(HERE, "..", "heldout15", "prebuild.py"))
H15 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(H15)
P, B = H15.P, H15.B

MINE = {}   # work tag (x%03d, numbered as heldout7's and heldout15's prebuild number them) -> set of options
OPTIONS = ("protractor", "mandarin")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def protractor(p, r, mm, i, where=""):
    W, H = P.size_of(p)
    R = r.uniform(48, 60) * mm
    base = r.uniform(7, 9) * mm
    rin = R * r.uniform(0.40, 0.46)
    m = int(6 * mm)
    cw, ch = int(2 * R + 2 * m), int(R + base + 2 * m)
    cx, cy = cw / 2.0, m + R
    img = p + ".prot.png"
    tint = "rgba(120,160,195,0.16)"
    rim = "rgba(55,80,105,0.70)"
    ink = "rgba(25,25,25,0.78)"
    # the plastic: the outer semicircle and the base strip, minus the hollow window
    body = ("M %.1f,%.1f A %.1f,%.1f 0 0,1 %.1f,%.1f L %.1f,%.1f L %.1f,%.1f L %.1f,%.1f Z "
            "M %.1f,%.1f A %.1f,%.1f 0 0,0 %.1f,%.1f L %.1f,%.1f Z") % (
        cx - R, cy, R, R, cx + R, cy, cx + R, cy + base, cx - R, cy + base, cx - R, cy,
        cx + rin, cy - 1.5 * mm, rin, rin, cx - rin, cy - 1.5 * mm, cx + rin, cy - 1.5 * mm)
    cmd = ["convert", "-size", "%dx%d" % (cw, ch), "xc:none",
           "-fill", tint, "-stroke", rim, "-strokewidth", "%.1f" % max(1.5, 0.35 * mm),
           "-draw", "fill-rule evenodd path '%s'" % body,
           "-stroke", ink, "-strokewidth", "%.1f" % max(1.0, 0.14 * mm)]
    # ticks along the outer rim
    for d in range(0, 181):
        a = math.radians(d)
        ln = (4.6 if d % 10 == 0 else 3.0 if d % 5 == 0 else 1.8) * mm
        x0, y0 = cx + math.cos(a) * (R - 0.6 * mm), cy - math.sin(a) * (R - 0.6 * mm)
        x1, y1 = cx + math.cos(a) * (R - 0.6 * mm - ln), cy - math.sin(a) * (R - 0.6 * mm - ln)
        cmd += ["-draw", "line %.1f,%.1f %.1f,%.1f" % (x0, y0, x1, y1)]
    # the base line and the centre mark
    cmd += ["-draw", "line %.1f,%.1f %.1f,%.1f" % (cx - R + 2 * mm, cy, cx + R - 2 * mm, cy),
            "-draw", "line %.1f,%.1f %.1f,%.1f" % (cx, cy - 3 * mm, cx, cy + 3 * mm),
            "-fill", "none", "-draw", "circle %.1f,%.1f %.1f,%.1f" % (cx, cy, cx + 1.1 * mm, cy)]
    # two rings of numbers: outer 0..180 from the right, inner 180..0
    cmd += ["-stroke", "none", "-fill", ink, "-font", "Noto-Sans-CJK-SC", "-gravity", "center"]
    for ring, (rad, size) in enumerate(((R - 7.6 * mm, 2.3), (R - 11.4 * mm, 1.9))):
        for d in range(0, 181, 10):
            a = math.radians(d)
            num = d if ring == 0 else 180 - d
            x, y = cx + math.cos(a) * rad, cy - math.sin(a) * rad
            rot = 90 - d
            cmd += ["-pointsize", "%.1f" % (size * mm),
                    "-annotate", "%dx%d%+d%+d" % (rot, rot, int(x - cw / 2), int(y - ch / 2)), str(num)]
    cmd += ["-gravity", "northwest", "-pointsize", "%.1f" % (2.0 * mm), "-annotate",
            "+%d+%d" % (int(cx - 9 * mm), int(cy + base - 2.2 * mm)), "180° 量角器"]
    B.run(cmd + [img])
    ang = r.choice([1, -1]) * r.uniform(8, 38) + (180 if r.random() < 0.3 else 0)
    px = W * r.choice([r.uniform(0.24, 0.36), r.uniform(0.64, 0.76)])
    py = H * r.uniform(0.62, 0.80)
    if where:   # a placement hint of the manifest: L or R, and the height of the centre in per cent
        px = W * (r.uniform(0.26, 0.34) if where[0] == "L" else r.uniform(0.66, 0.74))
        py = H * (int(where[1:]) / 100.0 + r.uniform(-0.02, 0.02))
        ang = r.choice([1, -1]) * r.uniform(8, 30)
    px = min(max(px, R * 0.9 + 4 * mm), W - R * 0.9 - 4 * mm)
    H15.paste(p, img, px, py, ang)
    os.remove(img)


def mandarin(p, r, mm, i):
    """One or two small mandarin oranges (砂糖橘) lying on the sheet near a
    lower corner, inside the page: a dimpled orange ball with a highlight,
    the green-brown calyx, a soft shadow on the paper."""
    W, H = P.size_of(p)
    right = r.random() < 0.5
    n = 1 if r.random() < 0.4 else 2
    R0 = r.uniform(17, 21) * mm
    cx = W * (r.uniform(0.80, 0.86) if right else r.uniform(0.14, 0.20))
    cy = H * r.uniform(0.86, 0.90)
    cx = min(max(cx, R0 + 4 * mm), W - R0 - 4 * mm)
    cy = min(cy, H - R0 - 5 * mm)
    balls = [(cx, cy, R0)]
    if n == 2:
        a = math.radians(r.uniform(150, 210) if right else r.uniform(-30, 30))
        R1 = R0 * r.uniform(0.88, 1.0)
        x1, y1 = cx + math.cos(a) * (R0 + R1) * 1.02, cy - abs(math.sin(a)) * (R0 + R1) * 0.6
        balls.append((x1, y1, R1))
    for k, (x, y, R) in enumerate(balls):
        # the shadow on the paper, offset down and to the right
        sh = p + ".msh.png"
        B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray58",
               "-draw", "ellipse %d,%d %d,%d 0,360" % (x + 0.22 * R, y + 0.30 * R, R * 1.02, R * 0.92),
               "-blur", "0x%d" % max(3, int(0.30 * R)), sh])
        B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
        os.remove(sh)
        # the fruit: a radial gradient, dimpled peel (noise), a highlight, a slightly flattened round outline
        d = int(2 * R) + 4
        ball = p + ".mball.png"
        rx, ry = R, R * r.uniform(0.90, 0.96)
        hx, hy = d / 2 - 0.35 * R, d / 2 - 0.38 * R
        ca = r.uniform(0, 2 * math.pi)
        kx, ky = d / 2 + math.cos(ca) * 0.25 * R, d / 2 + math.sin(ca) * 0.22 * R
        calyx = []
        for j in range(10):
            rr = (0.16 if j % 2 == 0 else 0.07) * R
            t = ca + j * math.pi / 5
            calyx.append("%d,%d" % (kx + math.cos(t) * rr, ky + math.sin(t) * rr))
        B.run(["convert", "-size", "%dx%d" % (d, d), "radial-gradient:#f6a023-#c9530a",
               "-seed", str(r.randint(1, 1 << 30)), "-attenuate", "0.35", "+noise", "Multiplicative", "-blur", "0x%.1f" % max(0.8, 0.012 * R),
               "(", "-size", "%dx%d" % (d, d), "xc:none", "-fill", "rgba(255,246,214,0.75)",
               "-draw", "ellipse %d,%d %d,%d 0,360" % (hx, hy, 0.22 * R, 0.15 * R), "-blur", "0x%d" % max(2, int(0.09 * R)), ")",
               "-compose", "Over", "-composite",
               "-fill", "#5d5a24", "-stroke", "#3b3814", "-strokewidth", "1", "-draw", "polygon " + " ".join(calyx),
               "-fill", "#2f2a12", "-draw", "circle %d,%d %d,%d" % (kx, ky, kx + 0.035 * R, ky),
               "(", "-size", "%dx%d" % (d, d), "xc:black", "-fill", "white",
               "-draw", "ellipse %d,%d %d,%d 0,360" % (d / 2, d / 2, rx, ry), "-blur", "0x1", ")",
               "-alpha", "off", "-compose", "CopyOpacity", "-composite", ball])
        H15.paste(p, ball, x, y, r.uniform(-25, 25))
        os.remove(ball)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h134-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        for o in opts:
            if o.startswith("protractor"):
                protractor(p, r, mm, i, o[len("protractor"):])
        if "mandarin" in opts:
            mandarin(p, r, mm, i)


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
                    mine = {o for o in cols[2].split(":")[2:] if o in OPTIONS or re.fullmatch(r"protractor[LR]\d\d", o)}
                    if mine:
                        MINE["x%03d" % n] = mine
                    n += 1
    H15.degrade = degrade   # heldout15's main installs H15.degrade as the builder's degrade
    P.photo = photo         # heldout7's main and heldout15's degrade look photo up at call time
    H15.main()


if __name__ == "__main__":
    main()
