#!/usr/bin/env python3
"""Pre-build step of testdata/heldout12: heldout7's prebuild.py (imported, not
changed) plus one option of its own, `:stamp`: a red round official seal (the
school's name along the upper arc, a five-pointed star, `教务处` below it)
pressed on the paper over the foot of the last page (the signature lines and
the bottom of the table) before the page is scanned, so the scanner's skew,
noise, blur and gray conversion act on the seal too. Like a real seal it is
partly transparent ink: the printed text stays visible through it.

Usage: prebuild.py DIR SEED
"""
import math
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout7"))
import prebuild as P  # noqa: E402

STAMP = {}   # work tag (x%03d) -> school name
_degrade = P.B.degrade
INK = "#d1242c"


def seal_image(path, text, dpi, rng):
    """Draw the seal (transparent background) into path; return its size."""
    r = int(dpi * 0.80)            # about 4 cm across
    sw = max(3, int(dpi * 0.035))  # ring width
    D = 2 * r + 2 * sw + 8
    c = D // 2
    cmd = ["convert", "-size", "%dx%d" % (D, D), "xc:none", "-fill", "none", "-stroke", INK, "-strokewidth", str(sw),
           "-draw", "circle %d,%d %d,%d" % (c, c, c + r - sw // 2, c), "-stroke", "none", "-fill", INK]
    ro, ri = r * 0.26, r * 0.105
    pts = []
    for k in range(10):
        a = math.radians(-90 + 36 * k)
        rr = ro if k % 2 == 0 else ri
        pts.append("%d,%d" % (c + rr * math.cos(a), c + rr * math.sin(a)))
    cmd += ["-draw", "polygon " + " ".join(pts)]
    ps = r * 0.30
    span = 250.0 if len(text) > 8 else 210.0
    rin = r - sw - ps * 1.02
    cmd += ["-font", "Noto-Sans-CJK-SC-Bold", "-pointsize", "%.1f" % ps]
    for k, ch in enumerate(text):
        th = -span / 2 + span * (k + 0.5) / len(text)
        a = math.radians(th)
        tx, ty = math.cos(a), math.sin(a)        # along the arc
        nx, ny = math.sin(a), -math.cos(a)       # outwards
        px = c + rin * nx - tx * ps / 2
        py = c + rin * ny - ty * ps / 2
        cmd += ["-annotate", "%.1fx%.1f+%d+%d" % (th, th, px, py), ch]
    cmd += ["-pointsize", "%.1f" % (ps * 0.95), "-gravity", "center", "-annotate", "+0+%d" % int(r * 0.50), "教务处",
            "-gravity", "northwest", "-blur", "0x%.1f" % (dpi / 260.0),
            "-channel", "A", "-evaluate", "multiply", "%.2f" % rng.uniform(0.72, 0.86), "+channel",
            "-background", "none", "-rotate", "%.1f" % rng.uniform(-14, 14), path]
    P.B.run(cmd)
    return P.size_of(path)


def stamp(png, school, rng):
    w, h = P.size_of(png)
    dpi = w / 8.27
    box = P.B.run(["convert", png, "-fuzz", "8%", "-format", "%@", "info:"]).stdout.decode().strip()
    bw, rest = box.split("x", 1)
    bh, bx, by = (int(v) for v in rest.replace("+", " ").split())
    bw = int(bw)
    seal = png + ".seal.png"
    sw, sh = seal_image(seal, school, dpi, rng)
    cx = bx + int(bw * rng.uniform(0.62, 0.74))
    cy = by + bh - int(sh * rng.uniform(0.06, 0.14))
    x, y = max(0, min(w - sw, cx - sw // 2)), max(0, min(h - sh, cy - sh // 2))
    P.B.run(["convert", png, seal, "-geometry", "+%d+%d" % (x, y), "-compose", "Multiply", "-composite", png])
    os.remove(seal)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    if tag in STAMP and pngs:
        stamp(pngs[-1], STAMP[tag], random.Random(len(tag) * 7349 + int(tag[1:])))
    return _degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


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
                        if "stamp" in cols[2].split(":"):
                            STAMP["x%03d" % n] = school
                        n += 1
    P.B.degrade = degrade
    P.main()


if __name__ == "__main__":
    main()
