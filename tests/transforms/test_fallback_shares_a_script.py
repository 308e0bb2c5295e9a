"""Clause fallback_shares_a_script (transforms.split_scripts, session 44): a small mixed
folder's one validation document (rule at_least_one_validation) is taken from a script two
or more documents are written in, so train has text of the held-out document's script.
Real text: Shakespeare's Tempest (tests/tempest.py), the openings of 红楼梦 and 水浒传
(../shared/data/zh_classics), Natsume Soseki's 坊っちゃん (Aozora Bunko)."""

import json

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from pipeline.build import main
from tests.beam_local import local_pipeline
from tests.tempest import CALIBAN, PROSPERO
from transforms.near_duplicates_beam import FallbackValidationKey
from transforms.split import split_of, stable_fraction
from transforms.split_scripts import flipped_key_by_script, script_extremes, text_script

HONGLOU = (
    "——此开卷第一回也。作者自云：曾历过一番梦幻之后，故将真事隐去，而借通灵说此《石头记》一书也，"
    "故曰“甄士隐”云云。但书中所记何事何人？自己又云：“今风尘碌碌，一事无成，忽念及当日所有之女子，"
    "一一细考较去，觉其行止见识皆出我之上。我堂堂须眉诚不若彼裙钗，我实愧则有馀，悔又无益，"
    "大无可如何之日也。当此日，欲将已往所赖天恩祖德，锦衣纨袴之时，饫甘餍肥之日，背父兄教育之恩，"
    "负师友规训之德，以致今日一技无成、半生潦倒之罪，编述一集，以告天下；知我之负罪固多，"
    "然闺阁中历历有人，万不可因我之不肖，自护己短，一并使其泯灭也。"
)
SHUIHU = (
    "话说故宋，哲宗皇帝在时，其时去仁宗天子已远，东京，开封府，汴梁，宣武军便有一个浮浪破落户子弟，"
    "姓高，排行第二，自小不成家业，只好刺枪使棒，最是得好脚气球。京师人口顺，不叫高二，却都叫他做高球。"
    "这人吹弹歌舞，刺枪使棒，相扑顽耍，亦胡乱学诗书词赋；若论仁义礼智，信行忠良，却是不会，"
    "只在东京城里城外帮闲。"
)
BOTCHAN = (
    "親譲りの無鉄砲で小供の時から損ばかりしている。小学校に居る時分学校の二階から飛び降りて一週間ほど"
    "腰を抜かした事がある。なぜそんな無闇をしたと聞く人があるかも知れぬ。別段深い理由でもない。"
    "新築の二階から首を出していたら、同級生の一人が冗談に、いくら威張っても、そこから飛び降りる事は"
    "出来まい。弱虫やーい。と囃したからである。"
)
# Ids whose hashes are all over 0.05, the English one the smallest: the rule's old choice.
IDS = {"tempest": CALIBAN + "\n\n" + PROSPERO, "hongloumeng": HONGLOU, "shuihu": SHUIHU}


def _key(doc_id: str) -> tuple[float, str]:
    return stable_fraction(doc_id, salt="split/"), doc_id


def test_text_script_of_real_texts():
    assert text_script(CALIBAN) == "latin"
    assert text_script(HONGLOU) == "han" and text_script(SHUIHU) == "han"
    assert text_script(BOTCHAN) == "japanese"  # kana besides the kanji
    assert text_script("1234 — …") == ""
    # A Chinese book in an English header and license counts by its share of the text.
    wrapped = PROSPERO * 3 + HONGLOU * 40 + PROSPERO * 3
    assert text_script(wrapped) == "han"


def test_the_ids_are_the_old_rules_case():
    assert all(split_of(d, 0.05) == "train" for d in IDS)
    assert min(IDS, key=lambda d: _key(d)) == "tempest"


def test_validation_key_shares_a_script_with_train():
    by_script = script_extremes(
        {"latin": [_key("tempest")], "han": [_key("hongloumeng"), _key("shuihu")]}
    )
    assert flipped_key_by_script(by_script, 0.05) == "hongloumeng"  # was "tempest"


def test_guards_every_script_alone_validation_asked_or_present_train_rule():
    one_each = script_extremes({"latin": [_key("tempest")], "han": [_key("hongloumeng")]})
    assert flipped_key_by_script(one_each, 0.05) == "tempest"  # as before: the smallest
    assert flipped_key_by_script(one_each, 0.0) == ""  # no validation asked for
    mixed = script_extremes(
        {"latin": [_key("tempest")], "han": [_key("hongloumeng"), _key("shuihu")]}
    )
    assert flipped_key_by_script(mixed, 0.9) == ""  # validation has documents already
    # Rule at_least_one_train: every hash under the fraction, the largest goes to train.
    assert flipped_key_by_script(mixed, 0.999) == "shuihu"
    assert flipped_key_by_script(script_extremes({"": [_key(d) for d in IDS]}), 0.05) == "tempest"


def test_the_combine_with_scripts():
    with local_pipeline() as p:
        clusters = p | "NoClusters" >> beam.Create([{}])
        items = [("tempest", "latin"), ("hongloumeng", "han"), ("shuihu", "han"), ("shuihu", "han")]
        out = p | beam.Create(items) | FallbackValidationKey(0.05, clusters)
        assert_that(out, equal_to(["hongloumeng"]))


def test_a_small_mixed_build_holds_out_a_shared_script(tmp_path, tiny_tokenizer_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    lines = [json.dumps({"id": k, "text": v}, ensure_ascii=False) for k, v in IDS.items()]
    (inputs / "books.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "ds"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    assert main([*args, "--windows", "64"]) == 0
    said = capsys.readouterr().out
    with open(out / "manifest.json", encoding="utf-8") as f:
        manifest = json.load(f)
    assert manifest["documents"]["by_split"] == {"train": 2, "validation": 1}
    assert manifest["near_duplicates"]["validation_fallback"] == "hongloumeng"  # was "tempest"
    assert "'hongloumeng' (the nearest by hash among the documents whose script" in said
