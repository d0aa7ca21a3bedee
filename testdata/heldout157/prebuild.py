#!/usr/bin/env python3
"""Pre-build step of testdata/heldout157: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo or x-scanpdf:photo, before heldout7's
phone photo):

  :bearing   (scans) a deep-groove ball bearing (深沟球轴承 6204-2RS, 47 mm
             across, 20 mm bore) left lying on the scanner glass near the left
             or right edge of the lower half of the sheet: a soft grey halo
             where the sheet is lifted off the glass round it, the ground steel
             outer and inner rings with bright scanner-lamp streaks, the black
             rubber seal between them with its moulded code, and in the bore
             the sheet itself, out of focus and darker (lifted 14 mm off the
             glass). About half of it lies beyond the sheet's edge.
  :khata     (phone photos) a white silk khata (哈达), folded lengthwise,
             lying draped across one corner of the sheet when it was
             photographed: a sheer band 55-75 mm wide, lighter and slightly
             bluish, through which the print stays readable; a faint woven
             lattice of auspicious knots, a denser hem along both edges, soft
             fold lines along its length, a fringe of loose threads where its
             end lies on the sheet, and a thin shadow along its lower edge.

Methods used: `x-scanpdf:<dpi>[:...]:bearing`, `x-scan:<dpi>:<font>[:...]:bearing`,
`x-photo:<dpi>:<font>:khata`, `x-scanpdf:<dpi>:photo:khata`.
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
OPTIONS = ("bearing", "khata")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def bearing(p, r, mm, page):
    W, H = P.size_of(p)
    R = 23.5 * mm            # outer diameter 47 mm
    Rs_o, Rs_i = 20.3 * mm, 13.6 * mm   # the rubber seal
    Ri = 10.0 * mm           # bore 20 mm
    left = (page % 2 == 0) if r.random() < 0.5 else (page % 2 == 1)
    cx = int(r.uniform(2.5, 5.5) * mm) if left else int(W - r.uniform(2.5, 5.5) * mm)
    cy = int(H * r.uniform(0.58, 0.84))
    # 1. the halo: the sheet lifted off the glass round the bearing is darker
    halo = p + ".halo.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62",
           "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + int(R + 3.5 * mm), cy),
           "-blur", "0x%d" % max(4, int(3.2 * mm)), halo])
    B.run(["convert", p, halo, "-compose", "Multiply", "-composite", p])
    os.remove(halo)
    # 2. the bore: the sheet seen through it, out of focus and in shadow
    s = int(2 * Ri + 6 * mm)
    x0, y0 = cx - s // 2, cy - s // 2
    bore = p + ".bore.png"
    mask = p + ".mask.png"
    B.run(["convert", p, "-crop", "%dx%d+%d+%d" % (s, s, max(0, x0), max(0, y0)), "+repage",
           "-background", "white", "-extent", "%dx%d" % (s, s),
           "-blur", "0x%d" % max(3, int(1.6 * mm)), "-fill", "gray38", "-colorize", "42%", bore])
    B.run(["convert", "-size", "%dx%d" % (s, s), "xc:black", "-fill", "white",
           "-draw", "circle %d,%d %d,%d" % (s // 2, s // 2, s // 2 + int(Ri), s // 2), "-blur", "0x1", mask])
    B.run(["convert", bore, mask, "-alpha", "off", "-compose", "CopyOpacity", "-composite", bore])
    B.run(["convert", p, bore, "-geometry", "+%d+%d" % (x0, y0), "-compose", "Over", "-composite", p])
    os.remove(bore)
    os.remove(mask)
    cmd = ["convert", p, "-fill", "none"]

    def ring(r0, r1, col):
        return ["-stroke", col, "-strokewidth", "%.1f" % (r1 - r0), "-draw",
                "circle %d,%d %d,%d" % (cx, cy, cx + int((r0 + r1) / 2), cy)]
    # 3. outer ring (ground steel), seal (black rubber), inner ring
    cmd += ring(Rs_o, R, "gray66") + ring(Rs_i, Rs_o, "#1e1c1b") + ring(Ri, Rs_i, "gray70")
    # bright lamp streaks and dark reflections on the steel: arcs
    for (r0, r1) in ((Rs_o, R), (Ri, Rs_i)):
        rm = (r0 + r1) / 2
        for a0, a1, col in ((200, 250, "gray93"), (20, 70, "gray93"), (110, 150, "gray42"), (290, 330, "gray46")):
            j = r.uniform(-12, 12)
            cmd += ["-stroke", col, "-strokewidth", "%.1f" % ((r1 - r0) * 0.45),
                    "-draw", "arc %d,%d %d,%d %d,%d" % (cx - rm, cy - rm, cx + rm, cy + rm, a0 + j, a1 + j)]
    # chamfer lines between the parts
    for rad in (R, Rs_o, Rs_i, Ri):
        cmd += ["-stroke", "gray22", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + int(rad), cy)]
    # the moulded code on the seal, in four pieces round it
    rt = (Rs_o + Rs_i) / 2
    pt = 2.2 * mm   # pixels (ImageMagick pointsize at 72 dpi)
    for k, txt in enumerate(("6204-2RS", "C&U", "CHINA", "P0")):
        ang = r.uniform(0, 360) if k == 0 else (k * 90 + r.uniform(-10, 10))
        th = math.radians(ang)
        tx, ty = cx + rt * math.cos(th), cy + rt * math.sin(th)
        rot = ang + 90
        cmd += ["-stroke", "none", "-fill", "gray36", "-font", "Helvetica-Bold", "-pointsize", "%.1f" % pt, "-annotate", "%.0fx%.0f+%d+%d" % (rot, rot, tx - pt * 1.4 * math.cos(math.radians(rot)), ty - pt * 1.4 * math.sin(math.radians(rot))), txt]
    B.run(cmd + [p])


def khata(p, r, mm, page):
    W, H = P.size_of(p)
    wk = r.uniform(55, 75) * mm
    corner = r.choice(["tr", "bl", "br"]) if page == 0 else r.choice(["tr", "bl"])
    # the band's centre line runs across the corner at about 45 degrees
    d = r.uniform(0.12, 0.19) * min(W, H)   # how far in from the corner the centre line passes
    if corner == "tr":
        ax, ay = W - d * 2.2 - r.uniform(0, 40 * mm), -40 * mm
        bx, by = W + 40 * mm, d * 2.2 + r.uniform(0, 30 * mm)
    elif corner == "bl":
        ax, ay = -40 * mm, H - d * 2.2 - r.uniform(0, 30 * mm)
        bx, by = d * 2.2 + r.uniform(0, 40 * mm), H + 40 * mm
    else:
        ax, ay = W - d * 2.2 - r.uniform(0, 40 * mm), H + 40 * mm
        bx, by = W + 40 * mm, H - d * 2.2 - r.uniform(0, 30 * mm)
    L = math.hypot(bx - ax, by - ay)
    ux, uy = (bx - ax) / L, (by - ay) / L     # along the band
    nx, ny = -uy, ux                          # across the band
    # the band ends on the sheet at a fraction of its run when fringe_on, else runs off both edges
    end_t = r.uniform(0.62, 0.78) if r.random() < 0.6 else 1.0

    def pt(t, s):   # t along (0..1 of L), s across (-0.5..0.5 of wk)
        return ax + ux * L * t + nx * wk * s, ay + uy * L * t + ny * wk * s

    def poly(t0, t1, s0, s1):
        q = [pt(t0, s0), pt(t1, s0), pt(t1, s1), pt(t0, s1)]
        return "polygon " + " ".join("%d,%d" % (x, y) for x, y in q)
    ov = p + ".khata.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:none"]
    # the thin shadow along the lower edge, under the silk
    sh_side = 0.5 if ny > 0 else -0.5
    cmd += ["-fill", "rgba(40,40,55,0.24)", "-draw", poly(0, end_t, sh_side, sh_side + 0.06 * (1 if sh_side > 0 else -1))]
    # the sheer silk body
    cmd += ["-fill", "rgba(240,243,252,0.42)", "-draw", poly(0, end_t, -0.5, 0.5)]
    # sheen: two lighter bands along its length
    for s0 in (r.uniform(-0.35, -0.15), r.uniform(0.05, 0.3)):
        cmd += ["-fill", "rgba(255,255,255,0.45)", "-draw", poly(0, end_t, s0, s0 + r.uniform(0.06, 0.12))]
    # fold lines along its length
    for s0 in (r.uniform(-0.2, -0.1), r.uniform(0.12, 0.22)):
        cmd += ["-fill", "rgba(150,156,178,0.24)", "-draw", poly(0, end_t, s0, s0 + 0.012)]
    # denser hem along both edges
    for s0 in (-0.5, 0.47):
        cmd += ["-fill", "rgba(244,246,252,0.66)", "-draw", poly(0, end_t, s0, s0 + 0.03)]
    # woven lattice of small knots (lozenges) across the middle of the band
    step = 9 * mm
    n = int(L * end_t / step)
    for i in range(1, n):
        for s in (-0.25, 0.0, 0.25):
            t = (i + (0.5 if s == 0 else 0)) * step / L
            if t > end_t - 0.01:
                continue
            x, y = pt(t, s)
            k, kn = 2.4 * mm, 1.1 * mm   # a lozenge drawn out along the weave
            q = [(x + ux * k, y + uy * k), (x + nx * kn, y + ny * kn), (x - ux * k, y - uy * k), (x - nx * kn, y - ny * kn)]
            cmd += ["-fill", "rgba(252,252,255,0.35)", "-stroke", "rgba(178,184,206,0.55)", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
                    "-draw", "polygon " + " ".join("%d,%d" % c for c in q), "-stroke", "none"]
    # the fringe where the end lies on the sheet
    if end_t < 1.0:
        for j in range(int(wk / (1.1 * mm))):
            s = -0.5 + j * 1.1 * mm / wk
            x0, y0 = pt(end_t, s)
            ln = r.uniform(6, 13) * mm
            wob = r.uniform(-0.8, 0.8) * mm
            x1, y1 = x0 + ux * ln + nx * wob, y0 + uy * ln + ny * wob
            cmd += ["-stroke", "rgba(225,228,240,0.85)", "-strokewidth", "%d" % max(1, int(0.22 * mm)),
                    "-draw", "line %d,%d %d,%d" % (x0, y0, x1, y1)]
        cmd += ["-stroke", "none"]
    B.run(cmd + ["-blur", "0x%.1f" % max(1.0, 0.25 * mm), ov])
    B.run(["convert", p, ov, "-compose", "Over", "-composite", p])
    os.remove(ov)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h157-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "bearing" in opts:
            bearing(p, r, mm, i)
        if "khata" in opts:
            khata(p, r, mm, i)


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
