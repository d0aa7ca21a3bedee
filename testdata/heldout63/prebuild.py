#!/usr/bin/env python3
"""Pre-build step of testdata/heldout63: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two faults of this corpus, applied to the clean page images BEFORE
heldout15's scanner simulation (and, for x-photo, before heldout7's phone
photo):

  :faxstd   the page was faxed in STANDARD mode (about 200 x 100 lines per
            inch): every second scan line is lost and the one kept is
            printed twice, so letters turn blocky and short strokes vanish;
            the receiving machine prints its header line at the top of each
            page (date, time, the sender's number and name, page n/N).
            Meant with :mono (the builder's 1-bit threshold comes after).
  :overexp  (x-photo) the phone photo was taken beside a bright window and
            the camera over-exposed one side: a broad, soft hot spot where the
            ink fades to a light grey (Screen blend), strongest on one edge of
            the sheet, and a faint cool cast on the rest.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:faxstd]`, `x-scan:<dpi>:<font>[:color]`,
`x-photo:<dpi>:<font>[:overexp]`. heldout7 and heldout15 ignore the options
they do not know.

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

MINE = {}    # work tag (x%03d, numbered as heldout7's and heldout15's prebuild number them) -> set of options
SENDER = {}  # work tag -> the sender's name for the fax header
OPTIONS = ("faxstd", "overexp")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def faxstd(pngs, r, dpi, sender):
    N = len(pngs)
    hour, minute = r.randint(8, 16), r.randint(0, 59)
    number = "0858-%07d" % r.randint(3200000, 3299999)
    for i, p in enumerate(pngs):
        W, H = P.size_of(p)
        px = 8.5 * dpi / 72.0
        head = "2024-12-%02d %02d:%02d   FROM: %s   %s   P.%02d/%02d" % (r.randint(2, 20), hour, minute + i if minute + i < 60 else 59,
                                                                      number, sender, i + 1, N)
        B.run(["convert", p, "-fill", "white", "-draw", "rectangle 0,0 %d,%d" % (W, int(px * 2.2)),
               "-font", "Noto-Sans-CJK-SC", "-fill", "black", "-pointsize", "%.1f" % px,
               "-annotate", "+%d+%d" % (int(0.35 * dpi), int(px * 1.5)), B.im_escape(head), p])
        # standard mode: keep every second line, print it twice
        B.run(["convert", p, "-sample", "100%x50%", "-sample", "%dx%d!" % (W, H), p])


def overexp(pngs, r):
    for p in pngs:
        W, H = P.size_of(p)
        side = r.choice(["left", "right", "top"])
        cx = {"left": -W // 6, "right": W + W // 6, "top": W // 2}[side] + r.randint(-W // 10, W // 10)
        cy = {"left": r.randint(H // 5, H * 4 // 5), "right": r.randint(H // 5, H * 4 // 5), "top": -H // 8}[side]
        R = int(max(W, H) * r.uniform(0.55, 0.7))
        peak = r.randint(52, 62)   # ink at the hot spot's centre: gray52..62 after Screen
        m = p + ".hot.png"
        B.run(["convert", "-size", "%dx%d" % (W, H), "xc:black", "-fill", "gray%d" % peak,
               "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + R // 2, cy), "-blur", "0x%d" % (R // 3), m])
        B.run(["convert", p, m, "-compose", "Screen", "-composite",
               "(", "+clone", "-fill", "#e4ecf6", "-colorize", "100", ")", "-compose", "Multiply", "-composite", p])
        os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h63-%s-%s" % (tag, dpi))
    if "faxstd" in opts:
        faxstd(pngs, r, dpi, SENDER.get(tag, ""))
    if "overexp" in opts:
        overexp(pngs, r)


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
                        SENDER["x%03d" % n] = os.path.basename(os.path.dirname(d)) + "教务科"
                    n += 1
    H15.degrade = degrade   # heldout15's main installs H15.degrade as the builder's degrade
    P.photo = photo         # heldout7's main and heldout15's degrade look photo up at call time
    H15.main()


if __name__ == "__main__":
    main()
