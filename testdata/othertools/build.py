#!/usr/bin/env python3
"""Build the independent test corpus of testdata/othertools into OUT.

Sources are hand-written (src/<school>/<submission>/...); each submission has
a manifest.tsv that says, per output file: the source, the file name schools
would give it, how it is made, and what the file is (kind, item). A school's
pack file says how the school is delivered (dir, zip, gbkzip).

Tools: LibreOffice (soffice) for typed PDFs and docx, ImageMagick (convert)
to draw and degrade scanned pages, pdftoppm to scan typed PDFs, img2pdf to
wrap page images, qpdf to encrypt and concatenate, Info-ZIP zip to pack.
Nothing here is shared with internal/corpusgen.

Usage: build.py OUT [--src DIR]

DIR (default: this folder) holds src/ and truth.json, so another corpus
(testdata/heldout) can be built by the same tools from its own sources.
Method `xlsx` turns a .csv source into a minimal spreadsheet written here
with zipfile (inline strings; LibreOffice Calc is not needed);
font indexes 3 and 4 of scan methods are the brush fonts AR PL UKai and
LXGW WenKai (a whole page in handwriting).
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

FONT_PRINT = ["Noto-Sans-CJK-SC", "Noto-Serif-CJK-SC", "AR-PL-SungtiL-GB", "AR-PL-UKai-CN", "LXGW-WenKai"]
FONT_HAND = "AR-PL-UKai-CN"


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        sys.stderr.write("command failed: %s\n%s\n" % (" ".join(cmd), r.stderr.decode("utf-8", "replace")))
        raise SystemExit(1)
    return r


def shared_text(name):
    with open(os.path.join(SRC, "_shared", name), encoding="utf-8") as f:
        return f.read().strip("\n")


def expand(text, ext):
    """Replace @@NAME@@ lines with the shared passage of that name."""
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("@@") and s.endswith("@@") and len(s) > 4:
            body = shared_text(s[2:-2])
            if ext == ".html":
                body = "\n".join("<p>%s</p>" % p for p in body.split("\n") if p.strip())
            out.append(body)
        else:
            out.append(line)
    return "\n".join(out)


def read_manifest(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 5:
                raise SystemExit("%s: want 5 tab-separated columns: %r" % (path, line))
            src, name, method, kind, item = cols
            rows.append({"src": src, "name": name, "method": method, "kind": kind, "item": int(item)})
    return rows


# ---------------------------------------------------------------- typed files

def soffice_batch(jobs, stage):
    """jobs: list of (source path, target ext 'pdf'|'docx', dest path)."""
    groups = {}
    for i, (src, ext, dest) in enumerate(jobs):
        sext = os.path.splitext(src)[1]
        d = os.path.join(stage, "in%s_%s" % (sext.strip("."), ext))
        os.makedirs(d, exist_ok=True)
        base = "f%03d%s" % (i, sext)
        with open(src, encoding="utf-8") as f:
            text = expand(f.read(), sext)
        with open(os.path.join(d, base), "w", encoding="utf-8") as f:
            f.write(text)
        groups.setdefault((sext, ext), []).append((os.path.join(d, base), dest))
    profile = "file://" + os.path.join(stage, "lo-profile")
    for (sext, ext), items in groups.items():
        outdir = os.path.join(stage, "out_%s_%s" % (sext.strip("."), ext))
        os.makedirs(outdir, exist_ok=True)
        cmd = ["soffice", "-env:UserInstallation=" + profile, "--headless"]
        if sext == ".html":
            cmd += ["--infilter=HTML (StarWriter)"]
        target = {"pdf": "pdf:writer_pdf_Export", "docx": 'docx:MS Word 2007 XML'}[ext]
        cmd += ["--convert-to", target, "--outdir", outdir] + [p for p, _ in items]
        run(cmd)
        for p, dest in items:
            got = os.path.join(outdir, os.path.splitext(os.path.basename(p))[0] + "." + ext)
            if not os.path.exists(got):
                raise SystemExit("soffice did not write %s" % got)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            shutil.move(got, dest)


# -------------------------------------------------------------- scanned pages

def char_width(c, px):
    return px * (0.55 if ord(c) < 0x2E80 else 1.0)


def wrap(line, px, maxw):
    out, cur, w = [], "", 0.0
    for c in line:
        cw = char_width(c, px)
        if w + cw > maxw and cur:
            out.append(cur)
            cur, w = "", 0.0
        cur += c
        w += cw
    out.append(cur)
    return out


def im_escape(s):
    s = s.replace("\\", "\\\\").replace("%", "%%")
    if s.startswith("@"):
        s = " " + s
    return s


def draw_pages(text, dpi, rng, font, stage, tag):
    """Draw text on A4 pages; return PNG paths. Line prefixes: '> ' handwriting
    (the student's answer), '! ' the teacher's red marking, '----' new page."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    px = 11.5 * dpi / 72.0
    margin = int(0.9 * dpi)
    lead = px * 1.75
    pages, cur = [], []
    y = margin + px
    for raw in text.split("\n"):
        if raw.strip() == "----":
            pages.append(cur)
            cur, y = [], margin + px
            continue
        style = "print"
        line = raw
        if raw.startswith("> "):
            style, line = "hand", raw[2:]
        elif raw.startswith("! "):
            style, line = "mark", raw[2:]
        size = px * (1.15 if style != "print" else 1.0)
        for part in wrap(line, size, W - 2 * margin) if line else [""]:
            if y > H - margin:
                pages.append(cur)
                cur, y = [], margin + px
            cur.append((style, part, y, size))
            y += lead
    pages.append(cur)
    paths = []
    for n, page in enumerate(pages):
        if not page:
            continue
        cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white"]
        for style, part, y, size in page:
            if not part.strip():
                continue
            if style == "print":
                cmd += ["-font", font, "-fill", "black"]
                x = margin
            elif style == "hand":
                cmd += ["-font", FONT_HAND, "-fill", "#1b2a5e"]
                x = margin + rng.randint(0, int(dpi * 0.25))
            else:
                cmd += ["-font", FONT_HAND, "-fill", "#b0201a"]
                x = margin + int(dpi * 0.6)
            cmd += ["-pointsize", "%.1f" % size, "-annotate", "+%d+%d" % (x, int(y)), im_escape(part)]
        p = os.path.join(stage, "%s_%02d.png" % (tag, n))
        cmd.append(p)
        run(cmd)
        paths.append(p)
    return paths


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    """Make scanner output from clean page images: skew, noise, blur, then
    JPEG (gray or colour) or, with mono, a 1-bit PNG as fax-like scanners
    write (img2pdf stores it Flate-compressed)."""
    out = []
    for i, p in enumerate(pngs):
        angle = rng.choice([-1, 1]) * rng.uniform(0.6, 2.0)
        j = os.path.join(stage, "%s_scan%02d.%s" % (tag, i, "png" if mono else "jpg"))
        size = run(["identify", "-format", "%wx%h", p]).stdout.decode().strip()
        # -seed makes ImageMagick's noise repeatable: the same corpus, the same OCR.
        cmd = ["convert", "-seed", str(rng.randint(1, 1 << 30)), p, "-background", "white", "-rotate", "%.2f" % angle,
               "-gravity", "center", "-extent", size,
               "-attenuate", "%.2f" % rng.uniform(0.25, 0.6), "+noise", "Gaussian",
               "-blur", "0x%.1f" % rng.uniform(0.3, 0.8)]
        if mono:
            cmd += ["-colorspace", "Gray", "-threshold", "%d%%" % rng.randint(55, 65), "-type", "Bilevel",
                    "-units", "PixelsPerInch", "-density", str(dpi), j]
        else:
            if gray:
                cmd += ["-colorspace", "Gray"]
            cmd += ["-units", "PixelsPerInch", "-density", str(dpi), "-quality", str(rng.randint(60, 85)), j]
        run(cmd)
        out.append(j)
    return out


def scan_text(src, dest, dpi, rng, font, stage, tag, gray=True, mono=False):
    with open(src, encoding="utf-8") as f:
        text = expand(f.read(), ".txt")
    pngs = draw_pages(text, dpi, rng, font, stage, tag)
    jpgs = degrade(pngs, dpi, rng, stage, tag, gray, mono)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    run(["img2pdf", "-o", dest] + jpgs)


def scan_pdf(pdf, dest, dpi, rng, stage, tag):
    """Print a typed PDF and scan it back."""
    prefix = os.path.join(stage, tag + "_raw")
    run(["pdftoppm", "-r", str(dpi), "-png", pdf, prefix])
    pngs = sorted(p for p in (os.path.join(stage, x) for x in os.listdir(stage)) if p.startswith(prefix))
    jpgs = degrade(pngs, dpi, rng, stage, tag)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    run(["img2pdf", "-o", dest] + jpgs)


# ---------------------------------------------------------------- spreadsheet

def write_xlsx(csv_path, dest):
    """A one-sheet .xlsx from a UTF-8 CSV: the smallest package Excel and
    excelize accept (inline strings, numbers as numbers)."""
    import csv
    import zipfile
    from xml.sax.saxutils import escape
    with open(csv_path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))

    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if v.isdigit() and len(v) < 10:
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(v)))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
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
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
        % "".join(xml_rows),
    }
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


