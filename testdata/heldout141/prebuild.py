#!/usr/bin/env python3
"""Pre-build step of testdata/heldout141: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, drawn on the clean page images BEFORE
heldout15's scanner simulation (and, for photos, before heldout7's photo):

  :handwarmer  a small disposable hand warmer (暖宝宝, an adhesive heat pad
               of about 52 x 70 mm) left lying on the sheet in a corner of
               the lower part: an off-white quilted pouch with rounded
               corners, an orange printed band with `暖宝宝` and a sun mark,
               small grey use instructions, a soft shadow, turned 8-28
               degrees, near a lower corner. Scans and phone
               photos (the winter classrooms of 同江).
  :oximeter    a fingertip pulse oximeter (指夹式血氧仪) put down on the
               sheet near the bottom: a rounded two-tone body of about
               60 x 33 mm, its dark display window showing SpO2 and pulse
               digits in cyan and yellow, a round button, a grey lanyard
               loop trailing from its hinge end, a soft shadow.

Both are put down in the emptiest of a few candidate spots near the foot of
the page (the least ink under them), as one would put a thing down beside the
text, not on it.

Methods used: `x-scanpdf:<dpi>:handwarmer`, `x-scan:<dpi>:<font>:handwarmer`,
`x-photo:<dpi>:<font>:handwarmer|oximeter`, `x-scanpdf:<dpi>:photo:oximeter`.
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
OPTIONS = ("handwarmer", "oximeter")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def shadow_under(p, obj, cx, cy, angle, mm, level="58%"):
    """A soft shadow of obj's outline (turned as H15.paste turns it), offset down-right, multiplied onto the page."""
    W, H = P.size_of(p)
    rot = obj + ".rot.png"
    B.run(["convert", obj, "-background", "none", "-rotate", "%.2f" % angle, rot])
    w, h = P.size_of(rot)
    full = obj + ".sh.png"
    off = 1.8 * mm
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "(", rot, "-alpha", "extract", "-negate", ")",
           "-geometry", "%+d%+d" % (int(cx - w / 2 + off), int(cy - h / 2 + off * 1.3)), "-compose", "Multiply", "-composite",
           "+level", "%s,100%%" % level, "-blur", "0x%d" % max(3, int(2.2 * mm)), full])
    B.run(["convert", p, full, "-compose", "Multiply", "-composite", p])
    for x in (rot, full):
        os.remove(x)


def ink_free_spot(p, r, cands, bw, bh):
    """Of the candidate centres (fractions of the page), the one whose bw x bh box holds the least ink
    (ties in random order): the object is put down where the page is emptiest."""
    W, H = P.size_of(p)
    cands = list(cands)
    r.shuffle(cands)
    best, score = None, -1.0
    for fx, fy in cands:
        cx, cy = fx * W, fy * H
        x0, y0 = max(0, int(cx - bw / 2)), max(0, int(cy - bh / 2))
        x1, y1 = min(W, int(cx + bw / 2)), min(H, int(cy + bh / 2))
        m = float(B.run(["convert", p, "-crop", "%dx%d+%d+%d" % (x1 - x0, y1 - y0, x0, y0), "+repage",
                         "-colorspace", "Gray", "-format", "%[fx:mean]", "info:"]).stdout.decode().strip())
        if m > score + 1e-4:
            best, score = (cx, cy), m
    return best


def handwarmer(p, r, mm, k):
    W, H = P.size_of(p)
    w, h = int(r.uniform(50, 55) * mm), int(r.uniform(67, 73) * mm)
    obj = "%s.warmer%d.png" % (p, k)
    rad = int(6 * mm)
    band = int(h * 0.34)
    fs = 5.2 * mm
    cmd = ["convert", "-size", "%dx%d" % (w, h), "xc:none",
           "-fill", "#f2eee4", "-stroke", "#c9c0ae", "-strokewidth", "%d" % max(1, int(0.35 * mm)),
           "-draw", "roundrectangle 1,1 %d,%d %d,%d" % (w - 2, h - 2, rad, rad)]
    # the quilting of the iron-powder pouch: faint diagonal seams
    cmd += ["-stroke", "#ddd6c6", "-strokewidth", "%d" % max(1, int(0.25 * mm))]
    step = int(9 * mm)
    for x in range(-h, w + h, step):
        cmd += ["-draw", "line %d,%d %d,%d" % (x, band + 2, x + (h - band), h - 3)]
        cmd += ["-draw", "line %d,%d %d,%d" % (x + (h - band), band + 2, x, h - 3)]
    # the orange printed band, a sun mark and the brand
    cmd += ["-stroke", "none", "-fill", "#e5672b",
            "-draw", "roundrectangle 1,1 %d,%d %d,%d" % (w - 2, band, rad, rad),
            "-draw", "rectangle 1,%d %d,%d" % (band - rad, w - 2, band),
            "-fill", "#ffd34d", "-draw", "circle %d,%d %d,%d" % (int(w * 0.2), int(band * 0.45), int(w * 0.2 + 4.2 * mm), int(band * 0.45))]
    for a in range(0, 360, 45):
        x0 = w * 0.2 + 5.5 * mm * math.cos(math.radians(a))
        y0 = band * 0.45 + 5.5 * mm * math.sin(math.radians(a))
        x1 = w * 0.2 + 7.3 * mm * math.cos(math.radians(a))
        y1 = band * 0.45 + 7.3 * mm * math.sin(math.radians(a))
        cmd += ["-stroke", "#ffd34d", "-strokewidth", "%d" % max(1, int(0.7 * mm)), "-draw", "line %d,%d %d,%d" % (x0, y0, x1, y1)]
    cmd += ["-stroke", "none", "-font", "Noto-Sans-CJK-SC-Bold", "-fill", "white", "-pointsize", "%.1f" % fs,
            "-annotate", "+%d+%d" % (int(w * 0.38), int(band * 0.52)), B.im_escape("暖宝宝"),
            "-font", "Noto-Sans-CJK-SC", "-pointsize", "%.1f" % (fs * 0.42),
            "-annotate", "+%d+%d" % (int(w * 0.38), int(band * 0.82)), B.im_escape("持续发热 约10小时"),
            "-fill", "#8a8478", "-pointsize", "%.1f" % (fs * 0.36)]
    for j, t in enumerate(["使用方法：撕开外袋即可发热，", "贴于内衣外侧，勿直接贴皮肤。", "执行标准 Q/XR 002"]):
        cmd += ["-annotate", "+%d+%d" % (int(w * 0.1), int(h * 0.62 + j * fs * 0.62)), B.im_escape(t)]
    B.run(cmd + [obj])
    angle = r.choice([-1, 1]) * r.uniform(8, 28)
    cx, cy = ink_free_spot(p, r, [(fx + r.uniform(-0.02, 0.02), fy + r.uniform(-0.01, 0.01))
                                  for fx in (0.06, 0.12, 0.88, 0.94) for fy in (0.82, 0.87, 0.92)], 1.15 * h, 1.15 * h)
    shadow_under(p, obj, cx, cy, angle, mm)
    H15.paste(p, obj, cx, cy, angle)
    for x in (obj, obj + ".rot.png"):
        if os.path.exists(x):
            os.remove(x)


