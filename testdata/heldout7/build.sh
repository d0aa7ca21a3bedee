#!/bin/sh
# Builds the seventh held-out people corpus (testdata/heldout7) into OUT with
# the othertools builder (LibreOffice, ImageMagick, pdftoppm, img2pdf, qpdf,
# zip). A pre-build step (./prebuild.py, seed 20261207) first makes, on a
# temporary copy of src/, the files the builder has no method for (colour and
# 1-bit scans of typed pages, fold shadows, a dark lid edge, phone photos of
# homework, an xlsx roster with merged cells) and hands them to the builder as
# `copy`.
# Usage: build.sh OUT
set -eu
if [ $# -ne 1 ]; then
	echo "usage: $0 OUT" >&2
	exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
for tool in soffice convert identify pdftoppm img2pdf qpdf zip python3; do
	command -v "$tool" >/dev/null 2>&1 || { echo "build.sh: $tool not found" >&2; exit 3; }
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/heldout7-src.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
cp -R "$here/src" "$here/truth.json" "$tmp/"
python3 "$here/prebuild.py" "$tmp" 20261207
rm -rf "$tmp/_stage"
sh "$here/../othertools/build.sh" "$1" --src "$tmp"
