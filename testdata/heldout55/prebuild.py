#!/usr/bin/env python3
"""Pre-build step of testdata/heldout55: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, faults of a school's scanner and of a
teacher's phone:

  :autocrop  the scanner's automatic size detection took the A4 sheet for a
             B5 one (182 x 257 mm): the image is cut at about B5 size from
             the top left corner, so a strip of 12-15 % at the right and at
             the bottom is missing (the ends of the longest lines, the foot
             of the page). Acts on the clean page images BEFORE heldout15's
             scanner simulation (the cut edge turns and blurs with it).
  :wmcam     the phone photo was taken with a "watermark camera" app, as
             teachers do to prove when and where homework was checked: a
             translucent dark panel at the lower left with a yellow bar, the
             time in large digits, the date and weekday, the place (province,
             city, district, road) and the app's small caption. Drawn AFTER
             heldout7's phone photo (it is burnt into the image by the app,
             not printed on the paper): it stays upright and sharp.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:autocrop]`,
`x-scan:<dpi>:<font>[:autocrop]`, `x-photo:<dpi>:<font>[:wmcam]`.
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

MINE = {}    # work tag (x%03d, numbered as heldout7's and heldout15's prebuild number them) -> set of options
PLACE = {}   # work tag -> the place the watermark camera writes
OPTIONS = ("autocrop", "wmcam")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo
PLACES = {
    "鹰潭": ["江西省鹰潭市月湖区", "站江路"],
    "亳州": ["安徽省亳州市谯城区", "芍花路"],
    "荆州": ["湖北省荆州市荆州区", "荆中路"],
}
WEEK = "一二三四五六日"


def autocrop(p, r):
    W, H = P.size_of(p)
    w = int(W * r.uniform(0.85, 0.88))
    h = int(H * r.uniform(0.85, 0.88))
    B.run(["convert", p, "-crop", "%dx%d+0+0" % (w, h), "+repage", p])


def wmcam(j, r, tag, i):
    W, H = P.size_of(j)
    u = W / 1000.0
    city = PLACE.get(tag, "")
    place, road = PLACES.get(city, ["", ""])
    day = 11 + r.randint(0, 15)
    hh, mm = r.randint(19, 22), r.randint(0, 59)
    wd = WEEK[(day + 4) % 7]
    pw, ph = int(520 * u), int(190 * u)
    x0, y0 = int(36 * u), H - ph - int(48 * u)
    font = "Noto-Sans-CJK-SC"
    B.run(["convert", j,
           "-fill", "rgba(20,20,20,0.42)", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (x0, y0, x0 + pw, y0 + ph, int(10 * u), int(10 * u)),
           "-fill", "#f5c518", "-draw", "rectangle %d,%d %d,%d" % (x0 + int(18 * u), y0 + int(22 * u), x0 + int(26 * u), y0 + int(96 * u)),
           "-font", font, "-fill", "white",
           "-pointsize", "%d" % int(64 * u), "-annotate", "+%d+%d" % (x0 + int(40 * u), y0 + int(88 * u)), "%02d:%02d" % (hh, mm),
           "-pointsize", "%d" % int(22 * u), "-annotate", "+%d+%d" % (x0 + int(240 * u), y0 + int(52 * u)), "2024.11.%02d" % day,
           "-annotate", "+%d+%d" % (x0 + int(240 * u), y0 + int(86 * u)), "星期%s　晴 14℃" % wd,
           "-pointsize", "%d" % int(24 * u), "-annotate", "+%d+%d" % (x0 + int(22 * u), y0 + int(136 * u)), "%s·%s" % (place, road),
           "-fill", "rgba(255,255,255,0.75)", "-pointsize", "%d" % int(16 * u),
           "-annotate", "+%d+%d" % (x0 + int(22 * u), y0 + int(172 * u)), "水印相机 · 时间地点真实　编号 %04d" % r.randint(1000, 9999),
           "-quality", "85", j])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h55-%s-%s" % (tag, dpi))
    for p in pngs:
        if "autocrop" in opts:
            autocrop(p, r)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, tag)
    out = _photo(pngs, dpi, rng, stage, tag)
    if "wmcam" in MINE.get(tag, set()):
        r = random.Random("h55-wm-%s" % tag)
        for i, j in enumerate(out):
            wmcam(j, r, tag, i)
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
                        tag = "x%03d" % n
                        MINE[tag] = mine
                        PLACE[tag] = next((c for c in PLACES if c in d), "")
                    n += 1
    H15.degrade = degrade   # heldout15's main installs H15.degrade as the builder's degrade
    P.photo = photo         # heldout7's main and heldout15's degrade look photo up at call time
    H15.main()


if __name__ == "__main__":
    main()
