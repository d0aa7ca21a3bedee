#!/usr/bin/env python3
"""Pre-build step of testdata/heldout52: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, new ways a page goes wrong on its way
to a school's scanner or phone. They act on the clean page images BEFORE
heldout15's scanner simulation (and before heldout7's phone photo):

  :stain    a tea cup stood on the sheet: a brownish ring (darker at its
            rim, slightly broken) and a faint wash inside it, somewhere on
            the page, sometimes over text; on every second page.
  :dust     dust and hairs on the scanner glass: small dark specks, two or
            three short curved hairs, and one thin vertical streak from the
            top of the page to the bottom (a speck on the feeder's glass
            strip draws a line down every page at the same x).
  :thumb    (phone photos only) the sheet held flat with a thumb: a skin-
            coloured rounded tip with a soft shadow coming in from the left
            or right edge at a random height, covering part of the margin
            and sometimes the first characters of a line.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:photo][:stain|:dust|:thumb]`,
`x-scan:<dpi>:<font>[:color][:stain]`, `x-photo:<dpi>:<font>[:thumb]`.
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
OPTIONS = ("stain", "dust", "thumb")
DONE, THUMBED = set(), set()
_h15_degrade = H15.degrade
_photo = P.photo


def stain(p, r, mm):
    W, H = P.size_of(p)
    rad = int(r.uniform(30, 38) * mm)
    cx, cy = int(W * r.uniform(0.25, 0.75)), int(H * r.uniform(0.25, 0.8))
    m = p + ".stain.png"
    gap = r.uniform(0, 300)
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white",
           "-fill", "rgb(246,238,222)", "-stroke", "none", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + rad - 4, cy),
           "-fill", "none", "-stroke", "rgb(190,160,118)", "-strokewidth", "%d" % max(3, int(1.1 * mm)),
           "-draw", "arc %d,%d %d,%d %d,%d" % (cx - rad, cy - rad, cx + rad, cy + rad, gap, gap + r.uniform(290, 340)),
           "-stroke", "rgb(214,192,160)", "-strokewidth", "%d" % max(2, int(0.5 * mm)),
           "-draw", "arc %d,%d %d,%d %d,%d" % (cx - rad + 6, cy - rad + 9, cx + rad + 6, cy + rad + 9, gap + 40, gap + 250),
           "-blur", "0x%.1f" % (0.5 * mm), m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def dust(p, r, mm, x_streak):
    W, H = P.size_of(p)
    cmd = ["convert", p, "-fill", "gray20", "-stroke", "none"]
    for _ in range(r.randint(25, 45)):
        x, y = r.randint(0, W - 1), r.randint(0, H - 1)
        k = r.choice([1, 1, 1, 2, 2, 3])
        cmd += ["-draw", "circle %d,%d %d,%d" % (x, y, x + k, y)]
    cmd += ["-fill", "none", "-stroke", "gray30", "-strokewidth", "1"]
    for _ in range(r.randint(2, 3)):
        x, y = r.randint(0, W - 1), r.randint(0, H - 1)
        L = r.uniform(4, 9) * mm
        a = r.uniform(0, 6.28)
        pts = []
        for k in range(6):
            a += r.uniform(-0.5, 0.5)
            pts.append("%d,%d" % (x, y))
            x, y = x + L / 5 * math.cos(a), y + L / 5 * math.sin(a)
        cmd += ["-draw", "polyline " + " ".join(pts)]
    cmd += ["-stroke", "gray45", "-strokewidth", "1", "-draw", "line %d,0 %d,%d" % (x_streak, x_streak, H - 1), p]
    B.run(cmd)


def thumb(p, r, mm):
    W, H = P.size_of(p)
    left = r.random() < 0.5
    y = int(H * r.uniform(0.3, 0.85))
    w, h = int(r.uniform(16, 22) * mm), int(r.uniform(13, 16) * mm)
    x0 = -int(w * 0.35) if left else W - int(w * 0.65)
    m = p + ".thumb.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:none",
           "-fill", "rgba(0,0,0,0.35)", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0 + 6, y + 8, x0 + w + 6, y + h + 8, h // 2, h // 2),
           "-blur", "0x%.1f" % (1.5 * mm),
           "-fill", "rgb(214,164,136)", "-stroke", "rgb(176,122,98)", "-strokewidth", "2",
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, y, x0 + w, y + h, h // 2, h // 2),
           "-stroke", "none", "-fill", "rgba(240,205,190,0.8)",
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % ((x0 + w - int(7 * mm), y + int(2 * mm), x0 + w - int(1.5 * mm), y + h - int(2 * mm), h // 4, h // 4)
                                                        if left else (x0 + int(1.5 * mm), y + int(2 * mm), x0 + int(7 * mm), y + h - int(2 * mm), h // 4, h // 4)),
           "-blur", "0x1", m])
    B.run(["convert", p, m, "-compose", "Over", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h52-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    W, _ = P.size_of(pngs[0]) if pngs else (1, 1)
    xs = int(W * r.uniform(0.15, 0.85))
    for i, p in enumerate(pngs):
        if "stain" in opts and (i % 2 == 0 or len(pngs) < 2):
            stain(p, r, mm)
        if "dust" in opts:
            dust(p, r, mm, xs)


def thumbs(pngs, dpi, tag):
    if tag in THUMBED or "thumb" not in MINE.get(tag, set()):
        return
    THUMBED.add(tag)
    r = random.Random("h52t-%s-%s" % (tag, dpi))
    for p in pngs:
        thumb(p, r, dpi / 25.4)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, tag)
    thumbs(pngs, dpi, tag)   # after heldout15's overlays (drawn in its degrade), just before the photo
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
