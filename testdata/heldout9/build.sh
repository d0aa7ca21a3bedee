#!/bin/sh
# Builds the ninth held-out people corpus (testdata/heldout9) into OUT with the
# othertools builder (LibreOffice, ImageMagick, pdftoppm, img2pdf, qpdf, zip).
# The pre-build step is heldout7's prebuild.py (called, not changed) with this
# corpus's own seed 20261209: on a temporary copy of src/ it makes the scans of
# typed pages (gray, colour, 1-bit, fold shadow, lid edge, a page turned 180°)
# and the phone photos, and hands them to the builder as `copy`.
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
tmp=$(mktemp -d "${TMPDIR:-/tmp}/heldout9-src.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
cp -R "$here/src" "$here/truth.json" "$tmp/"
python3 -B "$here/../heldout7/prebuild.py" "$tmp" 20261209
rm -rf "$tmp/_stage"
sh "$here/../othertools/build.sh" "$1" --src "$tmp"
