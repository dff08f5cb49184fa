"""A workbook written by openpyxl (as pandas writes them too), with cell notes, for the reader tests.

    python3 tests/support/openpyxl-workbook.py OUT.xlsx

openpyxl names its parts differently from Excel (xl/comments/comment1.xml,
xl/drawings/commentsDrawing1.vml), which is why a reader must follow the relationships.
"""
import datetime
import sys

from openpyxl import Workbook
from openpyxl.comments import Comment

wb = Workbook()
ws = wb.active
ws.title = "Deltakere"
ws.append(["DeltakerID", "Fødselsår", "Startdato", "Aktiv", "Snitt", "Formel"])
ws.append(["D-001", 1990, datetime.date(2025, 1, 15), True, 2.5, "=B2+1"])
ws.append(["D-002", 1985, datetime.datetime(2025, 2, 1, 13, 30), False, None, "=B3+1"])
ws["C2"].number_format = "DD.MM.YYYY"
ws["C3"].number_format = "DD.MM.YYYY HH:MM"
ws["A2"].comment = Comment("Ny deltaker i høst", "Kari")
ws["F4"].comment = Comment("Merknad på en tom celle", "Kari")
ws.merge_cells("A6:C7")
ws["A6"] = "Sammenslått"
hidden = wb.create_sheet("Skjult")
hidden.sheet_state = "hidden"
hidden["B2"] = "skjult verdi"
wb.save(sys.argv[1])
