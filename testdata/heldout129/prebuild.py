#!/usr/bin/env python3
"""Pre-build step of testdata/heldout129: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo and :photo, before heldout7's phone
photo):

  :caliper   a steel vernier caliper (游标卡尺) left on the scanner glass
             from the workshop: a bright steel beam 16 mm wide with
             millimetre graduations and centimetre figures, the fixed and
             the sliding jaw with its vernier scale and thumb screw, the
             depth rod poking out of the end, lying nearly level across
             the bottom margin of the page, partly off the edge, with a
             soft shadow and the light grey haze of a lid that could not
             close over it.
  :beads     a string of prayer beads (念珠 / 手串) lying on the sheet when
             it was photographed: 18-22 round wooden beads 8-10 mm across
             on a loose oval, each shaded with a highlight, one larger
             guru bead with a short tassel, a soft shadow under them, near
             a lower corner.

Methods used: `x-scanpdf:<dpi>[:color|:mono][:caliper]`,
`x-scanpdf:<dpi>:photo:beads`, `x-photo:<dpi>:<font>:beads`.
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
OPTIONS = ("caliper", "beads")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def caliper(p, r, mm, page):
    W, H = P.size_of(p)
    L = int(r.uniform(225, 240) * mm)          # a 150 mm caliper, end to end
    bw = int(16 * mm)                           # the beam's width
    jaw = int(r.uniform(38, 42) * mm)           # the outside jaws hang below the beam
    CW, CH = L + int(12 * mm), bw + jaw + int(16 * mm)
    c = p + ".cal.png"
    y0 = int(4 * mm)                            # the beam's top on the canvas
    x0 = int(6 * mm)
    jx = x0 + int(18 * mm)                      # the fixed jaw
    sx = jx + int(r.uniform(32, 70) * mm)       # the slider (the jaws opened a few centimetres)
    steel, dark, edge = "#c9ccd0", "#8a8f95", "#5c6166"
    cmd = ["convert", "-size", "%dx%d" % (CW, CH), "xc:none",
           # the beam with a brighter strip along it
           "-fill", steel, "-stroke", edge, "-strokewidth", "%d" % max(2, int(0.25 * mm)),
           "-draw", "rectangle %d,%d %d,%d" % (x0, y0, x0 + L - int(14 * mm), y0 + bw),
           "-stroke", "none", "-fill", "#e6e8ea", "-draw", "rectangle %d,%d %d,%d" % (x0 + int(1 * mm), y0 + int(2 * mm), x0 + L - int(15 * mm), y0 + int(4 * mm)),
           # the depth rod out of the far end
           "-fill", dark, "-draw", "rectangle %d,%d %d,%d" % (x0 + L - int(14 * mm), y0 + int(6.5 * mm), x0 + L, y0 + int(8.5 * mm)),
           # the fixed jaw (outside jaw down, the small inside jaw up)
           "-fill", steel, "-stroke", edge, "-strokewidth", "%d" % max(2, int(0.25 * mm)),
           "-draw", "polygon %d,%d %d,%d %d,%d %d,%d %d,%d" % (x0, y0 + bw, jx, y0 + bw, jx, y0 + bw + jaw, jx - int(4 * mm), y0 + bw + jaw,
                                                             x0, y0 + bw + int(10 * mm)),
           "-draw", "polygon %d,%d %d,%d %d,%d" % (jx - int(5 * mm), y0, jx, y0, jx - int(1 * mm), 0),
           # the slider: a box round the beam, its jaw, the thumb screw and the vernier window
           "-draw", "rectangle %d,%d %d,%d" % (sx, y0 - int(2 * mm), sx + int(34 * mm), y0 + bw + int(3 * mm)),
           "-draw", "polygon %d,%d %d,%d %d,%d %d,%d" % (sx, y0 + bw + int(3 * mm), sx + int(12 * mm), y0 + bw + int(3 * mm),
                                                       sx + int(4 * mm), y0 + bw + jaw, sx, y0 + bw + jaw),
           "-draw", "polygon %d,%d %d,%d %d,%d" % (sx, y0 - int(2 * mm), sx + int(5 * mm), y0 - int(2 * mm), sx + int(1 * mm), 0),
           "-fill", "#9ea3a8", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (sx + int(22 * mm), y0 - int(6 * mm), sx + int(30 * mm), y0 - int(1 * mm),
                                                                             int(1.5 * mm), int(1.5 * mm)),
           "-stroke", "none", "-fill", "#dfe2e5", "-draw", "rectangle %d,%d %d,%d" % (sx + int(2 * mm), y0 + bw - int(5 * mm), sx + int(22 * mm), y0 + bw)]
    # millimetre graduations along the lower edge of the beam, figures every centimetre
    cmd += ["-stroke", "#1e1f21", "-strokewidth", "%d" % max(1, int(0.12 * mm))]
    for k in range(0, 160):
        x = jx + int(k * mm)
        if x > x0 + L - int(16 * mm):
            break
        if sx <= x <= sx + int(34 * mm):
            continue
        h = 4.2 if k % 10 == 0 else (3.0 if k % 5 == 0 else 2.0)
        cmd += ["-draw", "line %d,%d %d,%d" % (x, y0 + bw, x, y0 + bw - int(h * mm))]
    cmd += ["-stroke", "none", "-fill", "#1e1f21", "-font", "DejaVu-Sans", "-pointsize", "%.1f" % (3.2 * mm)]
    for k in range(0, 16):
        x = jx + int(k * 10 * mm)
        if x > x0 + L - int(20 * mm) or sx - int(3 * mm) <= x <= sx + int(34 * mm):
            continue
        cmd += ["-annotate", "+%d+%d" % (x - int(1 * mm), y0 + bw - int(5.2 * mm)), str(k)]
    # the vernier scale on the slider window
    cmd += ["-stroke", "#1e1f21", "-strokewidth", "%d" % max(1, int(0.1 * mm))]
    for k in range(0, 21):
        x = sx + int(2 * mm) + int(k * 0.95 * mm)
        cmd += ["-draw", "line %d,%d %d,%d" % (x, y0 + bw - int(5 * mm), x, y0 + bw - int((3 if k % 5 == 0 else 2) * mm))]
    B.run(cmd + [c])
    ang = r.uniform(-3.0, 3.0)
    pad = int(22 * mm)
    rot = c + ".rot.png"
    B.run(["convert", c, "-background", "none", "-rotate", "%.2f" % ang, "-bordercolor", "none", "-border", "%d" % pad, rot])
    w, h = P.size_of(rot)
    # where: the beam nearly level along the bottom edge of the sheet, the jaws hanging off the page,
    # one end or both past the sides (the caliper is longer than the sheet is wide)
    beam = H - r.uniform(13, 17) * mm                     # the beam's centre line on the page
    cy = int(beam - (y0 + bw / 2.0 - CH / 2.0))
    cx = int(W * (0.60 if page % 2 == 0 else 0.42) + r.uniform(-0.03, 0.03) * W)
    gx, gy = cx - w // 2, cy - h // 2
    # the lid could not close over it: a faint grey haze round it; then its soft shadow
    sh = p + ".calsh.png"
    B.run(["convert", rot, "-alpha", "extract", "-resize", "10%", "-blur", "0x%.1f" % max(2, 0.6 * mm), "-level", "0,40%",
           "-resize", "%dx%d!" % (w, h), "-negate", "+level", "93%,100%", sh])
    shadow = p + ".calsh2.png"
    B.run(["convert", rot, "-alpha", "extract", "-blur", "0x%d" % max(2, int(1.4 * mm)), "-negate", "+level", "58%,100%", shadow])
    B.run(["convert", p, sh, "-geometry", "+%d+%d" % (gx, gy), "-compose", "Multiply", "-composite",
           shadow, "-geometry", "+%d+%d" % (gx + int(1.5 * mm), gy + int(2 * mm)), "-compose", "Multiply", "-composite",
           rot, "-geometry", "+%d+%d" % (gx, gy), "-compose", "Over", "-composite", p])
    for x in (c, rot, sh, shadow):
        os.remove(x)


WOODS = [("#6b3a1e", "#a86a3c"), ("#7a4a24", "#b98352"), ("#4f2a17", "#8d5530"), ("#c9a66b", "#ecd6a6")]


def bead_string(r):
    """One string of beads a file: the same beads on every photo of it."""
    return r.randint(18, 22), r.uniform(8, 10), WOODS[r.randrange(len(WOODS))]


def beads(p, r, mm, page, string):
    W, H = P.size_of(p)
    n, d, (base, light) = string
    d *= mm
    # a loose oval near a lower corner
    right = (page % 2 == 0) == (r.random() < 0.7)
    cx = W * (r.uniform(0.76, 0.84) if right else r.uniform(0.16, 0.24))
    cy = H * r.uniform(0.80, 0.86)
    a, b = r.uniform(26, 32) * mm, r.uniform(17, 22) * mm
    tilt = r.uniform(0, math.pi)
    pts = []
    for k in range(n):
        t = 2 * math.pi * k / n + r.uniform(-0.04, 0.04)
        x, y = a * math.cos(t), b * math.sin(t)
        pts.append((cx + x * math.cos(tilt) - y * math.sin(tilt), cy + x * math.sin(tilt) + y * math.cos(tilt)))
    rad = d / 2
    # the shadow first, all beads at once, drawn on a small sheet round them
    m = int(a + d * 3 + 24 * mm)
    ox0, oy0 = int(cx - m), int(cy - m)
    sh = ["convert", "-size", "%dx%d" % (2 * m, 2 * m), "xc:white", "-fill", "gray45"]
    for x, y in pts:
        sh += ["-draw", "circle %d,%d %d,%d" % (x - ox0 + 1.2 * mm, y - oy0 + 1.8 * mm, x - ox0 + 1.2 * mm + rad, y - oy0 + 1.8 * mm)]
    sp = p + ".bsh.png"
    B.run(sh + ["-blur", "0x%d" % max(2, int(1.6 * mm)), sp])
    B.run(["convert", p, sp, "-geometry", "+%d+%d" % (ox0, oy0), "-compose", "Multiply", "-composite", p])
    os.remove(sp)
    cmd = ["convert", p]
    # the cord between the beads
    cmd += ["-fill", "none", "-stroke", "#3a2a1c", "-strokewidth", "%d" % max(1, int(0.5 * mm)),
            "-draw", "polyline " + " ".join("%d,%d" % q for q in pts + pts[:1])]
    # the guru bead and its tassel, outside the oval at the first bead
    gx, gy = pts[0]
    ox, oy = gx - cx, gy - cy
    L = math.hypot(ox, oy) or 1
    ux, uy = ox / L, oy / L
    G = (gx + ux * d * 0.9, gy + uy * d * 0.9)
    for k in range(9):
        ang = math.atan2(uy, ux) + (k - 4) * 0.07
        ln = r.uniform(14, 19) * mm
        cmd += ["-stroke", "#8c1d1d" if base != "#c9a66b" else "#7a5a1d", "-strokewidth", "%d" % max(1, int(0.35 * mm)),
                "-draw", "line %d,%d %d,%d" % (G[0], G[1], G[0] + math.cos(ang) * ln, G[1] + math.sin(ang) * ln)]
    cmd += ["-stroke", "none"]
    for k, (x, y) in enumerate(pts + [G]):
        rr = rad * (1.25 if k == len(pts) else r.uniform(0.95, 1.05))
        cmd += ["-fill", "#2e1a0e" if base != "#c9a66b" else "#8d7444", "-draw", "circle %d,%d %d,%d" % (x, y, x + rr, y),
                "-fill", base, "-draw", "circle %d,%d %d,%d" % (x, y, x + rr * 0.9, y),
                "-fill", light, "-draw", "circle %d,%d %d,%d" % (x - rr * 0.25, y - rr * 0.25, x - rr * 0.25 + rr * 0.45, y - rr * 0.25),
                "-fill", "#f4ece0", "-draw", "circle %d,%d %d,%d" % (x - rr * 0.38, y - rr * 0.38, x - rr * 0.38 + rr * 0.14, y - rr * 0.38)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h129-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    string = bead_string(r) if "beads" in opts else None
    for i, p in enumerate(pngs):
        if "caliper" in opts and i % 2 == 0:   # on every other sheet: the caliper lay on the glass for some of them
            caliper(p, r, mm, i)
        if "beads" in opts and i != 1:         # the beads were moved off for one photo
            beads(p, r, mm, i, string)


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
