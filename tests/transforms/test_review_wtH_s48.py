"""Session 48, branch wtH, review: guards the author's tests did not hold.

Excerpts: 围城 (钱锺书) as kept in hexhero/book-txt, short sentences quoted with the
emphasis a scraping site adds ("<b>", "<strong>", "<em>" around a name); the Gutenberg
Dr. Jekyll and Mr. Hyde (pg42) for the Parquet rows.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq

from schemas import Rejected
from transforms.html_entities import html_edits
from transforms.read import ReadConfig, expand_inputs, read_file
from transforms.textedit import apply_edits


def _strip_tags(text: str) -> str:
    return apply_edits(text, html_edits(text))[0]


def test_tagged_watermark_odd_element_bold_name_kept():
    """Clause tagged_watermark_odd_element: a name a page bolds in "<b>", "<strong>" and
    "<em>" three times beside CJK is emphasis, not a watermark: the tags go, the name stays
    (without the clause every "鸿渐" below was deleted)."""
    text = (
        "苏小姐骂方<b>鸿渐</b>无耻，实在是冤枉的。\n\n"
        "方<strong>鸿渐</strong>到了欧洲，既不钞敦煌卷子，又不访《永乐大典》。\n\n"
        "<em>鸿渐</em>先到照相馆里穿上德国大学博士的制服，照了张四寸相。\n"
    )
    assert _strip_tags(text) == (
        "苏小姐骂方鸿渐无耻，实在是冤枉的。\n\n"
        "方鸿渐到了欧洲，既不钞敦煌卷子，又不访《永乐大典》。\n\n"
        "鸿渐先到照相馆里穿上德国大学博士的制服，照了张四寸相。\n"
    )


def test_tagged_watermark_counts_marks_in_a_run_of_tags():
    """Clause tagged_watermark, its run-of-tags half: 围城's "藏书网" three times, two of
    them right after another tag ("</span><bdi>", "<s></s><a>"), not beside CJK: all three
    cut (without the run half only one counted, fewer than three, all three stayed)."""
    text = (
        "作者授权，三联书店组织力量编辑了这套《钱锺书集》。<strike>藏书网</strike>\n\n"
        "如《槐聚诗存》。<s></s><a>藏书网</a>\n\n"
        '    <span class="right">生活·读书·新知三联书店</span><bdi>藏书网</bdi>\n'
    )
    out = _strip_tags(text)
    assert "藏书网" not in out
    assert "编辑了这套《钱锺书集》。\n\n如《槐聚诗存》。\n\n" in out


def test_tagged_watermark_book_titles_kept_in_cite_and_links():
    """Guard (the "《" test of tagged_watermark): a title set in "<cite>" and in links,
    three times beside CJK (围城's links "<a href='/book/2619/im'>《围城》</a>"), is
    the book's name: kept, however many elements hold it."""
    text = (
        "钱锺书的长篇小说<cite>《围城》</cite>初版于一九四七年。\n\n"
        "如<a href='/book/2619/im'>《围城》</a>等。\n\n"
        "他写<cite>《围城》</cite>的两年里，锱铢积累地写。\n"
    )
    assert _strip_tags(text).count("《围城》") == 3


def test_tagged_watermark_english_table_cells_kept():
    """Guard, clause tagged_watermark_cjk: an English page's leftover table, "Yes" in header
    and body cells (two element names) many times, no CJK anywhere: kept."""
    rows = "<tr><th>Yes</th><th>No</th></tr>\n" + "".join(
        f"<tr><td>Yes</td><td>{k}</td></tr>\n" for k in range(4)
    )
    assert _strip_tags(rows).count("Yes") == 5


def test_parquet_missing_column_names_its_rows(tmp_path):
    """Clause parquet_rows_named: a Parquet file of 6 rows without the text column is one
    rejected record; the error says its 6 rows went with it (the build's summary said
    "the one document was rejected" of a 6-row file)."""
    lines = [
        "Mr. Utterson the lawyer was a man of a rugged countenance",
        "that was never lighted by a smile; cold, scanty and embarrassed in discourse;",
        "backward in sentiment; lean, long, dusty, dreary, and yet somehow lovable.",
        "At friendly meetings, and when the wine was to his taste,",
        "something eminently human beaconed from his eye;",
        "something indeed which never found its way into his talk.",
    ]
    pq.write_table(pa.table({"body": lines}), tmp_path / "jekyll.parquet")
    (file,) = expand_inputs([str(tmp_path / "jekyll.parquet")])
    (rejected,) = read_file(file, ReadConfig(text_field="text"))
    assert isinstance(rejected, Rejected) and rejected.reason == "missing_text_field"
    assert "(columns: body); its 6 rows rejected as one record" in rejected.error
