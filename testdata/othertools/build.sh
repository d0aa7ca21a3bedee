#!/bin/sh
# Builds the independent test corpus (testdata/othertools) into OUT with
# LibreOffice, ImageMagick, pdftoppm, img2pdf, qpdf and Info-ZIP zip.
# Usage: build.sh OUT [--src DIR]   (DIR holds src/ and truth.json; default: here)
set -eu
if [ $# -ne 1 ] && [ $# -ne 3 ]; then
	echo "usage: $0 OUT [--src DIR]" >&2
	exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
for tool in soffice convert pdftoppm img2pdf qpdf zip python3; do
	command -v "$tool" >/dev/null 2>&1 || { echo "build.sh: $tool not found" >&2; exit 3; }
done
exec python3 "$here/build.py" "$@"
