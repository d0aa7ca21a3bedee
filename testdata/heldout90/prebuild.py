#!/usr/bin/env python3
"""Pre-build step of testdata/heldout90: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :laminate  the sheet was heat-laminated (塑封) before it was scanned: the
             film gives a faint grey-yellow cast and a broad diagonal sheen
             (a lighter band, the rest a little darker), a few trapped air
             bubbles (pale ovals with a thin grey rim), and the paper's own
             edge shows as a thin grey line with rounded corners a few mm in
             from the border of the scan (the pouch is larger than the sheet).
  :mitten    a phone photo taken in a cold classroom with a red knitted
             mitten (棉手套) dropped on a lower corner of the page: a dark red
             mitten with its thumb, rows of knit stitches, a white cuff band,
             and a soft shadow, partly off the page.

Methods used: `x-scanpdf:<dpi>[:color|:mono][:laminate]`, `x-photo:<dpi>:<font>[:mitten]`.
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
OPTIONS = ("laminate", "mitten")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def laminate(p, r, mm):
    W, H = P.size_of(p)
    m = p + ".sheen.pgm"
    gw, gh = 60, 80
    ang = r.uniform(0.5, 1.1)
    pos = r.uniform(0.3, 0.7)
    width = r.uniform(0.10, 0.18)
    with open(m, "wb") as f:
        f.write(b"P5 %d %d 255\n" % (gw, gh))
        row = bytearray()
        for y in range(gh):
            for x in range(gw):
                t = (x / gw * math.cos(ang) + y / gh * math.sin(ang)) / (math.cos(ang) + math.sin(ang))
                v = math.exp(-((t - pos) / width) ** 2)
                row.append(max(0, min(255, int(255 * (0.925 + 0.075 * v)))))
        f.write(bytes(row))
    B.run(["convert", p, "(", m, "-resize", "%dx%d!" % (W, H), "-blur", "0x4", ")", "-compose", "Multiply", "-composite",
           "-fill", "#f3efe0", "-colorize", "6", p])
    os.remove(m)
    ins = int(r.uniform(2.5, 4.5) * mm)
    rad = int(2.5 * mm)
    cmd = ["convert", p, "-fill", "none", "-stroke", "gray72", "-strokewidth", "%d" % max(2, int(0.25 * mm)),
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (ins, ins, W - ins, H - ins, rad, rad)]
    for _ in range(r.randint(3, 6)):
        bx, by = r.randint(int(0.08 * W), int(0.92 * W)), r.randint(int(0.06 * H), int(0.94 * H))
        rx, ry = r.uniform(2, 7) * mm, r.uniform(1.5, 4) * mm
        cmd += ["-fill", "rgba(255,255,255,0.35)", "-stroke", "gray62", "-strokewidth", "%d" % max(1, int(0.15 * mm)),
                "-draw", "ellipse %d,%d %d,%d 0,360" % (bx, by, rx, ry)]
    B.run(cmd + [p])


def mitten(p, r, mm):
    W, H = P.size_of(p)
    left = r.random() < 0.5
    cx = int(W * (r.uniform(0.10, 0.16) if left else r.uniform(0.84, 0.90)))
    cy = int(H * r.uniform(0.86, 0.91))
    rot = r.uniform(-40, 40) + (30 if left else -30)
    bw, bh = 52 * mm, 78 * mm
    # the mitten drawn upright on its own canvas, then rotated and pasted
    cw, ch = int(bw * 1.5), int(bh * 1.3)
    m = p + ".mitten.png"
    ox, oy = int(cw * 0.28), int(ch * 0.08)
    body = "roundrectangle %d,%d %d,%d %d,%d" % (ox, oy, ox + int(bw * 0.78), oy + int(bh * 0.86), int(bw * 0.38), int(bw * 0.38))
    thumb = "ellipse %d,%d %d,%d 0,360" % (ox - int(bw * 0.02), oy + int(bh * 0.42), int(bw * 0.16), int(bh * 0.22))
    cuff = "rectangle %d,%d %d,%d" % (ox + int(bw * 0.02), oy + int(bh * 0.78), ox + int(bw * 0.76), oy + int(bh * 0.98))
    cmd = ["convert", "-size", "%dx%d" % (cw, ch), "xc:none", "-fill", "#8e1b1f", "-stroke", "#5c0e12", "-strokewidth", "%d" % max(2, int(0.5 * mm)),
           "-draw", body, "-draw", thumb, "-fill", "#ece6da", "-stroke", "#b9b2a4", "-draw", cuff]
    # knit stitches: rows of small V's
    sx = max(3, int(3.2 * mm))
    for yy in range(oy + int(3 * mm), oy + int(bh * 0.76), int(3.4 * mm)):
        for xx in range(ox + int(2 * mm), ox + int(bw * 0.76), sx):
            cmd += ["-fill", "none", "-stroke", "#b3363a", "-strokewidth", "%d" % max(1, int(0.35 * mm)),
                    "-draw", "polyline %d,%d %d,%d %d,%d" % (xx, yy, xx + sx // 2, yy + int(1.6 * mm), xx + sx, yy)]
    for yy in range(oy + int(bh * 0.80), oy + int(bh * 0.97), int(2.2 * mm)):
        cmd += ["-stroke", "#cfc6b6", "-strokewidth", "1", "-draw", "line %d,%d %d,%d" % (ox + int(bw * 0.03), yy, ox + int(bw * 0.75), yy)]
    cmd += [m]
    B.run(cmd)
    # keep the knit inside the mitten shape
    mk = p + ".mask.png"
    B.run(["convert", "-size", "%dx%d" % (cw, ch), "xc:black", "-fill", "white", "-draw", body, "-draw", thumb, "-draw", cuff, mk])
    B.run(["convert", m, mk, "-alpha", "off", "-compose", "CopyOpacity", "-composite", "-background", "none", "-rotate", "%.1f" % rot, m])
    sh = p + ".msh.png"
    B.run(["convert", m, "-background", "black", "-shadow", "60x%d+%d+%d" % (int(3 * mm), int(2 * mm), int(3 * mm)), sh])
    x0, y0 = cx - int(cw / 2), cy - int(ch / 2)
    B.run(["convert", p, sh, "-geometry", "%+d%+d" % (x0, y0), "-compose", "Over", "-composite",
           m, "-geometry", "%+d%+d" % (x0, y0), "-compose", "Over", "-composite", p])
    for x in (m, mk, sh):
        os.remove(x)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h90-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "laminate" in opts:
            laminate(p, r, mm)
        if "mitten" in opts:
            mitten(p, r, mm)


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
