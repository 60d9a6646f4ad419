#!/usr/bin/env python3
"""Generates the benchmark corpus (not committed; bench/run calls this when it is missing).

usage: make_corpus.py OUT_DIR [--small N] [--large N] [--large-rows N]

OUT_DIR/small/     N small DOCX plans (default 1000) made from samples/src/*.json with
                   varied content: years shifted, people renamed, table rows dropped,
                   repeated and reworded, a numbered goal added; no two files alike
OUT_DIR/large/     N large DOCX plans (default 3): one event table of --large-rows rows
                   (default 20000; about 5 MB of word/document.xml) with section rows
                   spanning the table, responsible cells merged down (vMerge) and
                   numbered list paragraphs inside cells
OUT_DIR/small-text/, OUT_DIR/large-text/
                   the same plans as plain text (tab-separated table rows, as Word's
                   "save as text" writes them), UTF-8
OUT_DIR/large-cp1251/
                   the large plans as windows-1251 text
Output is deterministic (fixed seed).
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "samples" / "src"))
import make_samples  # noqa: E402  (the DOCX writer the samples use)

PEOPLE = ["Иванова И.И.", "Петров П.П.", "Сидорова Е.П.", "Кузнецова А.В.", "Смирнов Д.А.",
          "Волкова Н.С.", "Морозова Т.Г.", "Новиков С.Ю.", "Фёдорова О.Л.", "Егорова М.К."]
VERBS = ["Проведение", "Организация", "Подготовка", "Участие в", "Разработка", "Анализ",
         "Обсуждение", "Мониторинг", "Сопровождение", "Экспертиза"]
OBJECTS = ["семинара для молодых педагогов", "методического совета", "открытых уроков",
           "конкурса профессионального мастерства", "рабочих программ", "результатов ВПР",
           "школьного этапа олимпиады", "круглого стола по функциональной грамотности",
           "мастер-класса «Современный урок»", "консультаций для родителей",
           "недели начальной школы", "проектной деятельности обучающихся"]
MONTHS = ["сентябрь", "октябрь", "ноябрь", "декабрь", "январь", "февраль", "март", "апрель", "май"]
NAME = re.compile(r"[А-ЯЁ][а-яё]+ [А-ЯЁ]\.\s?[А-ЯЁ]\.")
YEAR = re.compile(r"\b(20[12]\d)\b")


def cell_text(cell):
    return cell if isinstance(cell, str) else cell.get("text", "")


def set_cell_text(cell, text):
    if isinstance(cell, str):
        return text
    cell = dict(cell)
    cell["text"] = text
    return cell


def vary(source, index, rng):
    """A copy of a sample source with its own years, people, rows and goal."""
    shift = index % 7 - 3
    people = rng.sample(PEOPLE, len(PEOPLE))

    def edit(text):
        text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
        return NAME.sub(lambda m: people[hash(m.group(0)) % len(people)], text)

    blocks = []
    for block in source["blocks"]:
        block = json.loads(json.dumps(block))
        if "p" in block:
            block["p"] = edit(block["p"])
            blocks.append(block)
            if block["p"].startswith("Цель"):
                blocks.append({"p": f"Дополнительная задача № {index}: {rng.choice(VERBS).lower()} "
                                    f"{rng.choice(OBJECTS)}.", "list": "decimal"})
            continue
        if "table" in block:
            rows = []
            for row in block["table"]["rows"]:
                row["cells"] = [set_cell_text(c, edit(cell_text(c))) for c in row["cells"]]
                data = not row.get("header") and len(row["cells"]) > 2
                if data and rng.random() < 0.2:
                    continue  # dropped
                rows.append(row)
                if data and rng.random() < 0.3:
                    extra = json.loads(json.dumps(row))
                    title = 1 if len(extra["cells"]) > 2 else 0
                    extra["cells"][title] = set_cell_text(
                        extra["cells"][title], f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} ({index})")
                    for c in extra["cells"]:
                        if isinstance(c, dict):
                            c.pop("vmerge", None)
                    rows.append(extra)
            block["table"]["rows"] = rows
        blocks.append(block)
    return {"title": source.get("title", ""), "creator": source.get("creator", ""), "blocks": blocks}


def source_text(source):
    """The plan as Word's "save as text" writes it: paragraphs, then rows with tabs."""
    lines = []
    for block in source["blocks"]:
        if "p" in block:
            lines.append(block["p"].replace("\t", " "))
        elif "table" in block:
            for row in block["table"]["rows"]:
                lines.append("\t".join(cell_text(c).replace("\n", " ").replace("\t", " ")
                                       for c in row["cells"]))
    return "\n".join(lines) + "\n"


