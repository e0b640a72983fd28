#!/usr/bin/env python3
"""Checks that a rendered document is inert: data from the repository stays data.

Used by tests/scripts/render_injection.sh on the documents rendered from the fixture in
tests/render/injection, whose names and free-text fields hold markup, formulas and Markdown.

    check_injection.py html FILE --templates DIR [--expect TEXT]...
    check_injection.py md   FILE --templates DIR [--expect TEXT]...
    check_injection.py csv  FILE [--json SOA_JSON] [--expect TEXT]...
    check_injection.py xlsx FILE [--expect TEXT]...
    check_injection.py json FILE [--expect TEXT]...
    check_injection.py txt  FILE [--expect TEXT]...

--expect TEXT: TEXT must survive as data (parsed HTML text, unescaped Markdown, csv or xlsx
cells with the formula guard removed, JSON string values, the plain text).
--templates DIR: the templates folder; the tags written in its templates are the only tags a
document of that syntax may contain, so a tag that appears anywhere else came from data.

Exit status: 0 when the document is inert, 1 with one line per problem on stderr when it is
not, 2 for usage errors. The script feeds every checker unsafe samples to prove it can fail.
"""

import argparse
import csv
import html
import html.parser
import io
import json
import pathlib
import re
import sys
import zipfile

# A spreadsheet evaluates a cell that begins with one of these (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# The SoA columns of the csv and xlsx renders and the keys of the json data they come from.
SOA_COLUMNS = [
    ("Control", "id"), ("Theme", "theme"), ("Title", "title"), ("Applicability", "applicability"),
    ("Justification", "justification"), ("AI coverage", "ai_coverage"), ("Reasons", "reasons_text"),
    ("Status", "status_label"),
    ("Owner", "owner"), ("Risks", "risks_text"), ("Requirements", "requirements_text"),
    ("Documents", "documents_text"), ("Evidence", "evidence_text"), ("Latest evidence", "latest_evidence"),
]

TAG_PATTERN = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9:-]*)")


class Problems:
    def __init__(self, path):
        self.path = path
        self.items = []

    def add(self, message):
        self.items.append(message)

    def report(self):
        for message in self.items[:50]:
            print(f"{self.path}: {message}", file=sys.stderr)
        if len(self.items) > 50:
            print(f"{self.path}: ... and {len(self.items) - 50} more", file=sys.stderr)
        return 1 if self.items else 0


def template_tags(folder, syntax):
    """Tag names (lower case) written in the templates of one syntax (html or md)."""
    if folder is None:
        return None
    root = pathlib.Path(folder)
    files = list(root.glob(f"*.{syntax}.mustache")) + list(root.glob(f"partials/{syntax}-*.mustache"))
    if not files:
        raise SystemExit(f"check_injection.py: no {syntax} templates in {folder}")
    tags = set()
    for file in files:
        # Mustache tags are not markup; drop them so that {{#x}} etc. are not read as tags.
        text = re.sub(r"\{\{.*?\}\}", "", file.read_text(encoding="utf-8"), flags=re.S)
        tags.update(name.lower() for name in TAG_PATTERN.findall(text))
    return tags


def check_expected(problems, haystack, expected, where):
    for text in expected:
        if text not in haystack:
            problems.add(f"{text!r} does not appear intact in the {where}")


def sample(text, limit=80):
    return repr(text if len(text) <= limit else text[:limit] + "...")


# --------------------------------------------------------------------------------------- html

