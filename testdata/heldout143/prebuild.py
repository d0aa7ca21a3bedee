#!/usr/bin/env python3
"""Pre-build step of testdata/heldout143: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new things found on a page when it is
captured. They are drawn on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo or :photo, before heldout7's phone photo):

  :rj45   the sheets were scanned on the network lab's scanner with two or
          three RJ45 modular plugs (水晶头) left on the glass: clear plastic
          bodies 11.7 x 21 mm with eight gold contacts at the tip, the
          coloured wire pairs seen through the plastic, a short stub of blue
          or grey patch cable out of the back, a soft shadow; lying in a
          side margin, turned a little.
  :anise  a phone photo taken on a kitchen counter: one or two dried star
          anise pods (八角) lying on the sheet near a corner, eight dark
          red-brown boat-shaped carpels round a centre, some split open
          showing a glossy seed, a soft shadow.

Methods used: `x-scanpdf:<dpi>[...][:rj45|:anise]`, `x-scan:<dpi>:<font>[...]:rj45`,
`x-photo:<dpi>:<font>:anise`. heldout7 and heldout15 ignore the options they
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
OPTIONS = ("rj45", "anise")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo
SEED = 0


def pts(seq):
    return " ".join("%d,%d" % (int(round(x)), int(round(y))) for x, y in seq)


def with_shadow(obj, opacity, blur, dx, dy):
    B.run(["convert", obj, "(", "+clone", "-background", "black", "-shadow", "%dx%d+%d+%d" % (opacity, blur, dx, dy), ")",
           "+swap", "-background", "none", "-layers", "merge", "+repage", obj])


def rj45_plug(path, r, mm):
    """One plug seen from its contact side, the tip up, a cable stub down."""
    w, l = 11.7 * mm, 21.0 * mm
    cable = r.uniform(9, 22) * mm
    cw = r.uniform(5.6, 6.2) * mm
    pad = 3 * mm
    W, H = int(w + 2 * pad), int(l + cable + 2 * pad)
    x0, y0 = pad, pad
    jacket = r.choice(["#2f6fb5", "#8c9097", "#3a7fc8"])
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:none"]
    # the cable stub and its strain relief
    cx = x0 + w / 2
    cmd += ["-stroke", "none", "-fill", jacket,
            "-draw", "rectangle %d,%d %d,%d" % (cx - cw / 2, y0 + l - 2 * mm, cx + cw / 2, y0 + l + cable),
            "-fill", "#00000030", "-draw", "rectangle %d,%d %d,%d" % (cx + cw / 4, y0 + l, cx + cw / 2, y0 + l + cable)]
    # clear body: pale, slightly grey, a darker rim
    cmd += ["-fill", "#e9eef0d8", "-stroke", "#6c7478", "-strokewidth", "%d" % max(2, int(0.35 * mm)),
            "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, y0, x0 + w, y0 + l, int(1.2 * mm), int(1.2 * mm))]
    # the eight wires seen through the plastic, from the cable to the contacts
    colours = ["#f0a040", "#e07020", "#90c890", "#2050c0", "#90b0e8", "#30a040", "#c8a080", "#7a4a20"]
    pitch = 1.02 * mm
    first = cx - 3.5 * pitch
    for k, col in enumerate(colours):
        xt = first + k * pitch
        xb = cx + (k - 3.5) * (cw / 9)
        cmd += ["-fill", "none", "-stroke", col, "-strokewidth", "%d" % max(1, int(0.45 * mm)),
                "-draw", "line %d,%d %d,%d" % (xb, y0 + l - 1 * mm, xt, y0 + 6 * mm)]
    # the gold contacts at the tip
    for k in range(8):
        xt = first + k * pitch
        cmd += ["-stroke", "#7a5a10", "-strokewidth", "1", "-fill", "#d4a838",
                "-draw", "rectangle %d,%d %d,%d" % (xt - 0.28 * mm, y0 + 0.6 * mm, xt + 0.28 * mm, y0 + 4.6 * mm)]
    # the latch seen through the body, and the crimp bar
    cmd += ["-stroke", "#9aa2a6", "-strokewidth", "%d" % max(1, int(0.25 * mm)), "-fill", "none",
            "-draw", "rectangle %d,%d %d,%d" % (cx - 2.6 * mm, y0 + 7 * mm, cx + 2.6 * mm, y0 + l - 3 * mm),
            "-stroke", "#7e8689", "-draw", "line %d,%d %d,%d" % (x0 + 1 * mm, y0 + l - 4.5 * mm, x0 + w - 1 * mm, y0 + l - 4.5 * mm),
            # a highlight along one edge
            "-stroke", "#ffffffc0", "-strokewidth", "%d" % max(1, int(0.4 * mm)),
            "-draw", "line %d,%d %d,%d" % (x0 + 1.0 * mm, y0 + 1.5 * mm, x0 + 1.0 * mm, y0 + l - 2 * mm)]
    B.run(cmd + [path])
    with_shadow(path, 45, max(2, int(1.2 * mm)), int(1.0 * mm), int(1.4 * mm))


def rj45(p, r, mm, k):
    W, H = P.size_of(p)
    side = r.choice((0, 1))
    n = r.choice((2, 2, 3))
    y = H * r.uniform(0.28, 0.45)
    for j in range(n):
        obj = "%s.rj%d.png" % (p, j)
        rj45_plug(obj, r, mm)
        _, oh = P.size_of(obj)
        ang = r.uniform(-18, 18) + (180 if r.random() < 0.35 else 0)
        cx = (r.uniform(6.5, 9.5) * mm) if side == 0 else (W - r.uniform(6.5, 9.5) * mm)
        cy = y + oh / 2
        if cy + oh / 2 > H - 8 * mm:
            os.remove(obj)
            break
        H15.paste(p, obj, cx, cy, ang)
        y += oh + r.uniform(6, 16) * mm
        os.remove(obj)
        os.remove(obj + ".rot.png")


def anise_pod(path, r, mm):
    """One star anise: eight carpels round a centre, some split open with a seed."""
    R = r.uniform(12.0, 14.5) * mm
    pad = 4 * mm
    S = int(2 * (R + pad))
    c = S / 2.0
    base = r.uniform(0, 360)
    cmd = ["convert", "-size", "%dx%d" % (S, S), "xc:none"]
    for k in range(8):
        a = math.radians(base + k * 45 + r.uniform(-7, 7))
        lk = R * r.uniform(0.82, 1.0)
        wk = r.uniform(3.6, 4.8) * mm
        ca, sa = math.cos(a), math.sin(a)
        up, lo = [], []
        for i in range(13):
            t = i / 12.0
            x = 1.2 * mm + t * (lk - 1.2 * mm)
            half = wk / 2 * (math.sin(math.pi * min(1.0, t * 1.08)) ** 0.6) * (1 - 0.35 * t)
            up.append((x, half))
            lo.append((x, -half))
        poly = up + lo[::-1]
        loc = [(c + x * ca - y * sa, c + x * sa + y * ca) for x, y in poly]
        fill = r.choice(["#6b3a1f", "#5e3219", "#74411f", "#633620"])
        cmd += ["-fill", fill, "-stroke", "#35190a", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-draw", "polygon " + pts(loc)]
        # the ridge (the seam along the top of the carpel)
        ridge = [(c + (1.5 * mm + t * (lk - 2.5 * mm)) * ca, c + (1.5 * mm + t * (lk - 2.5 * mm)) * sa) for t in (0, 0.5, 1)]
        cmd += ["-fill", "none", "-stroke", "#8e5632", "-strokewidth", "%d" % max(1, int(0.35 * mm)), "-draw", "polyline " + pts(ridge)]
        if r.random() < 0.45:   # split open: a glossy seed in the slit
            sx, sy = c + 0.55 * lk * ca, c + 0.55 * lk * sa
            cmd += ["-stroke", "#4a2510", "-strokewidth", "1", "-fill", "#b07840",
                    "-draw", "ellipse %d,%d %d,%d %d,%d" % (sx, sy, 1.9 * mm, 1.2 * mm, 0, 360),
                    "-stroke", "none", "-fill", "#e8c08a",
                    "-draw", "ellipse %d,%d %d,%d %d,%d" % (sx - 0.5 * mm, sy - 0.4 * mm, 0.6 * mm, 0.35 * mm, 0, 360)]
    # the centre and the stalk
    sa0 = math.radians(base + 22)
    cmd += ["-stroke", "#2e1508", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-fill", "#4a2612",
            "-draw", "circle %d,%d %d,%d" % (c, c, c + 1.8 * mm, c),
            "-fill", "none", "-stroke", "#5a3016", "-strokewidth", "%d" % max(2, int(0.9 * mm)),
            "-draw", "line %d,%d %d,%d" % (c, c, c + 3.5 * mm * math.cos(sa0), c + 3.5 * mm * math.sin(sa0))]
    B.run(cmd + [path])
    with_shadow(path, 55, max(3, int(1.6 * mm)), int(1.5 * mm), int(2.0 * mm))


def ink(p, x, y, w, h):
    """Share of dark pixels in a region of the page (0 = blank paper)."""
    out = B.run(["convert", p, "-crop", "%dx%d+%d+%d" % (w, h, x, y), "+repage", "-colorspace", "Gray",
                 "-threshold", "75%", "-format", "%[fx:1-mean]", "info:"]).stdout.decode().strip()
    return float(out or 0)


def anise(p, r, mm, k):
    """One or two pods near the corners of the sheet, the emptiest corners first."""
    W, H = P.size_of(p)
    corners = [(0.88, 0.045), (0.10, 0.965), (0.90, 0.965), (0.10, 0.045)]
    r.shuffle(corners)
    box = int(30 * mm)
    corners.sort(key=lambda c: ink(p, max(0, int(W * c[0] - box / 2)), max(0, int(H * c[1] - box / 2)), box, box))
    for j in range(r.choice((1, 2, 2))):
        fx, fy = corners[j]
        obj = "%s.an%d.png" % (p, j)
        anise_pod(obj, r, mm)
        H15.paste(p, obj, W * (fx + r.uniform(-0.02, 0.02)), H * (fy + r.uniform(-0.01, 0.01)), r.uniform(0, 360))
        os.remove(obj)
        os.remove(obj + ".rot.png")


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h143-%s-%s-%d" % (tag, dpi, SEED))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "rj45" in opts:
            rj45(p, r, mm, i)
        if "anise" in opts:
            anise(p, r, mm, i)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, tag)
    return _photo(pngs, dpi, rng, stage, tag)


def main():
    global SEED
    SEED = int(sys.argv[2])
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
