#!/usr/bin/env python3
"""Pre-build step of testdata/heldout6 (run by build.sh on a temporary copy of
src/ before the othertools builder).

The othertools builder (and heldout4's prebuild.py) cannot draw a printed
label and a handwritten name on one line, tilt a handwritten name, put a
footer at the foot of a drawn page, skew a scan by more than 2 degrees, light
it unevenly, lower its contrast or leave the dark border of an open scanner
lid. This step makes those files with its own drawing and degrading code (it
imports ../othertools/build.py, unchanged, only for `run`, `wrap`,
`char_width`, `im_escape` and `soffice_batch`) and rewrites their manifest
rows to the builder's `copy` method.

Methods:
  y-scan:<dpi>:<font>[:opts]   text drawn on A4 and scanned
  y-scanpdf:<dpi>[:opts]       typed HTML (LibreOffice) printed and scanned
opts: mono | color | q<quality> | skew<deg> (tilt of every page, sign
alternating, +-0.3 jitter; default 0.6-2 random) | border (dark scanner-lid
border) | uneven (light falling off towards one side) | lowc (low contrast,
gray paper) | land (y-scan only: landscape page) | h4 (handwriting in LXGW
WenKai instead of AR PL UKai) | tilt (handwritten runs turned 2-5 degrees)

Drawn text syntax (y-scan): a line `----` starts a new page; `> ` starts a
line in handwriting (blue), `! ` the teacher's red marking, `^ ` a footer
line printed at the foot of the current page; inside a printed line,
`«...»` is a handwritten run (a name written into a printed form).

Usage: prebuild.py DIR SEED
"""
import os
import random
import re
import sys

sys.dont_write_bytecode = True  # leave ../othertools untouched
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "othertools"))
import build as B  # noqa: E402

FONTS = ["Noto-Sans-CJK-SC", "Noto-Serif-CJK-SC", "AR-PL-SungtiL-GB", "AR-PL-UKai-CN", "LXGW-WenKai"]


def opts(parts):
    o = {"mono": False, "color": False, "q": 0, "skew": 0.0, "border": False, "uneven": False, "lowc": False,
         "land": False, "h4": False, "tilt": False}
    for p in parts:
        if p in ("mono", "color", "border", "uneven", "lowc", "land", "h4", "tilt"):
            o[p] = True
        elif p.startswith("q"):
            o["q"] = int(p[1:])
        elif p.startswith("skew"):
            o["skew"] = float(p[4:])
        else:
            raise SystemExit("prebuild: unknown option %s" % p)
    return o


SEG = re.compile(r"«([^»]*)»")


def draw(text, dpi, rng, font, o, stage, tag):
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    if o["land"]:
        W, H = H, W
    px = 11.5 * dpi / 72.0
    margin = int(0.85 * dpi)
    lead = px * 1.8
    hand = FONTS[4] if o["h4"] else FONTS[3]
    pages, cur, foot = [], [], []
    y = margin + px
    for raw in text.split("\n"):
        if raw.strip() == "----":
            pages.append((cur, foot))
            cur, foot, y = [], [], margin + px
            continue
        if raw.startswith("^ "):
            foot.append(raw[2:])
            continue
        style, line = "print", raw
        if raw.startswith("> "):
            style, line = "hand", raw[2:]
        elif raw.startswith("! "):
            style, line = "mark", raw[2:]
        size = px * (1.15 if style != "print" else 1.0)
        parts = B.wrap(line, size, W - 2 * margin) if (line and style != "print") or (line and "«" not in line) else [line]
        for part in parts:
            if y > H - margin - lead * (1 + len(foot)):
                pages.append((cur, foot))
                cur, foot, y = [], [], margin + px
            cur.append((style, part, y, size))
            y += lead
    pages.append((cur, foot))
    paths = []
    for n, (page, feet) in enumerate(pages):
        if not page and not feet:
            continue
        cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white"]

        def put(fnt, fill, size, x, y, s, angle=0.0):
            return ["-font", fnt, "-fill", fill, "-pointsize", "%.1f" % size,
                    "-annotate", "%.1fx%.1f+%d+%d" % (angle, angle, x, int(y)), B.im_escape(s)]

        for style, part, y, size in page:
            if not part.strip():
                continue
            if style == "hand":
                cmd += put(hand, "#1b2a5e", size, margin + rng.randint(0, int(dpi * 0.25)), y, part)
            elif style == "mark":
                cmd += put(FONTS[3], "#b0201a", size, margin + int(dpi * 0.6), y, part)
            else:
                x = float(margin)
                pos = 0
                for m in list(SEG.finditer(part)) + [None]:
                    chunk = part[pos:m.start()] if m else part[pos:]
                    if chunk:
                        cmd += put(font, "black", size, int(x), y, chunk)
                        x += sum(B.char_width(c, size) for c in chunk)
                    if m:
                        name = m.group(1)
                        hs = size * 1.3
                        ang = rng.choice([-1, 1]) * rng.uniform(2.0, 5.0) if o["tilt"] else 0.0
                        cmd += put(hand, "#1b2a5e", hs, int(x + size * 0.3), y + size * 0.1, name, ang)
                        x += sum(B.char_width(c, hs) for c in name) + size * 0.8
                        pos = m.end()
        fy = H - margin * 0.7 - px * 1.6 * (len(feet) - 1)
        for f in feet:
            cmd += put(font, "black", px * 0.85, margin, fy, f)
            fy += px * 1.6
        p = os.path.join(stage, "%s_%02d.png" % (tag, n))
        cmd.append(p)
        B.run(cmd)
        paths.append(p)
    return paths