# -------------------------------------------------------------------- packing

def pack_zip(school_dir, zip_path, gbk):
    """Zip a school folder (with the school's name as the top folder)."""
    parent, name = os.path.split(school_dir)
    if not gbk:
        run(["zip", "-q", "-r", "-X", zip_path, name], cwd=parent)
        return
    # Names in GBK bytes on disk, zipped in the C locale: Info-ZIP stores the
    # bytes as they are, without the UTF-8 flag, as Chinese Windows tools do.
    tmp = tempfile.mkdtemp(dir=os.path.dirname(zip_path))
    for dirpath, _, files in os.walk(school_dir):
        rel = os.path.relpath(dirpath, parent)
        gdir = os.path.join(tmp.encode(), rel.encode("gbk"))
        os.makedirs(gdir, exist_ok=True)
        for fn in files:
            shutil.copyfile(os.path.join(dirpath, fn), os.path.join(gdir, fn.encode("gbk")))
    env = dict(os.environ, LC_ALL="C", LANG="C")
    run(["zip", "-q", "-r", "-X", os.path.abspath(zip_path).encode(), name.encode("gbk")], cwd=tmp.encode(), env=env)
    shutil.rmtree(tmp.encode())


# ----------------------------------------------------------------------- main

def main():
    global SRC
    args = sys.argv[1:]
    base = HERE
    if len(args) == 3 and args[1] == "--src":
        base = os.path.abspath(args[2])
        args = args[:1]
    if len(args) != 1:
        raise SystemExit("usage: build.py OUT [--src DIR]")
    SRC = os.path.join(base, "src")
    out = os.path.abspath(args[0])
    os.makedirs(out, exist_ok=True)
    stage = tempfile.mkdtemp(prefix="othertools-")
    unpacked = os.path.join(stage, "schools")
    with open(os.path.join(base, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    files = []
    jobs, later = [], []
    schools = sorted(d for d in os.listdir(SRC) if not d.startswith("_"))
    packs = {}
    for school in schools:
        sdir = os.path.join(SRC, school)
        with open(os.path.join(sdir, "pack"), encoding="utf-8") as f:
            packs[school] = f.read().strip()
        for sub in sorted(os.listdir(sdir)):
            mpath = os.path.join(sdir, sub, "manifest.tsv")
            if not os.path.isfile(mpath):
                continue
            for row in read_manifest(mpath):
                dest = os.path.join(unpacked, school, sub, row["name"])
                srcs = [os.path.join(sdir, sub, x) for x in row["src"].split("+")] if row["src"] != "-" else [None]
                src = srcs[0]
                row.update(dest=dest, srcpath=src, srcpath2=srcs[-1], school=school, sub=sub)
                m = row["method"]
                if m in ("pdf", "docx"):
                    jobs.append((src, m, dest))
                elif m.startswith("scanpdf") or m.startswith("mixed") or m in ("truncate", "encrypt", "docxaspdf"):
                    tmp = os.path.join(stage, "typed", "%d.%s" % (len(jobs), "docx" if m == "docxaspdf" else "pdf"))
                    jobs.append((src, "docx" if m == "docxaspdf" else "pdf", tmp))
                    row["typed"] = tmp
                    later.append(row)
                else:
                    later.append(row)
                files.append({"file": "%s/%s/%s" % (school, sub, row["name"]), "kind": row["kind"], "item": row["item"]})
    soffice_batch(jobs, os.path.join(stage, "lo"))

    rng = random.Random(20260301)
    scans = os.path.join(stage, "scans")
    os.makedirs(scans, exist_ok=True)
    for n, row in enumerate(later):
        m, dest = row["method"], row["dest"]
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        tag = "s%03d" % n
        if m.startswith("scan:"):  # scan:<dpi>:<font index>[:color|:mono]
            parts = m.split(":")
            scan_text(row["srcpath"], dest, int(parts[1]), rng, FONT_PRINT[int(parts[2])], scans, tag,
                      gray="color" not in parts[3:], mono="mono" in parts[3:])
        elif m.startswith("mixed:"):  # mixed:<dpi>:<font index>, src "typed+scanned"
            parts = m.split(":")
            scanned = os.path.join(scans, tag + "_part.pdf")
            scan_text(row["srcpath2"], scanned, int(parts[1]), rng, FONT_PRINT[int(parts[2])], scans, tag)
            run(["qpdf", "--empty", "--pages", row["typed"], scanned, "--", dest])
        elif m.startswith("scanpdf:"):
            scan_pdf(row["typed"], dest, int(m.split(":")[1]), rng, scans, tag)
        elif m == "empty":
            open(dest, "wb").close()
        elif m == "truncate":
            with open(row["typed"], "rb") as f:
                data = f.read()
            with open(dest, "wb") as f:
                f.write(data[: len(data) * 2 // 5])
        elif m == "encrypt":
            run(["qpdf", "--encrypt", "kaoping2025", "owner-kp", "256", "--", row["typed"], dest])
        elif m == "docxaspdf":
            shutil.copyfile(row["typed"], dest)
        elif m == "xlsx":
            write_xlsx(row["srcpath"], dest)
        elif m == "copy":
            shutil.copyfile(row["srcpath"], dest)
        else:
            raise SystemExit("unknown method %s" % m)

    for school in schools:
        sdir = os.path.join(unpacked, school)
        pack = packs[school]
        if pack == "dir":
            shutil.copytree(sdir, os.path.join(out, school), dirs_exist_ok=True)
        elif pack in ("zip", "gbkzip"):
            zp = os.path.join(out, school + ".zip")
            if os.path.exists(zp):
                os.remove(zp)
            pack_zip(sdir, zp, pack == "gbkzip")
        else:
            raise SystemExit("unknown pack %s" % pack)

    truth["files"] = files
    with open(os.path.join(out, ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    shutil.rmtree(stage, ignore_errors=True)


if __name__ == "__main__":
    main()
