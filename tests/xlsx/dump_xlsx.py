#!/usr/bin/python3
"""Dumps what openpyxl (an independent reader) sees in a workbook, as JSON: per sheet its
name, frozen pane, autofilter, column widths, and per cell its value, type, number format
and whether it is bold. Dates are ISO 8601 text.

Usage: dump_xlsx.py IN.xlsx OUT.json
"""
import datetime
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, (datetime.datetime, datetime.date)):
                v = v.isoformat()
            cells.append({"v": v, "t": c.data_type, "fmt": c.number_format, "bold": bool(c.font and c.font.b)})
        rows.append(cells)
    out.append({
        "name": ws.title,
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "widths": {k: d.width for k, d in ws.column_dimensions.items()},
        "rows": rows,
    })
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