def degrade(pngs, dpi, rng, o, stage, tag):
    out = []
    sign = rng.choice([-1, 1])
    for i, p in enumerate(pngs):
        sign = -sign
        if o["skew"]:
            angle = sign * (o["skew"] + rng.uniform(-0.3, 0.3))
        else:
            angle = sign * rng.uniform(0.6, 2.0)
        size = B.run(["identify", "-format", "%wx%h", p]).stdout.decode().strip()
        w, h = (int(x) for x in size.split("x"))
        j = os.path.join(stage, "%s_scan%02d.%s" % (tag, i, "png" if o["mono"] else "jpg"))
        bg = "#222222" if o["border"] else "white"
        cmd = ["convert", "-seed", str(rng.randint(1, 1 << 30)), p, "-background", bg, "-rotate", "%.2f" % angle,
               "-gravity", "center", "-extent", size]
        if o["border"]:  # the lid was open: a dark band along one long edge and the top
            bw = int(w * rng.uniform(0.02, 0.035))
            cmd += ["-fill", "#1c1c1c", "-draw", "rectangle 0,0 %d,%d" % (bw, h),
                    "-draw", "rectangle 0,0 %d,%d" % (w, int(bw * 0.6))]
        if o["uneven"]:  # light falls off towards one side
            cmd += ["(", "-size", "%dx%d" % (h, w), "gradient:white-#8c8c8c", "-rotate", "90" if i % 2 else "-90", ")",
                    "-compose", "multiply", "-composite"]
        if o["lowc"]:
            cmd += ["+level", "%d%%,%d%%" % (rng.randint(24, 30), rng.randint(84, 90))]
        cmd += ["-attenuate", "%.2f" % rng.uniform(0.25, 0.6), "+noise", "Gaussian",
                "-blur", "0x%.1f" % rng.uniform(0.3, 0.8)]
        if o["mono"]:
            cmd += ["-colorspace", "Gray", "-threshold", "%d%%" % rng.randint(55, 62), "-type", "Bilevel",
                    "-units", "PixelsPerInch", "-density", str(dpi), j]
        else:
            if not o["color"]:
                cmd += ["-colorspace", "Gray"]
            q = o["q"] or rng.randint(60, 85)
            cmd += ["-units", "PixelsPerInch", "-density", str(dpi), "-quality", str(q), j]
        B.run(cmd)
        out.append(j)
    return out


def main():
    base = os.path.abspath(sys.argv[1])
    seed = int(sys.argv[2])
    src = os.path.join(base, "src")
    B.SRC = src
    stage = os.path.join(base, "_stage")
    os.makedirs(stage, exist_ok=True)
    work, manifests = [], {}
    for school in sorted(os.listdir(src)):
        sdir = os.path.join(src, school)
        if not os.path.isdir(sdir):
            continue
        for sub in sorted(os.listdir(sdir)):
            mp = os.path.join(sdir, sub, "manifest.tsv")
            if not os.path.isfile(mp):
                continue
            with open(mp, encoding="utf-8") as f:
                lines = f.read().rstrip("\n").split("\n")
            manifests[mp] = lines
            for i, line in enumerate(lines):
                cols = line.split("\t")
                if len(cols) == 5 and cols[2].startswith("y-"):
                    work.append((mp, i, cols, os.path.join(sdir, sub)))
    typed = [(os.path.join(d, cols[0]), "pdf", os.path.join(stage, "typed%03d.pdf" % n))
             for n, (mp, i, cols, d) in enumerate(work) if cols[2].startswith("y-scanpdf")]
    if typed:
        B.soffice_batch(typed, os.path.join(stage, "lo"))
    rng = random.Random(seed)
    for n, (mp, i, cols, d) in enumerate(work):
        parts = cols[2].split(":")
        tag = "y%03d" % n
        dest = os.path.join(d, "_gen_%s.pdf" % tag)
        if parts[0] == "y-scanpdf":
            dpi, o = int(parts[1]), opts(parts[2:])
            prefix = os.path.join(stage, tag + "_raw")
            B.run(["pdftoppm", "-r", str(dpi), "-png", os.path.join(stage, "typed%03d.pdf" % n), prefix])
            pngs = sorted(os.path.join(stage, x) for x in os.listdir(stage) if x.startswith(tag + "_raw"))
        elif parts[0] == "y-scan":
            dpi, font, o = int(parts[1]), FONTS[int(parts[2])], opts(parts[3:])
            with open(os.path.join(d, cols[0]), encoding="utf-8") as f:
                text = f.read()
            pngs = draw(text, dpi, rng, font, o, stage, tag)
        else:
            raise SystemExit("prebuild: unknown method %s" % cols[2])
        imgs = degrade(pngs, dpi, rng, o, stage, tag)
        B.run(["img2pdf", "-o", dest] + imgs)
        cols[0], cols[2] = os.path.basename(dest), "copy"
        manifests[mp][i] = "\t".join(cols)
    for mp, lines in manifests.items():
        with open(mp, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
