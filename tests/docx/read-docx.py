"""Dumps what a user of a DOCX would see, as JSON, read with python-docx (a real OOXML reader).

Usage: python3 read-docx.py FILE.docx
"""
import json
import sys

import docx
from docx.oxml.ns import qn

EMU_PER_MM = 36000


def mm(length):
    return None if length is None else round(length / EMU_PER_MM, 2)


def paragraph_info(p):
    ppr = p._p.pPr
    num = None
    if ppr is not None and ppr.numPr is not None:
        num = {
            "numId": ppr.numPr.numId.val if ppr.numPr.numId is not None else None,
            "ilvl": ppr.numPr.ilvl.val if ppr.numPr.ilvl is not None else 0,
        }
    return {
        "text": p.text,
        "style": p.style.name if p.style is not None else None,
        "numbering": num,
        "bold": [bool(r.bold) for r in p.runs if r.text],
    }


def table_info(t):
    rows = []
    for tr in t.rows:
        trpr = tr._tr.trPr
        rows.append({
            "tblHeader": trpr is not None and trpr.find(qn("w:tblHeader")) is not None,
            "cantSplit": trpr is not None and trpr.find(qn("w:cantSplit")) is not None,
            "cells": [c.text for c in tr.cells],
            "styles": [c.paragraphs[0].style.name for c in tr.cells],
            "align": [str(c.paragraphs[0].alignment) if c.paragraphs[0].alignment is not None else None for c in tr.cells],
        })
    grid = [int(g.get(qn("w:w"))) for g in t._tbl.tblGrid.findall(qn("w:gridCol"))]
    layout = t._tbl.tblPr.find(qn("w:tblLayout"))
    return {
        "rows": rows,
        "grid": grid,
        "layout": layout.get(qn("w:type")) if layout is not None else None,
    }


def main(path):
    d = docx.Document(path)
    section = d.sections[0]
    normal = d.styles["Normal"]
    rfonts = normal.element.rPr.find(qn("w:rFonts")) if normal.element.rPr is not None else None
    lang = normal.element.rPr.find(qn("w:lang")) if normal.element.rPr is not None else None
    header_xml = section.header._element.xml if not section.header.is_linked_to_previous else ""
    out = {
        "paragraphs": [paragraph_info(p) for p in d.paragraphs],
        "tables": [table_info(t) for t in d.tables],
        "section": {
            "pageWidth": mm(section.page_width),
            "pageHeight": mm(section.page_height),
            "left": mm(section.left_margin),
            "right": mm(section.right_margin),
            "top": mm(section.top_margin),
            "bottom": mm(section.bottom_margin),
            "header": mm(section.header_distance),
            "differentFirstPage": section.different_first_page_header_footer,
            "headerText": "\n".join(p.text for p in section.header.paragraphs),
            "headerHasPageField": "PAGE" in header_xml,
            "firstPageHeaderText": "\n".join(p.text for p in section.first_page_header.paragraphs),
        },
        "normal": {
            "font": normal.font.name,
            "sizePt": normal.font.size.pt if normal.font.size is not None else None,
            "rFonts": {k: rfonts.get(qn("w:" + k)) for k in ("ascii", "hAnsi", "cs", "eastAsia")} if rfonts is not None else None,
            "lang": lang.get(qn("w:val")) if lang is not None else None,
            "alignment": str(normal.paragraph_format.alignment),
            "firstLineIndentMm": mm(normal.paragraph_format.first_line_indent),
        },
        "styles": sorted(s.name for s in d.styles),
        "core": {
            "title": d.core_properties.title,
            "author": d.core_properties.author,
            "language": d.core_properties.language,
        },
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