def large_source(index, rows, rng):
    """Front matter plus a placeholder for the event table, and the table's rows."""
    year = 2024 + index
    blocks = [
        {"p": "УТВЕРЖДАЮ", "align": "right"},
        {"p": f"Директор МБУ ДО «ЦДО № {index + 1}»", "align": "right"},
        {"p": f"Приказ № {10 + index} от 29.08.{year}", "align": "right"},
        {"p": f"План работы муниципального методического центра на {year}-{year + 1} учебный год",
         "style": "Title"},
        {"p": "Цель: повышение качества образования через развитие кадрового потенциала."},
        {"p": "Задачи:"},
        {"p": "обеспечить методическое сопровождение педагогов;", "list": "decimal"},
        {"p": "организовать обмен опытом между образовательными организациями.", "list": "decimal"},
        {"p": "@@TABLE@@"},
    ]
    table = []  # (kind, cells) with kind "section" or "event"
    section = 0
    for r in range(rows):
        if r % 50 == 0:
            section += 1
            table.append(("section", [f"Раздел {section}. {rng.choice(VERBS)} {rng.choice(OBJECTS)}"]))
        month = MONTHS[r % len(MONTHS)]
        y = year if MONTHS.index(month) < 4 else year + 1
        title = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}"
        table.append(("event", [f"{r + 1}.", title, f"{month} {y} г.", rng.choice(PEOPLE), r % 3]))
    return {"title": f"План {index}", "creator": "bench", "blocks": blocks}, table


def large_table_xml(table, num_id):
    """A compact event table: 4 columns, merged responsible cells, list paragraphs."""
    def p(text, numbered=False):
        ppr = f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>' if numbered else ""
        return f"<w:p>{ppr}<w:r><w:t>{make_samples.escape(text)}</w:t></w:r></w:p>"

    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid>'
           '<w:gridCol w:w="800"/><w:gridCol w:w="7000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2500"/>'
           '</w:tblGrid>',
           "<w:tr><w:trPr><w:tblHeader/></w:trPr>" +
           "".join(f"<w:tc>{p(t)}</w:tc>" for t in ["№ п/п", "Мероприятие", "Сроки", "Ответственный"]) +
           "</w:tr>"]
    for r, (kind, cells) in enumerate(table):
        if kind == "section":
            out.append(f'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="4"/></w:tcPr>{p(cells[0])}</w:tc></w:tr>')
            continue
        number, title, timing, person, group = cells
        title_xml = p(title)
        if r % 10 == 3:  # a cell holding a numbered list of sub-items
            title_xml += p("подготовка материалов;", True) + p("проведение и анализ.", True)
        if group == 0:
            person_xml = f'<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>{p(person)}</w:tc>'
        else:
            person_xml = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
        out.append(f"<w:tr><w:tc>{p(number)}</w:tc><w:tc>{title_xml}</w:tc><w:tc>{p(timing)}</w:tc>"
                   f"{person_xml}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def large_text(source, table):
    lines = [b["p"] for b in source["blocks"] if b["p"] != "@@TABLE@@"]
    lines.append("№ п/п\tМероприятие\tСроки\tОтветственный")
    person = ""
    for kind, cells in table:
        if kind == "section":
            lines.append(cells[0])
            continue
        number, title, timing, who, group = cells
        person = who if group == 0 else person
        lines.append(f"{number}\t{title}\t{timing}\t{person}")
    return "\n".join(lines) + "\n"


def main(argv):
    parser = argparse.ArgumentParser(description="Generates the benchmark corpus.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=3)
    parser.add_argument("--large-rows", type=int, default=20000)
    a = parser.parse_args(argv)
    out, small_n, large_n, large_rows = a.out, a.small, a.large, a.large_rows
    rng = random.Random(20261123)
    sources = [json.loads(p.read_text(encoding="utf-8"))
               for p in sorted((HERE.parent / "samples" / "src").glob("*.json"))]
    for d in ["small", "small-text", "large", "large-text", "large-cp1251"]:
        (out / d).mkdir(parents=True, exist_ok=True)
    for i in range(small_n):
        source = vary(sources[i % len(sources)], i, rng)
        make_samples.write(out / "small" / f"plan_{i:04d}.docx", make_samples.build(source))
        (out / "small-text" / f"plan_{i:04d}.txt").write_text(source_text(source), encoding="utf-8")
    for i in range(large_n):
        source, table = large_source(i, large_rows, rng)
        entries = make_samples.build(source)
        num_id = 1  # the task list above is the document's first list
        placeholder = make_samples.paragraph({"p": "@@TABLE@@"}, make_samples.Numbering())
        entries = [(name, text.replace(placeholder, large_table_xml(table, num_id)))
                   if name == "word/document.xml" else (name, text) for name, text in entries]
        make_samples.write(out / "large" / f"large_{i}.docx", entries)
        text = large_text(source, table)
        (out / "large-text" / f"large_{i}.txt").write_text(text, encoding="utf-8")
        (out / "large-cp1251" / f"large_{i}.txt").write_bytes(text.encode("cp1251"))
    print(f"corpus: {small_n} small and {large_n} large plans in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
