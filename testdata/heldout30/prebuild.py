#!/usr/bin/env python3
"""Pre-build step of testdata/heldout30: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus four options of this corpus, new ways a page goes wrong in a school
office. They act on the clean page images before heldout15's scanner
simulation (heldout7's skew, noise, blur, JPEG or 1-bit threshold):

  :torn       a corner of each sheet torn off before scanning: a ragged tear
              across the corner, the dark scanner lid showing where the paper
              is missing, a faint grey line of lifted fibres along the tear.
              The corner alternates (top right on odd pages, lower left on
              even ones).
  :stamp      the school's round red seal (教务处 成绩专用章) stamped over the
              right-hand columns of the last page: a ring, the school's name
              round the top, a star, the seal's purpose under it; uneven ink
              (paler patches), turned 8-20 degrees.
  :pencil     the teacher checked the sheet with a pencil: soft grey ticks in
              the left margin, rings round a few cells, a short underline,
              `已核` written at the top right.
  :faxjitter  the page came through a fax line: scan lines dropped (thin
              white lines right across the page), a few bands of lines
              shifted sideways by the receiver's sync jitter, short black
              line-noise dashes. Meant with heldout7's `:mono`.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:torn|:stamp|:pencil|:faxjitter]`,
`x-scan:<dpi>:<font>`, `x-photo:<dpi>:<font>`, `x-xlsx` (heldout7's
spreadsheet with merged cells). heldout7 and heldout15 ignore the options
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
OPTIONS = ("torn", "stamp", "pencil", "faxjitter")
SEAL_TEXT = {}   # work tag -> the school's name round the seal
_h15_degrade = H15.degrade


def torn(p, i, mm, r):
    W, H = P.size_of(p)
    a = r.uniform(22, 34) * mm     # how far the tear runs along each edge
    b = r.uniform(18, 30) * mm
    n = 16
    pts = []
    if i % 2 == 0:   # top right corner: from the top edge down to the right edge
        x0, y0, x1, y1 = W - a, 0, W - 1, b
        corner = [(W - 1, 0)]
    else:            # lower left corner: from the left edge to the bottom edge
        x0, y0, x1, y1 = 0, H - b, a, H - 1
        corner = [(0, H - 1)]
    for k in range(n + 1):
        t = k / n
        x = x0 + (x1 - x0) * t
        y = y0 + (y1 - y0) * t
        if 0 < k < n:   # ragged: jitter across the tear line, bigger in the middle
            j = r.uniform(-1, 1) * (1.2 + 1.8 * math.sin(math.pi * t)) * mm
            x += j * 0.7
            y -= j * 0.7 if i % 2 == 0 else -j * 0.7
        pts.append((int(x), int(y)))
    poly = " ".join("%d,%d" % q for q in pts + corner)
    line = " ".join("%d,%d" % q for q in pts)
    fib = " ".join("%d,%d" % (x - (3 if i % 2 == 0 else -3), y + (3 if i % 2 == 0 else -3)) for x, y in pts)
    B.run(["convert", p, "-fill", "none", "-stroke", "gray72", "-strokewidth", "%d" % max(2, int(0.5 * mm)), "-draw", "polyline " + fib,
           "-stroke", "none", "-fill", "#2e2e2e", "-draw", "polygon " + poly,
           "-fill", "none", "-stroke", "#4a4a4a", "-strokewidth", "2", "-draw", "polyline " + line, p])


def seal(path, mm, r, name):
    D = int(42 * mm)
    c = D // 2
    red = "#c8232c"
    R = int(19.5 * mm)
    cmd = ["convert", "-size", "%dx%d" % (D, D), "xc:none", "-fill", "none", "-stroke", red, "-strokewidth", "%d" % int(1.3 * mm),
           "-draw", "circle %d,%d %d,%d" % (c, c, c + R, c), "-stroke", "none", "-fill", red]
    # a five-pointed star in the middle
    s = 6.5 * mm
    star = []
    for k in range(10):
        rad = s if k % 2 == 0 else s * 0.38
        ang = -math.pi / 2 + k * math.pi / 5
        star.append("%d,%d" % (c + rad * math.cos(ang), c + rad * math.sin(ang)))
    cmd += ["-draw", "polygon " + " ".join(star), "-font", "AR-PL-SungtiL-GB", "-gravity", "center"]
    # the school's name round the top, from about 210 degrees to -30 degrees
    chars = list(name)
    span = 240.0
    rr = R - 4.3 * mm
    for k, ch in enumerate(chars):
        th = math.radians(90 + span / 2 - span * (k + 0.5) / len(chars))
        dx, dy = rr * math.cos(th), -rr * math.sin(th)
        rot = 90 - math.degrees(th)
        cmd += ["-pointsize", "%.1f" % (4.2 * mm), "-annotate", "%.1fx%.1f%+d%+d" % (rot, rot, dx, dy), ch]
    cmd += ["-pointsize", "%.1f" % (3.6 * mm), "-annotate", "+0+%d" % int(10.5 * mm), "成绩专用章"]
    cmd += [path]
    B.run(cmd)
    # uneven ink: a soft noise mask takes away some of the colour
    B.run(["convert", path, "(", "-size", "%dx%d" % (D, D), "xc:", "+noise", "Random", "-colorspace", "Gray", "-blur", "0x%d" % int(2.5 * mm),
           "-auto-level", "-level", "0%%,%d%%" % r.randint(55, 70), "-alpha", "copy", ")", "-compose", "DstIn", "-composite", "-background", "none",
           "-rotate", "%.1f" % (r.choice([-1, 1]) * r.uniform(8, 20)), path])
    B.run(["convert", path, "-channel", "A", "-evaluate", "multiply", "0.85", "+channel", path])


def stamp(p, mm, r, name, stage, tag, i):
    W, H = P.size_of(p)
    s = os.path.join(stage, "%s_seal%02d.png" % (tag, i))
    seal(s, mm, r, name)
    sw, sh = P.size_of(s)
    x = int(W * r.uniform(0.74, 0.80) - sw / 2)
    y = int(H * r.uniform(0.52, 0.66) - sh / 2)
    B.run(["convert", p, s, "-geometry", "%+d%+d" % (x, y), "-compose", "Multiply", "-composite", p])


def pencil(p, mm, r, stage, tag, i):
    W, H = P.size_of(p)
    lay = os.path.join(stage, "%s_pencil%02d.png" % (tag, i))
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:none", "-fill", "none", "-stroke", "#555555", "-strokewidth", "%d" % max(2, int(0.35 * mm))]
    for k in range(r.randint(7, 11)):   # ticks in the left margin
        x, y = W * r.uniform(0.035, 0.07), H * r.uniform(0.2, 0.82)
        cmd += ["-draw", "polyline %d,%d %d,%d %d,%d" % (x, y, x + 1.2 * mm, y + 1.8 * mm, x + 4 * mm, y - 2.6 * mm)]
    for k in range(r.randint(2, 4)):    # rings round a few cells
        x, y = W * r.uniform(0.42, 0.86), H * r.uniform(0.22, 0.78)
        rx, ry = r.uniform(6, 8.5) * mm, r.uniform(3.0, 4.0) * mm
        cmd += ["-draw", "ellipse %d,%d %d,%d %d,%d" % (x, y, rx, ry, r.randint(0, 40), r.randint(330, 380))]
    x, y = W * r.uniform(0.25, 0.5), H * r.uniform(0.3, 0.7)   # a short underline
    cmd += ["-draw", "line %d,%d %d,%d" % (x, y, x + r.uniform(14, 24) * mm, y + r.uniform(-1, 1) * mm)]
    cmd += ["-stroke", "none", "-fill", "#666666", "-font", "AR-PL-UKai-CN", "-pointsize", "%.1f" % (5.0 * mm),
            "-annotate", "-6x-6+%d+%d" % (int(W * 0.82), int(H * 0.07)), "已核"]
    B.run(cmd + [lay])
    B.run(["convert", p, "(", lay, "-blur", "0x0.7", ")", "-compose", "Multiply", "-composite", p])
    os.remove(lay)


def faxjitter(p, mm, r):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    for k in range(r.randint(3, 5)):   # bands shifted sideways
        y = int(H * r.uniform(0.08, 0.92))
        h = int(r.uniform(2.5, 7) * mm)
        dx = r.choice([-1, 1]) * r.randint(3, 8)
        cmd += ["(", "+clone", "-crop", "%dx%d+0+%d" % (W, h, y), "+repage", "-background", "white", "-roll", "%+d+0" % dx, ")",
                "-geometry", "+0+%d" % y, "-compose", "Over", "-composite"]
    cmd += ["-stroke", "none", "-fill", "white"]
    for k in range(r.randint(14, 24)):  # dropped scan lines
        y = int(H * r.uniform(0.03, 0.97))
        cmd += ["-draw", "rectangle 0,%d %d,%d" % (y, W, y + r.randint(1, 2))]
    cmd += ["-fill", "black"]
    for k in range(r.randint(2, 4)):    # line noise
        y = int(H * r.uniform(0.05, 0.95))
        x = int(W * r.uniform(0.0, 0.7))
        cmd += ["-draw", "rectangle %d,%d %d,%d" % (x, y, x + int(W * r.uniform(0.05, 0.3)), y + 1)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag, stage):
    opts = MINE.get(tag, set())
    r = random.Random("h30-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "pencil" in opts:
            pencil(p, mm, r, stage, tag, i)
        if "stamp" in opts and i == len(pngs) - 1:
            stamp(p, mm, r, SEAL_TEXT.get(tag, "技工学校教务处"), stage, tag, i)
        if "torn" in opts:
            torn(p, i, mm, r)
        if "faxjitter" in opts:
            faxjitter(p, mm, r)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag, stage)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def main():
    src = os.path.join(os.path.abspath(sys.argv[1]), "src")
    n = 0
    for mp, d in H15.manifests(src):
        school = os.path.basename(os.path.dirname(d))
        with open(mp, encoding="utf-8") as f:
            for line in f.read().rstrip("\n").split("\n"):
                cols = line.split("\t")
                if len(cols) == 5 and cols[2].startswith("x-"):
                    mine = {o for o in cols[2].split(":")[2:] if o in OPTIONS}
                    if mine:
                        MINE["x%03d" % n] = mine
                        SEAL_TEXT["x%03d" % n] = school + "教务处"
                    n += 1
    H15.degrade = degrade   # heldout15's main installs H15.degrade as the builder's degrade
    H15.main()


if __name__ == "__main__":
    main()
