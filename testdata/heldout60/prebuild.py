#!/usr/bin/env python3
"""Pre-build step of testdata/heldout60: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, drawn on the clean page images BEFORE
heldout15's scanner simulation (and, for x-photo, before heldout7's phone
photo):

  :crack      (phone photos) the phone's lens cover is cracked: one or two
              thin bright lines across the picture with a soft grey halo and
              a small splinter star where the crack starts.
  :highlight  (scans) a reader went over some lines with a yellow
              highlighter before the sheet was scanned: two to four
              translucent yellow strokes, a little slanted and uneven, over
              the lower 70 % of the page (grey bands in a grey scan).
  :eraser     (scans) pencil drafts rubbed out before the pen: light grey
              smears and the faint remains of erased strokes in the margins
              and between lines.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:highlight|:eraser]`,
`x-scan:<dpi>:<font>[:eraser]`, `x-photo:<dpi>:<font>[:crack]`.
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
OPTIONS = ("crack", "highlight", "eraser")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def crack(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p, "-fill", "none"]
    for _ in range(r.randint(1, 2)):
        x, y = r.randint(int(W * 0.1), int(W * 0.9)), r.choice([0, H - 1])
        ang = r.uniform(0.6, 2.5) * (1 if y == 0 else -1)
        pts = [(x, y)]
        while 0 <= x <= W and 0 <= y <= H and len(pts) < 40:
            ang += r.uniform(-0.25, 0.25)
            L = r.uniform(8, 25) * mm
            x, y = x + L * math.cos(ang), y + L * math.sin(ang)
            pts.append((int(x), int(y)))
        line = " ".join("%d,%d" % q for q in pts)
        cmd += ["-stroke", "rgba(90,90,90,0.35)", "-strokewidth", "%d" % max(3, int(0.9 * mm)), "-draw", "polyline " + line,
                "-stroke", "rgba(255,255,255,0.95)", "-strokewidth", "%d" % max(1, int(0.18 * mm)), "-draw", "polyline " + line]
        sx, sy = pts[1]
        for _ in range(r.randint(4, 7)):   # the splinter star
            a = r.uniform(0, 6.283)
            L = r.uniform(3, 9) * mm
            cmd += ["-stroke", "rgba(255,255,255,0.85)", "-strokewidth", "1",
                    "-draw", "line %d,%d %d,%d" % (sx, sy, sx + L * math.cos(a), sy + L * math.sin(a))]
    B.run(cmd + [p])


def highlight(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p, "(", "-size", "%dx%d" % (W, H), "xc:white"]
    for _ in range(r.randint(2, 4)):
        y = int(H * r.uniform(0.3, 0.95))
        x0 = int(W * r.uniform(0.08, 0.3))
        x1 = int(W * r.uniform(0.55, 0.92))
        h = int(r.uniform(3.2, 4.5) * mm)
        dy = r.randint(-int(1.5 * mm), int(1.5 * mm))
        cmd += ["-fill", "rgb(255,%d,%d)" % (r.randint(238, 248), r.randint(90, 130)), "-stroke", "none",
                "-draw", "polygon %d,%d %d,%d %d,%d %d,%d" % (x0, y, x1, y + dy, x1, y + dy + h, x0, y + h)]
    B.run(cmd + ["-blur", "0x1", ")", "-compose", "Multiply", "-composite", p])


def eraser(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p, "(", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none"]
    for _ in range(r.randint(3, 6)):   # rubbed patches
        cx, cy = r.randint(int(W * 0.1), int(W * 0.9)), r.randint(int(H * 0.2), int(H * 0.95))
        rx, ry = int(r.uniform(12, 30) * mm), int(r.uniform(3, 7) * mm)
        cmd += ["-stroke", "none", "-fill", "gray%d" % r.randint(88, 94), "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rx, ry)]
        for _ in range(r.randint(3, 6)):   # faint remains of pencil strokes
            x, y = cx + r.randint(-rx, rx), cy + r.randint(-ry, ry)
            cmd += ["-stroke", "gray%d" % r.randint(72, 82), "-strokewidth", "1", "-fill", "none",
                    "-draw", "bezier %d,%d %d,%d %d,%d" % (x, y, x + r.randint(-30, 30), y + r.randint(-25, 25),
                                                          x + r.randint(-40, 40), y + r.randint(-10, 10))]
    B.run(cmd + ["-blur", "0x2", ")", "-compose", "Multiply", "-composite", p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h60-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for p in pngs:
        if "eraser" in opts:
            eraser(p, r, mm)
        if "highlight" in opts:
            highlight(p, r, mm)
        if "crack" in opts:
            crack(p, r, mm)


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
