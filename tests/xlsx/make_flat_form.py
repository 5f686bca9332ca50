#!/usr/bin/python3
"""Writes a Google-Forms-like flat form with openpyxl (an independent XLSX producer):
NIPs stored as numbers, the timestamp and check dates as date serials, followers as numbers.

openpyxl writes numbers with "%.16g", so an 18-digit NIP is already rounded in its file
(1.98609262015051e+17), as in Excel's. Other generators (server exports) write integer
literals; LITERAL.xlsx is the same workbook with the NIP cells rewritten that way.

Usage: make_flat_form.py OUT.xlsx LITERAL.xlsx
"""
import datetime
import sys
import zipfile

import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Form Responses 1"
ws.append(["Timestamp", "NIP", "Nama Lengkap", "Unit Kerja", "Username Instagram",
           "Jumlah Followers IG", "Tanggal Cek"])
rows = [
    (datetime.datetime(2024, 5, 1, 8, 30, 0), 198609262015051001, "Dewi Lestari, S.Pd.", "Dinas Pendidikan",
     "@dewi.lestari", 1200, datetime.date(2024, 5, 2)),
    (datetime.datetime(2024, 5, 1, 9, 15, 45), 199001012019032002, "Budi Santoso", "Dinas Kesehatan",
     "budisantoso", 0.5, datetime.date(2024, 5, 3)),
]
for r in rows:
    ws.append(list(r))
ws["G2"].number_format = "dd/mm/yyyy"
ws["G3"].number_format = "d mmmm yyyy"
wb.save(sys.argv[1])

with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == "xl/worksheets/sheet1.xml":
            text = data.decode("utf-8")
            for r in rows:
                text = text.replace("<v>%.16g</v>" % r[1], "<v>%d</v>" % r[1])
            data = text.encode("utf-8")
        dst.writestr(item, data)
