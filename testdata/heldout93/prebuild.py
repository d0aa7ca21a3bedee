#!/usr/bin/env python3
"""Pre-build step of testdata/heldout93: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong while it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :screwdriver  a screwdriver was left lying on the scanner glass under the
                sheet's edge: a long slanted steel shaft (grey, a bright
                highlight along it, a flat tip) and a two-colour plastic
                handle (red and yellow, ribbed), a soft shadow beside it where
                the lid could not close, the page around it a little darker.
  :spanner      a phone photo of a sheet lying on a workshop bench with an
                open-end spanner (呆扳手) across one corner: a chrome bar with
                a jaw at each end, a darker drop shadow offset from it.

Methods used: `x-scanpdf:<dpi>[:color|:mono][:screwdriver]`,
`x-photo:<dpi>:<font>[:spanner]`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("screwdriver", "spanner")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def _poly(pts):
    return "polygon " + " ".join("%d,%d" % (x, y) for x, y in pts)


def _bar(x0, y0, ang, L, w):
    """the four corners of a bar of length L and width w from (x0, y0) at angle ang"""
    dx, dy = math.cos(ang), math.sin(ang)
    nx, ny = -dy * w / 2, dx * w / 2
    x1, y1 = x0 + dx * L, y0 + dy * L
    return [(x0 + nx, y0 + ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny), (x0 - nx, y0 - ny)]


def screwdriver(p, r, mm):
    W, H = P.size_of(p)
    # the tool lies along the bottom or the left edge, partly off the page
    if r.random() < 0.5:
        x0, y0 = -int(r.uniform(10, 25) * mm), H - int(r.uniform(8, 16) * mm)
        ang = -r.uniform(0.05, 0.16)
    else:
        x0, y0 = int(r.uniform(6, 12) * mm), H + int(r.uniform(5, 20) * mm)
        ang = -math.pi / 2 + r.uniform(0.05, 0.18)
    hl, hw = r.uniform(95, 110) * mm, r.uniform(24, 28) * mm
    sl, sw = r.uniform(75, 95) * mm, r.uniform(5.5, 6.5) * mm
    dx, dy = math.cos(ang), math.sin(ang)
    sh = p + ".sd.png"
    # the shadow where the lid stood open over the tool
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray60",
           "-draw", _poly(_bar(x0 + 4 * mm, y0 - 5 * mm, ang, hl + sl, hw + 10 * mm)),
           "-blur", "0x%d" % max(4, int(4 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-stroke", "none"]
    # handle: red with a yellow band, ribs
    cmd += ["-fill", "#b3261e", "-draw", _poly(_bar(x0, y0, ang, hl, hw))]
    cmd += ["-fill", "#e0b21a", "-draw", _poly(_bar(x0 + dx * hl * 0.35, y0 + dy * hl * 0.35, ang, hl * 0.3, hw * 0.98))]
    for k in range(6):
        t = 0.1 + 0.13 * k
        cmd += ["-fill", "#7a1712", "-draw", _poly(_bar(x0 + dx * hl * t, y0 + dy * hl * t, ang, 1.2 * mm, hw * 0.9))]
    # shaft and tip
    sx, sy = x0 + dx * hl, y0 + dy * hl
    cmd += ["-fill", "gray45", "-draw", _poly(_bar(sx, sy, ang, sl, sw)),
            "-fill", "gray85", "-draw", _poly(_bar(sx - dy * sw * 0.15, sy + dx * sw * 0.15, ang, sl, sw * 0.25)),
            "-fill", "gray30", "-draw", _poly(_bar(sx + dx * sl, sy + dy * sl, ang, 6 * mm, sw * 0.7))]
    B.run(cmd + [p])


def spanner(p, r, mm):
    W, H = P.size_of(p)
    corner = r.choice([(0, 0), (W, 0), (0, H), (W, H)])
    cx = corner[0] + (1 if corner[0] == 0 else -1) * r.uniform(40, 70) * mm
    cy = corner[1] + (1 if corner[1] == 0 else -1) * r.uniform(40, 70) * mm
    ang = r.uniform(0, math.pi)
    L, w = r.uniform(130, 160) * mm, r.uniform(11, 14) * mm
    dx, dy = math.cos(ang), math.sin(ang)
    x0, y0 = cx - dx * L / 2, cy - dy * L / 2
    sh = p + ".sp.png"
    off = 5 * mm
    body = _bar(x0 + off, y0 + off, ang, L, w)
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray45", "-draw", _poly(body),
           "-draw", "circle %d,%d %d,%d" % (x0 + off, y0 + off, x0 + off + w * 1.3, y0 + off),
           "-draw", "circle %d,%d %d,%d" % (x0 + dx * L + off, y0 + dy * L + off, x0 + dx * L + off + w * 1.1, y0 + dy * L + off),
           "-blur", "0x%d" % max(3, int(2.5 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    x1, y1 = x0 + dx * L, y0 + dy * L
    cmd = ["convert", p, "-stroke", "none", "-fill", "gray62", "-draw", _poly(_bar(x0, y0, ang, L, w)),
           "-fill", "gray90", "-draw", _poly(_bar(x0 - dy * w * 0.2, y0 + dx * w * 0.2, ang, L, w * 0.22)),
           "-fill", "gray58", "-draw", "circle %d,%d %d,%d" % (x0, y0, x0 + w * 1.3, y0),
           "-draw", "circle %d,%d %d,%d" % (x1, y1, x1 + w * 1.1, y1)]
    # the open jaws: a notch of the bench colour (a brownish wood) at each end
    for (ex, ey, sgn, jw) in ((x0, y0, -1, w * 0.9), (x1, y1, 1, w * 0.75)):
        jx, jy = ex + sgn * dx * w * 0.5, ey + sgn * dy * w * 0.5
        cmd += ["-fill", "#9c7a55", "-draw", _poly(_bar(jx, jy, ang, sgn * w * 1.0, jw))]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h93-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "screwdriver" in opts:
            screwdriver(p, r, mm)
        if "spanner" in opts:
            spanner(p, r, mm)


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
