#!/usr/bin/env python3
"""Pre-build step of testdata/heldout15: heldout7's prebuild.py (imported, not
changed) plus options of its own, all acting on the clean page images before
(or instead of) the scanner simulation:

  :duplex    a double-sided scan of one-sided sheets: after every page comes
             its blank back (paper, the front very faintly mirrored through
             it), scanned like the front.
  :skew<d>   the sheet laid on the glass turned by about <d> degrees (sign
             alternating from page to page, +0-0.4 jitter), before the
             scanner's own small skew.
  :tint      recycled, yellowish paper (meant for colour scans).
  :photo     (x-scanpdf) the printed page photographed with a phone on a
             desk (heldout7's photo()) instead of scanned.
  :shot      (x-scanpdf) a phone screenshot: the page kept crisp, in colour,
             no scanner at all (JPEG quality 90).

and overlays: when a source file SRC has a companion SRC.ovl.json, the
things it lists are drawn on the clean pages first: text runs in print or
handwriting at a position and an angle (a name written up the binding
margin), optionally with characters crossed out by two pen strokes (Writer
draws no strike-through on CJK glyphs), QR-like codes, footers at the foot of every page (`第{n}页　共{N}页`),
and printed name stickers stuck on at a slant. The file's "pages" is the
number of pages the source must print to (the build stops otherwise).

Usage: prebuild.py DIR SEED
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout7"))
import prebuild as P  # noqa: E402

B = P.B
SPEC = {}   # work tag (x%03d, numbered as heldout7's prebuild numbers them) -> dict
_degrade = B.degrade

STYLE = {   # font, colour, size factor
    "print": ("Noto-Sans-CJK-SC", "#111111", 1.0),
    "bold": ("Noto-Sans-CJK-SC-Bold", "#111111", 1.0),
    "serif": ("Noto-Serif-CJK-SC", "#111111", 1.0),
    "gray": ("Noto-Sans-CJK-SC", "#555555", 1.0),
    "hand": ("AR-PL-UKai-CN", "#1d2f6b", 1.25),
    "handblack": ("AR-PL-UKai-CN", "#1a1a1a", 1.25),
    "red": ("AR-PL-UKai-CN", "#b0201a", 1.25),
}


def width(text, px):
    return sum(B.char_width(c, px) for c in text)


def strip(runs, size_pt, dpi, path, strike=()):
    """Draw text runs side by side on a transparent strip; return (w, h).
    strike: (run, char) pairs crossed out with two pen strokes."""
    px = size_pt * dpi / 72.0
    sizes = [px * STYLE[st][2] for _, st in runs]
    w = int(sum(width(t, s) for (t, _), s in zip(runs, sizes)) + px)
    h = int(max(sizes) * 1.7)
    cmd = ["convert", "-size", "%dx%d" % (w, h), "xc:none"]
    x = px * 0.5
    lines = []
    for k, ((t, st), s) in enumerate(zip(runs, sizes)):
        font, colour, _ = STYLE[st]
        cmd += ["-font", font, "-fill", colour, "-pointsize", "%.1f" % s,
                "-annotate", "+%d+%d" % (int(x), int(h * 0.74)), B.im_escape(t)]
        for rk, ci in strike:
            if rk == k:
                x0, x1 = x + width(t[:ci], s) + s * 0.02, x + width(t[:ci + 1], s) + s * 0.06
                y = h * 0.74 - s * 0.36
                lines += ["-stroke", colour, "-strokewidth", "%.1f" % max(2, s * 0.07), "-fill", "none",
                          "-draw", "line %d,%d %d,%d" % (x0, y + s * 0.06, x1, y - s * 0.05),
                          "-draw", "line %d,%d %d,%d" % (x0 + s * 0.05, y + s * 0.16, x1 - s * 0.03, y + s * 0.04)]
        x += width(t, s)
    B.run(cmd + lines + [path])
    return w, h


def paste(page, img, cx, cy, angle):
    """Composite img onto page, turned by angle, centred at (cx, cy) px."""
    rot = img + ".rot.png"
    B.run(["convert", img, "-background", "none", "-rotate", "%.2f" % angle, rot])
    w, h = P.size_of(rot)
    B.run(["convert", page, rot, "-geometry", "+%d+%d" % (int(cx - w / 2), int(cy - h / 2)),
           "-compose", "Over", "-composite", page])


def qr(page, cx, cy, cm, dpi, seed):
    """A QR-like code: 25 x 25 modules, three finder squares, random data."""
    r = random.Random(seed)
    n = 25
    m = max(2, int(cm / 2.54 * dpi / n))
    x0, y0 = int(cx - n * m / 2), int(cy - n * m / 2)
    draw = ["-fill", "white", "-draw", "rectangle %d,%d %d,%d" % (x0 - 2 * m, y0 - 2 * m, x0 + (n + 2) * m, y0 + (n + 2) * m),
            "-fill", "black"]

    def box(i, j, k=1):
        return ["-draw", "rectangle %d,%d %d,%d" % (x0 + j * m, y0 + i * m, x0 + (j + k) * m - 1, y0 + (i + k) * m - 1)]
    finder = set()
    for fi, fj in ((0, 0), (0, n - 7), (n - 7, 0)):
        for i in range(7):
            for j in range(7):
                finder.add((fi + i, fj + j))
                if i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4):
                    draw += box(fi + i, fj + j)
    for i in range(n):
        for j in range(n):
            if (i, j) in finder or (i in (7,) and j < 8) or (j in (7,) and i < 8):
                continue
            if r.random() < 0.48:
                draw += box(i, j)
    B.run(["convert", page] + draw + [page])


def sticker(page, el, dpi, tmp):
    px = el.get("size", 12) * dpi / 72.0
    lines = el["lines"]
    w = int(max(width(t, px * (1.3 if k == 0 else 1.0)) for k, t in enumerate(lines)) + 2.2 * px)
    h = int(px * (1.9 + 1.45 * len(lines)))
    cmd = ["convert", "-size", "%dx%d" % (w, h), "xc:none", "-fill", el.get("fill", "#d6eaff"),
           "-stroke", el.get("edge", "#7fa8d8"), "-strokewidth", "3",
           "-draw", "roundrectangle 2,2 %d,%d %d,%d" % (w - 3, h - 3, int(px * 0.8), int(px * 0.8)), "-stroke", "none"]
    y = px * 1.65
    for k, t in enumerate(lines):
        s = px * (1.3 if k == 0 else 1.0)
        font = "Noto-Sans-CJK-SC-Bold" if k == 0 else "Noto-Sans-CJK-SC"
        cmd += ["-font", font, "-fill", "#1b1b1b", "-pointsize", "%.1f" % s,
                "-annotate", "+%d+%d" % (int((w - width(t, s)) / 2), int(y)), B.im_escape(t)]
        y += px * 1.5
    B.run(cmd + [tmp])
    W, H = P.size_of(page)
    paste(page, tmp, el["x"] * W, el["y"] * H, el.get("angle", 0))


def overlays(pngs, ovl, dpi, stage, tag):
    with open(ovl, encoding="utf-8") as f:
        spec = json.load(f)
    if spec.get("pages") and spec["pages"] != len(pngs):
        raise SystemExit("prebuild: %s printed to %d pages, its overlay expects %d" % (ovl, len(pngs), spec["pages"]))
    N = len(pngs)
    for k, el in enumerate(spec["items"]):
        pages = range(1, N + 1) if el.get("page", "all") == "all" else [el["page"]]
        for pg in pages:
            page = pngs[pg - 1]
            W, H = P.size_of(page)
            tmp = os.path.join(stage, "%s_ovl%02d_%02d.png" % (tag, k, pg))
            t = el["type"]
            if t == "text":
                runs = [(x.replace("{n}", str(pg)).replace("{N}", str(N)), st) for x, st in el["runs"]]
                strip(runs, el.get("size", 10), dpi, tmp, [tuple(x) for x in el.get("strike", [])])
                paste(page, tmp, el["x"] * W, el["y"] * H, el.get("angle", 0))
            elif t == "qr":
                qr(page, el["x"] * W, el["y"] * H, el.get("cm", 2.0), dpi, el.get("seed", 1))
            elif t == "sticker":
                sticker(page, el, dpi, tmp)
            elif t == "footer":
                size = el.get("size", 8)
                px = size * dpi / 72.0
                y = el.get("y", 0.97) * H
                mx = el.get("margin", 0.07) * W
                for pos in ("left", "center", "right"):
                    if not el.get(pos):
                        continue
                    text = el[pos].replace("{n}", str(pg)).replace("{N}", str(N))
                    w, _ = strip([(text, "print")], size, dpi, tmp)
                    cx = {"left": mx + w / 2, "center": W / 2, "right": W - mx - w / 2}[pos]
                    paste(page, tmp, cx, y, 0)
            else:
                raise SystemExit("prebuild: unknown overlay %s" % t)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    spec = SPEC.get(tag, {})
    r = random.Random("%s-%s" % (tag, dpi))
    if spec.get("ovl"):
        overlays(pngs, spec["ovl"], dpi, stage, tag)
    if spec.get("tint"):
        for p in pngs:
            B.run(["convert", p, "(", "+clone", "-fill", "#efe5c4", "-colorize", "100", ")",
                   "-compose", "Multiply", "-composite", p])
    if spec.get("skew"):
        for i, p in enumerate(pngs):
            w, h = P.size_of(p)
            a = (1 if i % 2 == 0 else -1) * (spec["skew"] + r.uniform(0, 0.4))
            B.run(["convert", p, "-background", "white", "-rotate", "%.2f" % a, "-gravity", "center",
                   "-extent", "%dx%d" % (w, h), p])
    if spec.get("shot"):
        out = []
        for i, p in enumerate(pngs):
            j = os.path.join(stage, "%s_shot%02d.jpg" % (tag, i))
            B.run(["convert", p, "-units", "PixelsPerInch", "-density", "200", "-quality", "90", j])
            out.append(j)
        return out
    if spec.get("photo"):
        return P.photo(pngs, dpi, r, stage, tag)
    if spec.get("duplex"):
        both = []
        for i, p in enumerate(pngs):
            back = os.path.join(stage, "%s_back%02d.png" % (tag, i))
            B.run(["convert", p, "-flop", "-fill", "white", "-colorize", "96%", back])
            both += [p, back]
        pngs = both
    return _degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def manifests(src):
    for school in sorted(os.listdir(src)):
        sdir = os.path.join(src, school)
        if not os.path.isdir(sdir):
            continue
        for sub in sorted(os.listdir(sdir)):
            mp = os.path.join(sdir, sub, "manifest.tsv")
            if os.path.isfile(mp):
                yield mp, os.path.join(sdir, sub)


def main():
    src = os.path.join(os.path.abspath(sys.argv[1]), "src")
    n = 0
    for mp, d in manifests(src):
        with open(mp, encoding="utf-8") as f:
            for line in f.read().rstrip("\n").split("\n"):
                cols = line.split("\t")
                if len(cols) == 5 and cols[2].startswith("x-"):
                    opts = cols[2].split(":")
                    s = {}
                    for o in opts[2:]:
                        if o in ("duplex", "tint", "photo", "shot"):
                            s[o] = True
                        elif o.startswith("skew"):
                            s["skew"] = float(o[4:])
                    ovl = os.path.join(d, cols[0] + ".ovl.json")
                    if os.path.isfile(ovl):
                        s["ovl"] = ovl
                    if s:
                        SPEC["x%03d" % n] = s
                    n += 1
    B.degrade = degrade
    P.main()


if __name__ == "__main__":
    main()
