#!/usr/bin/env python3
"""Pre-build step of testdata/heldout97: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :chili   a phone photo of a sheet lying on a kitchen table in a Hunan or
           Guangdong household: two to four dried red chillies (干辣椒) lie on
           the page near its lower edge or right margin, each a curved,
           tapering dark-red pod with a shiny streak, a green-brown cap and
           stalk at its thick end and a soft shadow on the paper.
  :ziptie  the sheet was scanned with a black nylon cable tie (扎带) left on
           the glass: a long thin black strip with faint ratchet ridges, a
           square locking head at one end, lying slantwise across the lower
           band of the page (72-92 % of its height), pressed flat by the lid
           with a narrow grey shadow along one edge.

Methods used: `x-scanpdf:<dpi>[:ziptie]`, `x-scan:<dpi>:<font>[:ziptie]`,
`x-photo:<dpi>:<font>[:chili]`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("chili", "ziptie")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def rot(pts, cx, cy, a):
    ca, sa = math.cos(a), math.sin(a)
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]


def poly(pts):
    return " ".join("%d,%d" % (x, y) for x, y in pts)


def chili(p, r, mm):
    W, H = P.size_of(p)
    n = r.randint(2, 4)
    shadow, body = [], []
    for k in range(n):
        if r.random() < 0.6:   # along the lower edge
            cx, cy = W * r.uniform(0.15, 0.85), H * r.uniform(0.90, 0.96)
        else:                  # in the right margin
            cx, cy = W * r.uniform(0.93, 0.97), H * r.uniform(0.45, 0.95)
        L = r.uniform(45, 70) * mm
        wmax = r.uniform(7, 10) * mm
        bend = r.uniform(-0.35, 0.35)
        a = r.uniform(0, 2 * math.pi)
        top, bot = [], []
        for j in range(17):
            t = j / 16.0
            x = -L / 2 + L * t
            yc = bend * L * (t - 0.5) ** 2 * 1.6
            w = wmax * (0.5 * (1 - t) ** 0.6 + 0.05) if t > 0.08 else wmax * 0.45
            top.append((x, yc - w))
            bot.append((x, yc + w))
        outline = rot(top + bot[::-1], cx, cy, a)
        sh = rot([(x + 1.5 * mm, y + 2 * mm) for x, y in top + bot[::-1]], cx, cy, a)
        streak = rot([(x, y + 0.35 * (b[1] - y) * 0.6) for (x, y), b in zip(top[3:13], bot[3:13])], cx, cy, a)
        cap = rot([(-L / 2 - 2 * mm, -wmax * 0.55), (-L / 2 + 3 * mm, -wmax * 0.6), (-L / 2 + 3 * mm, wmax * 0.6), (-L / 2 - 2 * mm, wmax * 0.55)], cx, cy, a)
        stalk = rot([(-L / 2 - 2 * mm, 0), (-L / 2 - 9 * mm, r.uniform(-2, 2) * mm)], cx, cy, a)
        red = "#%02x%02x%02x" % (r.randint(130, 175), r.randint(18, 35), r.randint(12, 25))
        shadow += ["-fill", "gray60", "-stroke", "none", "-draw", "polygon " + poly(sh)]
        body += ["-fill", red, "-stroke", "#5a0e08", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-draw", "polygon " + poly(outline),
                 "-fill", "none", "-stroke", "#e0705a", "-strokewidth", "%d" % max(1, int(0.5 * mm)), "-draw", "polyline " + poly(streak),
                 "-fill", "#5b6a2a", "-stroke", "#3a4418", "-strokewidth", "1", "-draw", "polygon " + poly(cap),
                 "-fill", "none", "-stroke", "#6b6a30", "-strokewidth", "%d" % max(2, int(1.1 * mm)), "-draw", "polyline " + poly(stalk)]
    sp = p + ".chili.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white"] + shadow + ["-blur", "0x%d" % max(2, int(1.6 * mm)), sp])
    B.run(["convert", p, sp, "-compose", "Multiply", "-composite"] + body + [p])
    os.remove(sp)


def ziptie(p, r, mm):
    W, H = P.size_of(p)
    L = r.uniform(110, 170) * mm
    w = r.uniform(3.6, 4.8) * mm
    cx, cy = W * r.uniform(0.35, 0.65), H * r.uniform(0.80, 0.84)
    a = r.uniform(-0.55, 0.55) + (math.pi if r.random() < 0.5 else 0)
    # keep the whole strip inside the 72-92 % band of the page (below the names of a short sheet)
    a = math.atan2(max(-0.07 * H, min(0.07 * H, L / 2 * math.sin(a))), L / 2 * math.cos(a))
    strip = rot([(-L / 2, -w / 2), (L / 2 - 6 * mm, -w / 2), (L / 2, -w / 5), (L / 2, w / 5), (L / 2 - 6 * mm, w / 2), (-L / 2, w / 2)], cx, cy, a)
    hw = 4.5 * mm
    head = rot([(-L / 2 - 2 * hw, -hw), (-L / 2, -hw), (-L / 2, hw), (-L / 2 - 2 * hw, hw)], cx, cy, a)
    slot = rot([(-L / 2 - 1.5 * hw, -w / 2), (-L / 2 - 0.5 * hw, -w / 2), (-L / 2 - 0.5 * hw, w / 2), (-L / 2 - 1.5 * hw, w / 2)], cx, cy, a)
    sh = rot([(x + 0.8 * mm, y + 1.2 * mm) for x, y in [(-L / 2 - 2 * hw, -hw), (L / 2, -w / 2), (L / 2, w / 2), (-L / 2 - 2 * hw, hw)]], cx, cy, a)
    sp = p + ".tie.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray65", "-draw", "polygon " + poly(sh), "-blur", "0x%d" % max(2, int(0.9 * mm)), sp])
    cmd = ["convert", p, sp, "-compose", "Multiply", "-composite",
           "-fill", "gray10", "-stroke", "gray4", "-strokewidth", "1", "-draw", "polygon " + poly(strip),
           "-fill", "gray13", "-draw", "polygon " + poly(head), "-fill", "gray30", "-stroke", "none", "-draw", "polygon " + poly(slot)]
    step = 1.1 * mm
    x = -L / 2 + 2 * mm
    while x < L / 2 - 8 * mm:   # the ratchet ridges
        q = rot([(x, -w / 2 + 0.6 * mm), (x, w / 2 - 0.6 * mm)], cx, cy, a)
        cmd += ["-stroke", "gray24", "-strokewidth", "1", "-draw", "line %d,%d %d,%d" % (q[0][0], q[0][1], q[1][0], q[1][1])]
        x += step
    B.run(cmd + [p])
    os.remove(sp)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h97-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "chili" in opts:
            chili(p, r, mm)
        if "ziptie" in opts:
            ziptie(p, r, mm)


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
