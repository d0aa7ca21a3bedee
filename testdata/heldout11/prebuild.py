#!/usr/bin/env python3
"""Pre-build step of testdata/heldout11: heldout7's prebuild.py (imported, not
changed) plus one option of its own, `:showthrough`: the sheets were printed
on both sides of thin paper, so each scanned page shows the other side of its
sheet faintly, mirrored (pages 1/2, 3/4, … are the two sides of one sheet; an
odd last page has a blank back). It is laid on the clean page images before
the scanner's skew, noise and blur, for x-scanpdf and x-scan files.

Usage: prebuild.py DIR SEED
"""
import os
import random
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout7"))
import prebuild as P  # noqa: E402

SHOW = set()  # tags (x%03d, heldout7's numbering of the x- rows) with :showthrough
_degrade = P.B.degrade


def showthrough(pngs, tag):
    rng = random.Random(sum(map(ord, tag)) * 7919)
    fronts = []
    for p in pngs:
        q = p[:-4] + "_front.png"
        shutil.copyfile(p, q)
        fronts.append(q)
    for i, p in enumerate(pngs):
        j = i + 1 if i % 2 == 0 else i - 1
        if j >= len(pngs):
            continue
        w, h = P.size_of(p)
        dx, dy = rng.randint(-int(w * 0.01), int(w * 0.01)), rng.randint(-int(h * 0.008), int(h * 0.008))
        P.B.run(["convert", p, "(", fronts[j], "-flop", "-fill", "white", "-colorize", "%d%%" % rng.randint(78, 84),
                 "-blur", "0x%.1f" % rng.uniform(1.0, 1.8), ")", "-gravity", "northwest", "-geometry", "%+d%+d" % (dx, dy),
                 "-compose", "Multiply", "-composite", p])
    for q in fronts:
        os.remove(q)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    if tag in SHOW:
        showthrough(pngs, tag)
    return _degrade(pngs, dpi, rng, stage, tag, gray, mono)


def main():
    src = os.path.join(os.path.abspath(sys.argv[1]), "src")
    n = 0
    for school in sorted(os.listdir(src)):
        sdir = os.path.join(src, school)
        if not os.path.isdir(sdir):
            continue
        for sub in sorted(os.listdir(sdir)):
            mp = os.path.join(sdir, sub, "manifest.tsv")
            if not os.path.isfile(mp):
                continue
            with open(mp, encoding="utf-8") as f:
                for line in f.read().rstrip("\n").split("\n"):
                    cols = line.split("\t")
                    if len(cols) == 5 and cols[2].startswith("x-"):
                        if "showthrough" in cols[2].split(":"):
                            SHOW.add("x%03d" % n)
                        n += 1
    P.B.degrade = degrade
    P.main()


if __name__ == "__main__":
    main()
