#!/usr/bin/env python3
"""Pre-build step of testdata/heldout135: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, drawn on the clean page images BEFORE
heldout15's scanner simulation (and, for photos, before heldout7's photo):

  :blister    (scans) a half-used blister pack of capsules (药板) left on
              the scanner glass, bubbles down: a clear plastic card about
              64 x 32 mm with rounded corners, a soft shadow, 2 x 4 moulded
              bubbles, five still holding a two-tone capsule, three empty
              with the torn silver foil showing through; lying slanted in
              the lower part of the page.
  :clipboard  (phone photos) the sheet was photographed on a hardboard
              clipboard (写字板夹): the page shrunk a little onto the brown
              board, the board's edge round it, a chrome lever clip with two
              rivets and its shadow across the top edge of the sheet.

Methods used: `x-scanpdf:<dpi>[:color]:blister`, `x-scan:<dpi>:<font>:blister`,
`x-photo:<dpi>:<font>:clipboard`, `x-scanpdf:<dpi>:photo:clipboard`.
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
OPTIONS = ("blister", "clipboard")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def blister(p, r, mm):
    """A blister pack of capsules lying bubbles-down on the glass, lower part of the page."""
    W, H = P.size_of(p)
    w, h = int(r.uniform(60, 68) * mm), int(r.uniform(30, 34) * mm)
    pad = int(4 * mm)
    card = p + ".blister.png"
    cmd = ["convert", "-size", "%dx%d" % (w + 2 * pad, h + 2 * pad), "xc:none",
           # the clear plastic card: a faint grey-blue tint, a darker moulded rim
           "-fill", "rgba(150,165,180,0.22)", "-stroke", "rgba(90,100,110,0.7)", "-strokewidth", "%d" % max(1, int(0.35 * mm)),
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (pad, pad, pad + w, pad + h, int(3 * mm), int(3 * mm))]
    bw, bh = w / 4.0, h / 2.0
    empty = set(r.sample(range(8), 3))
    colours = [("#c0392b", "#f4f1ea"), ("#2e6fb5", "#f4f1ea"), ("#d9a21b", "#b8372d")]
    c1, c2 = colours[r.randrange(len(colours))]
    for k in range(8):
        cx = pad + bw * (k % 4 + 0.5)
        cy = pad + bh * (k // 4 + 0.5)
        rx, ry = bw * 0.36, bh * 0.30
        # the moulded bubble: a lighter dome with a dark edge
        cmd += ["-fill", "rgba(235,240,245,0.35)", "-stroke", "rgba(70,80,90,0.8)", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
                "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (cx - rx, cy - ry, cx + rx, cy + ry, ry, ry)]
        if k in empty:
            # pressed out: the torn foil behind, grey, with a few tear lines
            cmd += ["-fill", "rgba(150,150,150,0.85)", "-stroke", "rgba(80,80,80,0.9)", "-strokewidth", "1",
                    "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (cx - rx * 0.8, cy - ry * 0.7, cx + rx * 0.8, cy + ry * 0.7, ry * 0.6, ry * 0.6)]
            for _ in range(3):
                a = r.uniform(0, math.pi)
                L = rx * r.uniform(0.4, 0.8)
                cmd += ["-draw", "line %d,%d %d,%d" % (cx - L * math.cos(a), cy - L * math.sin(a) * 0.5, cx + L * math.cos(a), cy + L * math.sin(a) * 0.5)]
        else:
            # a two-tone capsule
            cr = ry * 0.62
            cmd += ["-stroke", "rgba(60,60,60,0.9)", "-strokewidth", "1",
                    "-fill", c1, "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (cx - rx * 0.82, cy - cr, cx, cy + cr, cr, cr),
                    "-fill", c2, "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (cx, cy - cr, cx + rx * 0.82, cy + cr, cr, cr),
                    "-stroke", "none", "-fill", "rgba(255,255,255,0.75)",
                    "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (cx - rx * 0.6, cy - cr * 0.6, cx + rx * 0.5, cy - cr * 0.3, 2, 2)]
    # a highlight along the top edge of the plastic
    cmd += ["-stroke", "rgba(255,255,255,0.8)", "-strokewidth", "%d" % max(1, int(0.4 * mm)), "-fill", "none",
            "-draw", "line %d,%d %d,%d" % (pad + 4 * mm, pad + 1.2 * mm, pad + w - 6 * mm, pad + 1.2 * mm), card]
    B.run(cmd)
    ang = r.uniform(-28, 28)
    rot = card + ".rot.png"
    B.run(["convert", card, "-background", "none", "-rotate", "%.1f" % ang, rot])
    cw, ch = P.size_of(rot)
    cx = W * r.uniform(0.62, 0.80)
    cy = H * r.uniform(0.80, 0.90)
    x0, y0 = int(cx - cw / 2), int(cy - ch / 2)
    # the soft shadow of the card (the lid light falls round it)
    sh = p + ".blsh.png"
    B.run(["convert", rot, "-alpha", "extract", "-threshold", "10%", "-negate", "-fill", "gray55", "-opaque", "black",
           "-blur", "0x%d" % max(2, int(1.6 * mm)), sh])
    B.run(["convert", p, "(", "-size", "%dx%d" % (W, H), "xc:white", sh, "-geometry", "+%d+%d" % (x0 + int(1.5 * mm), y0 + int(2 * mm)),
           "-compose", "Over", "-composite", ")", "-compose", "Multiply", "-composite", p])
    B.run(["convert", p, rot, "-geometry", "+%d+%d" % (x0, y0), "-compose", "Over", "-composite", p])
    for x in (card, rot, sh):
        os.remove(x)


def clipboard(p, r, mm):
    """The sheet on a brown hardboard clipboard: the page shrunk onto the board, a chrome clip at its top."""
    W, H = P.size_of(p)
    s = r.uniform(0.88, 0.91)
    pw, ph = int(W * s), int(H * s)
    ox = int((W - pw) / 2 + r.uniform(-0.01, 0.01) * W)
    oy = int(H * r.uniform(0.065, 0.075))
    board = p + ".board.png"
    # hardboard: warm brown with fine fibre noise and a slightly darker bevel at the edge
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:#8a5b34", "-attenuate", "0.25", "+noise", "Gaussian",
           "-motion-blur", "0x6+90", "(", "-size", "%dx%d" % (W, H), "xc:none", "-fill", "none", "-stroke", "rgba(40,20,8,0.55)",
           "-strokewidth", "%d" % int(2.5 * mm), "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (1, 1, W - 2, H - 2, int(8 * mm), int(8 * mm)), ")",
           "-compose", "Over", "-composite", board])
    small = p + ".small.png"
    B.run(["convert", p, "-resize", "%dx%d!" % (pw, ph), small])
    sh = p + ".psh.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray45",
           "-draw", "rectangle %d,%d %d,%d" % (ox + 1.5 * mm, oy + 2 * mm, ox + pw + 1.5 * mm, oy + ph + 2 * mm),
           "-blur", "0x%d" % max(2, int(1.5 * mm)), sh])
    B.run(["convert", board, sh, "-compose", "Multiply", "-composite", small, "-geometry", "+%d+%d" % (ox, oy),
           "-compose", "Over", "-composite", p])
    # the chrome clip: a plate across the sheet's top edge, a lever arc above it, two rivets, its shadow on the paper
    cw = r.uniform(92, 102) * mm
    cx = W / 2 + r.uniform(-3, 3) * mm
    top = oy - 9 * mm
    bot = oy + r.uniform(7.5, 9) * mm
    x0, x1 = cx - cw / 2, cx + cw / 2
    csh = p + ".csh.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray40",
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0 + 2 * mm, top + 3 * mm, x1 + 2.5 * mm, bot + 3.5 * mm, 3 * mm, 3 * mm),
           "-blur", "0x%d" % max(3, int(2.2 * mm)), csh])
    B.run(["convert", p, csh, "-compose", "Multiply", "-composite", p])
    grad = p + ".grad.png"
    B.run(["convert", "-size", "%dx%d" % (int(cw), int(bot - top)), "gradient:#f2f2f2-#7d7d7d", grad])
    cmd = ["convert", p, "(", grad, "(", "-size", "%dx%d" % (int(cw), int(bot - top)), "xc:black", "-fill", "white",
           "-draw", "roundrectangle 0,0 %d,%d %d,%d" % (int(cw) - 1, int(bot - top) - 1, int(3 * mm), int(3 * mm)), ")",
           "-alpha", "off", "-compose", "CopyOpacity", "-composite", ")", "-geometry", "+%d+%d" % (x0, top), "-compose", "Over", "-composite",
           "-fill", "none", "-stroke", "gray30", "-strokewidth", "%d" % max(1, int(0.35 * mm)),
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, top, x1, bot, 3 * mm, 3 * mm),
           # the lever: an arc of bent steel wire above the plate
           "-stroke", "gray25", "-strokewidth", "%d" % max(2, int(1.2 * mm)),
           "-draw", "path 'M %d,%d Q %d,%d %d,%d'" % (cx - cw * 0.3, top + 2 * mm, cx, top - 14 * mm, cx + cw * 0.3, top + 2 * mm),
           "-stroke", "gray85", "-strokewidth", "%d" % max(1, int(0.35 * mm)),
           "-draw", "path 'M %d,%d Q %d,%d %d,%d'" % (cx - cw * 0.3, top + 1.5 * mm, cx, top - 14.5 * mm, cx + cw * 0.3, top + 1.5 * mm),
           "-stroke", "gray20", "-strokewidth", "1", "-fill", "gray60"]
    for rx in (x0 + 9 * mm, x1 - 9 * mm):
        cmd += ["-draw", "circle %d,%d %d,%d" % (rx, (top + bot) / 2, rx + 1.8 * mm, (top + bot) / 2)]
    B.run(cmd + [p])
    for x in (board, small, sh, csh, grad):
        os.remove(x)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h135-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "blister" in opts and (i % 2 == 0 or len(pngs) < 3):   # the pack moved off the glass between some sheets
            blister(p, r, mm)
        if "clipboard" in opts:
            clipboard(p, r, mm)


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
