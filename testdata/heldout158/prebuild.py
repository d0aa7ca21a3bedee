#!/usr/bin/env python3
"""Pre-build step of testdata/heldout158: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo and x-scanpdf:photo, before heldout7's phone
photo), so the scanner or the phone sees them like the rest of the sheet:

  :swabs     (scans) two or three cotton swabs (棉签) left on the scanner
             glass: a thin paper stick 70-76 mm long with a fuzzy white
             cotton tip at each end, a soft grey shadow where the lid does
             not press them flat, lying in the side and bottom margins
             (on a register that fills the page they lie over the edge of
             the first or last column).
  :earplugs  (phone photos) a pair of orange foam earplugs (耳塞) joined by
             a thin blue cord, put down on the sheet near its foot: two
             rounded foam cylinders about 8 x 20 mm with a highlight and a
             soft shadow, the cord sagging between them.

Methods used: `x-scanpdf:<dpi>[...]:swabs`, `x-photo:<dpi>:<font>:earplugs`,
`x-scanpdf:<dpi>:photo:earplugs`. heldout7 and heldout15 ignore the options
they do not know.

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
OPTIONS = ("swabs", "earplugs")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def with_shadow(img, mm, dx, dy, blur, opacity):
    """Give a transparent object image a soft drop shadow (in place)."""
    B.run(["convert", img, "(", "+clone", "-background", "black", "-shadow",
           "%dx%d+%d+%d" % (opacity, max(1, int(blur * mm)), int(dx * mm), int(dy * mm)), ")",
           "+swap", "-background", "none", "-layers", "merge", "+repage", img])


def swab_image(path, r, mm, colour):
    L = r.uniform(70, 76) * mm          # whole length, tips included
    tw, th = 11 * mm, 5.2 * mm          # a cotton tip
    sw = max(3, 2.3 * mm)               # the stick
    W, H = int(L + 2 * mm), int(th + 3 * mm)
    cy = H / 2
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:none",
           "-fill", colour, "-stroke", "gray62", "-strokewidth", "%d" % max(1, int(0.2 * mm)),
           "-draw", "rectangle %d,%d %d,%d" % (mm + tw * 0.6, cy - sw / 2, W - mm - tw * 0.6, cy + sw / 2)]
    for x in (mm + tw / 2, W - mm - tw / 2):
        cmd += ["-fill", "#f7f6f2", "-stroke", "gray72", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                "-draw", "ellipse %d,%d %d,%d 0,360" % (x, cy, tw / 2, th / 2)]
        # cotton fibres: short grey strokes on the tip
        for _ in range(9):
            fx = x + r.uniform(-0.35, 0.35) * tw
            fy = cy + r.uniform(-0.3, 0.3) * th
            a = r.uniform(0, math.pi)
            cmd += ["-stroke", "gray%d" % r.randint(80, 88), "-strokewidth", "1",
                    "-draw", "line %d,%d %d,%d" % (fx, fy, fx + math.cos(a) * 1.4 * mm, fy + math.sin(a) * 1.4 * mm)]
    B.run(cmd + ["-blur", "0x0.7", path])


def swabs(p, r, mm, colour):
    W, H = P.size_of(p)
    n = r.choice((2, 2, 3))
    side = r.choice((-1, 1))
    for k in range(n):
        img = p + ".swab%d.png" % k
        swab_image(img, r, mm, "#cfe3f3" if colour and r.random() < 0.5 else "#fbfbf8")
        with_shadow(img, mm, 1.0, 1.4, 1.2, 55)
        if k == 0:   # along a side margin, nearly upright, close to the sheet's edge
            cx = W * (0.034 if side < 0 else 0.966)
            cy = H * r.uniform(0.35, 0.7)
            ang = 90 + r.uniform(-6, 6)
        elif k == 1:   # across the bottom margin
            cx = W * r.uniform(0.3, 0.55)
            cy = H * r.uniform(0.962, 0.975)
            ang = r.uniform(-8, 8)
        else:   # a third one further along the bottom margin, a little more slanted
            cx = W * r.uniform(0.68, 0.85)
            cy = H * r.uniform(0.962, 0.975)
            ang = r.choice((-1, 1)) * r.uniform(5, 12)
        H15.paste(p, img, cx, cy, ang)
        os.remove(img)
        for q in (img + ".rot.png",):
            if os.path.exists(q):
                os.remove(q)


def plug_image(path, r, mm):
    """A foam earplug seen from the side: a cylinder with rounded ends, a soft highlight, foam pores.
    Returns its length in pixels."""
    L, D = r.uniform(19, 22) * mm, r.uniform(7.5, 8.5) * mm
    W, H = int(L + 2 * mm), int(D + 2 * mm)
    base = r.choice(("#f08a24", "#f4a21f", "#ef7d30"))
    hl = path + ".hl.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:none", "-fill", "#fbd6a4",
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (mm + D * 0.35, mm + D * 0.14, W - mm - D * 0.35, mm + D * 0.36, D * 0.1, D * 0.1),
           "-blur", "0x%d" % max(1, int(0.6 * mm)), hl])
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:none",
           "-fill", base, "-stroke", "#c76514", "-strokewidth", "%d" % max(1, int(0.2 * mm)),
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (mm, mm, W - mm, H - mm, D * 0.42, D * 0.5), "-stroke", "none"]
    for _ in range(70):   # foam pores
        x, y = r.uniform(mm * 2, W - 2 * mm), r.uniform(mm * 1.6, H - 1.6 * mm)
        cmd += ["-fill", r.choice(("#d9731b", "#e58a35", "#c9661a")), "-draw", "circle %d,%d %d,%d" % (x, y, x + max(1, 0.12 * mm), y)]
    B.run(cmd + [path])
    B.run(["convert", path, hl, "-compose", "Over", "-composite", path])
    os.remove(hl)
    return L


def earplugs(p, r, mm):
    W, H = P.size_of(p)
    y0 = H * r.uniform(0.87, 0.915)
    xa = W * r.uniform(0.5, 0.58)
    xb = min(xa + r.uniform(55, 72) * mm, W * 0.86)
    ya, yb = y0 + r.uniform(-4, 4) * mm, y0 + r.uniform(-6, 6) * mm
    # the cord: a sagging curve from one plug to the other, with a soft shadow
    pts = []
    sag = r.uniform(9, 16) * mm
    for j in range(25):
        t = j / 24.0
        pts.append((xa + (xb - xa) * t, ya + (yb - ya) * t + sag * math.sin(math.pi * t) + 1.0 * mm * math.sin(6 * t)))
    # drawn as short segments: a path or polyline stroke gets closed by this ImageMagick
    segs = list(zip(pts, pts[1:]))
    cmd = ["convert", p, "-fill", "none", "-stroke", "gray74", "-strokewidth", "%d" % max(2, int(0.9 * mm))]
    for (x1, y1), (x2, y2) in segs:
        cmd += ["-draw", "line %d,%d %d,%d" % (x1 + 0.8 * mm, y1 + mm, x2 + 0.8 * mm, y2 + mm)]
    cmd += ["-stroke", "#2450a0", "-strokewidth", "%d" % max(2, int(0.7 * mm))]
    for (x1, y1), (x2, y2) in segs:
        cmd += ["-draw", "line %d,%d %d,%d" % (x1, y1, x2, y2)]
    B.run(cmd + [p])
    for k, (x, y) in enumerate(((xa, ya), (xb, yb))):
        img = p + ".plug%d.png" % k
        L = plug_image(img, r, mm)
        with_shadow(img, mm, 1.2, 1.8, 1.6, 50)
        ang = (180 if k == 0 else 0) + r.uniform(-40, 40)   # the plug points away from the cord
        a = math.radians(ang)
        H15.paste(p, img, x + math.cos(a) * (L / 2 - 1.5 * mm), y + math.sin(a) * (L / 2 - 1.5 * mm), ang)
        for q in (img, img + ".rot.png"):
            if os.path.exists(q):
                os.remove(q)


def effects(pngs, dpi, tag, colour=False):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h158-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "swabs" in opts:
            swabs(p, r, mm, colour)
        if "earplugs" in opts:
            earplugs(p, r, mm)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag, colour=not gray and not mono)
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
