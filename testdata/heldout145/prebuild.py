#!/usr/bin/env python3
"""Pre-build step of testdata/heldout145: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new things found on a page when it was
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for phone photos, before heldout7's photo):

  :rambutan  (scans) someone ate rambutans (红毛丹, the fruit of 保亭) by the
             scanner and left the peel on the glass: two or three empty
             half-shells 26-34 mm across, red with a darker rim, their soft
             hairs (red, tipped yellow-green) bristling round the edge, one
             lying cup up (the pale inner wall showing), one dome up (hairs
             all over it), sometimes a glossy brown seed with a bit of white
             flesh; soft shadows under them. In a side margin of the lower
             part of the page, partly off the edge.
  :eltape    (phone photos) a roll of black PVC insulating tape (绝缘胶布)
             lying on the sheet near a lower corner: a glossy black ring
             about 50-56 mm across on a beige cardboard core, the page
             showing through the 36-40 mm hole, a soft shadow on one side,
             a short loose end of tape curling off the roll.

Methods used: `x-scanpdf:<dpi>[...]:rambutan`, `x-photo:<dpi>:<font>:eltape`,
`x-scanpdf:<dpi>:photo:eltape`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("rambutan", "eltape")
DONE = set()
SEED = [0]
_h15_degrade = H15.degrade
_photo = P.photo


def _rot(x, y, a):
    c, s = math.cos(a), math.sin(a)
    return x * c - y * s, x * s + y * c


def _shadow(p, W, H, shapes, mm, dx, dy, blur, tone="gray62"):
    """Multiply a blurred grey silhouette (ellipses) onto the page, offset by dx, dy."""
    sh = p + ".sh.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", tone, "-stroke", "none"]
    for (cx, cy, rx, ry, a) in shapes:
        cmd += ["-draw", "translate %d,%d rotate %.1f ellipse 0,0 %d,%d 0,360" % (cx + dx, cy + dy, math.degrees(a), rx, ry)]
    B.run(cmd + ["-blur", "0x%d" % max(2, int(blur)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)


def _hairs(r, cx, cy, rx, ry, a, mm, inside=False):
    """Short curved hairs (spinterns) round the rim, or lying over a dome."""
    out = []
    n = int(2 * math.pi * max(rx, ry) / (1.5 * mm))
    for k in range(n):
        t = 2 * math.pi * k / n + r.uniform(-0.08, 0.08)
        if inside:   # a hair lying on the dome: start inside, point outward
            f = r.uniform(0.15, 0.85)
            bx, by = rx * f * math.cos(t), ry * f * math.sin(t)
            L = r.uniform(2.0, 3.6) * mm
        else:
            bx, by = rx * 0.96 * math.cos(t), ry * 0.96 * math.sin(t)
            L = r.uniform(3.0, 6.0) * mm
        ang = math.atan2(by / max(ry, 1) * rx, bx / max(rx, 1) * ry) + r.uniform(-0.35, 0.35)
        bend = r.choice((-1, 1)) * r.uniform(0.25, 0.6)
        pts = []
        for j in range(5):
            u = j / 4.0
            px = bx + math.cos(ang + bend * u) * L * u
            py = by + math.sin(ang + bend * u) * L * u
            qx, qy = _rot(px, py, a)
            pts.append((cx + qx, cy + qy))
        base = r.choice(("#b4261c", "#c4352a", "#a11f17", "#c94a2c"))
        tip = r.choice(("#9da43c", "#b7a53a", "#7e1a14", "#c9b94a"))
        w = max(1, int(r.uniform(0.35, 0.6) * mm))
        out += ["-fill", "none", "-stroke", base, "-strokewidth", str(w),
                "-draw", lines(pts[:4]),
                "-stroke", tip, "-strokewidth", str(max(1, w - 1)),
                "-draw", lines(pts[3:])]
    return out


def rambutan(p, r, mm):
    W, H = P.size_of(p)
    side = r.choice((0, 1))
    n = r.choice((2, 3, 3))
    objs = []
    y = H * r.uniform(0.62, 0.74)
    for k in range(n):
        kind = ("cup", "dome", "seed")[k] if k < 3 else "cup"
        if kind == "seed":
            rx, ry = r.uniform(9, 11) * mm, r.uniform(6, 7.5) * mm
        else:
            rx, ry = r.uniform(14, 17) * mm, r.uniform(12, 14.5) * mm
        off = r.uniform(-0.25, 0.35) * rx   # partly off the edge of the page
        cx = (off + rx * 0.6) if side == 0 else (W - rx * 0.6 - off)
        cx += r.uniform(-2, 2) * mm
        cy = y
        y += (ry * 2 + r.uniform(6, 14) * mm)
        if y > H - 10 * mm:
            y = H * r.uniform(0.55, 0.62)
        objs.append((kind, cx, cy, rx, ry, r.uniform(0, math.pi)))
    _shadow(p, W, H, [(cx, cy, rx * 1.05, ry * 1.05, a) for _, cx, cy, rx, ry, a in objs], mm, 2.0 * mm, 2.6 * mm, 2.2 * mm)
    cmd = ["convert", p]
    for kind, cx, cy, rx, ry, a in objs:
        tr = "translate %d,%d rotate %.1f " % (cx, cy, math.degrees(a))
        if kind == "seed":
            cmd += ["-stroke", "#3e220f", "-strokewidth", "2", "-fill", "#6b3d1c", "-draw", tr + "ellipse 0,0 %d,%d 0,360" % (rx, ry),
                    "-stroke", "none", "-fill", "#ece4d0", "-draw", tr + "ellipse %d,%d %d,%d 0,360" % (rx * 0.35, ry * 0.15, rx * 0.45, ry * 0.5),
                    "-fill", "#a0714a", "-draw", tr + "ellipse %d,%d %d,%d 0,360" % (-rx * 0.45, -ry * 0.35, rx * 0.25, ry * 0.16)]
            continue
        cmd += _hairs(r, cx, cy, rx, ry, a, mm)
        cmd += ["-stroke", "#6e140f", "-strokewidth", "%d" % max(2, int(0.8 * mm)), "-fill", "#b32a1f",
                "-draw", tr + "ellipse 0,0 %d,%d 0,360" % (rx, ry)]
        if kind == "cup":   # the inner wall: cream, pinkish towards the rim, a little juice shine
            cmd += ["-stroke", "none", "-fill", "#d9a28f", "-draw", tr + "ellipse 0,0 %d,%d 0,360" % (rx * 0.86, ry * 0.84),
                    "-fill", "#eee0c6", "-draw", tr + "ellipse %d,%d %d,%d 0,360" % (rx * 0.04, ry * 0.05, rx * 0.74, ry * 0.7),
                    "-fill", "#f8f2e6", "-draw", tr + "ellipse %d,%d %d,%d 0,360" % (-rx * 0.2, -ry * 0.22, rx * 0.22, ry * 0.12)]
        else:   # dome up: darker patches, a highlight, hairs over it
            cmd += ["-stroke", "none", "-fill", "#8f1d15", "-draw", tr + "ellipse %d,%d %d,%d 0,360" % (rx * 0.25, ry * 0.3, rx * 0.55, ry * 0.45),
                    "-fill", "#d86a4c", "-draw", tr + "ellipse %d,%d %d,%d 0,360" % (-rx * 0.3, -ry * 0.35, rx * 0.25, ry * 0.16)]
            cmd += _hairs(r, cx, cy, rx, ry, a, mm, inside=True)
    B.run(cmd + [p])


def eltape(p, r, mm):
    W, H = P.size_of(p)
    R2 = r.uniform(25, 28) * mm        # outer radius of the tape
    R1 = r.uniform(19, 20.5) * mm      # outer radius of the core = inner radius of the tape
    R0 = R1 - r.uniform(1.6, 2.2) * mm  # the hole
    left = r.random() < 0.4
    cx = (R2 + r.uniform(6, 20) * mm) if left else (W - R2 - r.uniform(6, 20) * mm)
    cy = H - R2 - r.uniform(10, 26) * mm
    # a soft shadow to the lower right (the roll is 18 mm tall): the ring's shadow, so the page in the hole stays light
    sh = p + ".sh.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "gray52",
           "-strokewidth", "%d" % (R2 - R0), "-draw", "circle %d,%d %d,%d" % (cx + 4 * mm, cy + 5 * mm, cx + 4 * mm + (R0 + R2) / 2, cy + 5 * mm),
           "-blur", "0x%d" % max(2, int(3 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-fill", "none"]
    # the tape ring (glossy black), the cardboard core, the page showing through the hole
    cmd += ["-stroke", "#121212", "-strokewidth", "%d" % (R2 - R1), "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + (R1 + R2) / 2, cy),
            "-stroke", "#303030", "-strokewidth", "%d" % max(1, int(0.4 * mm)), "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + R2 - 0.3 * mm, cy),
            "-stroke", "#c6a46e", "-strokewidth", "%d" % (R1 - R0), "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + (R0 + R1) / 2, cy),
            "-stroke", "#8a6c3e", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + R0, cy)]
    # gloss: a soft light arc on the black ring (the lamp above)
    a0 = r.uniform(195, 235)
    rm = (R1 + R2) / 2
    cmd += ["-stroke", "#5a5a5a", "-strokewidth", "%d" % max(2, int(1.6 * mm)),
            "-draw", arc(cx, cy, rm, a0, a0 + 50)]
    B.run(cmd + [p])
    gl = p + ".gl.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:black", "-fill", "none", "-stroke", "gray45", "-strokewidth", "%d" % max(1, int(0.8 * mm)),
           "-draw", arc(cx, cy, rm + 0.8 * mm, a0 + 6, a0 + 38), "-blur", "0x%d" % max(1, int(0.5 * mm)), gl])
    B.run(["convert", p, gl, "-compose", "Screen", "-composite", p])
    os.remove(gl)
    # the loose end: the tape's free end stands up off the roll, seen edge-on as a thin curling black line
    t0 = r.uniform(0, 2 * math.pi)
    L = r.uniform(10, 16) * mm
    pts = []
    for j in range(7):
        u = j / 6.0
        ang = t0 + u * L / R2
        rad = R2 + (u ** 2) * 4 * mm
        pts.append((cx + math.cos(ang) * rad, cy + math.sin(ang) * rad))
    B.run(["convert", p, "-fill", "none", "-stroke", "#101010", "-strokewidth", "%d" % max(2, int(0.9 * mm)),
           "-draw", lines(pts), p])
    # the inner wall of the core shades the page just inside the hole on one side
    sh = p + ".hole.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "gray72",
           "-strokewidth", "%d" % int(2.2 * mm), "-draw", arc(cx, cy, R0 - 1.1 * mm, 0, 110),
           "-blur", "0x%d" % max(2, int(0.9 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)


def lines(pts):
    """An open line through pts as separate segments (ImageMagick 6 closes stroked polylines and paths)."""
    return " ".join("line %d,%d %d,%d" % (a[0], a[1], b[0], b[1]) for a, b in zip(pts, pts[1:]))


def arc(cx, cy, rad, a0, a1):
    """An open arc (degrees)."""
    n = max(6, int(abs(a1 - a0) / 3))
    return lines([(cx + rad * math.cos(math.radians(a0 + (a1 - a0) * k / n)),
                   cy + rad * math.sin(math.radians(a0 + (a1 - a0) * k / n))) for k in range(n + 1)])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h145-%s-%s-%s" % (SEED[0], tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "rambutan" in opts and (i % 2 == 0 or len(pngs) <= 2):
            rambutan(p, r, mm)
        if "eltape" in opts and i % 2 == 0:
            eltape(p, r, mm)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, tag)
    return _photo(pngs, dpi, rng, stage, tag)


def main():
    SEED[0] = sys.argv[2] if len(sys.argv) > 2 else "0"
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