class InertHtmlChecker(html.parser.HTMLParser):
    def __init__(self, problems, allowed_tags):
        super().__init__(convert_charrefs=True)
        self.problems = problems
        self.allowed_tags = allowed_tags
        self.text = []
        self.tables = []  # stack: [table start line, {width: first row line}, current row width or None]
        self.in_style = False
        self.tables_checked = 0

    def where(self):
        return f"line {self.getpos()[0]}"

    def handle_starttag(self, tag, attrs):
        self.check_tag(tag, attrs)
        if tag == "style":
            self.in_style = True
        if tag == "table":
            self.tables.append([self.getpos()[0], {}, None])
        elif tag == "tr" and self.tables:
            self.end_row()
            self.tables[-1][2] = 0
        elif tag in ("td", "th") and self.tables and self.tables[-1][2] is not None:
            span = dict(attrs).get("colspan") or "1"
            try:
                self.tables[-1][2] += int(span)
            except ValueError:
                self.problems.add(f"{self.where()}: colspan {span!r} is not a number")

    def handle_startendtag(self, tag, attrs):
        self.check_tag(tag, attrs)

    def handle_endtag(self, tag):
        if self.allowed_tags is not None and tag not in self.allowed_tags:
            self.problems.add(f"{self.where()}: </{tag}> is not a tag the templates write")
        if tag == "style":
            self.in_style = False
        if tag == "tr" and self.tables:
            self.end_row()
        elif tag == "table" and self.tables:
            self.end_row()
            start, widths, _ = self.tables.pop()
            self.tables_checked += 1
            if len(widths) > 1:
                shown = ", ".join(f"{width} cells (first at line {line})" for width, line in sorted(widths.items()))
                self.problems.add(f"table starting at line {start} has rows of different widths: {shown}")

    def end_row(self):
        table = self.tables[-1]
        if table[2] is not None:
            table[1].setdefault(table[2], self.getpos()[0])
            table[2] = None

    def check_tag(self, tag, attrs):
        if tag in ("script", "iframe", "object", "embed", "base", "form", "frame", "frameset"):
            self.problems.add(f"{self.where()}: <{tag}> element")
        if self.allowed_tags is not None and tag not in self.allowed_tags:
            self.problems.add(f"{self.where()}: <{tag}> is not a tag the templates write")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.add(f"{self.where()}: event-handler attribute {name}= on <{tag}>")
            if name in ("href", "src", "action", "formaction", "xlink:href", "srcdoc", "data", "poster"):
                target = re.sub(r"[\s\x00-\x1f]", "", value or "").lower()
                if target.startswith(("javascript:", "vbscript:")) or (target.startswith("data:") and tag != "img"):
                    self.problems.add(f"{self.where()}: {name}={sample(value or '')} on <{tag}>")
            if tag == "meta" and name == "http-equiv" and (value or "").lower() == "refresh":
                self.problems.add(f"{self.where()}: <meta http-equiv=refresh>")

    def handle_data(self, data):
        if not self.in_style:
            self.text.append(data)


def check_html(path, args):
    problems = Problems(path)
    source = pathlib.Path(path).read_text(encoding="utf-8")
    if re.search(r"<\s*script", source, re.I):
        problems.add("the raw document contains '<script'")
    parser = InertHtmlChecker(problems, template_tags(args.templates, "html"))
    parser.feed(source)
    parser.close()
    if parser.tables:
        problems.add(f"{len(parser.tables)} table(s) never closed")
    if args.min_tables and parser.tables_checked < args.min_tables:
        problems.add(f"found {parser.tables_checked} tables, expected at least {args.min_tables}")
    check_expected(problems, "".join(parser.text), args.expect, "parsed HTML text")
    return problems.report()


# ----------------------------------------------------------------------------------- markdown

DELIMITER_ROW = re.compile(r"^\|(\s*:?-+:?\s*\|)+\s*$")


def count_pipes(line):
    """Pipes that separate cells: those not escaped by an odd number of backslashes."""
    count = 0
    backslashes = 0
    for char in line:
        if char == "\\":
            backslashes += 1
            continue
        if char == "|" and backslashes % 2 == 0:
            count += 1
        backslashes = 0
    return count


def unescape_markdown(text):
    text = text.replace("<br>", "\n")
    text = re.sub(r"\\([\\|`*_\[\]~$])", r"\1", text)
    return html.unescape(text)


