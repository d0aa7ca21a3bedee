#!/usr/bin/env python3
"""Pre-build step of testdata/heldout146: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, things left on the page when it was
captured. They are drawn on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo and x-scanpdf:…:photo, before heldout7's phone
photo), so the scanner's gray/1-bit conversion, noise and skew, or the
phone's tint, perspective and light, act on them as on the page:

  :taperoll  (scans) a small roll of clear adhesive tape (透明胶带, the desk
             roll used to mend torn sheets) left lying on the scanner glass
             near a lower corner: a translucent amber band 9-11 mm wide
             (the page readable through it), glossy arcs on the band, a
             darker outer edge, the opaque cardboard core (a brown ring
             about 2 mm wide, 25-28 mm across) and the hole in the middle a
             little darker (the lid could not close over the roll), with a
             soft shadow on one side.
  :stopwatch (phone photos) the sports stopwatch (秒表) used to time the
             practical tasks left lying on the sheet near the foot of the
             page: a round body 50-55 mm across (black, red or blue) with
             a lighter rim, a grey face, a greenish LCD window showing a
             time (02:47.36), LAP / START / STOPWATCH labels, the crown with
             its ring and two pushers, a thin cord looping off to one side,
             a glossy highlight, turned by up to 35 degrees, with a soft
             shadow.

Methods used: `x-scanpdf:<dpi>[:color|:mono][:taperoll]`,
`x-scanpdf:<dpi>:photo:stopwatch`, `x-photo:<dpi>:<font>:stopwatch`. heldout7 and
heldout15 ignore the options they do not know.

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
OPTIONS = ("taperoll", "stopwatch")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def taperoll(p, r, mm, where):
    W, H = P.size_of(p)
    ro = r.uniform(23.5, 26.0) * mm          # outer radius of the tape
    rc = r.uniform(12.5, 14.0) * mm          # outer radius of the cardboard core
    cw = r.uniform(1.8, 2.3) * mm            # core wall
    side = where if where in ("left", "right") else r.choice(["left", "right"])
    cx = int(W * (r.uniform(0.03, 0.06) if side == "left" else r.uniform(0.94, 0.97)))
    cy = int(H * r.uniform(0.80, 0.90))
    dx, dy = int(r.uniform(1.5, 2.5) * mm), int(r.uniform(2.0, 3.0) * mm)
    tmp = p + ".tape.png"
    # the soft shadow, offset to one side
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray74",
           "-draw", "circle %d,%d %d,%d" % (cx + dx, cy + dy, cx + dx + int(ro + 0.6 * mm), cy + dy),
           "-fill", "white", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + int(ro - 1.5 * mm), cy),
           "-blur", "0x%d" % max(3, int(2.0 * mm)), tmp])
    B.run(["convert", p, tmp, "-compose", "Multiply", "-composite", p])
    # the translucent band (and the slightly darker hole: the lid stood open over the roll)
    band = r.choice(["#e9dcb9", "#ecdfc0", "#e4d8bb"])
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", band,
           "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + int(ro), cy),
           "-fill", "#ececec", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + int(rc - cw), cy),
           "-blur", "0x1", tmp])
    B.run(["convert", p, tmp, "-compose", "Multiply", "-composite", p])
    os.remove(tmp)
    cmd = ["convert", p, "-fill", "none"]
    # glossy arcs on the band and the wound layers (faint rings)
    for k in range(r.randint(3, 5)):
        rad = r.uniform(rc + 1.5 * mm, ro - 1.0 * mm)
        a0 = r.uniform(0, 2 * math.pi)
        a1 = a0 + r.uniform(0.5, 1.2)
        cmd += ["-stroke", "rgba(255,255,255,0.75)", "-strokewidth", "%d" % max(2, int(0.5 * mm)),
                "-draw", "path 'M %d,%d A %d,%d 0 0,1 %d,%d'" % (cx + rad * math.cos(a0), cy + rad * math.sin(a0), rad, rad,
                                                                 cx + rad * math.cos(a1), cy + rad * math.sin(a1))]
    for k in range(2):
        rad = r.uniform(rc + 2 * mm, ro - 1.5 * mm)
        cmd += ["-stroke", "rgba(150,130,90,0.35)", "-strokewidth", "1",
                "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + int(rad), cy)]
    # the cut edge of the tape: a darker rim, and the free end sticking out a little
    cmd += ["-stroke", "gray52", "-strokewidth", "%d" % max(2, int(0.35 * mm)),
            "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + int(ro), cy)]
    a = r.uniform(0, 2 * math.pi)
    ex, ey = cx + ro * math.cos(a), cy + ro * math.sin(a)
    tx, ty = -math.sin(a), math.cos(a)
    cmd += ["-stroke", "gray58", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
            "-draw", "line %d,%d %d,%d" % (ex, ey, ex + tx * 5 * mm + math.cos(a) * 1.2 * mm, ey + ty * 5 * mm + math.sin(a) * 1.2 * mm)]
    # the cardboard core: opaque brown ring with a darker inner and outer line
    core = r.choice(["#a9875a", "#b08e62", "#9f7d52"])
    rm = rc - cw / 2
    cmd += ["-stroke", core, "-strokewidth", "%d" % max(3, int(cw)),
            "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + int(rm), cy),
            "-stroke", "#6f5535", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
            "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + int(rc), cy),
            "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + int(rc - cw), cy)]
    B.run(cmd + [p])


def one_stopwatch(path, r, mm):
    R = r.uniform(25.0, 27.5) * mm           # body radius (a 50-55 mm sports stopwatch)
    pad = int(R * 1.25)
    w = h = int(2 * R + 2 * pad)
    cx, cy = w // 2, h // 2 + int(pad * 0.25)
    body, rim = r.choice([("#1d1d1f", "#6a6a6e"), ("#a51d24", "#e0787c"), ("#1f3f8a", "#7d96cf")])
    face = r.choice(["#d9d9d3", "#cfd3d6"])
    cmd = ["convert", "-size", "%dx%d" % (w, h), "xc:none"]
    # the cord: a thin loop from the ring at the top, trailing off to one side
    s = r.choice([-1, 1])
    ty = cy - int(R * 1.28)
    p0 = (cx, ty)
    p1 = (cx + s * int(R * 0.9), ty - int(R * 0.55))
    p2 = (cx + s * int(R * 1.6), ty + int(R * 0.2))
    p3 = (cx + s * int(R * 1.05), cy + int(R * 1.1))
    cmd += ["-fill", "none", "-stroke", r.choice(["#222222", "#3a3a3a", "#8a1010"]), "-strokewidth", "%d" % max(2, int(0.9 * mm)),
            "-draw", "path 'M %d,%d C %d,%d %d,%d %d,%d'" % (p0 + p1 + p2 + p3)]
    # the buttons: the crown at 12 o'clock with its ring, two pushers at the shoulders
    for ang, bw, bh in ((0, 0.30, 0.20), (-42, 0.20, 0.14), (42, 0.20, 0.14)):
        a = (ang - 90) / 180.0 * math.pi
        bx, by = cx + (R + R * bh * 0.4) * math.cos(a), cy + (R + R * bh * 0.4) * math.sin(a)
        cmd += ["-fill", "#9a9a9a", "-stroke", "#4a4a4a", "-strokewidth", "2",
                "-draw", "translate %d,%d rotate %d roundrectangle %d,%d %d,%d %d,%d" % (bx, by, ang, -R * bw / 2, -R * bh, R * bw / 2, R * bh * 0.3, 4, 4)]
    cmd += ["-fill", "none", "-stroke", "#8c8c8c", "-strokewidth", "%d" % max(3, int(0.8 * mm)),
            "-draw", "circle %d,%d %d,%d" % (cx, ty + int(R * 0.05), cx + int(R * 0.11), ty + int(R * 0.05))]
    # the body, its rim, the face
    cmd += ["-fill", body, "-stroke", rim, "-strokewidth", "%d" % max(2, int(0.6 * mm)),
            "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + int(R), cy),
            "-stroke", "#707070", "-strokewidth", "2", "-fill", face,
            "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + int(R * 0.80), cy)]
    # the LCD window and its digits
    lw, lh = R * 1.18, R * 0.52
    ly = cy - R * 0.12
    cmd += ["-fill", "#aab59a", "-stroke", "#4d4d4d", "-strokewidth", "3",
            "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (cx - lw / 2, ly - lh / 2, cx + lw / 2, ly + lh / 2, R * 0.08, R * 0.08),
            "-stroke", "none", "-fill", "#2a2f26", "-font", "DejaVu-Sans-Mono-Bold", "-pointsize", "%.1f" % (R * 0.22),
            "-gravity", "northwest", "-annotate", "+%d+%d" % (cx - R * 0.53, ly - R * 0.17),
            "%02d:%02d.%02d" % (r.randint(0, 3), r.randint(0, 59), r.randint(0, 99)),
            "-fill", "#3a3a3a", "-font", "DejaVu-Sans-Bold", "-pointsize", "%.1f" % (R * 0.11),
            "-annotate", "+%d+%d" % (cx - R * 0.52, cy + R * 0.26), "LAP",
            "-annotate", "+%d+%d" % (cx + R * 0.24, cy + R * 0.26), "START",
            "-annotate", "+%d+%d" % (cx - R * 0.36, cy + R * 0.48), "STOPWATCH",
            "-fill", "rgba(255,255,255,0.45)",
            "-draw", "ellipse %d,%d %d,%d 200,290" % (cx, cy, R * 0.93, R * 0.93)]
    B.run(cmd + [path])
    # the soft shadow under it
    B.run(["convert", path, "(", "+clone", "-background", "black", "-shadow", "55x%d+%d+%d" % (max(3, int(1.6 * mm)), int(1.8 * mm), int(2.4 * mm)), ")",
           "+swap", "-background", "none", "-layers", "merge", "+repage", path])


def stopwatch(p, r, mm, k):
    W, H = P.size_of(p)
    c = "%s.watch.png" % p
    one_stopwatch(c, r, mm)
    x = W * (r.uniform(0.74, 0.84) if k % 2 == 0 else r.uniform(0.18, 0.28))
    H15.paste(p, c, x, H * r.uniform(0.895, 0.91), r.uniform(-35, 35))
    for x in (c, c + ".rot.png"):
        if os.path.exists(x):
            os.remove(x)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h146-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "taperoll" in opts:
            taperoll(p, r, mm, "left" if i % 2 == 0 else "right")
        if "stopwatch" in opts:
            stopwatch(p, r, mm, i)


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
