"""Clause markdown_item_wraps (``transforms.cjk_markdown_lines``, session 44): in a Markdown
source a list item's hanging line (indented under the item, not itself a block) is the item's
paragraph wrapped, and joins it: tight between two CJK characters, with a space where an edge
is Latin.

Data: jbts6+wuxia-novel's ``.agents/skills/generate-game-kb/schemas.md`` lines 7-17 and
``.trellis/spec/backend/quality-guidelines.md`` lines 299-304, as the files hold them (two-space
hanging indents). Base44 kept each break ("…报告和收据使用" / "JSON。") and the hanging line lost
its indent (clause latin_word_opens_cjk_line, session 43: the two files it could not read)."""

from schemas.records import Document
from transforms.boilerplate import remove_boilerplate
from transforms.normalize import normalize_document
from transforms.unwrap import unwrap_document

SCHEMAS = (
    "## 通用规则\n"
    "\n"
    "- AI 草稿、accepted 证据与最终数据使用 YAML；运行状态、清单、报告和收据使用\n"
    "  JSON。\n"
    "- Worker 草稿不包含 Controller 身份字段、正式 ID 或章节局部 key。\n"
    "- accepted 证据包含 `local_key` 和精确 `source_refs`，并由\n"
    "  `artifact-manifest.json` 绑定内容哈希；一旦 accepted 不得改写。\n"
    "- 最终五文件不携带 `source_refs`。证据闭环与所有确定性选择保存在 accepted\n"
    "  证据和报告中。\n"
    "- `aliases`、`identities`、`factions`、`skills`、`types` 按首次\n"
    "  出现顺序去重。\n"
)
GUIDELINES = (
    "- 终态关系解析按正式名称、内部键、唯一别名的确定性优先级执行。未解析或多义关系\n"
    "  生成绑定 source hash、artifact manifest hash 和来源章节的\n"
    "  `reports/reference-recovery.json`，`run/status` 返回对应 `manual_review`。\n"
    "- `recover-relations` 只接受带 `--confirm` 的有效 v7 父 run。它创建稳定命名的派生\n"
    "  run，以子 run 自己的 immutable artifacts carry-forward 无关章节，只把报告映射的\n"
    "  章节置为 pending；收据绑定父 run、报告、源、artifact manifest 和逐章恢复上下文。\n"
)


def _pipeline(text: str, source: str) -> list[str]:
    doc = Document("d", source, text)
    return unwrap_document(remove_boilerplate(normalize_document(doc))).text.strip().split("\n")


def test_item_hanging_lines_join():
    lines = _pipeline(SCHEMAS, "jbts6/.agents/skills/generate-game-kb/schemas.md")
    assert lines[2:] == [
        "- AI 草稿、accepted 证据与最终数据使用 YAML；运行状态、清单、报告和收据使用 JSON。",
        "- Worker 草稿不包含 Controller 身份字段、正式 ID 或章节局部 key。",
        "- accepted 证据包含 `local_key` 和精确 `source_refs`，并由 `artifact-manifest.json` "
        "绑定内容哈希；一旦 accepted 不得改写。",
        "- 最终五文件不携带 `source_refs`。证据闭环与所有确定性选择保存在 accepted 证据和报告中。",
        "- `aliases`、`identities`、`factions`、`skills`、`types` 按首次出现顺序去重。",
    ]


def test_item_second_hanging_line_joins():
    # Two hanging lines: both join their item (CJK / CJK tight, CJK / Latin spaced).
    lines = _pipeline(GUIDELINES, "jbts6/.trellis/spec/backend/quality-guidelines.md")
    assert lines == [
        "- 终态关系解析按正式名称、内部键、唯一别名的确定性优先级执行。未解析或多义关系"
        "生成绑定 source hash、artifact manifest hash 和来源章节的 "
        "`reports/reference-recovery.json`，`run/status` 返回对应 `manual_review`。",
        "- `recover-relations` 只接受带 `--confirm` 的有效 v7 父 run。它创建稳定命名的派生 "
        "run，以子 run 自己的 immutable artifacts carry-forward 无关章节，只把报告映射的"
        "章节置为 pending；收据绑定父 run、报告、源、artifact manifest 和逐章恢复上下文。",
    ]


