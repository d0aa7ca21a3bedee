#!/usr/bin/env python3
"""Pre-build step of testdata/heldout7 (run by build.sh on a temporary copy of
src/ before the othertools builder).

It imports ../othertools/build.py (not changed) for its soffice batch,
draw_pages and degrade, makes the files the builder has no method for, and
rewrites their manifest rows to the builder's `copy` method. Methods:

  x-scanpdf:<dpi>[opts]         typed HTML, printed (pdftoppm) and scanned
  x-scan:<dpi>:<font>[opts]     text drawn as the builder's scan: and scanned
  x-photo:<dpi>:<font>          text drawn, then photographed with a phone:
                                tinted paper, uneven light, page turned 3-6
                                degrees and in perspective on a desk, colour JPEG
  x-xlsx                        a JSON {"sheet","rows","merges"} source turned
                                into an .xlsx with merged cells (title row,
                                grouped header)
opts: :mono (1-bit), :color, :q<quality> (JPEG recompression), :fold (a
vertical fold shadow across the page), :border (the dark edge of an open
scanner lid along the left and bottom), :rot<page>=<deg>.

Usage: prebuild.py DIR SEED   (DIR holds src/; rewritten in place)
"""
import json
import os
import random
import sys
import zipfile
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True  # leave ../othertools untouched
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "othertools"))
import build as B  # noqa: E402


def opts(parts):
    o = {"mono": False, "color": False, "q": 0, "rot": {}, "fold": False, "border": False}
    for p in parts:
        if p in ("mono", "color", "fold", "border"):
            o[p] = True
        elif p.startswith("q"):
            o["q"] = int(p[1:])
        elif p.startswith("rot"):
            page, deg = p[3:].split("=")
            o["rot"][int(page)] = int(deg)
    return o


def size_of(p):
    w, h = B.run(["identify", "-format", "%w %h", p]).stdout.decode().split()
    return int(w), int(h)


def fold(pngs, rng):
    """A soft dark band where the sheet was folded, on the clean page (the
    scanner's noise, skew and threshold come after)."""
    for p in pngs:
        w, h = size_of(p)
        band = int(w * rng.uniform(0.10, 0.16))
        x = int(w * rng.uniform(0.42, 0.55))
        dark = "gray%d" % rng.randint(66, 76)
        B.run(["convert", p, "(", "-size", "1x256", "gradient:white-%s" % dark, "-rotate", "-90", "(", "+clone", "-flop", ")",
               "+append", "-resize", "%dx%d!" % (band, h), "-background", "white", "-gravity", "west",
               "-splice", "%dx0" % x, "-extent", "%dx%d" % (w, h), ")", "-compose", "Multiply", "-composite", p])


def border(imgs, rng):
    """The black edge an open lid leaves: a ragged dark strip on the left
    and along the bottom of the scanned image."""
    for p in imgs:
        w, h = size_of(p)
        lw, bh = int(w * rng.uniform(0.025, 0.04)), int(h * rng.uniform(0.015, 0.025))
        cmd = ["convert", p, "-fill", "#161616", "-draw", "rectangle 0,0 %d,%d" % (lw, h),
               "-draw", "rectangle 0,%d %d,%d" % (h - bh, w, h)]
        if p.endswith(".jpg"):
            cmd += ["-quality", "80"]
        B.run(cmd + [p])


def photo(pngs, dpi, rng, stage, tag):
    """A phone photo of a homework sheet lying on a desk."""
    out = []
    for i, p in enumerate(pngs):
        w, h = size_of(p)
        tint = rng.choice(["#f1e6c6", "#e9eef2", "#f4ecd8", "#e6efe0"])
        desk = rng.choice(["#5b4634", "#6a5a48", "#3f4a52"])
        angle = rng.choice([-1, 1]) * rng.uniform(3.0, 6.0)
        m = int(w * 0.12)
        W, H = w + 2 * m, h + 2 * m
        d = int(w * rng.uniform(0.02, 0.045))
        # perspective: the top edge narrower than the bottom (phone held above the sheet)
        persp = "0,0 %d,%d  %d,0 %d,%d  0,%d %d,%d  %d,%d %d,%d" % (
            d, int(d * 0.6), W - 1, W - 1 - d, int(d * 0.3), H - 1, 0, H - 1, W - 1, H - 1, W - 1, H - 1)
        cx, cy = rng.uniform(0.2, 0.8), rng.uniform(0.15, 0.5)
        j = os.path.join(stage, "%s_photo%02d.jpg" % (tag, i))
        B.run(["convert", "-seed", str(rng.randint(1, 1 << 30)), p,
               "(", "+clone", "-fill", tint, "-colorize", "100", ")", "-compose", "Multiply", "-composite", "-compose", "Over",
               "-bordercolor", desk, "-border", str(m),
               "-background", desk, "-virtual-pixel", "background", "-distort", "Perspective", persp,
               "-rotate", "%.2f" % angle,
               "(", "-size", "%dx%d" % (int(W * 1.8), int(H * 1.8)), "radial-gradient:white-gray%d" % rng.randint(52, 62),
               "-gravity", "northwest", "-crop", "%dx%d+%d+%d" % (W + 200, H + 200, int(W * 0.8 * (1 - cx)), int(H * 0.8 * (1 - cy))),
               "+repage", ")", "-gravity", "center", "-compose", "Multiply", "-composite", "-compose", "Over",
               "-attenuate", "%.2f" % rng.uniform(0.3, 0.5), "+noise", "Gaussian", "-blur", "0x%.1f" % rng.uniform(0.5, 0.9),
               "-gravity", "center", "-crop", "%dx%d+0+0" % (W, H), "+repage",
               "-units", "PixelsPerInch", "-density", str(dpi), "-quality", str(rng.randint(70, 82)), j])
        out.append(j)
    return out


