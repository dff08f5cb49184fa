"""Peer for the CLI benchmark: openpyxl's read-only parse of a workbook, visiting every cell value,
as a caseworker's 10-line script would. Reports its peak RSS on fd 3 (as bench/with-rss.js does)."""
import json
import os
import resource
import sys

from openpyxl import load_workbook

workbook = load_workbook(sys.argv[1], read_only=True, data_only=True)
cells = 0
for sheet in workbook.worksheets:
    for row in sheet.iter_rows(values_only=True):
        cells += sum(1 for value in row if value is not None)
workbook.close()
if cells == 0:
    sys.exit(3)
try:
    os.write(3, json.dumps({"maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}).encode())
except OSError:
    pass
