#!/usr/bin/env python3
"""Pre-build step of testdata/heldout14: heldout7's prebuild.py (imported, not
changed) plus one degradation option of its own:

  :speckle   dust and grit on the scanner glass: before the scanner noise,
             some 90 small dark specks (radius 1-3 px at 200 dpi) and a few
             short hair-like strokes are scattered over every page, some of
             them inside table cells, beside digits and names.

Usage: prebuild.py DIR SEED
"""
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout7"))
import prebuild as P  # noqa: E402

SPECKLE = set()   # work tags (x%03d, numbered as heldout7's prebuild numbers them)
_degrade = P.B.degrade


def speckle(p, dpi, rng):
    w, h = P.size_of(p)
    k = dpi / 200.0
    draw = []
    for _ in range(90):
        x, y = rng.randint(0, w - 1), rng.randint(0, h - 1)
        r = max(1, int(round(rng.uniform(1, 3) * k)))
        g = rng.randint(0x18, 0x70)
        draw += ["-fill", "#%02x%02x%02x" % (g, g, g), "-draw", "circle %d,%d %d,%d" % (x, y, x + r, y)]
    for _ in range(4):
        x, y = rng.randint(0, w - 1), rng.randint(0, h - 1)
        dx, dy = rng.randint(-40, 40), rng.randint(-40, 40)
        draw += ["-stroke", "#404040", "-strokewidth", "1", "-draw",
                 "bezier %d,%d %d,%d %d,%d" % (x, y, x + dx, y - dy // 2, x + dx // 2, y + dy), "-stroke", "none"]
    P.B.run(["convert", p] + draw + [p])


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    if tag in SPECKLE:
        r = random.Random("%s-%s" % (tag, dpi))
        for p in pngs:
            speckle(p, dpi, r)
    return _degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def manifests(src):
    for school in sorted(os.listdir(src)):
        sdir = os.path.join(src, school)
        if not os.path.isdir(sdir):
            continue
        for sub in sorted(os.listdir(sdir)):
            mp = os.path.join(sdir, sub, "manifest.tsv")
            if os.path.isfile(mp):
                yield mp


def main():
    src = os.path.join(os.path.abspath(sys.argv[1]), "src")
    n = 0
    for mp in manifests(src):
        with open(mp, encoding="utf-8") as f:
            for line in f.read().rstrip("\n").split("\n"):
                cols = line.split("\t")
                if len(cols) == 5 and cols[2].startswith("x-"):
                    if "speckle" in cols[2].split(":"):
                        SPECKLE.add("x%03d" % n)
                    n += 1
    P.B.degrade = degrade
    P.main()


if __name__ == "__main__":
    main()