def finish(imgs, o, dest):
    for i, p in enumerate(imgs):
        cmd = ["convert", p]
        if i + 1 in o["rot"]:
            cmd += ["-rotate", str(o["rot"][i + 1])]
        if o["q"] and p.endswith(".jpg"):
            cmd += ["-quality", str(o["q"])]
        if o["mono"]:
            cmd += ["-type", "Bilevel"]
        if len(cmd) > 2:
            B.run(cmd + [p])
    B.run(["img2pdf", "-o", dest] + imgs)


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def write_xlsx(spec, dest):
    rows = spec["rows"]
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if isinstance(v, int):
                cells.append('<c r="%s"><v>%d</v></c>' % (ref, v))
            elif v:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(v)))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    merges = ""
    if spec.get("merges"):
        merges = '<mergeCells count="%d">%s</mergeCells>' % (
            len(spec["merges"]), "".join('<mergeCell ref="%s"/>' % m for m in spec["merges"]))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rel,
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook %s xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>'
        % (ns, rel, escape(spec.get("sheet", "Sheet1"))),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % rel,
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet %s><sheetData>%s</sheetData>%s</worksheet>' % (ns, "".join(xml_rows), merges),
    }
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def main():
    base = os.path.abspath(sys.argv[1])
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
                if len(cols) == 5 and cols[2].startswith("x-"):
                    work.append((mp, i, cols, os.path.join(sdir, sub)))
    typed = [(os.path.join(d, cols[0]), "pdf", os.path.join(stage, "typed%03d.pdf" % n))
             for n, (mp, i, cols, d) in enumerate(work) if cols[2].startswith("x-scanpdf")]
    if typed:
        B.soffice_batch(typed, os.path.join(stage, "lo"))
    rng = random.Random(int(sys.argv[2]))
    for n, (mp, i, cols, d) in enumerate(work):
        parts = cols[2].split(":")
        tag = "x%03d" % n
        if parts[0] == "x-xlsx":
            dest = os.path.join(d, "_gen_%s.xlsx" % tag)
            with open(os.path.join(d, cols[0]), encoding="utf-8") as f:
                write_xlsx(json.load(f), dest)
        else:
            dest = os.path.join(d, "_gen_%s.pdf" % tag)
            if parts[0] == "x-scanpdf":
                dpi, o = int(parts[1]), opts(parts[2:])
                prefix = os.path.join(stage, tag + "_raw")
                B.run(["pdftoppm", "-r", str(dpi), "-png", os.path.join(stage, "typed%03d.pdf" % n), prefix])
                pngs = sorted(os.path.join(stage, x) for x in os.listdir(stage) if x.startswith(tag + "_raw"))
            elif parts[0] in ("x-scan", "x-photo"):
                dpi, font, o = int(parts[1]), B.FONT_PRINT[int(parts[2])], opts(parts[3:])
                with open(os.path.join(d, cols[0]), encoding="utf-8") as f:
                    text = f.read()
                pngs = B.draw_pages(text, dpi, rng, font, stage, tag)
            else:
                raise SystemExit("prebuild: unknown method %s" % cols[2])
            if parts[0] == "x-photo":
                imgs = photo(pngs, dpi, rng, stage, tag)
            else:
                if o["fold"]:
                    fold(pngs, rng)
                imgs = B.degrade(pngs, dpi, rng, stage, tag, gray=not o["color"], mono=o["mono"])
                if o["border"]:
                    border(imgs, rng)
            finish(imgs, o, dest)
        cols[0], cols[2] = os.path.basename(dest), "copy"
        manifests[mp][i] = "\t".join(cols)
    for mp, lines in manifests.items():
        with open(mp, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
