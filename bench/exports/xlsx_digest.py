"""Independent reader for the raw-xlsx benchmark (Python standard library only).

Prints {"rows", "sum", "blanks", "formulas"} for the first sheet of an xlsx file: data rows
below the header, the sum of numeric cells, empty cells within `columns`, and <f> elements.
It reads the zip through its central directory, as Excel does; exceljs's streaming reader
(unzipper) scans for data descriptor signatures instead and stops silently, without an error,
when the compressed bytes happen to contain PK\\x07\\x08.
"""
import json
import sys
import zipfile
from xml.etree.ElementTree import iterparse

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def digest(path, columns):
    rows = total = numbers = formulas = 0
    with zipfile.ZipFile(path) as archive, archive.open("xl/worksheets/sheet1.xml") as sheet:
        sheet_data = None
        for event, element in iterparse(sheet, events=("start", "end")):
            if event == "start":
                if element.tag == NS + "sheetData":
                    sheet_data = element
                continue
            if element.tag != NS + "row":
                continue
            if element.get("r") != "1":
                rows += 1
                for cell in element.iter(NS + "c"):
                    formulas += cell.find(NS + "f") is not None
                    value = cell.find(NS + "v")
                    if cell.get("t") is None and value is not None:
                        total += float(value.text)
                        numbers += 1
            sheet_data.clear()
    return {"rows": rows, "sum": total, "blanks": rows * columns - numbers, "formulas": formulas}


if __name__ == "__main__":
    print(json.dumps(digest(sys.argv[1], int(sys.argv[2]))))
