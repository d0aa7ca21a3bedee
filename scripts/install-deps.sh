#!/usr/bin/env bash
# Installs the Debian packages classaudit needs, only those missing.
#   scripts/install-deps.sh          what a sweep needs (OCR, poppler, fonts)
#   scripts/install-deps.sh --test   also what the tests need (Chromium)
set -euo pipefail
pkgs=(libtesseract-dev tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng poppler-utils
      fonts-lxgw-wenkai fonts-arphic-gbsn00lp fonts-arphic-ukai qpdf gcc pkg-config)
if [[ "${1:-}" == "--test" ]]; then
  pkgs+=(chromium)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "安装缺少的系统软件包：${missing[*]}" >&2
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
