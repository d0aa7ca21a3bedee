#!/usr/bin/env python3
"""Pre-build step of testdata/heldout123: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :peanut    the scanner glass (or the sheet) was not cleared after a snack:
             three to six roasted peanut shells (two-lobed, tan, netted,
             some split open) and a dozen thin papery red-brown peanut skins
             lying on the page, mostly in the margins, each with a faint
             contact shadow.
  :phone     a phone photo of a page on a desk with a second smartphone
             lying across the bottom corner: a black rounded slab, its
             camera bump and a glossy reflection streak, a soft shadow,
             partly outside the page.

Methods used: `x-scanpdf:<dpi>[:peanut]`, `x-scan:<dpi>:<font>[:peanut]`, `x-photo:<dpi>:<font>[:phone]`.
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
OPTIONS = ("peanut", "phone")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def peanut(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    def spot():
        if r.random() < 0.8:   # mostly in the margins
            x = r.choice([r.uniform(0.01, 0.10), r.uniform(0.90, 0.99)]) * W
            y = r.uniform(0.03, 0.97) * H
        else:
            x, y = r.uniform(0.1, 0.9) * W, r.choice([r.uniform(0.005, 0.04), r.uniform(0.96, 0.995)]) * H
        return x, y
    # the papery red-brown skins: thin irregular flakes
    for k in range(r.randint(9, 15)):
        x, y = spot()
        pts = []
        n = r.randint(5, 8)
        rad = r.uniform(1.5, 3.5) * mm
        for j in range(n):
            a = 2 * math.pi * j / n + r.uniform(-0.3, 0.3)
            q = rad * r.uniform(0.4, 1.0)
            pts.append((x + math.cos(a) * q, y + math.sin(a) * q * 0.6))
        cmd += ["-stroke", "none", "-fill", "rgba(%d,%d,%d,0.75)" % (r.randint(120, 160), r.randint(45, 70), r.randint(30, 50)),
                "-draw", "polygon " + " ".join("%d,%d" % q for q in pts)]
    # the shells: two overlapping ellipses with a waist, netted texture, a contact shadow
    for k in range(r.randint(3, 6)):
        x, y = spot()
        ang = r.uniform(0, math.pi)
        L = r.uniform(11, 16) * mm
        rw = r.uniform(3.8, 5.0) * mm
        dx, dy = math.cos(ang) * L / 4, math.sin(ang) * L / 4
        split = r.random() < 0.35
        for (cx, cy) in ((x - dx, y - dy), (x + dx, y + dy))[: 1 if split else 2]:
            cmd += ["-stroke", "none", "-fill", "rgba(60,50,40,0.25)",
                    "-draw", "ellipse %d,%d %d,%d 0,360" % (cx + 0.8 * mm, cy + 1.0 * mm, rw * 1.05, rw * 1.05)]
            cmd += ["-stroke", "rgb(130,95,55)", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
                    "-fill", "rgb(%d,%d,%d)" % (r.randint(196, 214), r.randint(160, 178), r.randint(105, 125)),
                    "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rw, rw * 0.92)]
            for j in range(5):   # the net: short darker veins
                a = r.uniform(0, 2 * math.pi)
                q = rw * 0.7
                cmd += ["-stroke", "rgb(160,120,75)", "-strokewidth", "1", "-draw",
                        "line %d,%d %d,%d" % (cx + math.cos(a) * q, cy + math.sin(a) * q, cx - math.cos(a + 0.5) * q, cy - math.sin(a + 0.5) * q)]
            if split:   # the open half shows its pale inside
                cmd += ["-stroke", "none", "-fill", "rgb(236,222,196)",
                        "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rw * 0.62, rw * 0.55)]
    B.run(cmd + [p])


def phone(p, r, mm):
    W, H = P.size_of(p)
    pw, ph = int(r.uniform(70, 76) * mm), int(r.uniform(148, 160) * mm)
    ang = r.uniform(20, 55) * r.choice([-1, 1])
    lay = p + ".phone.png"
    m = int(6 * mm)
    rad = int(9 * mm)
    B.run(["convert", "-size", "%dx%d" % (pw + 2 * m, ph + 2 * m), "xc:none",
           "-fill", "rgba(0,0,0,0.45)", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (m + int(2 * mm), m + int(3 * mm), m + pw + int(2 * mm), m + ph + int(3 * mm), rad, rad),
           "-blur", "0x%d" % max(3, int(2.5 * mm)),
           "-fill", "rgb(22,22,26)", "-stroke", "rgb(120,120,128)", "-strokewidth", "%d" % max(2, int(0.6 * mm)),
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (m, m, m + pw, m + ph, rad, rad),
           "-stroke", "rgb(70,70,78)", "-fill", "rgb(40,40,46)",
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (m + int(6 * mm), m + int(6 * mm), m + int(30 * mm), m + int(34 * mm), int(5 * mm), int(5 * mm)),
           "-fill", "rgb(10,10,14)", "-draw", "circle %d,%d %d,%d" % (m + int(13 * mm), m + int(13 * mm), m + int(17 * mm), m + int(13 * mm)),
           "-draw", "circle %d,%d %d,%d" % (m + int(13 * mm), m + int(26 * mm), m + int(17 * mm), m + int(26 * mm)),
           "-stroke", "none", "-fill", "rgba(255,255,255,0.16)",
           "-draw", "polygon %d,%d %d,%d %d,%d %d,%d" % (m + int(0.55 * pw), m, m + int(0.75 * pw), m, m + int(0.25 * pw), m + ph, m + int(0.05 * pw), m + ph),
           "-background", "none", "-rotate", "%.1f" % ang, lay])
    lw, lh = P.size_of(lay)
    cx = W * r.uniform(0.86, 0.96) if r.random() < 0.6 else W * r.uniform(0.04, 0.14)
    cy = H * r.uniform(0.95, 1.02)
    B.run(["convert", p, lay, "-geometry", "+%d+%d" % (cx - lw / 2, cy - lh / 2), "-compose", "Over", "-composite", p])
    os.remove(lay)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h123-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "peanut" in opts:
            peanut(p, r, mm)
        if "phone" in opts:
            phone(p, r, mm)


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
