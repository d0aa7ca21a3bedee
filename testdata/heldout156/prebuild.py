#!/usr/bin/env python3
"""Pre-build step of testdata/heldout156: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new things that lie on a page while it
is captured. They are drawn on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :lighter  (scans) a disposable plastic lighter (一次性打火机) left on the
            scanner glass: a translucent tinted body (the page seen blurred
            through it, the butane a darker band in its lower part, the valve
            tube along its axis), the metal wind hood with its slots, the
            knurled striker wheel and the gas lever at one end, a highlight
            along one edge, and the grey halo of the page lifted round it.
            The lighter stays where it was left for all the pages of one
            scan (nudged a little between sheets), in the widest blank band
            of the pages' lower half, or over the bottom margin when there
            is none.
  :cube     (phone photos) a Rubik's cube (魔方) standing on the sheet when
            it was photographed: the black body, the top face's 3 x 3
            coloured stickers, one side face foreshortened below it, and a
            soft shadow on the paper; a blank part of the lower page is
            chosen for every photo.

Methods used: `x-scanpdf:<dpi>[:...]:lighter`, `x-scan:<dpi>:<font>[:...]:lighter`,
`x-photo:<dpi>:<font>:cube`. heldout7 and heldout15 ignore the options they
do not know.

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
OPTIONS = ("lighter", "cube")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


# ---------------------------------------------------------------- where to put things

def profile(p, rows):
    """Mean brightness of `rows` horizontal bands of the page (0 black .. 255 white), ignoring the side margins."""
    W, H = P.size_of(p)
    raw = B.run(["convert", p, "-colorspace", "Gray", "-crop", "%dx%d+%d+0" % (int(W * 0.84), H, int(W * 0.08)), "+repage",
                 "-resize", "48x%d!" % rows, "-depth", "8", "gray:-"]).stdout
    out = []
    for y in range(rows):
        out.append(min(raw[y * 48:(y + 1) * 48]))
    return out


def blank_band(profiles, H, need, lower=0.45):
    """The widest run of blank bands (in all the given profiles) in the lower part of the page: (centre_y, height) in
    px, or None when no run is as high as `need` px."""
    rows = len(profiles[0])
    blank = [all(pr[y] >= 246 for pr in profiles) for y in range(rows)]
    best, y = None, int(rows * lower)
    stop = int(rows * 0.965)
    while y < stop:
        if blank[y]:
            y0 = y
            while y < stop and blank[y]:
                y += 1
            h = (y - y0) * H / rows
            if h >= need and (best is None or h > best[1]):
                best = ((y0 + y) / 2.0 * H / rows, h)
        y += 1
    return best


def tr(pts, cx, cy, a):
    c, s = math.cos(a), math.sin(a)
    return ["%d,%d" % (cx + x * c - y * s, cy + x * s + y * c) for x, y in pts]


# ---------------------------------------------------------------- the lighter

def lighter_outline(L, w, mm, n=10):
    """The lighter body's side view, its axis along x from -L/2 (the rounded foot) to +L/2 (under the hood)."""
    r = w * 0.22
    pts = [(L / 2, -w / 2)]
    for k in range(n + 1):   # the upper corner of the foot
        t = -math.pi / 2 - k * (math.pi / 2) / n
        pts.append((-L / 2 + r + r * math.cos(t), -w / 2 + r + r * math.sin(t)))
    for k in range(n + 1):   # the lower corner of the foot
        t = math.pi - k * (math.pi / 2) / n
        pts.append((-L / 2 + r + r * math.cos(t), w / 2 - r + r * math.sin(t)))
    pts.append((L / 2, w / 2))
    return pts


