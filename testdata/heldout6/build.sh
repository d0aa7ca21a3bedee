#!/bin/sh
# Builds the sixth held-out people corpus (testdata/heldout6) into OUT with
# the othertools builder (LibreOffice, ImageMagick, pdftoppm, img2pdf, qpdf,
# zip). A pre-build step (this folder's prebuild.py, seed 20261206) makes, on
# a temporary copy of src/, the files the builder has no method for (a printed
# label with a handwritten name on one line, tilted signatures, footers at the
# foot of a drawn page, skew of 3-3.5 degrees, a dark scanner-lid border,
# uneven light, low contrast, landscape scans) and hands them to the builder
# as `copy`.
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
tmp=$(mktemp -d "${TMPDIR:-/tmp}/heldout6-src.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
cp -R "$here/src" "$here/truth.json" "$tmp/"
python3 "$here/prebuild.py" "$tmp" 20261206
rm -rf "$tmp/_stage"
sh "$here/../othertools/build.sh" "$1" --src "$tmp"
