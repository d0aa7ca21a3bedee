#!/usr/bin/env python3
"""Pre-build step of testdata/heldout155: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new things that lie on a page when it
is captured. They are drawn on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo or :photo, before heldout7's phone photo):

  :jerky    (scans) strips of air-dried beef jerky (风干牛肉干, the snack of
            the Ordos plain) left on the scanner glass: two or three
            irregular dark red-brown strips 40-70 mm long and 8-12 mm wide,
            fibres along their length, chili and pepper flecks, a faint
            greasy halo round them; they lie in a side margin of the lower
            half (or across the lower page edge), at the same place on every
            page of the document, as things on the glass do.
  :thermos  (phone photos) a stainless-steel vacuum flask (保温杯) lying on
            its side on the sheet: a coated cylinder 62-70 mm across with a
            metallic highlight running along it, a dark screw lid with grip
            ridges at the end, a soft shadow on the paper; it comes in from
            the left or right edge over the lower part of the page, turned
            5-20 degrees, a little differently on every photo.

Methods used: `x-scanpdf:<dpi>[:jerky]`, `x-scan:<dpi>:<font>[:jerky]`,
`x-photo:<dpi>:<font>[:thermos]`, `x-scanpdf:<dpi>:photo[:thermos]`.
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
OPTIONS = ("jerky", "thermos")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def _strip_outline(r, L, w, n=14):
    """An irregular strip along the x axis from 0 to L, about w wide: a polygon."""
    top, bot = [], []
    for k in range(n + 1):
        x = L * k / n
        taper = 0.55 + 0.45 * math.sin(math.pi * min(1.0, max(0.0, k / n)) ) ** 0.5
        top.append((x + r.uniform(-0.02, 0.02) * L, -w / 2 * taper * r.uniform(0.8, 1.1)))
        bot.append((x + r.uniform(-0.02, 0.02) * L, w / 2 * taper * r.uniform(0.8, 1.1)))
    return top + bot[::-1]


def jerky_plan(W, H, r, mm):
    """Where the strips lie: chosen once per document (things on the glass stay put)."""
    side = r.choice(["left", "right", "bottom"])
    pieces = []
    for k in range(r.randint(2, 3)):
        L = r.uniform(40, 70) * mm
        w = r.uniform(8, 12) * mm
        if side == "bottom":
            cx = W * r.uniform(0.15, 0.85)
            cy = H * r.uniform(0.955, 0.985)
            ang = r.uniform(-25, 25)
        else:
            cx = (r.uniform(0.012, 0.032) if side == "left" else r.uniform(0.968, 0.988)) * W
            cy = H * r.uniform(0.55, 0.92)
            ang = 90 + r.uniform(-8, 8)
        pieces.append((L, w, cx, cy, ang, r.randint(1, 1 << 30)))
    return pieces


def jerky(p, pieces, mm):
    for k, (L, w, cx, cy, ang, seed) in enumerate(pieces):
        r = random.Random(seed)
        pad = int(4 * mm)
        Wp, Hp = int(L + 2 * pad), int(w * 1.6 + 2 * pad)
        oy = Hp / 2
        poly = " ".join("%d,%d" % (x + pad, y + oy) for x, y in _strip_outline(r, L, w))
        img = p + ".jerky%d.png" % k
        halo = p + ".halo%d.png" % k
        # the greasy halo: a soft light-brown area a little larger than the strip
        B.run(["convert", "-size", "%dx%d" % (Wp, Hp), "xc:none", "-fill", "#d9c2a0", "-stroke", "#d9c2a0",
               "-strokewidth", "%d" % int(3 * mm), "-draw", "polygon " + poly, "-channel", "A", "-evaluate", "multiply", "0.45",
               "+channel", "-blur", "0x%d" % max(2, int(1.6 * mm)), halo])
        cmd = ["convert", "-size", "%dx%d" % (Wp, Hp), "xc:none", "-fill", r.choice(["#7a3822", "#83412a", "#6e321d"]),
               "-stroke", "#4a1e10", "-strokewidth", "%d" % max(1, int(0.35 * mm)), "-draw", "polygon " + poly]
        # fibres: thin lighter and darker lines along the strip
        for j in range(r.randint(7, 11)):
            y = r.uniform(-0.35, 0.35) * w
            x0, x1 = r.uniform(0.05, 0.3) * L, r.uniform(0.6, 0.95) * L
            col = r.choice(["#a65a36", "#b86a40", "#4f220f", "#9a5030"])
            pts = " ".join("%d,%d" % (pad + x0 + (x1 - x0) * q / 6, oy + y + math.sin(q * 1.3 + j) * 0.06 * w) for q in range(7))
            cmd += ["-fill", "none", "-stroke", col, "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-draw", "polyline " + pts]
        # chili and pepper flecks
        for j in range(r.randint(10, 18)):
            x, y = pad + r.uniform(0.08, 0.92) * L, oy + r.uniform(-0.3, 0.3) * w
            rad = r.uniform(0.3, 0.7) * mm
            col = r.choice(["#b5341c", "#c4461f", "#1c0d07", "#2a140a", "#d0562a"])
            cmd += ["-stroke", "none", "-fill", col, "-draw", "ellipse %d,%d %d,%d 0,360" % (x, y, rad, rad * r.uniform(0.5, 1.0))]
        # a dull highlight where the dried surface catches the scanner lamp
        cmd += ["-fill", "none", "-stroke", "#9a5a3a", "-strokewidth", "%d" % max(1, int(0.6 * mm)),
                "-draw", "line %d,%d %d,%d" % (pad + 0.2 * L, oy - 0.22 * w, pad + 0.7 * L, oy - 0.25 * w)]
        B.run(cmd + ["-blur", "0x%.1f" % max(0.6, 0.12 * mm), img])
        for im in (halo, img):
            B.run(["convert", im, "-background", "none", "-rotate", "%.1f" % ang, im])
        hw, hh = P.size_of(halo)
        iw, ih = P.size_of(img)
        B.run(["convert", p, "(", halo, ")", "-geometry", "+%d+%d" % (cx - hw / 2, cy - hh / 2), "-compose", "Multiply", "-composite",
               "(", img, ")", "-geometry", "+%d+%d" % (cx - iw / 2, cy - ih / 2), "-compose", "Over", "-composite", p])
        os.remove(img)
        os.remove(halo)


def thermos(p, r, mm):
    W, H = P.size_of(p)
    D = r.uniform(62, 70) * mm            # diameter
    L = r.uniform(190, 215) * mm          # length
    lid = r.uniform(0.2, 0.24) * L
    coat = r.choice([("#2c3e5c", "navy"), ("#c98f9b", "pink"), ("#b9a27a", "champagne"), ("#4f6b55", "green"), ("#d8d8d8", "white")])[0]
    cyl = p + ".cyl.png"
    # the body: a cross-wise shading profile (dark edge, bright highlight near one third, darker other edge)
    prof = p + ".prof.png"
    B.run(["convert", "-size", "%dx%d" % (int(L), int(D * 0.3)), "gradient:gray32-gray86",
           "(", "-size", "%dx%d" % (int(L), int(D * 0.12)), "gradient:gray86-gray97", ")",
           "(", "-size", "%dx%d" % (int(L), int(D * 0.58)), "gradient:gray78-gray26", ")", "-append", prof])
    B.run(["convert", prof, "(", "+clone", "-fill", coat, "-colorize", "100", ")", "-compose", "Multiply", "-composite",
           "(", prof, "-level", "78%,100%", ")", "-compose", "Screen", "-composite", cyl])
    ch = P.size_of(cyl)[1]
    # the lid: darker, with grip ridges, and a grey silicone ring between lid and body
    ridges = []
    for k in range(int(lid / (2.2 * mm))):
        x = L - lid + k * 2.2 * mm + 1.2 * mm
        ridges += ["-draw", "line %d,0 %d,%d" % (x, x, ch)]
    B.run(["convert", cyl, "(", "-size", "%dx%d" % (int(lid), ch), "gradient:gray22-gray8", ")", "-geometry", "+%d+0" % int(L - lid),
           "-compose", "Over", "-composite", "-stroke", "gray4", "-strokewidth", "%d" % max(1, int(0.5 * mm))] + ridges +
          ["-stroke", "none", "-fill", "gray45", "-draw", "rectangle %d,0 %d,%d" % (L - lid - 2.5 * mm, L - lid, ch),
           "-fill", "gray65", "-draw", "rectangle %d,0 %d,%d" % (L - lid - 1.8 * mm, L - lid - 1.0 * mm, ch), cyl])
    # round the ends a little
    B.run(["convert", cyl, "(", "-size", "%dx%d" % (int(L), ch), "xc:black", "-fill", "white",
           "-draw", "roundrectangle 0,0 %d,%d %d,%d" % (L - 1, ch - 1, int(4 * mm), int(4 * mm)), ")",
           "-alpha", "off", "-compose", "CopyOpacity", "-composite", cyl])
    # place: enters from the left or right edge, over the lower part of the page, lid end off the page
    left = r.random() < 0.5
    ang = r.uniform(5, 20) * (1 if left else -1)
    if not left:   # lid towards the right edge
        pass
    else:
        B.run(["convert", cyl, "-flop", cyl])
    B.run(["convert", cyl, "-background", "none", "-rotate", "%.1f" % ang, cyl])
    cw, chh = P.size_of(cyl)
    cy = H * r.uniform(0.88, 0.94)
    cx = (-cw * r.uniform(0.02, 0.12) + cw / 2) if left else (W + cw * r.uniform(0.02, 0.12) - cw / 2)
    sh = p + ".sh.png"
    # the shadow: the flask's outline, black on white, blurred, lightened, offset down and away from the lamp
    B.run(["convert", cyl, "-alpha", "extract", "-negate", "-bordercolor", "white", "-border", "%d" % int(8 * mm),
           "-blur", "0x%d" % max(3, int(3 * mm)), "+level", "48%,100%", sh])
    sw, shh = P.size_of(sh)
    B.run(["convert", p, "(", sh, ")", "-geometry", "+%d+%d" % (cx - sw / 2 + 4 * mm, cy - shh / 2 + 6 * mm),
           "-compose", "Multiply", "-composite",
           "(", cyl, ")", "-geometry", "+%d+%d" % (cx - cw / 2, cy - chh / 2), "-compose", "Over", "-composite", p])
    for x in (cyl, prof, sh):
        os.remove(x)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h155-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    plan = None
    for i, p in enumerate(pngs):
        if "jerky" in opts:
            if plan is None:
                W, H = P.size_of(p)
                plan = jerky_plan(W, H, r, mm)
            jerky(p, plan, mm)
        if "thermos" in opts:
            thermos(p, r, mm)


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
