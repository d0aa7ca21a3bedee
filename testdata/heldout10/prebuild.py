#!/usr/bin/env python3
"""Pre-build step of testdata/heldout10: heldout7's prebuild.py (imported, not
changed) plus one option of its own, `:stain`, a coffee-cup stain (a brown
ring and a pale blotch) laid on the scanned image before it is wrapped.

Usage: prebuild.py DIR SEED
"""
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout7"))
import prebuild as P  # noqa: E402

STAIN = set()
_finish = P.finish


def stain(p, rng):
    w, h = P.size_of(p)
    cx, cy = int(w * rng.uniform(0.62, 0.78)), int(h * rng.uniform(0.30, 0.55))
    r = int(w * rng.uniform(0.07, 0.09))
    P.B.run(["convert", p, "(", "-size", "%dx%d" % (w, h), "xc:white",
             "-fill", "#efdcbc", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + r, cy),
             "-fill", "none", "-stroke", "#b9925e", "-strokewidth", str(max(3, w // 300)),
             "-draw", "circle %d,%d %d,%d" % (cx + 4, cy - 3, cx + r + 2, cy),
             "-blur", "0x%d" % max(2, w // 500), ")", "-compose", "Multiply", "-composite",
             "-quality", "78", p])


def finish(imgs, o, dest):
    if os.path.basename(dest) in STAIN:
        rng = random.Random(len(imgs) * 7919 + len(dest))
        stain(imgs[0], rng)
    _finish(imgs, o, dest)


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
                        if "stain" in cols[2].split(":"):
                            STAIN.add("_gen_x%03d.pdf" % n)
                        n += 1
    P.finish = finish
    P.main()


if __name__ == "__main__":
    main()
