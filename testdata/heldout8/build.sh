#!/bin/sh
# Builds the eighth held-out people corpus (testdata/heldout8) into OUT with
# the othertools builder (LibreOffice, ImageMagick, pdftoppm, img2pdf, qpdf,
# zip). A pre-build step (../heldout7/prebuild.py, run unchanged, with this
# corpus's own seed 20261208) first makes, on a temporary copy of src/, the
# scanned files the builder has no method for (colour and 1-bit scans of
# typed pages, heavy JPEG, a fold shadow, a dark lid edge, a phone photo) and
# hands them to the builder as `copy`.
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
tmp=$(mktemp -d "${TMPDIR:-/tmp}/heldout8-src.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
cp -R "$here/src" "$here/truth.json" "$tmp/"
PYTHONDONTWRITEBYTECODE=1 python3 "$here/../heldout7/prebuild.py" "$tmp" 20261208
rm -rf "$tmp/_stage"
sh "$here/../othertools/build.sh" "$1" --src "$tmp"
