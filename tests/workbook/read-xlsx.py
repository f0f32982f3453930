"""Reads XLSX files with openpyxl for the workbook tests.

stdin: JSON {"values": [{"file", "cells": [[sheet, address], ...]}], "structure": [file, ...]}
stdout: JSON {"values": [[value, ...], ...], "structure": [{sheet: {...}}, ...]}
values: the cached (recalculated) values; structure: per sheet whether it is protected, its
formula cells, its unlocked cells, frozen panes and print area.
"""
import json
import sys
import warnings

import openpyxl

request = json.load(sys.stdin)
answer = {"values": [], "structure": []}

for item in request.get("values", []):
    wb = openpyxl.load_workbook(item["file"], data_only=True)
    answer["values"].append([wb[sheet][address].value for sheet, address in item["cells"]])

for file in request.get("structure", []):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        wb = openpyxl.load_workbook(file)
    sheets = {}
    for ws in wb.worksheets:
        formulas, unlocked, values = [], [], []
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None and cell.protection.locked:
                    continue
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    formulas.append(cell.coordinate)
                elif cell.value is not None:
                    values.append(cell.coordinate)
                if not cell.protection.locked:
                    unlocked.append(cell.coordinate)
        sheets[ws.title] = {
            "protected": bool(ws.protection.sheet),
            "password": ws.protection.password,
            "formulas": formulas,
            "unlocked": unlocked,
            "values": values,
            "frozen": ws.freeze_panes,
            "printArea": ws.print_area,
            "formats": {c: ws[c].number_format for c in formulas + unlocked},
            "text": [str(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str) and not c.value.startswith("=")],
        }
    answer["structure"].append({"sheets": sheets, "order": wb.sheetnames, "warnings": [str(w.message) for w in caught]})

json.dump(answer, sys.stdout, ensure_ascii=False, default=str)
