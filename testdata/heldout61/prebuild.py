#!/usr/bin/env python3
"""Pre-build step of testdata/heldout61: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus:

  :pentest   (drawn on the clean page, before heldout15's scanner simulation)
             someone tried a dry ballpoint in the margin before writing: two
             or three small blue loops and zigzags, faint and broken where the
             ink skipped, in the left or right margin of the first page (and
             of every third page after it).
  :mosquito  (drawn on the clean page, before the scan or the phone photo)
             a mosquito swatted on the sheet (三亚): a small dark smudge with
             bent legs and a brownish-red streak of blood wiped sideways, on
             one page, in the lower half, away from the head of the page.
  :wechat    (after heldout7's phone photo) the photo was forwarded through a
             chat app: shrunk to 1080 pixels wide, saved as JPEG quality 52,
             then enlarged again to its size: soft text and block artefacts.

Methods used: `x-scanpdf:<dpi>[:color][:pentest|:mosquito]`,
`x-scan:<dpi>:<font>[:color]`, `x-photo:<dpi>:<font>[:wechat|:mosquito]`.
heldout7 and heldout15 ignore the options they do not know.

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
OPTIONS = ("pentest", "mosquito", "wechat")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def pentest(p, r, mm):
    W, H = P.size_of(p)
    left = r.random() < 0.5
    x0 = int((r.uniform(3, 9) if left else (W / mm - r.uniform(9, 15))) * mm)
    y = int(H * r.uniform(0.25, 0.7))
    cmd = ["convert", p, "-fill", "none", "-stroke", "rgba(40,60,150,0.55)", "-strokewidth", "%d" % max(2, int(0.22 * mm))]
    for _ in range(r.randint(2, 3)):
        if r.random() < 0.6:   # a loop spiral
            pts = []
            cx, cy = x0 + r.uniform(0, 3) * mm, y
            for k in range(40):
                a = k * 0.45
                rad = (1.2 + 0.09 * k) * mm
                pts.append((cx + rad * math.cos(a) + k * 0.12 * mm, cy + rad * math.sin(a)))
        else:                  # a zigzag
            pts = [(x0 + (k % 2) * 5 * mm + r.uniform(-0.5, 0.5) * mm, y + k * 1.3 * mm) for k in range(10)]
        # the ink skips: draw the curve in pieces
        k = 0
        while k < len(pts) - 1:
            n = r.randint(3, 8)
            seg = pts[k:k + n]
            if len(seg) > 1:
                cmd += ["-draw", "polyline " + " ".join("%d,%d" % q for q in seg)]
            k += n + r.randint(0, 2)
        y += int(r.uniform(12, 20) * mm)
    B.run(cmd + [p])


def mosquito(p, r, mm):
    W, H = P.size_of(p)
    x = int(W * r.uniform(0.2, 0.8))
    y = int(H * r.uniform(0.55, 0.85))
    ang = r.uniform(0, 6.28)
    L = r.uniform(6, 11) * mm
    ex, ey = x + L * math.cos(ang), y + L * math.sin(ang) * 0.35
    cmd = ["convert", p,
           "-stroke", "none", "-fill", "rgba(120,30,25,0.45)", "-draw", "polygon %d,%d %d,%d %d,%d" % (
               x, y - 0.5 * mm, ex, ey, x, y + 0.7 * mm),
           "-fill", "rgba(25,20,18,0.85)", "-draw", "ellipse %d,%d %d,%d 0,360" % (x, y, 1.1 * mm, 0.5 * mm),
           "-fill", "none", "-stroke", "rgba(30,25,20,0.75)", "-strokewidth", "1"]
    for k in range(6):   # bent legs
        a = ang + 1.2 + k * 0.55 + r.uniform(-0.2, 0.2)
        l1 = r.uniform(1.5, 2.8) * mm
        mx, my = x + l1 * math.cos(a), y + l1 * math.sin(a)
        a2 = a + r.uniform(-0.9, 0.9)
        l2 = r.uniform(1.2, 2.5) * mm
        cmd += ["-draw", "polyline %d,%d %d,%d %d,%d" % (x, y, mx, my, mx + l2 * math.cos(a2), my + l2 * math.sin(a2))]
    B.run(cmd + ["(", "+clone", "-blur", "0x0.6", ")", "-delete", "0", p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h61-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    hit = r.randrange(len(pngs)) if pngs else 0
    for i, p in enumerate(pngs):
        if "pentest" in opts and i % 3 == 0:
            pentest(p, r, mm)
        if "mosquito" in opts and i == hit:
            mosquito(p, r, mm)


def wechat(imgs, tag):
    for q in imgs:
        w, h = P.size_of(q)
        tmp = q + ".wx.jpg"
        B.run(["convert", q, "-resize", "1080x", "-sampling-factor", "4:2:0", "-quality", "52", tmp])
        B.run(["convert", tmp, "-resize", "%dx%d!" % (w, h), "-quality", "88", q])
        os.remove(tmp)
    return imgs


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, tag)
    out = _photo(pngs, dpi, rng, stage, tag)
    if "wechat" in MINE.get(tag, set()):
        out = wechat(out, tag)
    return out


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
