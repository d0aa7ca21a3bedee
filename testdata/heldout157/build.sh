#!/bin/sh
# Builds the hundred-and-fifty-seventh held-out people corpus (testdata/heldout157) into OUT with the
# othertools builder (LibreOffice, ImageMagick, pdftoppm, img2pdf, qpdf, zip).
# The pre-build step is this folder's prebuild.py (heldout15's prebuild.py,
# imported unchanged, itself importing heldout7's; scans, phone photos,
# screenshots, overlays) and its own scanner faults (a ball bearing on the scanner glass,
# a white silk khata across a corner of photographed sheets) with seed 20270163.
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
tmp=$(mktemp -d "${TMPDIR:-/tmp}/heldout157-src.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
cp -R "$here/src" "$here/truth.json" "$tmp/"
python3 -B "$here/prebuild.py" "$tmp" 20270163
rm -rf "$tmp/_stage"
sh "$here/../othertools/build.sh" "$1" --src "$tmp"