def test_item_wraps_guard_plain_source():
    # A .txt is no Markdown: its lines are read as base44 read them (the break kept).
    lines = _pipeline(SCHEMAS, "schemas.txt")
    assert "- AI 草稿、accepted 证据与最终数据使用 YAML；运行状态、清单、报告和收据使用" in lines


def test_item_wraps_guard_blocks_under_item():
    # A nested item, a fence or a quote under an item opens a block: no join.
    text = (
        "- 最终五文件不携带 `source_refs`。证据闭环与所有确定性选择保存在\n"
        "  - 证据和报告中。\n"
        "- `aliases` 按首次\n"
        "  > 出现顺序去重。\n"
    )
    lines = _pipeline(text, "x.md")
    assert lines[0].endswith("保存在") and lines[2].endswith("按首次")


def test_item_wraps_guard_english_item():
    # An English item's hanging line (no CJK edge) is left to the width rules (rule list_item
    # joins this one): the same output as base44.
    text = "- Run `prepare` first, then\n  check the output folder.\n- Done.\n"
    assert _pipeline(text, "notes.md") == [
        "- Run `prepare` first, then check the output folder.",
        "- Done.",
    ]
    # a sentence's end over a capital: kept, as base44 (no CJK edge for the clause)
    text = "- Run `prepare` first.\n  Then check the output folder.\n- Done.\n"
    out = unwrap_document(remove_boilerplate(normalize_document(Document("d", "n.md", text))))
    assert out.text == "- Run `prepare` first.\n Then check the output folder.\n- Done.\n"


def test_item_wraps_tight_next_to_cjk_mark():
    # Review 44: quality-guidelines.md lines 260-264 as the file holds them. An upper line
    # ending "、" over a Latin word joins tight ("skeleton、required"), as "、" takes no space.
    text = (
        "- 每个不可变 JSON input 都携带由 `createWorkerContract()` 新建的\n"
        "  `worker_contract`（当前 `version: 4`）。它内嵌完整五字段 YAML skeleton、\n"
        "  required/optional/nullable/forbidden 字段、逐字证据、闭合 taxonomy、关系闭环、\n"
        "  受控 `level`/`rank` 枚举及 producer-specific recursive preflight；跨宿主派发只依赖\n"
        "  该 input，不依赖 `.claude/agents/`、`schemas.md` 或隐式 Skill 上下文。\n"
    )
    lines = _pipeline(text, "jbts6/.trellis/spec/backend/quality-guidelines.md")
    assert len(lines) == 1
    assert "YAML skeleton、required/optional" in lines[0]
    assert "跨宿主派发只依赖该 input，" in lines[0]


def test_item_wraps_guard_sentence_end_through_quote():
    # Review 44, guard markdown_item_sentence_end read back through a closing quote:
    # 《爱在时光里流转》 lines 328-332 (zzk6780051+novel) set as one item's hanging lines. The
    # line "“还以为你醉得不轻，看来还比较清醒。”" ends a paragraph; it is left to the widths,
    # which keep its break, so the item breaks exactly as the plain text does.
    from transforms.normalize import normalize_text
    from transforms.unwrap import apply_wraps, find_edits

    item = normalize_text(
        "# 第十章\n\n"
        "- “酒后驾车属违规行为。”许亦菡闻到了车内充斥着的酒精味。\n"
        "  “还以为你醉得不轻，看来还比较清醒。”\n"
        "  此刻的许亦菡清醒吗？她无法回答自己。她只知道自己的头昏昏沉沉的，肚子里仍旧难受，嘴里像嚼了黄连。\n"
    )

    def joined(markdown: bool) -> str:
        return apply_wraps(item, find_edits(item, markdown=markdown))[0]

    assert "比较清醒。”\n" in joined(False)
    assert joined(True) == joined(False)
