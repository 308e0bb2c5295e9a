"""Rule quote_fragment (``transforms.cjk_quotes``, a rule of
``transforms.key_sentences``) on real dialogue: 红楼梦 (shared zh_classics,
cleaned) and 宮沢賢治「銀河鉄道の夜」(Aozora, markup cut)."""

from transforms.key_sentences import eligible_sentences
from transforms.sentences import sentence_spans

HONGLOU = (
    "正有许多婆子们回事毕，纷纷散出，凤姐倚着门和平儿说话呢。一见了宝玉，笑道：“你回来了么？"
    "我才吩咐了林之孝家的，叫他使人告诉跟你的小厮，若没什么事，趁便请你回来歇息歇息。"
    "再者那里人多，你那里禁的住那些气味？不想恰好你倒来了。”"
    "两人正说着，宝钗走来，问道：“你们说什么？”\n"
)
GINGA = (
    "「お母さん、いま帰ったよ。ぐあい悪くなかったの」ジョバンニは靴をぬぎながら言いました。\n"
    "「ああ、ジョバンニ、お仕事がひどかったろう。今日は涼しくてね。わたしはずうっとぐあいがいいよ」\n"
)


def _eligible(text: str) -> dict[str, bool]:
    spans = sentence_spans(text, "auto")
    ok = eligible_sentences(text, spans, min_words=6)
    return {
        text[a:b].strip(): bool(k) for (a, b), k in zip(spans.tolist(), ok.tolist(), strict=True)
    }


def test_pieces_of_a_quotation_are_not_key_sentences():
    got = _eligible(HONGLOU)
    assert got["一见了宝玉，笑道：“你回来了么？"] is False
    assert got["两人正说着，宝钗走来，问道：“你们说什么？”"] is True
    # The middle of 凤姐's speech pairs its marks (none), so quote_fragment keeps it; since
    # session 33 clause speech_middle_sentence (no speaker, inside the quotation) does not.
    assert (
        got["我才吩咐了林之孝家的，叫他使人告诉跟你的小厮，若没什么事，趁便请你回来歇息歇息。"]
        is False
    )
    got = _eligible(GINGA)
    assert got["「ああ、ジョバンニ、お仕事がひどかったろう。"] is False
    # Session 30, clause short_quote_whole: the first line's short quotation is no
    # longer cut inside; it is one sentence with its tag, and eligible.
    line = "「お母さん、いま帰ったよ。ぐあい悪くなかったの」ジョバンニは靴をぬぎながら言いました。"
    assert got[line] is True


def test_a_whole_quotation_with_its_tag_stays():
    text = "两人正说着，宝钗走来，问道：“你们说什么？”众人都笑说：“老太太那里记得这些事。”\n"
    got = _eligible(text)
    assert got["两人正说着，宝钗走来，问道：“你们说什么？”"] is True
    assert got["众人都笑说：“老太太那里记得这些事。”"] is True


# 都梁《血色浪漫》 (a GBK-era web e-book, its spaces and "∶" as the file has them): speech
# quoted with ASCII '"', a space before the close at a line's end.
XUESE = (
    "　　得，钟跃民等得就是这个，才几句就把这小妞儿的名字给套出来了，看来今天有戏，钟跃 民一拍脑门∶"
    '"哟，看来我还真认错人了，对不起，您瞧我这老眼昏花的，实在不好意思。 "\n'
    '　　"周晓白同学，咱们这就算认识了吧？这真是缘分，要不是我认错了人，咱们今天就失之 交臂了，'
    "那还不遗憾终身？你们现在去哪儿？我送送你们。\n"
    '　　钟跃民点点头："没错，他就是第一个买票，也没人敢说什么。"\n'
)


def test_ascii_quote_pairs_half_a_quotation_is_not_eligible():
    got = _eligible(XUESE)
    assert got['"周晓白同学，咱们这就算认识了吧？'] is False
    assert got['钟跃民点点头："没错，他就是第一个买票，也没人敢说什么。"'] is True


def test_spaced_ascii_close_stays_with_its_sentence():
    first, second = [XUESE[a:b].strip() for a, b in sentence_spans(XUESE, "auto").tolist()][:2]
    assert first.endswith('实在不好意思。 "')
    assert second == '"周晓白同学，咱们这就算认识了吧？'


def test_ascii_quote_opener_goes_with_the_next_sentence():
    # Debian Reference (debian-reference-zh-cn 2.100, ch09), hard-wrapped as its text is:
    # the '"' after "。" opens the path the next sentence quotes, it closes nothing.
    text = (
        "在执行这里的命令之前，你应该用 mount(8) 命令来查看 USB\n"
        '记忆棒的挂载位置。"/dev/sda" 指向的设备可能是装有整个系统的 SCSI 硬盘或者 serial-ATA\n'
        "硬盘。\n"
    )
    first, second = [text[a:b].strip() for a, b in sentence_spans(text, "auto").tolist()][:2]
    assert first.endswith("记忆棒的挂载位置。")
    assert second.startswith('"/dev/sda" 指向的设备')
    # Both sentences are whole: clause ascii_quote_pairs keeps them eligible.
    assert all(_eligible(text).values())
