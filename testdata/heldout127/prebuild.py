#!/usr/bin/env python3
"""Pre-build step of testdata/heldout127: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :compass   the sheet was scanned with a drawing compass (圆规) left open on
             the glass: a metal hinge head with a knurled grip, two thin
             steel legs 9-13 cm long spread at 25-45 degrees, a needle point
             on one leg and a pencil lead on the other, their soft shadow
             beside them. The legs lie across lines of text.
  :cards     a phone photo of a page on a desk where a few playing cards
             (扑克牌) lie on one corner: white rounded cards with a grey edge,
             a red or black corner index and suit, a soft shadow, overlapping
             each other and the margin of the page.

Methods used: `x-scanpdf:<dpi>[:compass]`, `x-scanpdf:<dpi>:photo:cards`,
`x-photo:<dpi>:<font>[:cards]`.
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
OPTIONS = ("compass", "cards")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def compass(p, r, mm):
    W, H = P.size_of(p)
    hx, hy = W * r.uniform(0.3, 0.7), H * r.uniform(0.25, 0.6)
    L = r.uniform(90, 130) * mm
    base = r.uniform(0, 2 * math.pi)
    spread = math.radians(r.uniform(25, 45))
    ends = [(hx + L * math.cos(base + s * spread / 2), hy + L * math.sin(base + s * spread / 2)) for s in (-1, 1)]
    sh = p + ".shadow.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-stroke", "gray72", "-strokewidth", "%d" % max(3, int(2.6 * mm)), "-fill", "none"]
    for ex, ey in ends:
        cmd += ["-draw", "line %d,%d %d,%d" % (hx + 2 * mm, hy + 2.5 * mm, ex + 2 * mm, ey + 2.5 * mm)]
    cmd += ["-fill", "gray72", "-draw", "circle %d,%d %d,%d" % (hx + 2 * mm, hy + 2.5 * mm, hx + 2 * mm + 6 * mm, hy + 2.5 * mm),
            "-blur", "0x%d" % max(3, int(1.8 * mm)), sh]
    B.run(cmd)
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p]
    for k, (ex, ey) in enumerate(ends):
        cmd += ["-stroke", "gray38", "-strokewidth", "%d" % max(2, int(1.6 * mm)), "-draw", "line %d,%d %d,%d" % (hx, hy, ex, ey),
                "-stroke", "gray82", "-strokewidth", "%d" % max(1, int(0.35 * mm)), "-draw", "line %d,%d %d,%d" % (hx, hy - 0.3 * mm, ex, ey - 0.3 * mm)]
        # the tip: a needle on one leg, a pencil lead in a clamp on the other
        dx, dy = (ex - hx) / L, (ey - hy) / L
        tx, ty = ex + dx * 8 * mm, ey + dy * 8 * mm
        if k == 0:
            cmd += ["-stroke", "gray60", "-strokewidth", "%d" % max(1, int(0.5 * mm)), "-draw", "line %d,%d %d,%d" % (ex, ey, tx, ty)]
        else:
            cmd += ["-stroke", "gray25", "-strokewidth", "%d" % max(2, int(2.4 * mm)), "-draw", "line %d,%d %d,%d" % (ex - dx * 6 * mm, ey - dy * 6 * mm, ex, ey),
                    "-stroke", "gray15", "-strokewidth", "%d" % max(1, int(0.8 * mm)), "-draw", "line %d,%d %d,%d" % (ex, ey, tx, ty)]
    R = 5.5 * mm
    cmd += ["-stroke", "gray20", "-strokewidth", "%d" % max(1, int(0.4 * mm)), "-fill", "gray45", "-draw", "circle %d,%d %d,%d" % (hx, hy, hx + R, hy),
            "-fill", "gray30", "-draw", "rectangle %d,%d %d,%d" % (hx - 1.6 * mm, hy - R - 9 * mm, hx + 1.6 * mm, hy - R + 1 * mm),
            "-stroke", "gray80", "-strokewidth", "1", "-fill", "gray70", "-draw", "circle %d,%d %d,%d" % (hx, hy, hx + 1.5 * mm, hy)]
    B.run(cmd + [p])


def cards(p, r, mm):
    W, H = P.size_of(p)
    corner = r.choice(["tr", "bl", "br"])
    cw, ch = 63 * mm, 88 * mm
    cx = W - 10 * mm if corner in ("tr", "br") else 10 * mm
    cy = 8 * mm if corner == "tr" else H - 8 * mm
    suits = [("♥", "#c0141c"), ("♠", "#151515"), ("♦", "#c0141c"), ("♣", "#151515")]
    ranks = ["A", "7", "K", "3", "Q", "9"]
    for k in range(r.randint(2, 3)):
        ang = r.uniform(-40, 40) + k * r.uniform(12, 22)
        x = cx + r.uniform(-8, 8) * mm - (k * 9 * mm if corner in ("tr", "br") else -k * 9 * mm)
        y = cy + r.uniform(-6, 6) * mm
        card = p + ".card.png"
        su, col = r.choice(suits)
        rk = r.choice(ranks)
        B.run(["convert", "-size", "%dx%d" % (cw, ch), "xc:none", "-fill", "white", "-stroke", "gray60", "-strokewidth", "%d" % max(1, int(0.4 * mm)),
               "-draw", "roundrectangle 1,1 %d,%d %d,%d" % (cw - 2, ch - 2, 4 * mm, 4 * mm),
               "-stroke", "none", "-fill", col, "-font", "DejaVu-Sans", "-pointsize", "%d" % (7 * mm), "-annotate", "+%d+%d" % (3 * mm, 10 * mm), rk,
               "-pointsize", "%d" % (6 * mm), "-annotate", "+%d+%d" % (3 * mm, 17 * mm), su,
               "-pointsize", "%d" % (24 * mm), "-gravity", "center", "-annotate", "+0+0", su,
               "-background", "none", "-rotate", "%.1f" % ang,
               "(", "+clone", "-background", "black", "-shadow", "45x%d+%d+%d" % (max(2, int(1.5 * mm)), int(1.5 * mm), int(2 * mm)), ")",
               "+swap", "-background", "none", "-layers", "merge", "+repage", card])
        cwr, chr_ = P.size_of(card)
        B.run(["convert", p, card, "-geometry", "%+d%+d" % (x - cwr / 2, y - chr_ / 2), "-compose", "Over", "-composite", p])
        os.remove(card)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h127-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "compass" in opts:
            compass(p, r, mm)
        if "cards" in opts:
            cards(p, r, mm)


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
