"""Clause ``quoted_captions`` of rule ``contents_list`` (``transforms.contents``, session
33, branch wtD): an entry of a list of illustrations wholly in quotation marks is a
caption quoting the text and names no heading. Excerpts of books from GitHub
rcdm-uga/Gutenberg_Text, as ``clean_text`` leaves them."""

from transforms.contents import drop_lists, scan_lines
from transforms.contents_numbers import key
from transforms.headings import line_candidates
from transforms.sections import find_sections

# E. Nesbit, The Incomplete Amorist ("Nesbit, E. (Edith)/The Incomplete Amorist.txt"): the
# contents of books I and II, the list of illustrations, and chapter X's opening and the
# passage its third illustration quotes, then chapter XI's opening.
AMORIST = """CONTENTS

BOOK I. THE GIRL

Chapter I. The Inevitable
Chapter II. The Irresistible
Chapter III. Voluntary
Chapter IV. Involuntary
Chapter V. The Prisoner
Chapter VI. The Criminal
Chapter VII. The Escape

BOOK II. THE MAN

Chapter VIII. The One and the Other
Chapter IX. The Opportunity
Chapter X. Seeing Life
Chapter XI. The Thought


LIST OF ILLUSTRATIONS

"'Oh, what a pity,' said Betty from the heart, 'that we aren't introduced now!'"

"'Ah, don't be cross!' she said."

"Betty stared at him coldly."

"Betty looked nervously around--the scene was agitatingly unfamiliar."

"Unfinished, but a disquieting likeness."

"'No, thank you: it's all done now.'"

"On the further arm of the chair sat, laughing also, a very pretty young woman."

"The next morning brought him a letter."


CHAPTER X.


SEEING LIFE.

The thoughts of the two who loved her were with Betty that night. The aunt, shaken, jolted, enduring much in the Paris, Lyons and Mediterranean express thought fondly of her.

"Keep straight," the other said earnestly; "never mind how dull it is. I used to think it must be dull in Heaven. God knows it's dull in the other place! Look, he's got a carriage. You can trust him just for once, but as a rule I'd say 'Don't you trust any of them--they're all of a piece.' Good-bye; you're a nice little thing."

"Good-bye," said Betty; "oh, good-bye! You are kind, and good! People can't all be good the same way," she added, vaguely and seeking to comfort.

"Women can," said the other, "don't you make any mistake. Good-bye."

She watched the carriage drive away, and turned to meet the spiteful chaff of Nini and her German friends.

"Now," said Mr. Temple, as soon as the wheels began to revolve, "perhaps you will tell me how you come to be out in Paris alone at this hour."

Betty stared at him coldly.

"I shall be greatly obliged if you can recommend me a good hotel," she said.

"I don't even know your name," said he.

"No," she answered briefly.



CHAPTER XI.


THE THOUGHT.

The dark-haired woman was still ably answering the chaff of Nini and the Germans. And her face was not the face she had shewn to Betty. Betty came quietly behind her and touched her shoulder. She leapt in her chair and turned white under the rouge.
"""

# Hoskins, 'Me--Smith' ("Hoskins, Gayle Porter/'Me--Smith'.txt"): its list of
# illustrations, captions set without quotation marks among quoted ones.
ME_SMITH_ILLUSTRATIONS = """LIST OF ILLUSTRATIONS

 PAGE

"That Look in Your Eyes--That Look as if You
Hadn't Nothin' to Hide--is it True?" Frontispiece

"She's a Game Kid, All Right," Said Smith
to Himself at the Top of the Hill. 22

It Meant Death--but it was Wet!--it was Water! 196

Smith Reached for the Trailing Rope and They
Were Gone! 284
"""


def test_quoted_captions_amorist_line_of_dialogue_is_no_section():
    """The body's "Betty stared at him coldly." (a paragraph alone on its line) is the
    text the caption quotes; before, rule listed took it as a section of chapter X."""
    titles = [s.title for s in find_sections(AMORIST)[0]]
    assert titles == ["", "CHAPTER X. SEEING LIFE.", "CHAPTER XI. THE THOUGHT."]


def _found(text: str):
    lines = scan_lines(text)
    cands = [c for i, t in enumerate(lines.texts) if t
             for c in line_candidates(t, lines.starts[i], i, lines.ends[i])]  # fmt: skip
    return lines, drop_lists(lines, cands)[1]


def test_quoted_captions_list_lines_stay_in_the_list_and_plain_captions_stay_entries():
    """Guard: the quoted caption is still inside the list (no heading, no text) but no
    entry; a caption without quotation marks stays an entry as before, and so do the
    chapter entries of the contents list above."""
    lines, found = _found(AMORIST)
    at = lines.texts.index('"Betty stared at him coldly."')
    assert found.in_list[at]
    assert key("Betty stared at him coldly.") not in found.entries
    assert key("Chapter X. Seeing Life") in found.entries
    _, found = _found(ME_SMITH_ILLUSTRATIONS)
    assert key("It Meant Death--but it was Wet!--it was Water! 196") in found.entries
