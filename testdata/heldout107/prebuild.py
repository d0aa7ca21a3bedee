#!/usr/bin/env python3
"""Pre-build step of testdata/heldout107: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :ticket   a used city-bus ticket (公交车票, a small pale-pink slip with a
            printed red serial number, a blue route line and a torn
            perforated edge) left lying on the sheet, half off the right
            edge of the page, at a slant, with a faint shadow.
  :hairtie  a black elastic hair tie (发圈) left on the sheet, half off the
            left edge: a dark ring with a soft shadow and a small metal
            clasp, the ring slightly oval.

Methods used: `x-scanpdf:<dpi>[:ticket|:hairtie]`, `x-scan:<dpi>:<font>[:ticket]`,
`x-photo:<dpi>:<font>[:ticket]`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("ticket", "hairtie")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def ticket(p, r, mm):
    W, H = P.size_of(p)
    tw, th = int(r.uniform(22, 26) * mm), int(r.uniform(46, 54) * mm)
    cx = W - int(r.uniform(1, 5) * mm)
    cy = int(H * r.uniform(0.35, 0.75))
    ang = r.uniform(-14, 14)
    t = p + ".ticket.png"
    cmd = ["convert", "-size", "%dx%d" % (tw, th), "xc:#f6d9dc",
           "-fill", "#3a5fa8", "-draw", "rectangle %d,%d %d,%d" % (int(2 * mm), int(6 * mm), tw - int(2 * mm), int(8 * mm)),
           "-fill", "#c0392b", "-draw", "rectangle %d,%d %d,%d" % (int(3 * mm), int(12 * mm), tw - int(5 * mm), int(14.5 * mm))]
    for k in range(5):   # printed lines of small text
        y = int((19 + 5 * k) * mm)
        cmd += ["-fill", "#7a5a60", "-draw", "rectangle %d,%d %d,%d" % (int(3 * mm), y, int(tw * r.uniform(0.5, 0.85)), y + max(1, int(0.9 * mm)))]
    # the torn perforated top edge: notches of background colour
    for x in range(0, tw, max(2, int(1.6 * mm))):
        cmd += ["-fill", "white", "-draw", "circle %d,0 %d,%d" % (x, x, max(1, int(0.6 * mm)))]
    cmd += ["-background", "none", "-rotate", "%.1f" % ang, t]
    B.run(cmd)
    sh = p + ".tsh.png"
    B.run(["convert", t, "-alpha", "extract", "-threshold", "50%", "-negate", "-fill", "gray65", "-opaque", "black",
           "-blur", "0x%d" % max(2, int(1.2 * mm)), sh])
    tw2, th2 = P.size_of(t)
    ox, oy = cx - tw2 // 2, cy - th2 // 2
    B.run(["convert", p, sh, "-geometry", "+%d+%d" % (ox + int(1.2 * mm), oy + int(1.5 * mm)), "-compose", "Multiply", "-composite",
           t, "-geometry", "+%d+%d" % (ox, oy), "-compose", "Over", "-composite", p])
    os.remove(t)
    os.remove(sh)


def hairtie(p, r, mm):
    W, H = P.size_of(p)
    cx = int(r.uniform(0, 3) * mm)
    cy = int(H * r.uniform(0.3, 0.8))
    rx, ry = int(r.uniform(10, 12) * mm), int(r.uniform(8.5, 10.5) * mm)
    sw = max(3, int(2.4 * mm))
    sh = p + ".hsh.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "gray60", "-strokewidth", "%d" % sw,
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx + int(1.5 * mm), cy + int(1.8 * mm), rx, ry), "-blur", "0x%d" % max(2, int(1.3 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    a = r.uniform(-0.9, 0.9)
    kx, ky = cx + int(rx * math.cos(a)), cy + int(ry * math.sin(a))
    B.run(["convert", p, "-fill", "none", "-stroke", "gray12", "-strokewidth", "%d" % sw,
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rx, ry),
           "-stroke", "gray30", "-strokewidth", "%d" % max(1, sw // 4),
           "-draw", "ellipse %d,%d %d,%d 200,330" % (cx, cy, rx - sw // 3, ry - sw // 3),
           "-stroke", "gray40", "-strokewidth", "1", "-fill", "#b8b8b0",
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (kx - int(2 * mm), ky - int(1.6 * mm), kx + int(2 * mm), ky + int(1.6 * mm), int(0.6 * mm), int(0.6 * mm)),
           p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h107-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "ticket" in opts:
            ticket(p, r, mm)
        if "hairtie" in opts:
            hairtie(p, r, mm)


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
