#!/usr/bin/env python3
"""Pre-build step of testdata/heldout68: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong while it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :sheetover  another sheet lay on the scanner glass with this one and
              covers one bottom corner of it at a slant: a white sheet edge
              with a soft grey shadow along it and a few lines of that other
              document's grey print showing on it (a school notice), so the
              covered corner of the page is lost.
  :dof        a phone photo taken close with the focus on the top of the
              sheet: the depth of field is shallow, the page goes gradually
              out of focus towards its far (bottom) end.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:sheetover]`,
`x-scan:<dpi>:<font>[:color]`, `x-photo:<dpi>:<font>[:dof]`.
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
OPTIONS = ("sheetover", "dof")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo
NOTICE = ["关于做好期末实训室安全检查的通知", "各系部、各实训室：", "为确保实训教学安全，请于本周五前完成",
          "设备、电源和消防器材的自查，填写检查表后", "交教务处。", "教务处", "2024年12月"]


def sheetover(p, r, mm):
    W, H = P.size_of(p)
    right = r.random() < 0.6
    ang = r.uniform(14, 26) * (1 if right else -1)
    # the other sheet: a big rectangle whose top-left (or top-right) corner pokes into the page's bottom corner
    cw, ch = W * 1.2, H * 1.2
    ox = W * r.uniform(0.60, 0.70) if right else W * r.uniform(0.30, 0.40)
    oy = H * r.uniform(0.83, 0.88)
    a = math.radians(ang)
    def rot(u, v):
        return (ox + u * math.cos(a) - v * math.sin(a), oy + u * math.sin(a) + v * math.cos(a))
    if right:
        quad = [rot(0, 0), rot(cw, 0), rot(cw, ch), rot(0, ch)]
    else:
        quad = [rot(0, 0), rot(-cw, 0), rot(-cw, ch), rot(0, ch)]
    poly = " ".join("%d,%d" % q for q in quad)
    sh = p + ".shadow.png"
    off = int(1.2 * mm)
    spoly = " ".join("%d,%d" % (x - off, y - off) for x, y in quad)
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62", "-draw", "polygon " + spoly,
           "-blur", "0x%d" % max(3, int(1.6 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-fill", "#fbfbf8", "-stroke", "gray80", "-strokewidth", "1", "-draw", "polygon " + poly]
    # the other document's print, turned with the sheet
    px = int(3.6 * mm)
    deg = math.degrees(a)
    for k, line in enumerate(NOTICE):
        u = 8 * mm if right else -(8 * mm + len(line) * px)
        x, y = rot(u, 10 * mm + k * px * 1.7)
        cmd += ["-stroke", "none", "-fill", "gray35", "-font", "Noto-Sans-CJK-SC", "-pointsize", str(px),
                "-annotate", "%dx%d+%d+%d" % (int(deg), int(deg), int(x), int(y)), line]
    B.run(cmd + [p])


def dof(p, r, mm):
    W, H = P.size_of(p)
    sigma = r.uniform(0.28, 0.38) * mm
    start = r.uniform(0.35, 0.45)
    m = p + ".mask.png"
    # mask: black (sharp) above `start`, rising to white (blurred) at the bottom
    B.run(["convert", "-size", "%dx%d" % (W, int(H * start)), "xc:black", "(", "-size", "%dx%d" % (W, H - int(H * start)),
           "gradient:black-white", ")", "-append", m])
    B.run(["convert", p, "(", "+clone", "-blur", "0x%.1f" % sigma, ")", m, "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h68-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for p in pngs:
        if "sheetover" in opts:
            sheetover(p, r, mm)
        if "dof" in opts:
            dof(p, r, mm)


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
