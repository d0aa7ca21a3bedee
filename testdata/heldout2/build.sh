#!/bin/sh
# Builds the second held-out people corpus (testdata/heldout2) into OUT with
# the othertools builder (LibreOffice, ImageMagick, pdftoppm, img2pdf, qpdf, zip).
# Usage: build.sh OUT
set -eu
if [ $# -ne 1 ]; then
	echo "usage: $0 OUT" >&2
	exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
exec sh "$here/../othertools/build.sh" "$1" --src "$here"
