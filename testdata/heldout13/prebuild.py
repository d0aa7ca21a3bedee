#!/usr/bin/env python3
"""Pre-build step of testdata/heldout13: heldout7's prebuild.py (imported, not
changed) plus two things of its own:

  :faint     (degradation option) a scanner set too light: before the scanner
             noise, the page's black is lifted to about 30 % gray and the paper
             dulled a little, so pencil writing comes out pale gray on gray
             (low contrast), printed text dark gray.
  x-xlsxm    (file method) a JSON {"sheets": [{"name", "rows", "merges"}, ...]}
             source turned into an .xlsx with several sheets (heldout7's x-xlsx
             writes one sheet only).

Usage: prebuild.py DIR SEED
"""
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout7"))
import prebuild as P  # noqa: E402

FAINT = set()   # work tags (x%03d, numbered as heldout7's prebuild numbers them)
_degrade = P.B.degrade


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    if tag in FAINT:
        for p in pngs:
            P.B.run(["convert", p, "+level", "30%,96%", p])
    return _degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def sheet_xml(sheet):
    rows = []
    for r, row in enumerate(sheet["rows"], 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (P.col(c), r)
            if isinstance(v, int):
                cells.append('<c r="%s"><v>%d</v></c>' % (ref, v))
            elif v:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(v)))
        rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    merges = ""
    if sheet.get("merges"):
        merges = '<mergeCells count="%d">%s</mergeCells>' % (
            len(sheet["merges"]), "".join('<mergeCell ref="%s"/>' % m for m in sheet["merges"]))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet '
            'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData>%s</worksheet>'
            % ("".join(rows), merges))


def write_xlsxm(spec, dest):
    sheets = spec["sheets"]
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                  % (i + 1) for i in range(len(sheets))) + '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rel,
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook %s xmlns:r="%s"><sheets>%s</sheets></workbook>'
        % (ns, rel, "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(s["name"]), i + 1, i + 1)
                            for i, s in enumerate(sheets))),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
        % "".join('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, rel, i + 1)
                  for i in range(len(sheets))),
    }
    for i, s in enumerate(sheets):
        parts["xl/worksheets/sheet%d.xml" % (i + 1)] = sheet_xml(s)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


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
    k = 0
    for mp, d in manifests(src):     # x-xlsxm first: afterwards they are plain copies
        with open(mp, encoding="utf-8") as f:
            lines = f.read().rstrip("\n").split("\n")
        for i, line in enumerate(lines):
            cols = line.split("\t")
            if len(cols) == 5 and cols[2] == "x-xlsxm":
                dest = os.path.join(d, "_gen_m%03d.xlsx" % k)
                k += 1
                with open(os.path.join(d, cols[0]), encoding="utf-8") as f:
                    write_xlsxm(json.load(f), dest)
                cols[0], cols[2] = os.path.basename(dest), "copy"
                lines[i] = "\t".join(cols)
        with open(mp, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    n = 0
    for mp, d in manifests(src):
        with open(mp, encoding="utf-8") as f:
            for line in f.read().rstrip("\n").split("\n"):
                cols = line.split("\t")
                if len(cols) == 5 and cols[2].startswith("x-"):
                    if "faint" in cols[2].split(":"):
                        FAINT.add("x%03d" % n)
                    n += 1
    P.B.degrade = degrade
    P.main()


if __name__ == "__main__":
    main()