def lighter(p, r, mm, cx, cy, ang, look):
    """look: (length, width, tint, butane level), the same for every page of one scan."""
    W, H = P.size_of(p)
    L, w, tint, lvl = look
    L, w = L * mm, w * mm
    hood = 16.5 * mm
    body = tr(lighter_outline(L - hood, w, mm), cx - (hood / 2) * math.cos(ang), cy - (hood / 2) * math.sin(ang), ang)
    # 1. the page lifted round the lighter: a soft grey halo
    halo = p + ".halo.png"
    whole = tr([(-L / 2 - 4 * mm, -w / 2 - 4 * mm), (L / 2 + 6 * mm, -w / 2 - 4 * mm), (L / 2 + 6 * mm, w / 2 + 5 * mm), (-L / 2 - 4 * mm, w / 2 + 5 * mm)], cx, cy, ang)
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray74", "-draw", "polygon " + " ".join(whole),
           "-blur", "0x%d" % max(5, int(4.5 * mm)), halo])
    B.run(["convert", p, halo, "-compose", "Multiply", "-composite", p])
    os.remove(halo)
    # 2. the translucent body: the page blurred and tinted through it
    mask = p + ".mask.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:black", "-fill", "white", "-draw", "polygon " + " ".join(body), mask])
    B.run(["convert", p, "(", "+clone", "-blur", "0x%.1f" % (0.9 * mm), "-fill", tint, "-colorize", "52", ")", mask,
           "-compose", "Over", "-composite", p])
    os.remove(mask)
    c, s = math.cos(ang), math.sin(ang)
    L0 = -L / 2
    bl = L - hood   # body length
    cmd = ["convert", p]
    # 3. the butane: a darker band in the lower part of the body, a meniscus line on top of it
    liq = tr([(L0 + 2 * mm, w / 2 - 1.2 * mm), (L0 + bl - 2 * mm, w / 2 - 1.2 * mm),
              (L0 + bl - 2 * mm, w / 2 - lvl * w), (L0 + 2 * mm, w / 2 - lvl * w)], cx, cy, ang)
    cmd += ["-fill", "rgba(40,20,10,0.16)", "-stroke", "none", "-draw", "polygon " + " ".join(liq),
            "-fill", "none", "-stroke", "rgba(30,20,20,0.55)", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
            "-draw", "line %s %s" % (liq[2], liq[3])]
    # 4. the valve tube along the axis, from the hood into the body
    tube = tr([(L0 + bl * 0.28, 0), (L0 + bl, 0)], cx, cy, ang)
    cmd += ["-stroke", "rgba(60,60,60,0.7)", "-strokewidth", "%d" % max(2, int(0.9 * mm)), "-draw", "line %s %s" % tuple(tube)]
    # 5. outline and a highlight along the upper edge
    cmd += ["-fill", "none", "-stroke", "rgba(20,20,20,0.85)", "-strokewidth", "%d" % max(2, int(0.35 * mm)),
            "-draw", "polygon " + " ".join(body)]
    hl = tr([(L0 + 4 * mm, -w / 2 + 1.6 * mm), (L0 + bl - 3 * mm, -w / 2 + 1.6 * mm)], cx, cy, ang)
    cmd += ["-stroke", "rgba(255,255,255,0.85)", "-strokewidth", "%d" % max(2, int(0.7 * mm)), "-draw", "line %s %s" % tuple(hl)]
    # 6. the metal hood with slots, the striker wheel and the lever
    h0 = L0 + bl
    hood_pts = tr([(h0, -w / 2 + 0.5 * mm), (h0 + hood, -w / 2 + 2 * mm), (h0 + hood, w / 2 - 0.5 * mm), (h0, w / 2 - 0.5 * mm)], cx, cy, ang)
    cmd += ["-fill", "gray72", "-stroke", "gray30", "-strokewidth", "%d" % max(2, int(0.3 * mm)), "-draw", "polygon " + " ".join(hood_pts)]
    for k in range(4):
        slot = tr([(h0 + 2.5 * mm + k * 3.2 * mm, -w / 2 + 4 * mm), (h0 + 4.0 * mm + k * 3.2 * mm, -w / 2 + 4 * mm),
                   (h0 + 4.0 * mm + k * 3.2 * mm, w * 0.05), (h0 + 2.5 * mm + k * 3.2 * mm, w * 0.05)], cx, cy, ang)
        cmd += ["-fill", "gray25", "-stroke", "none", "-draw", "polygon " + " ".join(slot)]
    wx, wy = h0 + hood * 0.45, w / 2 - 1.2 * mm
    wcx, wcy = cx + wx * c - wy * s, cy + wx * s + wy * c
    rad = 4.6 * mm
    cmd += ["-fill", "gray18", "-stroke", "gray5", "-strokewidth", "2", "-draw", "circle %d,%d %d,%d" % (wcx, wcy, wcx + rad, wcy)]
    for k in range(18):
        t = 2 * math.pi * k / 18
        cmd += ["-stroke", "gray55", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                "-draw", "line %d,%d %d,%d" % (wcx + rad * 0.55 * math.cos(t), wcy + rad * 0.55 * math.sin(t),
                                               wcx + rad * 0.95 * math.cos(t), wcy + rad * 0.95 * math.sin(t))]
    lever = tr([(h0 - 1 * mm, w / 2 - 0.5 * mm), (h0 + hood * 0.3, w / 2 - 0.5 * mm), (h0 + hood * 0.3, w / 2 + 2.2 * mm),
                (h0 - 1 * mm, w / 2 + 2.2 * mm)], cx, cy, ang)
    cmd += ["-fill", "gray12", "-stroke", "none", "-draw", "polygon " + " ".join(lever)]
    B.run(cmd + [p])