def oximeter(p, r, mm, k):
    W, H = P.size_of(p)
    w, h = int(r.uniform(58, 62) * mm), int(r.uniform(32, 34) * mm)
    obj = "%s.oxi%d.png" % (p, k)
    body = r.choice(["#2f6db0", "#3a8f8a", "#8a8f99"])
    rad = int(10 * mm)
    dx0, dy0, dx1, dy1 = int(w * 0.16), int(h * 0.2), int(w * 0.66), int(h * 0.8)
    fs = 3.2 * mm
    spo2, pr = r.randint(95, 99), r.randint(66, 88)
    cmd = ["convert", "-size", "%dx%d" % (w + int(30 * mm), h + int(6 * mm)), "xc:none",
           # the lanyard loop trailing from the hinge end (the right)
           "-fill", "none", "-stroke", "#6d6d6d", "-strokewidth", "%d" % max(1, int(0.9 * mm)),
           "-draw", "bezier %d,%d %d,%d %d,%d %d,%d" % (w - 2 * mm, h * 0.5, w + 14 * mm, h * 0.05, w + 28 * mm, h * 0.4, w + 18 * mm, h + 4 * mm),
           "-draw", "bezier %d,%d %d,%d %d,%d %d,%d" % (w - 2 * mm, h * 0.62, w + 8 * mm, h * 0.95, w + 12 * mm, h + 5 * mm, w + 18 * mm, h + 4 * mm),
           # the body: a lighter lower shell and the coloured top shell
           "-stroke", "#3d3d3d", "-strokewidth", "%d" % max(1, int(0.35 * mm)), "-fill", "#e9e9e6",
           "-draw", "roundrectangle 1,1 %d,%d %d,%d" % (w - 2, h - 2, rad, rad),
           "-stroke", "none", "-fill", body,
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (int(1.5 * mm), int(1.5 * mm), w - int(1.5 * mm), h - int(1.5 * mm), rad, rad),
           "-fill", "#f5f5f5", "-draw", "ellipse %d,%d %d,%d 200,340" % (int(w * 0.45), int(h * 0.18), int(w * 0.3), int(h * 0.08)),
           # the display window
           "-fill", "#101418", "-stroke", "#555555", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (dx0, dy0, dx1, dy1, int(1.5 * mm), int(1.5 * mm)),
           "-stroke", "none", "-font", "DejaVu-Sans-Bold",
           "-fill", "#4fd7ff", "-pointsize", "%.1f" % (fs * 0.55), "-annotate", "+%d+%d" % (dx0 + 1.5 * mm, dy0 + 3.2 * mm), "SpO2",
           "-pointsize", "%.1f" % (fs * 2.0), "-annotate", "+%d+%d" % (dx0 + 1.5 * mm, dy1 - 2.0 * mm), "%d" % spo2,
           "-fill", "#ffd447", "-pointsize", "%.1f" % (fs * 0.55), "-annotate", "+%d+%d" % ((dx0 + dx1) / 2 + 2 * mm, dy0 + 3.2 * mm), "PR",
           "-pointsize", "%.1f" % (fs * 2.0), "-annotate", "+%d+%d" % ((dx0 + dx1) / 2 + 2 * mm, dy1 - 2.0 * mm), "%d" % pr,
           # the round button
           "-fill", "#d8d8d8", "-stroke", "#444444", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
           "-draw", "circle %d,%d %d,%d" % (int(w * 0.8), int(h * 0.5), int(w * 0.8 + 3.2 * mm), int(h * 0.5))]
    B.run(cmd + [obj])
    angle = r.choice([-1, 1]) * r.uniform(10, 35)
    cx, cy = ink_free_spot(p, r, [(fx + r.uniform(-0.02, 0.02), fy + r.uniform(-0.008, 0.008))
                                  for fx in (0.3, 0.45, 0.6, 0.72) for fy in (0.84, 0.88, 0.92)], 1.1 * w, 0.9 * w)
    shadow_under(p, obj, cx, cy, angle, mm, "48%")
    H15.paste(p, obj, cx, cy, angle)
    for x in (obj, obj + ".rot.png"):
        if os.path.exists(x):
            os.remove(x)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h141-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "handwarmer" in opts:
            handwarmer(p, r, mm, i)
        if "oximeter" in opts:
            oximeter(p, r, mm, i)


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
