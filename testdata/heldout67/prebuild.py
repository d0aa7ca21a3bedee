#!/usr/bin/env python3
"""Pre-build step of testdata/heldout67: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a sheet goes wrong before it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for phone photos, before heldout7's phone photo):

  :rust   the sheets had been held together for months by a steel paper
          clip (回形针) in a damp cupboard; the clip was taken off before the
          scan and left its rust behind: the clip's double loop printed on
          the paper at a top corner as a broken brown outline with a soft
          orange-brown halo where the rust soaked in, a few rust specks,
          and a faint pressed groove along one side of the loop.
  :glue   the sheet was glued onto a slightly larger backing sheet (a
          glue stick along one edge) before it was scanned or photographed:
          the backing paper shows as a greyer margin round the sheet, the
          sheet's edge casts a thin shadow, and along the glued edge a
          yellowish, streaky band of dried glue with small wrinkles across it.

Methods used: `x-scanpdf:<dpi>[:color|:photo][:rust|:glue]`,
`x-scan:<dpi>:<font>[:rust]`. heldout7 and heldout15 ignore the options they
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
OPTIONS = ("rust", "glue")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def clip_path(x0, y0, w, L, ang, n=60):
    """The outline of a paper clip (two nested loops of a wire) as points, turned by ang."""
    pts = []
    # outer loop: up the left side, round the top, down the right side, round the bottom, up to the inner loop
    def seg(ax, ay, bx, by, k):
        for t in range(k):
            pts.append((ax + (bx - ax) * t / k, ay + (by - ay) * t / k))

    def arc(cx, cy, r, a0, a1, k):
        for t in range(k):
            a = a0 + (a1 - a0) * t / k
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    r1, r2, r3 = w / 2, w * 0.34, w * 0.2
    seg(0, L - r1, 0, r1, 8)
    arc(r1, r1, r1, math.pi, 2 * math.pi, 10)
    seg(w, r1, w, L - r2 * 1.2, 8)
    arc(w - r2, L - r2 * 1.2, r2, 0, math.pi, 8)
    seg(w - 2 * r2, L - r2 * 1.2, w - 2 * r2, r1 + w * 0.15, 7)
    arc(w - 2 * r2 - r3, r1 + w * 0.15, r3, 0, -math.pi, 7)
    seg(w - 2 * r2 - 2 * r3, r1 + w * 0.15, w - 2 * r2 - 2 * r3, L * 0.72, 6)
    ca, sa = math.cos(ang), math.sin(ang)
    return [(x0 + x * ca - y * sa, y0 + x * sa + y * ca) for x, y in pts]


def rust(p, r, mm):
    W, H = P.size_of(p)
    left = r.random() < 0.6
    x0 = int((r.uniform(7, 14) if left else 210 - r.uniform(16, 22)) * mm)
    y0 = -int(r.uniform(3, 7) * mm)
    w, L = r.uniform(7.5, 9) * mm, r.uniform(30, 34) * mm
    pts = clip_path(x0, y0, w, L, r.uniform(-0.12, 0.12))
    halo = p + ".halo.png"
    # the halo: the loop drawn thick in orange-brown, blurred, multiplied onto the page
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "rgb(214,168,118)",
           "-strokewidth", "%d" % max(4, int(1.6 * mm)), "-draw", "polyline " + " ".join("%d,%d" % q for q in pts),
           "-blur", "0x%d" % max(3, int(1.1 * mm)), halo])
    B.run(["convert", p, halo, "-compose", "Multiply", "-composite", p])
    os.remove(halo)
    cmd = ["convert", p, "-fill", "none"]
    # the rust line itself, broken where the wire did not touch the paper
    i = 0
    while i < len(pts) - 1:
        k = r.randint(4, 11)
        seg = pts[i:i + k + 1]
        if r.random() < 0.8 and len(seg) > 1:
            cmd += ["-stroke", "rgb(%d,%d,%d)" % (r.randint(120, 150), r.randint(70, 88), r.randint(34, 48)),
                    "-strokewidth", "%d" % max(2, int(r.uniform(0.35, 0.6) * mm)), "-draw", "polyline " + " ".join("%d,%d" % q for q in seg)]
        i += k
    # the groove pressed by the wire: a faint light line beside the outer loop
    groove = [(x + 0.7 * mm, y + 0.5 * mm) for x, y in pts[:26]]
    cmd += ["-stroke", "gray93", "-strokewidth", "%d" % max(1, int(0.2 * mm)), "-draw", "polyline " + " ".join("%d,%d" % q for q in groove)]
    # a few specks of rust round it
    cmd += ["-stroke", "none"]
    for _ in range(r.randint(5, 10)):
        qx, qy = r.choice(pts)
        qx += r.uniform(-2.5, 2.5) * mm
        qy += r.uniform(-2.5, 2.5) * mm
        rad = max(1, int(r.uniform(0.15, 0.45) * mm))
        cmd += ["-fill", "rgb(%d,%d,%d)" % (r.randint(140, 175), r.randint(90, 110), r.randint(50, 70)),
                "-draw", "circle %d,%d %d,%d" % (qx, qy, qx + rad, qy)]
    B.run(cmd + [p])


def glue(p, r, mm):
    W, H = P.size_of(p)
    inset = [int(r.uniform(3, 6) * mm) for _ in range(4)]   # left, top, right, bottom: the backing sheet shows
    xl, yt, xr, yb = inset[0], inset[1], W - inset[2], H - inset[3]
    side = r.choice(["left", "top"])
    band = int(r.uniform(9, 14) * mm)
    cmd = ["convert", p,
           # the backing paper round the sheet: a little greyer and bluish
           "-fill", "rgb(226,228,232)", "-draw", "rectangle 0,0 %d,%d" % (W, yt), "-draw", "rectangle 0,%d %d,%d" % (yb, W, H),
           "-draw", "rectangle 0,0 %d,%d" % (xl, H), "-draw", "rectangle %d,0 %d,%d" % (xr, W, H),
           # the sheet's edge and its thin shadow on the backing
           "-fill", "none", "-stroke", "gray58", "-strokewidth", "%d" % max(2, int(0.25 * mm)),
           "-draw", "rectangle %d,%d %d,%d" % (xl, yt, xr, yb),
           "-stroke", "gray80", "-strokewidth", "%d" % max(2, int(0.4 * mm)),
           "-draw", "polyline %d,%d %d,%d %d,%d" % (xl + int(mm), yb + int(0.6 * mm), xr + int(0.6 * mm), yb + int(0.6 * mm), xr + int(0.6 * mm), yt + int(mm))]
    # the glue band: yellowish streaks along the glued edge
    for _ in range(r.randint(5, 8)):
        a = r.uniform(0.05, 0.16)
        wdt = max(2, int(r.uniform(0.8, 2.5) * mm))
        o = r.randint(int(0.5 * mm), band)
        col = "rgba(214,196,120,%.2f)" % a
        if side == "left":
            x = xl + o
            cmd += ["-stroke", col, "-strokewidth", "%d" % wdt, "-draw", "line %d,%d %d,%d" % (x, yt + r.randint(0, int(20 * mm)), x + r.randint(-4, 4), yb - r.randint(0, int(20 * mm)))]
        else:
            y = yt + o
            cmd += ["-stroke", col, "-strokewidth", "%d" % wdt, "-draw", "line %d,%d %d,%d" % (xl + r.randint(0, int(20 * mm)), y, xr - r.randint(0, int(20 * mm)), y + r.randint(-4, 4))]
    # small wrinkles across the band where the wet paper shrank
    for _ in range(r.randint(10, 16)):
        L = r.uniform(4, 10) * mm
        if side == "left":
            sx, sy = xl + r.uniform(0, 0.3) * band, r.uniform(yt + 10 * mm, yb - 10 * mm)
            pts = [(sx + L * t / 6, sy + math.sin(t * 1.7) * 0.6 * mm) for t in range(7)]
        else:
            sx, sy = r.uniform(xl + 10 * mm, xr - 10 * mm), yt + r.uniform(0, 0.3) * band
            pts = [(sx + math.sin(t * 1.7) * 0.6 * mm, sy + L * t / 6) for t in range(7)]
        cmd += ["-stroke", "gray%d" % r.randint(74, 84), "-strokewidth", "%d" % max(1, int(0.22 * mm)),
                "-draw", "polyline " + " ".join("%d,%d" % q for q in pts),
                "-stroke", "gray98", "-draw", "polyline " + " ".join("%d,%d" % (q[0] + 2, q[1] + 2) for q in pts)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h67-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "glue" in opts:
            glue(p, r, mm)
        if "rust" in opts:
            rust(p, r, mm)


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
