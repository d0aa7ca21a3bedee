#!/usr/bin/env python3
"""Pre-build step of testdata/heldout38: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, faults of a school's own scanner and
phone, drawn on the clean page images BEFORE heldout15's scanner simulation
(and, for x-photo, before heldout7's phone photo), so they turn, blur and
threshold with the page:

  :roller   the document feeder's rubber pick-up rollers were dirty: two
            columns of faint grey tyre marks (short rounded smudges with a
            fine tread, repeated at the roller's circumference, about every
            24-30 mm) run down the page at the same two places on every page
            of the file, about a third of the page width apart; one column is
            a little darker. Used on scans (x-scanpdf).
  :dusk     the homework was photographed in a dim dormitory at dusk under a
            warm lamp: the page darkened and warmed, the light falling off
            from one upper corner to the opposite lower one, the shadows
            lifted a little (low contrast) and heavy sensor grain added.
            Used on phone photos (x-photo).

Methods used: `x-scanpdf:<dpi>[:color|:mono|:roller]`, `x-scan:<dpi>:<font>[:color]`,
`x-photo:<dpi>:<font>[:dusk]`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("roller", "dusk")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def roller(pngs, r, mm):
    """Tyre marks of two dirty feeder rollers, at the same x on every page."""
    W, H = P.size_of(pngs[0])
    xs = [int(W * r.uniform(0.30, 0.36)), int(W * r.uniform(0.64, 0.70))]
    step = r.uniform(24, 30) * mm
    y0s = [r.uniform(0, step), r.uniform(0, step)]
    for p in pngs:
        m = p + ".roller.png"
        cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white"]
        for k, x in enumerate(xs):
            g = 74 + 8 * k   # one column darker
            y = y0s[k] + r.uniform(-1, 1) * mm
            while y < H:
                w, h = int(r.uniform(7, 10) * mm), int(r.uniform(2.5, 4.5) * mm)
                cmd += ["-fill", "gray%d" % (g + r.randint(0, 6)), "-draw",
                        "roundrectangle %d,%d %d,%d %d,%d" % (x - w // 2, y, x + w // 2, y + h, h // 2, h // 2)]
                for t in range(5):   # the tread: a few lighter slits across the smudge
                    tx = x - w // 2 + int((t + 1) * w / 6)
                    cmd += ["-fill", "gray%d" % (g + 14), "-draw", "rectangle %d,%d %d,%d" % (tx, y + 1, tx + max(1, int(0.25 * mm)), y + h - 1)]
                y += step
        B.run(cmd + ["-blur", "0x%.1f" % (0.5 * mm), "-level", "0%,100%,1.0", m])
        B.run(["convert", p, "(", m, "-fill", "white", "-colorize", "55%", ")", "-compose", "Multiply", "-composite", p])
        os.remove(m)


def dusk(p, r, mm):
    """A dim warm-lit phone photo: gradient fall-off, warm cast, low contrast, grain."""
    W, H = P.size_of(p)
    corner = r.choice(["NorthWest", "NorthEast"])
    g = p + ".light.png"
    pts = ("0,0 gray94 %d,%d gray46" % (W, H)) if corner == "NorthWest" else ("%d,0 gray94 0,%d gray46" % (W, H))
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:gray70", "-sparse-color", "Barycentric", pts, g])
    B.run(["convert", p, "+level", "12%,100%", "-fill", "#ffd9a0", "-colorize", "14%",
           g, "-compose", "Multiply", "-composite",
           "-attenuate", "%.2f" % r.uniform(0.8, 1.2), "+noise", "Gaussian", p])
    os.remove(g)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h38-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    if "roller" in opts:
        roller(pngs, r, mm)
    if "dusk" in opts:
        for p in pngs:
            dusk(p, r, mm)


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
