#!/usr/bin/env python3
"""Pre-build step of testdata/heldout105: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. :thumbprint acts on the clean page images BEFORE heldout15's
scanner simulation; :finger on the finished phone photo:

  :thumbprint  the sheets were handled with greasy or graphite-stained
               fingers before they were scanned: one to three grey-brown
               fingerprints (whorls and loops of fine ridges, a soft oval
               smudge under them) near the side and bottom edges, where a
               sheet is held, sometimes reaching over the text.
  :finger      a phone photo with the photographer's fingertip in front of
               the lens at a bottom corner: a large, very blurred, dark
               pinkish-brown shape entering from the corner of the frame, a
               reddish glow along its edge (light through the skin). Unlike
               the other faults it is drawn AFTER heldout7's phone photo, on
               the finished JPEG, since it is not on the sheet.

Methods used: `x-scanpdf:<dpi>[:color|:mono][:thumbprint]`,
`x-photo:<dpi>:<font>[:finger]`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("thumbprint", "finger")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo



def thumbprint(p, r, mm):
    W, H = P.size_of(p)
    n = r.choice([1, 2, 2, 3])
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white"]
    for k in range(n):
        # where a sheet is held: the left or right edge, or the bottom
        side = r.choice(["l", "r", "b", "r"])
        if side == "l":
            cx, cy = r.uniform(0.02, 0.12) * W, r.uniform(0.35, 0.9) * H
        elif side == "r":
            cx, cy = r.uniform(0.88, 0.98) * W, r.uniform(0.35, 0.9) * H
        else:
            cx, cy = r.uniform(0.15, 0.85) * W, r.uniform(0.9, 0.98) * H
        a, b = r.uniform(6.5, 8.5) * mm, r.uniform(9, 11.5) * mm
        rot = r.uniform(-0.8, 0.8)
        tone = r.randint(150, 185)
        col = "rgb(%d,%d,%d)" % (tone, tone - 12, tone - 28)
        # the soft smudge under the ridges
        cmd += ["-fill", "rgb(%d,%d,%d)" % (tone + 52, tone + 45, tone + 35), "-stroke", "none",
                "-draw", "translate %d,%d rotate %d ellipse 0,0 %d,%d 0,360" % (cx, cy, math.degrees(rot), a * 1.05, b * 1.05)]
        # the ridges: concentric, slightly wobbling loops, open at the bottom (a loop) or closed (a whorl)
        loop = r.random() < 0.5
        step = r.uniform(0.42, 0.55) * mm
        k2 = 0
        rr = step * 1.5
        while rr < b:
            pts = []
            span = 300 if loop else 360
            for j in range(73):
                t = math.radians(-60 + span * j / 72.0) if loop else math.radians(span * j / 72.0)
                w = 1 + 0.05 * math.sin(5 * t + k2 * 0.7 + r.uniform(0, 0.3))
                x = math.cos(t) * rr * (a / b) * w
                y = math.sin(t) * rr * w
                pts.append((cx + x * math.cos(rot) - y * math.sin(rot), cy + x * math.sin(rot) + y * math.cos(rot)))
            cmd += ["-fill", "none", "-stroke", col, "-strokewidth", "%.1f" % max(1.0, 0.18 * mm),
                    "-draw", "polyline " + " ".join("%d,%d" % q for q in pts)]
            rr += step
            k2 += 1
    m = p + ".thumb.png"
    B.run(cmd + ["-blur", "0x%.1f" % max(0.8, 0.12 * mm), m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def finger(p, r, mm):
    W, H = P.size_of(p)
    right = r.random() < 0.5
    cx = W * (r.uniform(0.90, 1.02) if right else r.uniform(-0.02, 0.10))
    cy = H * r.uniform(0.96, 1.06)
    a, b = W * r.uniform(0.13, 0.18), H * r.uniform(0.13, 0.17)
    rot = (r.uniform(20, 45) if right else r.uniform(-45, -20))
    m = p + ".finger.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:none",
           "-fill", "rgba(190,70,60,0.55)", "-draw", "translate %d,%d rotate %d ellipse 0,0 %d,%d 0,360" % (cx, cy, rot, a * 1.12, b * 1.12),
           "-fill", "rgba(92,52,44,0.93)", "-draw", "translate %d,%d rotate %d ellipse 0,0 %d,%d 0,360" % (cx, cy, rot, a, b),
           "-channel", "RGBA", "-blur", "0x%d" % max(8, int(W * 0.025)), m])
    B.run(["convert", p, m, "-compose", "Over", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h105-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "thumbprint" in opts:
            thumbprint(p, r, mm)



def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, tag)
    out = _photo(pngs, dpi, rng, stage, tag)
    if "finger" in MINE.get(tag, set()):
        # the fingertip is in front of the lens, not on the sheet: drawn on the finished photo
        r = random.Random("h105-finger-%s-%s" % (tag, dpi))
        for j in out:
            finger(j, r, dpi / 25.4)
    return out


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
