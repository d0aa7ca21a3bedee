#!/usr/bin/env python3
"""Pre-build step of testdata/heldout4 (run by build.sh on a temporary copy of
src/ before the othertools builder).

The othertools builder has no method for a 1-bit or colour scan of a typed
page, a strongly recompressed JPEG scan, or a page scanned sideways. This step
makes those files with the builder's own drawing and degrading functions
(imported from ../othertools/build.py, not changed) and rewrites their
manifest rows to the builder's `copy` method. Methods:

  x-scanpdf:<dpi>[:mono][:color][:q<quality>][:rot<page>=<deg>]     typed HTML, printed and scanned
  x-scan:<dpi>:<font>[:mono][:color][:q<quality>][:rot<page>=<deg>]  text drawn (as scan:) and scanned

Usage: prebuild.py DIR [SEED]   (DIR holds src/; rewritten in place; SEED
seeds the scanner simulation, 20261204 by default: heldout5 passes its own)
"""
import os
import random
import sys

sys.dont_write_bytecode = True  # leave ../othertools untouched
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "othertools"))
import build as B  # noqa: E402


def opts(parts):
    o = {"mono": False, "color": False, "q": 0, "rot": {}}
    for p in parts:
        if p in ("mono", "color"):
            o[p] = True
        elif p.startswith("q"):
            o["q"] = int(p[1:])
        elif p.startswith("rot"):
            page, deg = p[3:].split("=")
            o["rot"][int(page)] = int(deg)
    return o


def finish(imgs, o, dest):
    for i, p in enumerate(imgs):
        cmd = ["convert", p]
        if i + 1 in o["rot"]:
            cmd += ["-rotate", str(o["rot"][i + 1])]
        if o["q"] and p.endswith(".jpg"):
            cmd += ["-quality", str(o["q"])]
        if o["mono"]:
            cmd += ["-type", "Bilevel"]
        if len(cmd) > 2:
            B.run(cmd + [p])
    B.run(["img2pdf", "-o", dest] + imgs)


def main():
    base = os.path.abspath(sys.argv[1])
    src = os.path.join(base, "src")
    B.SRC = src
    stage = os.path.join(base, "_stage")
    os.makedirs(stage, exist_ok=True)
    work, manifests = [], {}
    for school in sorted(os.listdir(src)):
        sdir = os.path.join(src, school)
        if not os.path.isdir(sdir):
            continue
        for sub in sorted(os.listdir(sdir)):
            mp = os.path.join(sdir, sub, "manifest.tsv")
            if not os.path.isfile(mp):
                continue
            with open(mp, encoding="utf-8") as f:
                lines = f.read().rstrip("\n").split("\n")
            manifests[mp] = lines
            for i, line in enumerate(lines):
                cols = line.split("\t")
                if len(cols) == 5 and cols[2].startswith("x-"):
                    work.append((mp, i, cols, os.path.join(sdir, sub)))
    typed = [(os.path.join(d, cols[0]), "pdf", os.path.join(stage, "typed%03d.pdf" % n))
             for n, (mp, i, cols, d) in enumerate(work) if cols[2].startswith("x-scanpdf")]
    if typed:
        B.soffice_batch(typed, os.path.join(stage, "lo"))
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 20261204)
    for n, (mp, i, cols, d) in enumerate(work):
        parts = cols[2].split(":")
        tag = "x%03d" % n
        dest = os.path.join(d, "_gen_%s.pdf" % tag)
        if parts[0] == "x-scanpdf":
            dpi, o = int(parts[1]), opts(parts[2:])
            prefix = os.path.join(stage, tag + "_raw")
            B.run(["pdftoppm", "-r", str(dpi), "-png", os.path.join(stage, "typed%03d.pdf" % n), prefix])
            pngs = sorted(os.path.join(stage, x) for x in os.listdir(stage) if x.startswith(tag + "_raw"))
        elif parts[0] == "x-scan":
            dpi, font, o = int(parts[1]), B.FONT_PRINT[int(parts[2])], opts(parts[3:])
            with open(os.path.join(d, cols[0]), encoding="utf-8") as f:
                text = f.read()
            pngs = B.draw_pages(text, dpi, rng, font, stage, tag)
        else:
            raise SystemExit("prebuild: unknown method %s" % cols[2])
        imgs = B.degrade(pngs, dpi, rng, stage, tag, gray=not o["color"], mono=o["mono"])
        finish(imgs, o, dest)
        cols[0], cols[2] = os.path.basename(dest), "copy"
        manifests[mp][i] = "\t".join(cols)
    for mp, lines in manifests.items():
        with open(mp, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