# ---------------------------------------------------------------- the cube

STICKER = ["#f4f4f0", "#f2d21a", "#c8201c", "#ef7a12", "#1a4fb8", "#1f9a3c"]


def cube(p, r, mm, cx, cy, ang):
    W, H = P.size_of(p)
    a = r.uniform(55, 58) * mm   # the top face's side
    side = r.uniform(11, 15) * mm   # the side face below it, foreshortened
    # the shadow on the paper, offset away from the light
    sh = p + ".cshadow.png"
    sq = tr([(-a / 2, -a / 2), (a / 2, -a / 2), (a / 2, a / 2 + side), (-a / 2, a / 2 + side)], cx + 5 * mm, cy + 6 * mm, ang)
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray45", "-draw", "polygon " + " ".join(sq),
           "-blur", "0x%d" % max(5, int(4 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p]
    body = tr([(-a / 2, -a / 2), (a / 2, -a / 2), (a / 2, a / 2 + side), (-a / 2, a / 2 + side)], cx, cy, ang)
    cmd += ["-fill", "gray8", "-stroke", "gray4", "-strokewidth", "2", "-draw", "polygon " + " ".join(body)]
    g = 1.4 * mm
    cell = (a - 4 * g) / 3
    for i in range(3):
        for j in range(3):
            x0 = -a / 2 + g + j * (cell + g)
            y0 = -a / 2 + g + i * (cell + g)
            pts = tr([(x0, y0), (x0 + cell, y0), (x0 + cell, y0 + cell), (x0, y0 + cell)], cx, cy, ang)
            cmd += ["-fill", r.choice(STICKER), "-stroke", "none", "-draw", "polygon " + " ".join(pts)]
    # the side face: three columns of stickers, compressed, in shade
    sc = (side - 3 * g * 0.5) / 3
    for i in range(3):
        for j in range(3):
            x0 = -a / 2 + g + j * (cell + g)
            y0 = a / 2 + g * 0.5 + i * (sc + g * 0.5)
            pts = tr([(x0, y0), (x0 + cell, y0), (x0 + cell, y0 + sc), (x0, y0 + sc)], cx, cy, ang)
            col = r.choice(STICKER)
            cmd += ["-fill", col, "-stroke", "none", "-draw", "polygon " + " ".join(pts),
                    "-fill", "rgba(0,0,0,0.38)", "-draw", "polygon " + " ".join(pts)]
    # a soft highlight on the top face
    hl = tr([(-a / 2 + 2 * g, -a / 2 + 2 * g), (a * 0.1, -a / 2 + 2 * g), (-a / 2 + 2 * g, a * 0.1)], cx, cy, ang)
    cmd += ["-fill", "rgba(255,255,255,0.18)", "-draw", "polygon " + " ".join(hl)]
    B.run(cmd + [p])


# ---------------------------------------------------------------- hooks

def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    if not opts:
        return
    r = random.Random("h156-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    if "lighter" in opts:
        W, H = P.size_of(pngs[0])
        rows = 160
        profs = [profile(p, rows) for p in pngs]
        need = 34 * mm
        band = blank_band(profs, H, need)
        if band:
            cy = band[0]
            ang = math.radians(r.uniform(-10, 10))
        else:   # over the bottom margin
            cy = H - 13 * mm
            ang = math.radians(r.uniform(-4, 4))
        cx = W * r.uniform(0.32, 0.68)
        look = (r.uniform(78, 82), r.uniform(23, 25), r.choice(["#c8352a", "#2a6fc8", "#2aa05a", "#d8a21c", "#8a3cc0"]), r.uniform(0.35, 0.62))
        for p in pngs:
            lighter(p, r, mm, cx + r.uniform(-2, 2) * mm, cy + r.uniform(-1.5, 1.5) * mm, ang + math.radians(r.uniform(-2.5, 2.5)), look)
    if "cube" in opts:
        for p in pngs:
            W, H = P.size_of(p)
            band = blank_band([profile(p, 160)], H, 84 * mm, lower=0.35)
            cy = (band[0] - 6 * mm) if band else H - 48 * mm
            cx = W * r.choice([r.uniform(0.22, 0.34), r.uniform(0.62, 0.76)])
            cube(p, r, mm, cx, cy, math.radians(r.uniform(-28, 28)))


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
