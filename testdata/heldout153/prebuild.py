#!/usr/bin/env python3
"""Pre-build step of testdata/heldout153: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new things lying on a page when it is
captured. They are drawn on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo and :photo, before heldout7's phone photo):

  :fuses   (scans) two or three automotive blade fuses (插片式保险丝, the
           standard 19 mm size) left on the scanner glass by someone from
           the vehicle workshop: a translucent coloured plastic head (red
           10 A, blue 15 A, yellow 20 A, green 30 A, the rating moulded on
           top), the fuse element seen through it, two silver blades, a
           soft shadow, each turned at its own angle.
  :beans   (phone photos) roasted coffee beans spilled on the sheet on the
           café counter of the training restaurant: six to eleven dark
           brown oval beans with their curved centre crease and a glossy
           highlight, a soft shadow on the side away from the lamp.

Both are put only where the clean page is blank (a search over a small
grey thumbnail of the page), near the margins or the foot, so they never
hide a printed or written name, number or score: the page stays readable
to a human reviewer, as such pages are in real submissions.

Methods used: `x-scanpdf:<dpi>[:...][:fuses]`, `x-scanpdf:<dpi>:photo:beans`,
`x-photo:<dpi>:<font>:beans`. heldout7 and heldout15 ignore the options they
do not know.

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
OPTIONS = ("fuses", "beans")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo
SCALE = 8   # the blank-area search runs on a thumbnail 1/SCALE of the page


def thumb(p):
    """A grey thumbnail of the page as (w, h, bytes)."""
    out = B.run(["convert", p, "-colorspace", "Gray", "-resize", "%.4f%%" % (100.0 / SCALE), "-depth", "8", "pgm:-"]).stdout
    # P5\n<w> <h>\n255\n<data>
    parts = out.split(b"\n", 3)
    if parts[1].startswith(b"#"):
        raise SystemExit("prebuild: unexpected pgm comment")
    w, h = map(int, parts[1].split())
    return w, h, parts[3][:w * h]


class Blank:
    """Where the page is blank: an integral image of 'ink' cells of the thumbnail."""

    def __init__(self, p):
        self.w, self.h, data = thumb(p)
        w = self.w
        self.ii = [[0] * (w + 1) for _ in range(self.h + 1)]
        for y in range(self.h):
            row, acc = self.ii[y + 1], 0
            prev = self.ii[y]
            for x in range(w):
                acc += 1 if data[y * w + x] < 225 else 0
                row[x + 1] = prev[x + 1] + acc
        self.taken = []

    def ink(self, x0, y0, x1, y1):
        x0, y0 = max(0, x0), max(0, y0)
        x1, y1 = min(self.w, x1), min(self.h, y1)
        if x1 <= x0 or y1 <= y0:
            return 10 ** 9
        ii = self.ii
        return ii[y1][x1] - ii[y0][x1] - ii[y1][x0] + ii[y0][x0]

    def find(self, r, bw, bh, zones, pad=2):
        """A blank box bw x bh (full-size pixels) inside one of zones (fractions x0,y0,x1,y1 of the page),
        clear of earlier boxes; returns its centre in full-size pixels, or None."""
        tw, th = int(math.ceil(bw / SCALE)) + 2 * pad, int(math.ceil(bh / SCALE)) + 2 * pad
        cands = []
        for z in zones:
            zx0, zy0, zx1, zy1 = int(z[0] * self.w), int(z[1] * self.h), int(z[2] * self.w), int(z[3] * self.h)
            for y in range(zy0, max(zy0 + 1, zy1 - th + 1), 2):
                for x in range(zx0, max(zx0 + 1, zx1 - tw + 1), 2):
                    if x + tw > self.w or y + th > self.h:
                        continue
                    if any(not (x + tw <= a or a2 <= x or y + th <= b or b2 <= y) for a, b, a2, b2 in self.taken):
                        continue
                    if self.ink(x, y, x + tw, y + th) == 0:
                        cands.append((x, y))
        if not cands:
            return None
        x, y = r.choice(cands)
        self.taken.append((x, y, x + tw, y + th))
        return (x + tw / 2.0) * SCALE, (y + th / 2.0) * SCALE


FUSE = [("#c8201e", "10"), ("#1f4fc4", "15"), ("#e3bd14", "20"), ("#2e9a3e", "30"), ("#8a5a2b", "7.5")]


def fuse_png(path, mm, colour, rating, r):
    """One blade fuse on a transparent canvas, upright (blades down); drawn at a smaller mm for the mini size."""
    W, H = int(22 * mm), int(22 * mm)
    x0, x1 = int(1.5 * mm), int(20.5 * mm)          # 19 mm wide
    head_b = int(6.5 * mm)                           # the grip/top band
    body_b = int(13.5 * mm)                          # the translucent body
    bw = int(6.3 * mm)
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:none",
           # the blades: silver, with a darker edge
           "-fill", "gray78", "-stroke", "gray42", "-strokewidth", "%d" % max(1, int(0.25 * mm))]
    for bx in (int(3.0 * mm), int(12.7 * mm)):
        cmd += ["-draw", "rectangle %d,%d %d,%d" % (bx, body_b - int(1 * mm), bx + bw, int(21 * mm))]
    cmd += ["-stroke", "none", "-fill", "gray92"]
    for bx in (int(3.0 * mm), int(12.7 * mm)):
        cmd += ["-draw", "rectangle %d,%d %d,%d" % (bx + int(1.0 * mm), body_b, bx + int(1.8 * mm), int(20.5 * mm))]
    # the translucent body, the element seen through it
    cmd += ["-fill", colour, "-stroke", "none", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0 + int(0.8 * mm), head_b - int(0.5 * mm), x1 - int(0.8 * mm), body_b, int(0.8 * mm), int(0.8 * mm))]
    cmd += ["-fill", "none", "-stroke", "gray85", "-strokewidth", "%d" % max(1, int(0.45 * mm)),
            "-draw", "polyline %d,%d %d,%d %d,%d %d,%d" % (int(6 * mm), body_b, int(8.5 * mm), int(9 * mm), int(13.5 * mm), int(11.5 * mm), int(16 * mm), body_b)]
    # the grip: the same colour, opaque, a light rim, the rating moulded on it
    cmd += ["-stroke", "#00000055", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-fill", colour,
            "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, int(0.6 * mm), x1, head_b, int(1.2 * mm), int(1.2 * mm)),
            "-stroke", "none", "-fill", "#ffffff40",
            "-draw", "rectangle %d,%d %d,%d" % (x0 + int(1.2 * mm), int(1.2 * mm), x1 - int(1.2 * mm), int(2.0 * mm)),
            "-fill", "#00000080", "-font", "DejaVu-Sans-Bold", "-pointsize", "%.1f" % (3.4 * mm),
            "-gravity", "North", "-annotate", "+0+%d" % int(1.6 * mm), rating, path]
    B.run(cmd)


def paste_obj(page, obj, cx, cy, angle, shadow_dx, shadow_dy, blur, opacity):
    """Composite obj (transparent PNG) turned by angle, centred at cx,cy, with a soft shadow."""
    rot = obj + ".rot.png"
    B.run(["convert", obj, "-background", "none", "-rotate", "%.1f" % angle, rot])
    w, h = P.size_of(rot)
    sh = obj + ".sh.png"
    B.run(["convert", rot, "-alpha", "extract", "-background", "black", "-alpha", "shape",
           "-channel", "A", "-evaluate", "multiply", "%.2f" % opacity, "+channel", "-blur", "0x%d" % max(2, blur), sh])
    x, y = int(cx - w / 2), int(cy - h / 2)
    B.run(["convert", page, sh, "-geometry", "%+d%+d" % (x + shadow_dx, y + shadow_dy), "-compose", "Over", "-composite",
           rot, "-geometry", "%+d%+d" % (x, y), "-compose", "Over", "-composite", page])
    for f in (rot, sh):
        os.remove(f)


def fuses(p, r, mm, k):
    bl = Blank(p)
    n = r.randint(2, 3)
    zones = [(0.0, 0.78, 1.0, 1.0), (0.0, 0.0, 1.0, 0.12), (0.0, 0.0, 0.12, 1.0), (0.88, 0.0, 1.0, 1.0)]
    W, H = P.size_of(p)
    first = None
    for i in range(n):
        c = None
        for scale in (1.0, 0.62):   # the standard size, else a mini blade fuse (about 11 x 16 mm)
            size = int(24 * mm * scale)   # room for a turned fuse
            if first is not None:   # the others near the first one
                fx, fy = first
                zone = (max(0, (fx - 60 * mm) / W), max(0, (fy - 45 * mm) / H), min(1, (fx + 60 * mm) / W), min(1, (fy + 45 * mm) / H))
                c = bl.find(r, size, size, [zone])
            c = c or bl.find(r, size, size, zones)
            if c is not None:
                break
        if c is None:
            break
        first = first or c
        colour, rating = FUSE[r.randrange(len(FUSE))]
        obj = p + ".fuse%d.png" % i
        fuse_png(obj, mm * scale, colour, rating, r)
        paste_obj(p, obj, c[0], c[1], r.uniform(-70, 70), int(0.8 * mm), int(1.0 * mm), int(0.9 * mm), 0.45)
        os.remove(obj)


def bean_png(path, mm, r):
    """One roasted coffee bean, its long axis horizontal, on a transparent canvas."""
    L, S = r.uniform(9.5, 11.5) * mm, r.uniform(6.8, 8.0) * mm
    W, H = int(L + 2 * mm), int(S + 2 * mm)
    cx, cy = W / 2.0, H / 2.0
    base = r.choice(["#3a2314", "#442a17", "#4d2f1a", "#35200f"])
    crease = []
    for j in range(13):
        t = j / 12.0
        x = cx - L * 0.40 + L * 0.80 * t
        y = cy + math.sin((t - 0.5) * math.pi * 1.6) * S * 0.09
        crease.append((x, y))
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:none",
           "-fill", base, "-stroke", "#1c0f06", "-strokewidth", "%d" % max(1, int(0.2 * mm)),
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, L / 2, S / 2),
           # the glossy highlight on the upper half
           "(", "-size", "%dx%d" % (W, H), "xc:none", "-fill", "#c89a6e70", "-stroke", "none",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - L * 0.08, cy - S * 0.22, L * 0.26, S * 0.10), "-blur", "0x%d" % max(1, int(0.6 * mm)), ")",
           "-compose", "Over", "-composite",
           # the crease: a dark groove with a light lip
           "-fill", "none", "-stroke", "#a77a52", "-strokewidth", "%d" % max(1, int(0.35 * mm)),
           "-draw", "polyline " + " ".join("%d,%d" % (x, y - 0.45 * mm) for x, y in crease),
           "-stroke", "#140a03", "-strokewidth", "%d" % max(2, int(0.6 * mm)),
           "-draw", "polyline " + " ".join("%d,%d" % (x, y) for x, y in crease), path])


def beans(p, r, mm, k):
    bl = Blank(p)
    W, H = P.size_of(p)
    n = r.randint(6, 11)
    corner = r.choice([(0.55, 0.80, 1.0, 1.0), (0.0, 0.80, 0.45, 1.0), (0.62, 0.0, 1.0, 0.14)])
    zones = [corner, (0.0, 0.84, 1.0, 1.0), (0.0, 0.0, 1.0, 0.10)]
    size = int(13 * mm)
    placed = 0
    first = None
    for i in range(n):
        c = None
        if first is not None:   # spilled: the others within a few centimetres of the first
            fx, fy = first
            R = r.uniform(28, 45) * mm
            c = bl.find(r, size, size, [(max(0, (fx - R) / W), max(0, (fy - R) / H), min(1, (fx + R) / W), min(1, (fy + R) / H))], pad=1)
        c = c or bl.find(r, size, size, zones, pad=1)
        first = first or c
        if c is None:
            break
        obj = p + ".bean%d.png" % i
        bean_png(obj, mm, r)
        paste_obj(p, obj, c[0], c[1], r.uniform(0, 360), int(1.2 * mm), int(0.9 * mm), int(1.2 * mm), 0.5)
        os.remove(obj)
        placed += 1
    return placed


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h153-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "fuses" in opts and (i % 2 == 0 or len(pngs) < 3):
            fuses(p, r, mm, i)
        if "beans" in opts:
            beans(p, r, mm, i)


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