def check_md(path, args):
    problems = Problems(path)
    source = pathlib.Path(path).read_text(encoding="utf-8")
    lines = source.split("\n")
    if re.search(r"<\s*script", source, re.I):
        problems.add("raw '<script' in the Markdown")
    if re.search(r"<\s*/\s*td", source, re.I):
        problems.add("raw '</td' in the Markdown")
    allowed = template_tags(args.templates, "md")
    for number, line in enumerate(lines, 1):
        for name in TAG_PATTERN.findall(line):
            if allowed is not None and name.lower() not in allowed:
                problems.add(f"line {number}: raw HTML tag <{name}> that no template writes")
        # A link or image whose target is a script: the brackets must be escaped.
        if re.search(r"(?<!\\)\]\(\s*(javascript|vbscript|data):", line, re.I):
            problems.add(f"line {number}: unescaped link to a script: {sample(line)}")
        if re.search(r"<\s*(javascript|vbscript):", line, re.I):
            problems.add(f"line {number}: autolink to a script: {sample(line)}")
    # Tables: a header row, a delimiter row, then rows that must keep the header's cell count.
    tables = 0
    number = 0
    while number < len(lines) - 1:
        header, delimiter = lines[number], lines[number + 1]
        if header.startswith("|") and DELIMITER_ROW.match(delimiter):
            tables += 1
            want = count_pipes(header)
            if count_pipes(delimiter) != want:
                problems.add(f"line {number + 2}: delimiter row has {count_pipes(delimiter)} pipes, header {want}")
            row = number + 2
            while row < len(lines) and lines[row].startswith("|"):
                got = count_pipes(lines[row])
                if got != want:
                    problems.add(f"line {row + 1}: table row has {got} unescaped pipes, its header {want}: "
                                 f"{sample(lines[row])}")
                row += 1
            number = row
        else:
            number += 1
    if args.min_tables and tables < args.min_tables:
        problems.add(f"found {tables} tables, expected at least {args.min_tables}")
    check_expected(problems, unescape_markdown(source), args.expect, "unescaped Markdown")
    return problems.report()


# ---------------------------------------------------------------------------------------- csv

def raw_csv_unquoted_fields(text):
    """Fields not enclosed in double quotes, empty ones included (every field must be quoted)."""
    unquoted = []
    at, line = 0, 1
    while at < len(text):
        if text[at] == '"':
            at += 1
            while True:
                end = text.find('"', at)
                if end < 0:
                    unquoted.append((line, "unterminated quoted field"))
                    return unquoted
                line += text.count("\n", at, end)
                if text.startswith('""', end):
                    at = end + 2
                    continue
                at = end + 1
                break
        else:
            end = at
            while end < len(text) and text[end] not in ',\n':
                end += 1
            at_line_end = at == len(text) or (text[at] == "\n" and (at == 0 or text[at - 1] == "\n"))
            if not at_line_end:
                unquoted.append((line, text[at:end] or "(empty field)"))
            at = end
        if at < len(text):
            if text[at] == "\n":
                line += 1
            elif text[at] != ",":
                unquoted.append((line, f"text after a closing quote: {text[at:at + 20]!r}"))
                while at < len(text) and text[at] not in ",\n":
                    at += 1
                continue
            at += 1
    return unquoted


