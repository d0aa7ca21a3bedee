#!/usr/bin/env python3
"""Pre-build step of testdata/heldout152: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new things lying on a page when it is
captured. They are drawn on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo or x-scanpdf:photo, before heldout7's phone photo):

  :jujube    (scans) a dried red date (红枣) from a teacher's snack bag left
             on the scanner glass: a dark red-brown wrinkled oval 24-30 mm
             long with a pale stem scar, a dull highlight and the soft grey
             halo of the lifted lid round it. It lands on the blankest spot
             of the page that fits it (mostly a margin or the space under a
             table), turned at random.
  :drillbit  (phone photos) a twist drill bit (麻花钻, 6-9 mm, 85-110 mm long)
             from the workshop bench lying on the sheet when it was
             photographed: a steel shank, the helical flutes, the conical
             point, a specular streak and its shadow on the paper; laid on
             the lower part of the page where it covers the least ink, up to
             a quarter of it hanging over the sheet's edge.

Methods used: `x-scanpdf:<dpi>[:gray|:color|:mono][:jujube]`,
`x-scanpdf:<dpi>:photo[:drillbit]`, `x-photo:<dpi>:<font>[:drillbit]`.
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
OPTIONS = ("jujube", "drillbit")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def read_pgm(path):
    with open(path, "rb") as f:
        data = f.read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            while data[pos:pos + 1] not in (b"\n", b""):
                pos += 1
            continue
        start = pos
        while not data[pos:pos + 1].isspace():
            pos += 1
        fields.append(data[start:pos])
    pos += 1
    w, h = int(fields[1]), int(fields[2])
    return w, h, data[pos:pos + w * h]


def ink_grid(p, cell):
    """The page as a grid of cell x cell px squares: 1 where there is ink."""
    W, H = P.size_of(p)
    gw, gh = max(1, W // cell), max(1, H // cell)
    g = p + ".grid.pgm"
    B.run(["convert", p, "-colorspace", "Gray", "-resize", "%dx%d!" % (gw, gh), "-depth", "8", g])
    w, h, px = read_pgm(g)
    os.remove(g)
    return w, h, [[1 if px[y * w + x] < 246 else 0 for x in range(w)] for y in range(h)]


def place(p, bw, bh, r, mm, lower=False, overhang=0.0):
    """Centre (px) of a bw x bh box on the page where it covers the least
    ink; ties broken at random. lower: the lower 55 % of the page only;
    overhang: the share of the box that may stand over the page edge."""
    W, H = P.size_of(p)
    cell = max(4, int(2 * mm))
    gw, gh, g = ink_grid(p, cell)
    cw, ch = max(1, int(math.ceil(bw / cell))), max(1, int(math.ceil(bh / cell)))
    # integral image
    S = [[0] * (gw + 1) for _ in range(gh + 1)]
    for y in range(gh):
        row = 0
        for x in range(gw):
            row += g[y][x]
            S[y + 1][x + 1] = S[y][x + 1] + row
    ox, oy = int(cw * overhang), int(ch * overhang)
    best, cands = None, []
    edge = max(1, int(3 * mm / cell))
    y_lo = int(gh * 0.45) if lower else edge
    for y0 in range(y_lo - oy, gh - ch + oy - edge + 1):
        for x0 in range(edge - ox, gw - cw + ox - edge + 1):
            xa, ya, xb, yb = max(0, x0), max(0, y0), min(gw, x0 + cw), min(gh, y0 + ch)
            if xb <= xa or yb <= ya:
                continue
            ink = S[yb][xb] - S[ya][xb] - S[yb][xa] + S[ya][xa]
            if best is None or ink < best:
                best, cands = ink, [(x0, y0)]
            elif ink == best:
                cands.append((x0, y0))
    if not cands:
        return W / 2, H * 0.8
    x0, y0 = r.choice(cands)
    return (x0 + cw / 2.0) * cell, (y0 + ch / 2.0) * cell


def shadow_paste(p, obj, cx, cy, angle, mm, blur, off, opacity):
    """Turn obj, give it a soft shadow on the paper, and lay it on page p."""
    rot = obj + ".rot.png"
    B.run(["convert", obj, "-background", "none", "-rotate", "%.2f" % angle,
           "(", "+clone", "-background", "black", "-shadow", "%dx%d+%d+%d" % (opacity, max(2, int(blur * mm)), int(off * mm), int(off * mm)), ")",
           "+swap", "-background", "none", "-layers", "merge", "+repage", rot])
    w, h = P.size_of(rot)
    B.run(["convert", p, rot, "-geometry", "+%d+%d" % (int(cx - w / 2), int(cy - h / 2)), "-compose", "Over", "-composite", p])
    os.remove(rot)


def rot_box(w, h, angle):
    a = math.radians(angle)
    return abs(w * math.cos(a)) + abs(h * math.sin(a)), abs(w * math.sin(a)) + abs(h * math.cos(a))


def jujube(p, r, mm):
    L, D = r.uniform(24, 30) * mm, r.uniform(16, 19) * mm
    pad = int(3 * mm)
    cw, ch = int(L + 2 * pad), int(D + 2 * pad)
    cx, cy, rx, ry = cw / 2.0, ch / 2.0, L / 2.0, D / 2.0
    obj = p + ".jujube.png"
    cmd = ["convert", "-size", "%dx%d" % (cw, ch), "xc:none",
           "-fill", r.choice(["#6e1a12", "#7a2016", "#661812"]), "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rx, ry),
           # the lit upper side, a little redder
           "-fill", "#93301f", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - rx * 0.08, cy - ry * 0.22, rx * 0.78, ry * 0.5)]
    # wrinkles: dark wavy furrows along the fruit
    for k in range(r.randint(6, 9)):
        yk = cy + ry * r.uniform(-0.75, 0.75)
        span = rx * math.sqrt(max(0.05, 1 - ((yk - cy) / ry) ** 2)) * 0.88
        pts = []
        for j in range(9):
            t = j / 8.0
            x = cx - span + 2 * span * t
            pts.append((x, yk + math.sin(t * math.pi * r.uniform(1.5, 3.5) + k) * ry * 0.09))
        cmd += ["-fill", "none", "-stroke", r.choice(["#3e0b07", "#4a0f0a", "#520f0a"]), "-strokewidth", "%.1f" % max(1.5, 0.45 * mm),
                "-draw", "polyline " + " ".join("%d,%d" % q for q in pts)]
    # the stem scar at one end and a dull highlight
    sx = cx + (rx - 1.6 * mm) * (1 if r.random() < 0.5 else -1)
    cmd += ["-stroke", "none", "-fill", "#c7a06a", "-draw", "circle %d,%d %d,%d" % (sx, cy, sx + 1.4 * mm, cy),
            "-fill", "#5a3a20", "-draw", "circle %d,%d %d,%d" % (sx, cy, sx + 0.5 * mm, cy),
            "-fill", "#b0584a", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - rx * 0.25, cy - ry * 0.45, rx * 0.22, ry * 0.12)]
    B.run(cmd + ["-channel", "RGBA", "-blur", "0x%.1f" % max(1.0, 0.25 * mm), obj])
    angle = r.uniform(-80, 80)
    bw, bh = rot_box(cw, ch, angle)
    x, y = place(p, bw + 4 * mm, bh + 4 * mm, r, mm)
    shadow_paste(p, obj, x, y, angle, mm, 2.2, 0.6, 55)
    os.remove(obj)


def cylinder_tile(path, h):
    """A 1 x h grey profile of a lit steel cylinder."""
    with open(path + ".pgm", "wb") as f:
        f.write(b"P5 1 %d 255\n" % h)
        row = bytearray()
        for y in range(h):
            t = (y + 0.5) / h
            v = 70 + 120 * math.sin(math.pi * t) ** 0.7
            v += 70 * math.exp(-((t - 0.3) / 0.07) ** 2)   # the specular streak
            row.append(max(0, min(255, int(v))))
        f.write(bytes(row))
    B.run(["convert", path + ".pgm", path])
    os.remove(path + ".pgm")


def drillbit(p, r, mm):
    L, d = r.uniform(85, 110) * mm, r.uniform(6, 9) * mm
    pad = int(2 * mm)
    cw, ch = int(L + 2 * pad), int(d + 2 * pad)
    y0, y1 = pad, pad + int(d)
    x0 = pad
    xs = x0 + int(L * r.uniform(0.36, 0.45))   # shank | flutes
    xt = x0 + int(L - d * 0.6)                 # start of the point
    xe = x0 + int(L)
    obj, tile = p + ".drill.png", p + ".cyl.png"
    cylinder_tile(tile, ch)
    cmd = ["convert", "-size", "%dx%d" % (cw, ch), "xc:none", "-tile", tile,
           "-draw", "rectangle %d,%d %d,%d" % (x0, y0, xt, y1),
           "-draw", "polygon %d,%d %d,%d %d,%d" % (xt, y0, xe, (y0 + y1) // 2, xt, y1), "+tile"]
    # helical flutes: dark slanted bands with a bright leading edge
    period = d * r.uniform(1.3, 1.6)
    k = d * 0.58
    x = xs
    while x + k < xt:
        w = period * 0.42
        cmd += ["-fill", "#34373c", "-draw", "polygon %d,%d %d,%d %d,%d %d,%d" % (x, y0, x + w, y0, min(xt, x + w + k), y1, min(xt, x + k), y1),
                "-stroke", "#e6e8ea", "-strokewidth", "%.1f" % max(1, 0.18 * mm), "-draw", "line %d,%d %d,%d" % (x + w, y0, min(xt, x + w + k), y1),
                "-stroke", "none"]
        x += period
    # the end of the shank and a thin outline
    cmd += ["-fill", "none", "-stroke", "#3a3c40", "-strokewidth", "%.1f" % max(1, 0.2 * mm),
            "-draw", "polyline %d,%d %d,%d %d,%d %d,%d %d,%d %d,%d" % (xt, y0, x0, y0, x0, y1, xt, y1, xe, (y0 + y1) // 2, xt, y0),
            "-draw", "line %d,%d %d,%d" % (xs, y0, xs, y1)]
    B.run(cmd + ["-channel", "RGBA", "-blur", "0x%.1f" % max(0.6, 0.12 * mm), obj])
    os.remove(tile)
    angle = r.choice([-1, 1]) * r.uniform(8, 38)
    bw, bh = rot_box(cw, ch, angle)
    x, y = place(p, bw, bh, r, mm, lower=True, overhang=0.25)
    shadow_paste(p, obj, x, y, angle, mm, 2.6, 1.8, 50)
    os.remove(obj)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h152-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "jujube" in opts and (i == 0 or r.random() < 0.35):
            jujube(p, r, mm)
        if "drillbit" in opts:
            drillbit(p, r, mm)


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
