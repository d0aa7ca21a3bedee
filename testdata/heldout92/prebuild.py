#!/usr/bin/env python3
"""Pre-build step of testdata/heldout92: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong while it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :tapemeasure  a steel tape measure (卷尺) left on the scanner glass along
                the left or right edge of the sheet: a yellow 19 mm blade
                with mm ticks and cm figures, half of it beyond the sheet,
                the brass hook at its end, a soft shadow.
  :hongbao      a phone photo of homework on a desk with a red envelope
                (红包, a gold circle and 福) lying over one corner of the
                sheet, turned 20-40 degrees, covering 15-25 mm of the corner.

Methods used: `x-scanpdf:<dpi>[:...]:tapemeasure`, `x-photo:<dpi>:<font>:hongbao`.
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
OPTIONS = ("tapemeasure", "hongbao")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def tapemeasure(p, r, mm):
    """a steel tape measure (卷尺) left on the scanner glass along a side edge: a yellow blade 19 mm wide with
    mm ticks and cm figures, half of it beyond the sheet, its brass hook at the end, a soft shadow."""
    W, H = P.size_of(p)
    bw = int(19 * mm)
    L = int(H * r.uniform(0.55, 0.8))
    strip = p + ".tape.png"
    cmd = ["convert", "-size", "%dx%d" % (L, bw), "xc:#e9c41c", "-fill", "#1a1a1a", "-stroke", "none"]
    ticks = []
    k = 0
    x = int(6 * mm)
    while x < L - 2:
        tl = bw * (0.42 if k % 10 == 0 else 0.28 if k % 5 == 0 else 0.16)
        ticks.append("rectangle %d,0 %d,%d" % (x, x + max(1, int(0.12 * mm)), int(tl)))
        k += 1
        x = int(6 * mm + k * mm)
    for t in ticks:
        cmd += ["-draw", t]
    cmd += ["-font", "DejaVu-Sans-Bold", "-pointsize", "%d" % max(8, int(3.2 * mm))]
    for cm in range(1, int((L - 6 * mm) / (10 * mm)) + 1):
        cmd += ["-annotate", "+%d+%d" % (int(6 * mm + cm * 10 * mm - 2.2 * mm), int(bw * 0.8)), str(cm + r.randint(0, 0) + 12)]
    cmd += ["-fill", "#8a6a2a", "-draw", "rectangle 0,0 %d,%d" % (int(2.2 * mm), bw), strip]
    B.run(cmd)
    ang = 90 + r.uniform(-3, 3)
    side = r.choice((0, 1))
    cx = int(3 * mm) if side == 0 else W - int(3 * mm)
    cy = int(H * r.uniform(0.4, 0.6))
    rot = p + ".tape2.png"
    B.run(["convert", strip, "-background", "none", "-rotate", "%.2f" % ang, rot])
    w2, h2 = P.size_of(rot)
    sh = p + ".tapesh.png"
    B.run(["convert", rot, "-alpha", "extract", "-fill", "gray45", "-opaque", "white", "-blur", "0x%d" % max(2, int(1.5 * mm)), sh])
    x0, y0 = cx - w2 // 2, cy - h2 // 2
    B.run(["convert", p, "(", sh, "-alpha", "off", "-negate", ")", "-geometry", "+%d+%d" % (x0 + int(1.2 * mm), y0 + int(1.2 * mm)),
           "-compose", "Multiply", "-composite", "(", rot, ")", "-geometry", "+%d+%d" % (x0, y0), "-compose", "Over", "-composite", p])
    for f in (strip, rot, sh):
        os.remove(f)


def hongbao(p, r, mm):
    """a red envelope (红包) lying over a corner of the sheet on the desk, turned 20-40 degrees, a gold circle with
    a 福 on it, most of it beyond the page so that the writing stays free."""
    W, H = P.size_of(p)
    ew, eh = int(90 * mm), int(165 * mm)
    env = p + ".hb.png"
    B.run(["convert", "-size", "%dx%d" % (ew, eh), "xc:#c8161d",
           "-fill", "#a51017", "-draw", "polygon 0,0 %d,0 %d,%d" % (ew, ew // 2, int(38 * mm)),
           "-fill", "none", "-stroke", "#e2b44a", "-strokewidth", "%d" % max(2, int(0.8 * mm)),
           "-draw", "circle %d,%d %d,%d" % (ew // 2, int(70 * mm), ew // 2 + int(18 * mm), int(70 * mm)),
           "-stroke", "none", "-fill", "#e8b84c", "-font", "AR-PL-UKai-CN", "-pointsize", "%d" % int(24 * mm),
           "-gravity", "north", "-annotate", "+0+%d" % int(58 * mm), "福", env])
    ang = r.uniform(20, 40) * r.choice((-1, 1))
    rot = p + ".hb2.png"
    B.run(["convert", env, "-background", "none", "-rotate", "%.1f" % ang, rot])
    w2, h2 = P.size_of(rot)
    corner = r.choice(("br", "bl", "tr"))
    # the envelope's centre beyond the corner, so that only a corner of the page is covered
    dx, dy = int(r.uniform(14, 22) * mm), int(r.uniform(48, 60) * mm)
    cx = W + dx if corner[1] == "r" else -dx
    cy = H + dy if corner[0] == "b" else -dy
    sh = p + ".hbsh.png"
    B.run(["convert", rot, "-alpha", "extract", "-blur", "0x%d" % max(2, int(2 * mm)), "-negate", "-level", "0%,100%", sh])
    B.run(["convert", p, "(", sh, "-fill", "gray50", "-colorize", "0", ")", "-geometry", "%+d%+d" % (cx - w2 // 2 + int(2 * mm), cy - h2 // 2 + int(2 * mm)),
           "-compose", "Multiply", "-composite", "(", rot, ")", "-geometry", "%+d%+d" % (cx - w2 // 2, cy - h2 // 2), "-compose", "Over", "-composite", p])
    for f in (env, rot, sh):
        os.remove(f)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h92-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "tapemeasure" in opts:
            tapemeasure(p, r, mm)
        if "hongbao" in opts:
            hongbao(p, r, mm)


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