def unneutralize(value):
    """The text before the formula guard: a leading apostrophe added before = + - @ TAB CR."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def check_formula_cell(problems, where, value):
    if value.startswith(FORMULA_STARTS):
        problems.add(f"{where}: cell begins with {value[:1]!r}, a spreadsheet would evaluate it: {sample(value)}")


def soa_controls(json_path):
    data = json.loads(pathlib.Path(json_path).read_text(encoding="utf-8"))
    return [control for theme in data["soa"]["themes"] for control in theme["controls"]]


def check_csv(path, args):
    problems = Problems(path)
    raw = pathlib.Path(path).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    text = raw.decode("utf-8")
    # Empty fields are tolerated unquoted (they cannot carry anything); every other field is quoted.
    for line, field in raw_csv_unquoted_fields(text):
        problems.add(f"line {line}: field not enclosed in double quotes: {sample(field)}")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or not rows[0]:
        problems.add("the first line is not a header row")
        return problems.report()
    header, body = rows[0], rows[1:]
    recovered = []
    for index, row in enumerate(body, 2):
        if len(row) != len(header):
            problems.add(f"row {index}: {len(row)} fields, the header has {len(header)}: {sample(','.join(row))}")
        for column, value in enumerate(row):
            check_formula_cell(problems, f"row {index} column {column + 1}", value)
            recovered.append(unneutralize(value))
    if args.json:
        controls = soa_controls(args.json)
        if header != [name for name, _ in SOA_COLUMNS]:
            problems.add(f"header {header} is not the SoA columns")
        elif len(body) != len(controls):
            problems.add(f"{len(body)} rows, the json has {len(controls)} controls")
        else:
            for index, (row, control) in enumerate(zip(body, controls), 2):
                for column, (name, key) in enumerate(SOA_COLUMNS):
                    if column < len(row) and unneutralize(row[column]) != control.get(key, ""):
                        problems.add(f"row {index} {name}: {sample(row[column])} does not give back "
                                     f"{sample(control.get(key, ''))} from the json")
    check_expected(problems, "\x00".join(recovered), args.expect, "csv fields (formula guard removed)")
    return problems.report()


# --------------------------------------------------------------------------------------- xlsx

def check_xlsx(path, args):
    problems = Problems(path)
    try:
        import openpyxl  # noqa: PLC0415 - only this checker needs it
        from openpyxl.utils.escape import unescape  # noqa: PLC0415
    except ImportError:
        print("check_injection.py: openpyxl is not installed (Debian package python3-openpyxl)", file=sys.stderr)
        return 3
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                if re.search(rb"<f[\s>/]", archive.read(name)):
                    problems.add(f"{name} holds a <f> formula element")
    workbook = openpyxl.load_workbook(path)
    recovered = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    problems.add(f"{sheet.title}!{cell.coordinate}: formula {sample(str(cell.value))}")
                if isinstance(cell.value, str):
                    # Control characters are stored as _xHHHH_; openpyxl leaves them escaped.
                    value = unescape(cell.value)
                    check_formula_cell(problems, f"{sheet.title}!{cell.coordinate}", value)
                    recovered.append(unneutralize(value))
    check_expected(problems, "\x00".join(recovered), args.expect, "xlsx cells (formula guard removed)")
    return problems.report()


# ---------------------------------------------------------------------------------- json, txt

def json_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)


def check_json(path, args):
    problems = Problems(path)
    try:
        data = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        problems.add(f"not valid JSON: {error}")
        return problems.report()
    check_expected(problems, "\x00".join(json_strings(data)), args.expect, "JSON string values")
    return problems.report()


def check_txt(path, args):
    problems = Problems(path)
    try:
        text = pathlib.Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        problems.add(f"not UTF-8: {error}")
        return problems.report()
    check_expected(problems, text, args.expect, "plain text")
    return problems.report()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("syntax", choices=["html", "md", "csv", "xlsx", "json", "txt"])
    parser.add_argument("file")
    parser.add_argument("--templates", help="templates folder: the tags its templates write are allowed")
    parser.add_argument("--json", help="csv: the SoA rendered as json, to check that every cell gives the data back")
    parser.add_argument("--expect", action="append", default=[], help="text that must survive as data")
    parser.add_argument("--min-tables", type=int, default=0, help="html, md: at least this many tables")
    args = parser.parse_args()
    checker = {"html": check_html, "md": check_md, "csv": check_csv, "xlsx": check_xlsx,
               "json": check_json, "txt": check_txt}[args.syntax]
    return checker(args.file, args)


if __name__ == "__main__":
    sys.exit(main())
