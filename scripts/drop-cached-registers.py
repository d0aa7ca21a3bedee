#!/usr/bin/env python3
"""Drops from an OCR cache the scanned score tables read before the cache kept
each digit word's confidence (models.Page.DigitWords), so that the next sweep
with that cache reads them again and the records checks judge them by their
words' confidences. Everything else stays cached.

    scripts/drop-cached-registers.py CACHE_DIR [--dry]

A cached document is dropped when one of its OCR pages has no DigitWords, four
lines or more of three small numbers (a score table's rows) and a heading word
of a register (姓名, 学号, 考核, 成绩). --dry counts without dropping.
"""
import gzip
import json
import os
import re
import sys

SMALL = re.compile(r'(?<!\d)\d{1,3}(?:\.\d+)?(?!\d)')


def register_page(page):
    if page.get('Method') != 'ocr' or page.get('DigitWords'):
        return False
    text = page.get('Text', '')
    rows = sum(1 for line in text.split('\n') if len(SMALL.findall(line)) >= 3)
    return rows >= 4 and any(w in text for w in ('姓名', '学号', '考核', '成绩'))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    dry = '--dry' in sys.argv
    seen = dropped = 0
    for root, _, files in os.walk(sys.argv[1]):
        for name in files:
            if not name.endswith('.json.gz'):
                continue
            path = os.path.join(root, name)
            seen += 1
            try:
                with gzip.open(path) as f:
                    doc = json.load(f)
            except (OSError, ValueError):
                continue
            if any(register_page(p) for p in doc.get('Pages') or []):
                dropped += 1
                if not dry:
                    os.remove(path)
    print(f"{sys.argv[1]}: {dropped} of {seen} cached documents {'to drop' if dry else 'dropped'}", file=sys.stderr)


if __name__ == '__main__':
    main()
