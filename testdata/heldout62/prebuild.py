#!/usr/bin/env python3
"""Pre-build step of testdata/heldout62: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, faults of a school's scanner or phone
that the earlier corpora did not draw. They act on the clean page images
BEFORE heldout15's scanner simulation (and, for phone photos, before
heldout7's photo()):

  :streak   dirty scanner glass (a speck of correction fluid or dust on the
            flatbed's slit): one to three thin vertical lines down the whole
            page, one dark grey, the others lighter, each with a slight
            wobble of brightness, at the same x on every page of the file.
  :glare    the phone's flash (or a ceiling lamp) reflected on a glossy sheet:
            a soft bright oval where the print is washed out to a pale grey,
            in the upper middle of the page, over the answers (the text
            under it stays faintly readable).
  :thumb    a thumb holding the sheet flat on the desk: a skin-coloured,
            rounded shape with a nail, a soft shadow, coming in from the
            left or right edge a quarter to a third down the page, covering
            the margin and the start or end of a few lines.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:streak|:photo|:glare]`,
`x-scan:<dpi>:<font>[:streak]`, `x-photo:<dpi>:<font>[:glare|:thumb]`.
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
OPTIONS = ("streak", "glare", "thumb")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def streak(pngs, r, mm):
    W, H = P.size_of(pngs[0])
    lines = []
    for k in range(r.randint(1, 3)):
        x = int(W * r.uniform(0.08, 0.92))
        grey = r.randint(35, 70) if k == 0 else r.randint(120, 175)
        w = max(1, int(r.uniform(0.12, 0.3) * mm)) if k == 0 else 1
        lines.append((x, grey, w))
    for p in pngs:
        cmd = ["convert", p]
        for x, grey, w in lines:
            y = 0
            while y < H:   # the brightness wobbles a little along the line
                h = int(r.uniform(20, 60) * mm)
                g = max(0, min(255, grey + r.randint(-15, 15)))
                cmd += ["-fill", "rgb(%d,%d,%d)" % (g, g, g), "-stroke", "none",
                        "-draw", "rectangle %d,%d %d,%d" % (x, y, x + w - 1, min(H, y + h))]
                y += h
        B.run(cmd + [p])


def glare(p, r, mm):
    W, H = P.size_of(p)
    cx, cy = int(W * r.uniform(0.38, 0.62)), int(H * r.uniform(0.26, 0.42))
    rx, ry = int(r.uniform(28, 42) * mm), int(r.uniform(16, 26) * mm)
    m = p + ".glare.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:black", "-fill", "gray%d" % r.randint(82, 87),
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rx, ry),
           "-fill", "gray%d" % r.randint(91, 94), "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - rx // 5, cy - ry // 5, rx // 3, ry // 3),
           "-blur", "0x%d" % int(7 * mm), m])
    B.run(["convert", p, m, "-compose", "Screen", "-composite", p])
    os.remove(m)


def thumb(p, r, mm):
    W, H = P.size_of(p)
    left = r.random() < 0.5
    cy = int(H * r.uniform(0.22, 0.36))
    tw, th = int(r.uniform(20, 24) * mm), int(r.uniform(34, 40) * mm)
    x0 = -int(tw * 0.35) if left else W - int(tw * 0.65)
    x1 = x0 + tw
    skin = r.choice(["rgb(214,168,138)", "rgb(201,150,120)", "rgb(224,182,152)"])
    sh = p + ".thumb.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:none",
           "-fill", "rgba(0,0,0,0.35)", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0 + 6, cy - th // 2 + 10, x1 + 6, cy + th // 2 + 10, tw // 2, tw // 2),
           "-blur", "0x%d" % int(2.5 * mm),
           "-fill", skin, "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, cy - th // 2, x1, cy + th // 2, tw // 2, tw // 2),
           "-fill", "rgba(255,235,225,0.55)",
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0 + tw // 5, cy - th // 2 + int(2 * mm), x1 - tw // 5, cy - th // 2 + int(12 * mm), tw // 4, tw // 4),
           "-fill", "rgba(120,80,60,0.25)", "-draw", "line %d,%d %d,%d" % (x0 + tw // 6, cy + th // 8, x1 - tw // 6, cy + th // 8),
           sh])
    B.run(["convert", p, sh, "-compose", "Over", "-composite", p])
    os.remove(sh)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h62-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    if "streak" in opts and pngs:
        streak(pngs, r, mm)
    for i, p in enumerate(pngs):
        if "glare" in opts and i % 2 == 0:
            glare(p, r, mm)
        if "thumb" in opts:
            thumb(p, r, mm)


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
