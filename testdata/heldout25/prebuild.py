#!/usr/bin/env python3
"""Pre-build step of testdata/heldout25: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus four options of this corpus, new ways a scan or a photo goes wrong
in a school office:

  :moire     (scans) the sheet scanned was itself a photocopy of a print
             with a halftone screen: a fine dot screen over the page and the
             wavy stripes (moiré) where it beats with the scanner's grid.
             Drawn on the clean page before heldout15's scanner.
  :blocky    (scans) the scan was sent through a chat app and saved back:
             shrunk to about 55 %, saved at JPEG quality 18-24 and blown up
             again, so 8x8 blocks and ringing stand round every stroke.
             Applied to the scanner's output.
  :keystone  (phone photos, x-photo or x-scanpdf:…:photo) the phone was held
             at a slant: the far edge of the sheet much narrower than the
             near one (a strong trapezoid) and the page foreshortened.
             Applied after heldout7's photo.
  :pen       (phone photos) a ballpoint pen left lying across the sheet,
             with its soft shadow. Applied after heldout7's photo (and after
             :keystone).

Methods used: `x-scanpdf:<dpi>[:color|:moire|:blocky|:photo:keystone]`,
`x-scan:<dpi>:<font>[:moire|:blocky]`, `x-photo:<dpi>:<font>[:keystone|:pen]`,
`x-xlsx` (heldout7's spreadsheet with merged cells). heldout7 and heldout15
ignore the options they do not know.

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
OPTIONS = ("moire", "blocky", "keystone", "pen")
_h15_degrade = H15.degrade
_photo = P.photo


def moire(pngs, dpi, tag):
    r = random.Random("h25-moire-%s-%s" % (tag, dpi))
    for i, p in enumerate(pngs):
        W, H = P.size_of(p)
        tile = p + ".tile.png"
        scr = p + ".screen.png"
        n = max(12, int(round(r.uniform(4.2, 5.0) * dpi / 250.0 * 4)))   # four screen periods a tile
        # a small dot-screen tile (grey dots on white), tiled over the page and turned a few degrees
        B.run(["convert", "-size", "%dx%d" % (n, n), "xc:white", "-fx",
               "0.90+0.10*cos(2*pi*i*4/%d)*cos(2*pi*j*4/%d)" % (n, n), tile])
        ang = r.uniform(11, 19)
        B.run(["convert", "-size", "%dx%d" % (int(W * 1.3), int(H * 1.3)), "tile:" + tile, "-rotate", "%.2f" % ang,
               "-gravity", "center", "-crop", "%dx%d+0+0" % (W, H), "+repage", scr])
        # the beat with the scanner's grid: wavy stripes, 10-18 across the page, bent along their length
        band = p + ".band.png"
        sw, sh = max(60, W // 10), max(84, H // 10)
        fx = r.uniform(10, 18) / sw
        fy = r.uniform(3, 7) / sh * r.choice([-1, 1])
        fz = r.uniform(0.8, 1.6) / sh
        B.run(["convert", "-size", "%dx%d" % (sw, sh), "xc:white", "-fx",
               "0.94+0.06*sin(2*pi*(i*%.5f+j*%.5f)+1.8*sin(2*pi*j*%.5f)+%.2f)" % (fx, fy, fz, r.uniform(0, 6.28)),
               "-resize", "%dx%d!" % (W, H), band])
        B.run(["convert", p, scr, "-compose", "Multiply", "-composite", band, "-compose", "Multiply", "-composite", p])
        for x in (tile, scr, band):
            os.remove(x)


def blocky(imgs, tag):
    r = random.Random("h25-blocky-%s" % tag)
    for j in imgs:
        if not j.endswith(".jpg"):
            continue
        W, H = P.size_of(j)
        small = j + ".small.jpg"
        B.run(["convert", j, "-resize", "%d%%" % r.randint(50, 60), "-quality", str(r.randint(18, 24)), small])
        B.run(["convert", small, "-resize", "%dx%d!" % (W, H), "-quality", "88", j])
        os.remove(small)


def keystone(j, r):
    W, H = P.size_of(j)
    a = int(W * r.uniform(0.10, 0.14))      # the far (top) edge pulled in on both sides
    b = int(H * r.uniform(0.05, 0.08))      # foreshortened
    sk = int(W * r.uniform(-0.03, 0.03))    # and a little sideways
    persp = "0,0 %d,%d  %d,0 %d,%d  0,%d %d,%d  %d,%d %d,%d" % (
        a + sk, b, W - 1, W - 1 - a + sk, b, H - 1, 0, H - 1, W - 1, H - 1, W - 1, H - 1)
    B.run(["convert", j, "-background", "#4a3f36", "-virtual-pixel", "background", "-distort", "Perspective", persp,
           "-quality", "80", j])


def pen(j, r):
    W, H = P.size_of(j)
    L, T = W * r.uniform(0.50, 0.62), max(8, W * 0.022)
    cx, cy = W * r.uniform(0.40, 0.62), H * r.uniform(0.35, 0.75)
    ang = math.radians(r.uniform(-35, 35))
    ux, uy = math.cos(ang), math.sin(ang)
    vx, vy = -uy, ux

    def quad(s0, s1, w0, w1, dx=0, dy=0):
        pts = [(s0, -w0), (s1, -w1), (s1, w1), (s0, w0)]
        return " ".join("%d,%d" % (cx + dx + s * ux + w * vx, cy + dy + s * uy + w * vy) for s, w in pts)
    body = r.choice(["#1f3f8f", "#222222", "#8a1c1c"])
    layer = j + ".pen.png"
    sh = T * 0.9
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:none",
           "-fill", "rgba(0,0,0,0.45)", "-draw", "polygon " + quad(-L / 2, L / 2, T / 2, T / 2, sh, sh * 1.2), "-blur", "0x%d" % max(2, int(T * 0.5)),
           "-fill", body, "-draw", "polygon " + quad(-L / 2, L / 2 - L * 0.12, T / 2, T / 2),
           "-fill", "#c8c8c8", "-draw", "polygon " + quad(L / 2 - L * 0.12, L / 2 - L * 0.02, T / 2, T * 0.18),
           "-fill", "#303030", "-draw", "polygon " + quad(L / 2 - L * 0.02, L / 2, T * 0.18, T * 0.05),
           "-fill", "#d9d9d9", "-draw", "polygon " + quad(-L / 2 + L * 0.03, -L / 2 + L * 0.30, T * 0.12, T * 0.12, vx * T * 0.55, vy * T * 0.55),
           "-fill", "rgba(255,255,255,0.35)", "-draw", "polygon " + quad(-L / 2 + L * 0.02, L / 2 - L * 0.14, T * 0.08, T * 0.08, -vx * T * 0.2, -vy * T * 0.2),
           layer])
    B.run(["convert", j, layer, "-compose", "Over", "-composite", "-quality", "80", j])
    os.remove(layer)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    opts = MINE.get(tag, set())
    if "moire" in opts:
        moire(pngs, dpi, tag)
    out = _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)
    if "blocky" in opts:
        blocky(out, tag)
    return out


def photo(pngs, dpi, rng, stage, tag):
    out = _photo(pngs, dpi, rng, stage, tag)
    opts = MINE.get(tag, set())
    r = random.Random("h25-photo-%s" % tag)
    for j in out:
        if "keystone" in opts:
            keystone(j, r)
        if "pen" in opts:
            pen(j, r)
    return out


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
