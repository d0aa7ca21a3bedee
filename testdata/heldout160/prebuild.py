#!/usr/bin/env python3
"""Pre-build step of testdata/heldout160: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo or x-scanpdf:…:photo, before heldout7's
phone photo):

  :huajiao   a pinch of Sichuan peppercorns (花椒) spilled on the scanner
             glass (the school kitchen is next door): ten to sixteen small
             split husks, reddish brown, 3.5-5 mm across, a pale inner
             face where the husk has opened, a warty surface, a few glossy
             black seeds and one or two short stalks, each with a soft
             shadow, in a loose cluster in a side or bottom margin of the
             lower half, one or two strays a little further in.
  :earplugs  a pair of corded foam earplugs (耳塞, the workshop kind) left
             lying on the sheet when it was photographed: two orange or
             yellow rounded foam cylinders about 9 x 22 mm with a lighter
             stripe along them and a darker cap where the cord goes in,
             joined by a thin blue cord that curls across the lower part of
             the page, with soft shadows.

Methods used: `x-scanpdf:<dpi>[:color|:mono][:huajiao]`,
`x-scanpdf:<dpi>:photo:earplugs`, `x-photo:<dpi>:<font>[:earplugs]`.
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
OPTIONS = ("huajiao", "earplugs")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def blob(cx, cy, r, rng, n=11, rough=0.18):
    """An irregular closed outline round (cx, cy), radius r (px)."""
    pts = []
    for k in range(n):
        a = 2 * math.pi * k / n + rng.uniform(-0.12, 0.12)
        rr = r * (1 + rng.uniform(-rough, rough))
        pts.append("%d,%d" % (cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return " ".join(pts)


def huajiao(p, r, mm):
    W, H = P.size_of(p)
    side = r.choice(["left", "right", "bottom"])
    if side == "left":
        ccx, ccy = r.uniform(6, 13) * mm, H * r.uniform(0.55, 0.85)
    elif side == "right":
        ccx, ccy = W - r.uniform(6, 13) * mm, H * r.uniform(0.55, 0.85)
    else:
        ccx, ccy = W * r.uniform(0.25, 0.75), H - r.uniform(7, 12) * mm
    sx, sy = (9 * mm, 16 * mm) if side != "bottom" else (18 * mm, 5 * mm)
    grains = []
    for k in range(r.randint(10, 16)):
        grains.append(("husk", ccx + r.gauss(0, sx * 0.55), ccy + r.gauss(0, sy * 0.55), r.uniform(1.75, 2.5) * mm))
    for k in range(r.randint(2, 5)):
        grains.append(("seed", ccx + r.gauss(0, sx * 0.6), ccy + r.gauss(0, sy * 0.6), r.uniform(1.3, 1.6) * mm))
    for k in range(r.randint(1, 2)):   # strays, a little further in
        dx = (r.uniform(12, 22) * mm) * (1 if side == "left" else -1 if side == "right" else r.choice([-1, 1]))
        dy = 0 if side != "bottom" else -r.uniform(4, 9) * mm
        grains.append(("husk", ccx + dx, ccy + dy + r.gauss(0, 6 * mm), r.uniform(1.8, 2.3) * mm))
    grains = [(t, min(W - 3 * mm, max(3 * mm, x)), min(H - 3 * mm, max(3 * mm, y)), rad) for t, x, y, rad in grains]
    # the shadows: blurred grey discs a little below and right of each grain
    sh = p + ".hjshadow.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62"]
    for t, x, y, rad in grains:
        cmd += ["-draw", "circle %d,%d %d,%d" % (x + 0.5 * mm, y + 0.7 * mm, x + 0.5 * mm + rad * 1.05, y + 0.7 * mm)]
    B.run(cmd + ["-blur", "0x%d" % max(2, int(0.9 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-stroke", "none"]
    for t, x, y, rad in grains:
        if t == "seed":   # glossy black seed with a small highlight
            cmd += ["-fill", "#141210", "-draw", "polygon " + blob(x, y, rad, r, 12, 0.06),
                    "-fill", "#9a9690", "-draw", "circle %d,%d %d,%d" % (x - rad * 0.35, y - rad * 0.35, x - rad * 0.35 + max(1, rad * 0.18), y - rad * 0.35)]
            continue
        body = r.choice(["#6e2a18", "#7b3220", "#5e2414", "#84391f"])
        cmd += ["-fill", body, "-draw", "polygon " + blob(x, y, rad, r)]
        # the split: a pale inner face on one side of most husks
        if r.random() < 0.75:
            a = r.uniform(0, 2 * math.pi)
            ix, iy = x + math.cos(a) * rad * 0.35, y + math.sin(a) * rad * 0.35
            cmd += ["-fill", r.choice(["#c8a27c", "#b88f68", "#d2b08c"]), "-draw", "polygon " + blob(ix, iy, rad * 0.48, r, 9, 0.2)]
        # the warty surface: a few darker dots
        cmd += ["-fill", "#3e160c"]
        for k in range(4):
            a = r.uniform(0, 2 * math.pi)
            d = r.uniform(0.2, 0.75) * rad
            dx, dy = x + math.cos(a) * d, y + math.sin(a) * d
            cmd += ["-draw", "circle %d,%d %d,%d" % (dx, dy, dx + max(1, rad * 0.12), dy)]
        if r.random() < 0.15:   # a short stalk
            a = r.uniform(0, 2 * math.pi)
            L = r.uniform(2.5, 4.5) * mm
            cmd += ["-stroke", "#4a3424", "-strokewidth", "%d" % max(1, int(0.35 * mm)), "-fill", "none",
                    "-draw", "line %d,%d %d,%d" % (x + math.cos(a) * rad, y + math.sin(a) * rad, x + math.cos(a) * (rad + L), y + math.sin(a) * (rad + L)),
                    "-stroke", "none"]
    B.run(cmd + [p])


def capsule(cx, cy, L, R, a, n=10):
    """A rounded foam cylinder seen from above: centre, half length, radius, angle."""
    ux, uy = math.cos(a), math.sin(a)
    vx, vy = -uy, ux
    pts = []
    for end, sgn in ((1, 1), (-1, -1)):
        ex, ey = cx + ux * L * end, cy + uy * L * end
        for k in range(n + 1):
            t = -math.pi / 2 + math.pi * k / n
            px = ex + sgn * (ux * math.cos(t) * R) + sgn * (vx * math.sin(t) * R)
            py = ey + sgn * (uy * math.cos(t) * R) + sgn * (vy * math.sin(t) * R)
            pts.append("%d,%d" % (px, py))
    return " ".join(pts)


def earplugs(p, r, mm):
    W, H = P.size_of(p)
    right = r.random() < 0.5
    bx = W * (r.uniform(0.66, 0.8) if right else r.uniform(0.2, 0.34))
    by = H * r.uniform(0.86, 0.92)
    L, R = r.uniform(6.5, 7.5) * mm, r.uniform(4.2, 4.8) * mm
    a1 = r.uniform(-0.5, 0.5) + (0.3 if right else -0.3)
    a2 = a1 + r.uniform(0.6, 1.4) * r.choice([-1, 1])
    gap = r.uniform(24, 34) * mm
    p1 = (bx - gap / 2, by + r.uniform(-4, 4) * mm)
    p2 = (bx + gap / 2, by + r.uniform(-4, 4) * mm)
    colour, light, cap = r.choice([("#f07a1e", "#f8b070", "#c2561a"), ("#e8c21c", "#f4e07a", "#b8961a")])
    # the cord goes into the cap at the outer end of each plug and loops up the page and back (it is long and slack)
    e1 = (p1[0] - math.cos(a1) * L, p1[1] - math.sin(a1) * L)
    e2 = (p2[0] + math.cos(a2) * L, p2[1] + math.sin(a2) * L)
    lift = r.uniform(34, 50) * mm
    spread = r.uniform(18, 30) * mm
    pts = []
    for k in range(61):
        t = k / 60.0
        x = (1 - t) ** 3 * e1[0] + 3 * (1 - t) ** 2 * t * (e1[0] - spread) + 3 * (1 - t) * t ** 2 * (e2[0] + spread) + t ** 3 * e2[0]
        y = (1 - t) ** 3 * e1[1] + 3 * (1 - t) ** 2 * t * (e1[1] - lift) + 3 * (1 - t) * t ** 2 * (e2[1] - lift * 0.8) + t ** 3 * e2[1]
        x += math.sin(t * 13) * 1.5 * mm   # the cord is not taut
        pts.append((x, y))
    line = " ".join("%d,%d" % q for q in pts)
    sh = p + ".epshadow.png"
    off = (1.2 * mm, 1.6 * mm)
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray58", "-stroke", "none",
           "-draw", "polygon " + capsule(p1[0] + off[0], p1[1] + off[1], L, R, a1),
           "-draw", "polygon " + capsule(p2[0] + off[0], p2[1] + off[1], L, R, a2),
           "-fill", "none", "-stroke", "gray70", "-strokewidth", "%d" % max(2, int(0.9 * mm)),
           "-draw", "polyline " + " ".join("%d,%d" % (x + off[0] * 0.6, y + off[1] * 0.6) for x, y in pts),
           "-blur", "0x%d" % max(3, int(1.4 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p,
           "-fill", "none", "-stroke", "#1f4f9e", "-strokewidth", "%d" % max(2, int(0.75 * mm)), "-draw", "polyline " + line,
           "-stroke", "#6f98d8", "-strokewidth", "%d" % max(1, int(0.2 * mm)), "-draw", "polyline " + line, "-stroke", "none"]
    for (cx, cy), a, end in ((p1, a1, -1), (p2, a2, 1)):
        kx, ky = cx + end * math.cos(a) * L * 0.92, cy + end * math.sin(a) * L * 0.92
        cmd += ["-fill", colour, "-draw", "polygon " + capsule(cx, cy, L, R, a),
                "-fill", cap, "-draw", "polygon " + capsule(cx - math.sin(a) * R * 0.6, cy + math.cos(a) * R * 0.6, L * 0.85, R * 0.22, a),
                "-fill", light, "-draw", "polygon " + capsule(cx + math.sin(a) * R * 0.4, cy - math.cos(a) * R * 0.4, L * 0.8, R * 0.25, a),
                "-fill", cap, "-draw", "circle %d,%d %d,%d" % (kx, ky, kx + R * 0.55, ky)]
        # the foam's fine pores
        cmd += ["-fill", cap]
        for k in range(7):
            t, u = r.uniform(-0.8, 0.8), r.uniform(-0.6, 0.6)
            px = cx + math.cos(a) * L * t - math.sin(a) * R * u
            py = cy + math.sin(a) * L * t + math.cos(a) * R * u
            cmd += ["-draw", "point %d,%d" % (px, py)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h160-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "huajiao" in opts:
            huajiao(p, r, mm)
        if "earplugs" in opts:
            earplugs(p, r, mm)


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
