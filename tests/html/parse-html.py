"""Parses HTML from stdin with Python's HTML parser and dumps, as JSON, what a browser would
show: the text of each paragraph-like element and every tag with its attributes.
"""
import json
import sys
from html.parser import HTMLParser

BLOCKS = {"p", "h1", "h2", "h3", "th", "td", "title", "li"}
VOID = {"br", "hr", "col", "meta", "img", "input", "link"}


class Dump(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.blocks = []
        self.open = []  # stack of [tag, attrs, text parts]

    def handle_starttag(self, tag, attrs):
        self.tags.append({"tag": tag, "attrs": dict(attrs)})
        if tag == "br":
            for entry in self.open:
                entry[2].append("\n")
        if tag not in VOID:
            self.open.append([tag, dict(attrs), []])

    def handle_endtag(self, tag):
        while self.open:
            name, attrs, parts = self.open.pop()
            text = "".join(parts)
            if self.open:
                self.open[-1][2].append(text)
            if name in BLOCKS:
                self.blocks.append({"tag": name, "class": attrs.get("class"), "text": text})
            if name == tag:
                break

    def handle_data(self, data):
        if self.open:
            self.open[-1][2].append(data)


parser = Dump()
parser.feed(sys.stdin.read())
parser.close()
json.dump({"tags": parser.tags, "blocks": parser.blocks}, sys.stdout, ensure_ascii=False)
