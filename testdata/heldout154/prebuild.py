#!/usr/bin/env python3
"""Pre-build step of testdata/heldout154: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two faults of this corpus, new ways a page goes wrong before it is
captured. They are drawn on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :confetti  hole-punch confetti (打孔纸屑) left on the scanner glass after a
             stack of sheets was punched for a binder: a scatter of small
             paper discs 5.5-6.5 mm across, off-white with a thin grey rim
             and a soft shadow on one side, a few of them carrying a
             fragment of a printed line (the punch went through a table
             border); most lie in the margins, a few on the page.
  :cinnamon  a cinnamon quill (肉桂卷, a rolled strip of bark 7-10 cm long)
             left lying on the sheet: a brown rolled stick with curled
             edges, bark streaks, the spiral of its cut end and a soft
             shadow, lying near an edge or a corner of the sheet.

and one thing that is not a fault but part of a layout of this corpus, drawn
AFTER heldout7's phone photo (it is burnt into the photo by the phone app,
not lying on the paper):

  :wmcam     a watermark-camera stamp (水印相机, as the 今日水印-style apps
             print it) in the lower left corner of each photo: a dark
             translucent box with a yellow bar, the time in large digits,
             the date and weather, the place and a 备注 line. The texts come
             from SRC.wm.json ({"pages": [{"time", "date", "place", "note"}]},
             one entry a photographed page; the build stops if the count
             differs).

Methods used: `x-scanpdf:<dpi>[:confetti|:cinnamon]`,
`x-photo:<dpi>:<font>[:cinnamon][:wmcam]`. heldout7 and heldout15 ignore
the options they do not know.

Usage: prebuild.py DIR SEED
"""
import importlib.util
import json
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
WM = {}     # work tag -> list of watermark texts, one a page
OPTIONS = ("confetti", "cinnamon", "wmcam")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def confetti(p, r, mm):
    W, H = P.size_of(p)
    n = r.randint(10, 17)
    cmd = ["convert", p]
    shadows = ["convert", "-size", "%dx%d" % (W, H), "xc:white"]
    discs = []
    inside = 0
    for k in range(n):
        # most in the margins (left/right 3-10 mm, bottom 3-11 mm), at most two on the page itself
        zone = r.random()
        if zone < 0.32:
            x, y = r.uniform(3, 10) * mm, r.uniform(0.08, 0.95) * H
        elif zone < 0.6:
            x, y = W - r.uniform(3, 10) * mm, r.uniform(0.08, 0.95) * H
        elif zone < 0.9 or inside >= 2:
            x, y = r.uniform(0.1, 0.9) * W, H - r.uniform(3, 11) * mm
        else:
            inside += 1
            x, y = r.uniform(0.1, 0.9) * W, r.uniform(0.1, 0.9) * H
        d = r.uniform(5.5, 6.5) * mm
        ry = d / 2 * r.uniform(0.82, 1.0)     # a chad lying a little tilted reads as an ellipse
        discs.append((x, y, d / 2, ry))
        shadows += ["-fill", "gray72", "-draw", "ellipse %d,%d %d,%d 0,360" % (x + 0.45 * mm, y + 0.55 * mm, d / 2, ry)]
    sh = p + ".confetti.png"
    B.run(shadows + ["-blur", "0x%d" % max(2, int(0.5 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    for x, y, rx, ry in discs:
        cmd += ["-fill", "gray97", "-stroke", "gray66", "-strokewidth", "%d" % max(1, int(0.12 * mm)),
                "-draw", "ellipse %d,%d %d,%d 0,360" % (x, y, rx, ry)]
        if r.random() < 0.3:   # a fragment of a printed table border punched out with the chad
            a = r.uniform(-0.4, 0.4)
            off = r.uniform(-0.4, 0.4) * ry
            dx, dy = math.cos(a) * rx * 0.92, math.sin(a) * rx * 0.92
            cmd += ["-stroke", "gray18", "-strokewidth", "%d" % max(2, int(0.28 * mm)),
                    "-draw", "line %d,%d %d,%d" % (x - dx, y + off - dy, x + dx, y + off + dy)]
        cmd += ["-stroke", "none"]
    B.run(cmd + [p])


def cinnamon(p, r, mm, stage):
    W, H = P.size_of(p)
    L = int(r.uniform(70, 100) * mm)
    w = int(r.uniform(12, 16) * mm)
    pad = int(3 * mm)
    img = p + ".quill.png"
    shadow = p + ".quillsh.png"
    cw, ch = L + 2 * pad, w + 2 * pad
    x0, y0, x1, y1 = pad, pad, pad + L, pad + w
    cmd = ["convert", "-size", "%dx%d" % (cw, ch), "xc:none",
           # the body of the quill, warm brown
           "-fill", "#8a4423", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, y0, x1, y1, w // 3, w // 2),
           # the outer curled edges (darker), the rounded back lit from above (lighter)
           "-fill", "#6b3118", "-draw", "rectangle %d,%d %d,%d" % (x0 + w // 3, y1 - int(w * 0.22), x1 - w // 6, y1 - int(w * 0.05)),
           "-fill", "#a95a2f", "-draw", "rectangle %d,%d %d,%d" % (x0 + w // 3, y0 + int(w * 0.14), x1 - w // 6, y0 + int(w * 0.34)),
           "-fill", "#bf7442", "-draw", "rectangle %d,%d %d,%d" % (x0 + w // 3, y0 + int(w * 0.2), x1 - w // 6, y0 + int(w * 0.25))]
    # bark streaks along the quill
    for k in range(r.randint(14, 22)):
        sx = r.randint(x0 + w // 3, x1 - w // 3)
        sy = r.randint(y0 + int(w * 0.1), y1 - int(w * 0.1))
        ln = int(r.uniform(6, 18) * mm)
        cmd += ["-stroke", r.choice(["#5e2a12", "#74371a", "#b46a3a"]), "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                "-draw", "line %d,%d %d,%d" % (sx, sy, min(x1 - w // 4, sx + ln), sy + r.randint(-2, 2))]
    # the cut end: the spiral of the rolled bark seen end-on
    ex, ey = x0 + w // 3, (y0 + y1) // 2
    cmd += ["-stroke", "none", "-fill", "#5a2810", "-draw", "ellipse %d,%d %d,%d 0,360" % (ex, ey, w // 3, w // 2 - 1)]
    for k, f in enumerate((0.78, 0.55, 0.33)):
        cmd += ["-fill", "none", "-stroke", "#c98a5a" if k % 2 == 0 else "#7b3a1b", "-strokewidth", "%d" % max(2, int(0.35 * mm)),
                "-draw", "ellipse %d,%d %d,%d %d,%d" % (ex + int(w * 0.03 * k), ey, int(w / 3 * f), int((w / 2 - 1) * f), 20 + 30 * k, 320 - 10 * k)]
    B.run(cmd + ["-blur", "0x0.6", img])
    B.run(["convert", img, "-alpha", "extract", "-background", "black", "-alpha", "shape", "-channel", "A", "-evaluate", "multiply", "0.45",
           "+channel", "-blur", "0x%d" % max(3, int(1.4 * mm)), shadow])
    # where it lies: near an edge or a corner, mostly over the margin
    spot = r.choice(["br", "tr", "bl", "bottom", "right"])
    if spot == "br":
        cx, cy, ang = W - r.uniform(40, 55) * mm, H - r.uniform(18, 28) * mm, r.uniform(-35, -15)
    elif spot == "tr":
        cx, cy, ang = W - r.uniform(30, 45) * mm, r.uniform(12, 22) * mm, r.uniform(12, 30)
    elif spot == "bl":
        cx, cy, ang = r.uniform(30, 45) * mm, H - r.uniform(14, 24) * mm, r.uniform(12, 30)
    elif spot == "bottom":
        cx, cy, ang = W * r.uniform(0.35, 0.65), H - r.uniform(10, 16) * mm, r.uniform(-8, 8)
    else:
        cx, cy, ang = W - r.uniform(9, 13) * mm, H * r.uniform(0.35, 0.7), 90 + r.uniform(-8, 8)
    H15.paste(p, shadow, cx + 1.6 * mm, cy + 2.2 * mm, ang)
    H15.paste(p, img, cx, cy, ang)
    os.remove(img)
    os.remove(shadow)


def wmcam(imgs, texts, tag):
    if len(texts) != len(imgs):
        raise SystemExit("prebuild: %s photographed %d pages, its watermark file lists %d" % (tag, len(imgs), len(texts)))
    for p, t in zip(imgs, texts):
        W, H = P.size_of(p)
        u = W / 100.0 * 0.8
        bw, bh = int(62 * u), int(21 * u)
        x0, y0 = int(3.5 * u), H - bh - int(3.5 * u)
        big, mid, small = 7.2 * u, 2.7 * u, 2.45 * u
        cmd = ["convert", p, "-fill", "rgba(20,20,20,0.42)", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, y0, x0 + bw, y0 + bh, int(u), int(u)),
               "-fill", "#f5c518", "-draw", "rectangle %d,%d %d,%d" % (x0 + int(1.4 * u), y0 + int(1.8 * u), x0 + int(2.1 * u), y0 + int(9.6 * u)),
               "-fill", "white", "-font", "Noto-Sans-CJK-SC-Bold", "-pointsize", "%.1f" % big,
               "-annotate", "+%d+%d" % (x0 + int(3.2 * u), y0 + int(9.2 * u)), B.im_escape(t["time"]),
               "-font", "Noto-Sans-CJK-SC", "-pointsize", "%.1f" % mid,
               "-annotate", "+%d+%d" % (x0 + int(27 * u), y0 + int(5.2 * u)), B.im_escape(t["date"]),
               "-annotate", "+%d+%d" % (x0 + int(27 * u), y0 + int(9.0 * u)), B.im_escape(t.get("weather", "")),
               "-pointsize", "%.1f" % small,
               "-annotate", "+%d+%d" % (x0 + int(1.6 * u), y0 + int(14.0 * u)), B.im_escape("◎ " + t["place"]),
               "-annotate", "+%d+%d" % (x0 + int(1.6 * u), y0 + int(18.4 * u)), B.im_escape(t["note"]), p]
        B.run(cmd)


def effects(pngs, dpi, tag, stage):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h154-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "confetti" in opts:
            confetti(p, r, mm)
        if "cinnamon" in opts and (i % 2 == 0 or r.random() < 0.5):
            cinnamon(p, r, mm, stage)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag, stage)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, tag, stage)
    out = _photo(pngs, dpi, rng, stage, tag)
    if tag in WM:
        wmcam(out, WM[tag], tag)
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
                    tag = "x%03d" % n
                    if mine:
                        MINE[tag] = mine
                    if "wmcam" in mine:
                        with open(os.path.join(d, cols[0] + ".wm.json"), encoding="utf-8") as g:
                            WM[tag] = json.load(g)["pages"]
                    n += 1
    H15.degrade = degrade   # heldout15's main installs H15.degrade as the builder's degrade
    P.photo = photo         # heldout7's main and heldout15's degrade look photo up at call time
    H15.main()


if __name__ == "__main__":
    main()
