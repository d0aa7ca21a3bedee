#!/usr/bin/env python3
"""Pre-build step of testdata/heldout31: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, new ways a page goes wrong between
the printer and the PDF. They act on the clean page images BEFORE
heldout15's scanner simulation (and, for photos, before heldout7's phone
photo), so the scanner's skew, noise and blur come after them:

  :rollers  the office copier's document feeder has worn, dirty rubber
            rollers: two tracks of short grey tread marks (a dash every
            2 mm or so) run down the sheet where the pickup rollers gripped
            it, strong at the top and fading out within the first third to
            half of the page, with a faint grey smear along each track.
  :fringe   a colour scan on a cheap contact-image-sensor (CIS) scanner:
            the red, green and blue lines are read one after the other, so
            when the sheet moves unevenly the three colours do not lie on
            each other: the red channel sits 1-2 px low and the blue 1 px
            high over the whole page, and in two or three bands (where the
            feed jerked) by 3-4 px, giving red and cyan fringes above and
            below every stroke. Meant with `:color`.
  :thumb    a phone photo taken while the other hand held the sheet flat:
            the holder's thumb over one edge of the page (a skin-coloured,
            soft-edged shape with a paler nail and a shadow beside it),
            left or right edge, at 45-80 % of the height; it may cover the
            start or the end of a line.

Methods used: `x-scanpdf:<dpi>[:color|:photo|:rollers|:fringe|:thumb]`,
`x-scan:<dpi>:<font>[:color|:fringe]`, `x-photo:<dpi>:<font>[:thumb]`,
`x-xlsx`. heldout7 and heldout15 ignore the options they do not know.

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
OPTIONS = ("rollers", "fringe", "thumb")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def rollers(p, r, mm, centre):
    """Two tracks of tread marks from the pickup rollers, fading down the page."""
    W, H = P.size_of(p)
    gap = r.uniform(38, 52) * mm
    reach = r.uniform(0.32, 0.5) * H
    cmd = ["convert", p]
    for k, x in enumerate((centre * W - gap / 2, centre * W + gap / 2)):
        x += r.uniform(-2, 2) * mm
        wid = r.uniform(5, 7) * mm
        cmd += ["-fill", "rgba(90,90,90,0.07)", "-draw", "rectangle %d,0 %d,%d" % (x - wid / 2, x + wid / 2, reach)]
        y = r.uniform(0, 3) * mm
        step = r.uniform(1.8, 2.4) * mm
        while y < reach:
            fade = 1.0 - y / reach
            if r.random() < 0.75:
                a = max(0.04, min(0.55, r.uniform(0.18, 0.5) * fade + 0.04))
                g = r.randint(40, 80)
                tilt = r.uniform(-0.4, 0.4) * mm
                th = max(1, int(r.uniform(0.25, 0.45) * mm))
                cmd += ["-fill", "rgba(%d,%d,%d,%.2f)" % (g, g, g, a),
                        "-draw", "polygon %d,%d %d,%d %d,%d %d,%d" % (x - wid / 2, y, x + wid / 2, y + tilt, x + wid / 2, y + tilt + th,
                                                                     x - wid / 2, y + th)]
            y += step * r.uniform(0.85, 1.15)
    B.run(cmd + [p])


def fringe(p, r, mm):
    """Shift the red and blue channels against the green: whole page, and more in a few bands."""
    W, H = P.size_of(p)
    dr, db = r.choice([1, 2]), -1
    bands = []
    for _ in range(r.randint(2, 3)):
        y0 = int(r.uniform(0.1, 0.85) * H)
        bands.append((y0, int(r.uniform(8, 22) * mm), r.choice([3, 4]), -r.choice([2, 3])))
    base = p + ".base.png"
    B.run(["convert", p, "-alpha", "off", "-colorspace", "sRGB", "-type", "TrueColor", "-separate",
           "(", "-clone", "0", "-roll", "+0%+d" % dr, ")", "-swap", "0", "+delete",
           "(", "-clone", "2", "-roll", "+0%+d" % db, ")", "-swap", "2", "+delete",
           "-combine", "-type", "TrueColor", base])
    for k, (y0, h, er, eb) in enumerate(bands):
        band = p + ".band%d.png" % k
        B.run(["convert", p, "-alpha", "off", "-colorspace", "sRGB", "-type", "TrueColor", "-separate",
               "(", "-clone", "0", "-roll", "+0%+d" % er, ")", "-swap", "0", "+delete",
               "(", "-clone", "2", "-roll", "+0%+d" % eb, ")", "-swap", "2", "+delete",
               "-combine", "-crop", "%dx%d+0+%d" % (W, h, y0), "+repage", band])
        B.run(["convert", base, band, "-geometry", "+0+%d" % y0, "-compose", "Over", "-composite", base])
        os.remove(band)
    os.replace(base, p)


def thumb(p, r, mm):
    """The holder's thumb over the left or right edge of the sheet."""
    W, H = P.size_of(p)
    left = r.random() < 0.5
    cy = int(r.uniform(0.45, 0.8) * H)
    L, T = r.uniform(48, 62) * mm, r.uniform(19, 23) * mm   # length into the page, thickness
    tip = L - r.uniform(3, 6) * mm
    x0 = -0.35 * L
    skin = r.choice(["#d6a283", "#cf9a78", "#dcae90"])
    t = p + ".thumb.png"
    # the thumb drawn lying along +x from the edge, then mirrored for the right edge
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:none",
           "-fill", "rgba(0,0,0,0.28)", "-draw", "ellipse %d,%d %d,%d 0,360" % (x0 + 3 * mm, cy + 4 * mm, L, T / 2 + 2 * mm),
           "-blur", "0x%d" % int(3 * mm),
           "-fill", skin, "-draw", "ellipse %d,%d %d,%d 0,360" % (x0, cy, L, T / 2),
           "-fill", "rgba(120,60,40,0.18)", "-draw", "ellipse %d,%d %d,%d 0,360" % (x0, cy + T * 0.22, L * 0.96, T * 0.22),
           "-fill", "rgba(255,235,220,0.35)", "-draw", "ellipse %d,%d %d,%d 0,360" % (x0 + L * 0.1, cy - T * 0.18, L * 0.7, T * 0.12),
           "-fill", "#ecc9b8", "-stroke", "rgba(150,90,70,0.6)", "-strokewidth", "2",
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0 + tip - 13 * mm, cy - T * 0.3, x0 + tip, cy + T * 0.3, 4 * mm, 4 * mm),
           "-stroke", "rgba(140,80,60,0.5)", "-strokewidth", "2", "-fill", "none",
           "-draw", "arc %d,%d %d,%d 80,280" % (x0 + tip - 30 * mm, cy - T * 0.35, x0 + tip - 24 * mm, cy + T * 0.35),
           "-stroke", "none", "-blur", "0x1.5"]
    if not left:
        cmd += ["-flop"]
    B.run(cmd + [t])
    B.run(["convert", p, t, "-compose", "Over", "-composite", p])
    os.remove(t)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h31-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    centre = r.uniform(0.44, 0.56)
    for i, p in enumerate(pngs):
        if "rollers" in opts:
            rollers(p, r, mm, centre)
        if "fringe" in opts:
            fringe(p, r, mm)
        if "thumb" in opts:
            thumb(p, r, mm)


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
