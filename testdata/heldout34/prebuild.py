#!/usr/bin/env python3
"""Pre-build step of testdata/heldout34: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, faults of office scanners and phones
not drawn by an earlier corpus. They act on the clean page images BEFORE
heldout15's scanner simulation (and, for photos, before heldout7's phone
photo), as heldout28's do:

  :rollers  the document feeder's pickup rollers are dirty: at two places
            across the page (where the two rubber rollers touch it), a faint
            grey smudge with the rollers' ribbed tread, repeated down the
            page at the rollers' circumference (60-75 mm).
  :fringe   a colour contact-image-sensor scanner whose paper speed wavered:
            the red and blue channels out of register with the green by 1-3
            pixels, by a different amount in each horizontal band of the page,
            so every stroke has a thin red or blue-green fringe. Meant for
            `:color` scans.
  :clip     (phone photos) the sheets were photographed still held by a black
            binder clip (长尾夹) at the top edge: the clip's body with its
            lighter ridge, the stubs of its folded-back wire handles, a soft
            shadow; it covers the top margin only.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:rollers|:fringe|:photo|:clip]`,
`x-scan:<dpi>:<font>[:color]`, `x-photo:<dpi>:<font>[:clip]`.
heldout7 and heldout15 ignore the options they do not know.

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
OPTIONS = ("rollers", "fringe", "clip")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def rollers(p, r, mm, geo):
    """geo: (x1, x2, period, phase) drawn once per file: the same rollers on every page"""
    W, H = P.size_of(p)
    x1, x2, period, phase = geo
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white"]
    y = phase * period * mm
    while y < H:
        yy = y + r.uniform(-1.5, 1.5) * mm   # the paper slips a little on the rollers
        for x in (x1 * W, x2 * W):
            w = r.uniform(10, 14) * mm
            h = r.uniform(2.0, 3.2) * mm
            cmd += ["-fill", "gray%d" % r.randint(86, 92), "-draw", "rectangle %d,%d %d,%d" % (x - w / 2, yy, x + w / 2, yy + h)]
            for k in range(r.randint(5, 7)):   # the tread: short ribs across the smudge
                xr = x - w / 2 + (k + 0.5) * w / 6.5
                cmd += ["-fill", "gray%d" % r.randint(70, 80), "-draw",
                        "rectangle %d,%d %d,%d" % (xr, yy + 0.2 * mm, xr + 0.45 * mm, yy + h - 0.2 * mm)]
        y += period * mm
    m = p + ".roll.png"
    B.run(cmd + ["-blur", "0x%.1f" % (0.35 * mm), m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def fringe(p, r, mm):
    W, H = P.size_of(p)
    cuts = sorted(int(H * r.uniform(0.1, 0.9)) for _ in range(r.randint(2, 4)))
    edges = [0] + cuts + [H]
    bands = []
    for k in range(len(edges) - 1):
        y0, h = edges[k], edges[k + 1] - edges[k]
        if h < 2:
            continue
        b = "%s.band%02d.png" % (p, k)
        dr, db = r.choice([-3, -2, -1, 1, 2, 3]), r.choice([-2, -1, 1, 2])
        B.run(["convert", p, "-crop", "%dx%d+0+%d" % (W, h, y0), "+repage", "-alpha", "off", "-separate",
               "(", "-clone", "0", "-roll", "%+d%+d" % (r.choice([-1, 0, 1]), dr), ")",
               "(", "-clone", "2", "-roll", "+0%+d" % db, ")",
               "-swap", "0,3", "-swap", "2,4", "-delete", "3,4", "-set", "colorspace", "sRGB", "-combine", b])
        bands.append(b)
    B.run(["convert"] + bands + ["-append", "+repage", "-extent", "%dx%d" % (W, H), p])
    for b in bands:
        os.remove(b)


def clip(p, r, mm):
    W, H = P.size_of(p)
    cx = W * r.uniform(0.55, 0.72)
    bw, bh = r.uniform(30, 36) * mm, r.uniform(10, 13) * mm
    x0, x1 = cx - bw / 2, cx + bw / 2
    s = 1.6 * mm
    shadow = "%d,%d %d,%d %d,%d %d,%d" % (x0 + s, 0, x1 + s, 0, x1 - 0.1 * bw + s, bh + s, x0 + 0.1 * bw + s, bh + s)
    body = "%d,%d %d,%d %d,%d %d,%d" % (x0, 0, x1, 0, x1 - 0.1 * bw, bh, x0 + 0.1 * bw, bh)
    ridge = "%d,%d %d,%d" % (x0 + 0.04 * bw, bh * 0.38, x1 - 0.04 * bw, bh * 0.38)
    m = p + ".clip.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62", "-draw", "polygon " + shadow,
           "-blur", "0x%.1f" % (1.2 * mm), m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", "-compose", "Over",
           "-fill", "#141414", "-stroke", "none", "-draw", "polygon " + body,
           "-stroke", "#5a5a5a", "-strokewidth", "%d" % max(2, int(0.5 * mm)), "-draw", "line " + ridge,
           # the wire handles folded back over the top edge: only their stubs on the paper
           "-stroke", "#b8b8b8", "-strokewidth", "%d" % max(2, int(0.7 * mm)),
           "-draw", "line %d,%d %d,%d" % (x0 + 0.18 * bw, bh * 0.38, x0 + 0.14 * bw, 0),
           "-draw", "line %d,%d %d,%d" % (x1 - 0.18 * bw, bh * 0.38, x1 - 0.14 * bw, 0),
           "-stroke", "#f2f2f2", "-strokewidth", "1",
           "-draw", "line %d,%d %d,%d" % (x0 + 0.18 * bw + 1, bh * 0.38, x0 + 0.14 * bw + 1, 0),
           "-draw", "line %d,%d %d,%d" % (x1 - 0.18 * bw + 1, bh * 0.38, x1 - 0.14 * bw + 1, 0), p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h34-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    geo = (r.uniform(0.26, 0.34), r.uniform(0.64, 0.72), r.uniform(60, 75), r.uniform(0.1, 0.9))
    for p in pngs:
        if "rollers" in opts:
            rollers(p, r, mm, geo)
        if "fringe" in opts:
            fringe(p, r, mm)
        if "clip" in opts:
            clip(p, r, mm)


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
