#!/usr/bin/env python3
"""Pre-build step of testdata/heldout41: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three faults of this corpus, acting on the clean page images BEFORE
heldout15's scanner simulation (and, for x-photo, before heldout7's phone
photo), so that they turn, blur and threshold with the page:

  :punch   the sheets came out of a two-ring binder: two punched holes in
           the left margin (80 mm apart, centred on the page's height), the
           dark scanner lid showing through each, a faint grey ring of torn
           fibres round it, and on every second page a short tear from one
           hole to the edge where the sheet was pulled off the ring.
  :toner   the page is a photocopy from a copier whose toner is running out:
           one vertical band (a fifth to a third of the page wide) where the
           print fades to 35-60 % of its strength with soft edges, and a
           few pale horizontal drum streaks across the whole page.
  :shake   (phone photos) the hand moved while the picture was taken: a
           motion blur of 3-6 px at 300 dpi along a slanting direction on
           the whole sheet, one page in two blurred more, the other sharper.

Methods used: `x-scanpdf:<dpi>[:color][:punch|:toner]`, `x-scan:<dpi>:<font>[:color]`,
`x-photo:<dpi>:<font>[:shake]`. heldout7 and heldout15 ignore the options
they do not know.

Usage: prebuild.py DIR SEED
"""
import importlib.util
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
OPTIONS = ("punch", "toner", "shake")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def punch(p, r, mm, i):
    W, H = P.size_of(p)
    x = int(r.uniform(9, 12) * mm)
    rad = int(r.uniform(2.7, 3.1) * mm)
    cy = H // 2 + r.randint(-int(3 * mm), int(3 * mm))
    ys = [cy - int(40 * mm), cy + int(40 * mm)]
    cmd = ["convert", p]
    for y in ys:
        cmd += ["-fill", "none", "-stroke", "gray78", "-strokewidth", "%d" % max(2, int(0.5 * mm)),
                "-draw", "circle %d,%d %d,%d" % (x, y, x + rad + int(0.4 * mm), y),
                "-stroke", "none", "-fill", "#1c1c1c", "-draw", "circle %d,%d %d,%d" % (x, y, x + rad, y)]
    if i % 2 == 1:   # the sheet was pulled off the ring: a ragged tear from one hole to the edge
        y = ys[r.randint(0, 1)]
        pts = [(x - rad, y)]
        xx, yy = x - rad, y
        while xx > 0:
            xx -= int(1.2 * mm)
            yy += r.randint(-int(0.8 * mm), int(0.8 * mm))
            pts.append((max(0, xx), yy))
        poly = " ".join("%d,%d" % q for q in pts + [(q[0], q[1] + int(1.4 * mm)) for q in reversed(pts)])
        cmd += ["-fill", "#2a2a2a", "-stroke", "none", "-draw", "polygon " + poly]
    B.run(cmd + [p])


def toner(p, r, mm, i):
    W, H = P.size_of(p)
    bw = int(W * r.uniform(0.20, 0.33))
    x0 = int(r.uniform(0.15, 0.95) * (W - bw))
    strength = r.uniform(0.35, 0.60)   # how much of the print is left in the band
    m = p + ".toner.png"
    # a mask: white (keep) outside the band, grey (fade) inside, soft edges, plus pale drum streaks
    lvl = int(255 * (1 - strength))
    # drawn at an eighth of the size, blurred there and scaled up: the same soft edges, fast
    q = 8
    cmd = ["convert", "-size", "%dx%d" % (W // q, H // q), "xc:black", "-fill", "rgb(%d,%d,%d)" % (lvl, lvl, lvl),
           "-draw", "rectangle %d,0 %d,%d" % (x0 // q, (x0 + bw) // q, H // q)]
    B.run(cmd + ["-blur", "0x%.1f" % (4 * mm / q), "-resize", "%dx%d!" % (W, H), m])
    streaks = []
    for _ in range(r.randint(2, 4)):
        y = r.randint(int(H * 0.1), int(H * 0.9))
        h = r.randint(2, max(3, int(0.8 * mm)))
        g = r.randint(60, 110)
        streaks += ["-fill", "rgb(%d,%d,%d)" % (g, g, g), "-draw", "rectangle 0,%d %d,%d" % (y, W, y + h)]
    B.run(["convert", m] + streaks + ["-compose", "Lighten", m])
    # lighten the page where the mask is light: result = page + mask * (1 - page)  (screen)
    B.run(["convert", p, m, "-compose", "Screen", "-composite", p])
    os.remove(m)


def shake(p, r, dpi, i):
    k = r.uniform(1.5, 3.0) * dpi / 300.0 * (1.3 if i % 2 == 0 else 0.7)   # sigma; the smear is about twice as long
    ang = r.uniform(-40, 40)
    B.run(["convert", p, "-motion-blur", "0x%.1f+%.1f" % (k, ang), p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h41-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "toner" in opts:
            toner(p, r, mm, i)
        if "punch" in opts:
            punch(p, r, mm, i)
        if "shake" in opts:
            shake(p, r, dpi, i)


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
