"""Clause ``ragged_margin`` (``transforms.unwrap``): a prose block has its own right
margin, its widest line; a nearly full line whose next word would not have fit within
it is a wrap even when the word would have fit the document's wider column.

Real text (the lines the unwrap stage sees: normalized, Gutenberg header cut)."""

from transforms.unwrap import unwrap_text

# Alger, "Helping Himself" (Gutenberg 0100 in rcdm-uga/Gutenberg_Text): the book wraps
# at 73 columns, this paragraph at 70; "...in the city." (66) + " Like" = 71 fits 73 - 2.
ALGER = "It was already the hour when he usually returned for supper. Accordingly\nhe put on his cap and went out of the store. Being a little curious as to\nthe contents of the letter, he hastened his steps, and entered the house\nout of breath.\n\n“Yes, it’s a good offer, but how can I spare you?” said his mother,\nsorrowfully. “It will be very lonely without you. Don’t you think you had\nbetter remain in Mr. Porter’s store?”\n\n“That will only be for a few weeks, you know, mother. Alfred Harper will\nbe getting well before long, and then I shall be out of a situation. I\nthink we had better say yes.”\n\nHarry’s ambition was fired by the prospect of a place in the city.\nLike many another country boy he had the most splendid visions of what\ncity life was. By the side of a position in a city office his present\nsituation looked mean and contemptible. Even had the pay been the same,\nhe would have preferred New York to Vernon; but the fact that the salary\noffered in the city was just double was an additional inducement. Why,\nJohn Gaylord, Mr. Porter’s chief salesman, though already twenty-five\nyears of age, and with several years’ experience as clerk, received\njust that, and no more. That Harry should be offered the same salary at\nfifteen was indeed a compliment.\n"

# Alcott, "Comic Tragedies" (0010): a letter read aloud, inset, signed "Ernest.".
ALCOTT = "Zara. Heaven pardon this wild, wilful heart that should mourn the sorrow\nsent, when such deep joy as this is given. Ah, Father, how can I best\nthank thee for the blessed comfort thou hast given?\n\nHer. Thy joy, dear child, is my reward. When thou art safe with him\nthou lovest, my task on earth is done, and I shall pass away with happy\nthoughts of the sweet flower that bloomed beside the old man's path\nthrough life, and cheered it with her love. Bless thee, my Zara, and may\nthe spirit of thy mother watch above thee in the happy home thou hast\ngained by thy noble sacrifice.\n\nZara. Oh, Father, may the joy thy words have brought me brighten thine\nown life as they have mine. The blessings of a happy heart be on thee.\nFarewell, Father!\n\n [_Kneels, kisses his hand. Exit._\n\n\n CURTAIN.\n\n\n SCENE NINTH.\n\n [_Hall in the castle._\n _Enter_ Zara.]\n\nZara. Selim said the packet would be here [_takes the paper_]. Ah, 'tis\nfrom Ernest! He is near me,--we may meet again [_opens letter and\nreads_].\n\n Lady,--Thy father will this night betray the city to the\n Spanish king, who hath promised his life and liberty for this\n treachery. He will not keep his oath, and thy father will be\n slain. Then bid him fly, and save all he most loves, for no\n mercy will be shown to those within the walls when once the\n Spanish army enters there. Save thyself. Heaven bless thee.\n Ernest.\n"


def test_ragged_margin_joins_a_sentence_end_short_of_the_block_margin():
    """ragged_margin: fails without the clause (the break after "city." stays)."""
    out = unwrap_text(ALGER)[0]
    assert "prospect of a place in the city. Like many another country boy" in out
    assert "in the city.\n" not in out
    # Paragraph breaks and the short last lines stay.
    assert out.count("\n\n") == ALGER.count("\n\n")
    assert out.endswith("fifteen was indeed a compliment.\n")
    assert "out of breath.\n\n" in out


def test_ragged_margin_keeps_a_letter_signature():
    """Guard of ragged_margin: after a sentence's end the next line must be full too
    ("Heaven bless thee." / "Ernest." stays; joined with the guard planted out)."""
    out = unwrap_text(ALCOTT)[0]
    assert "Save thyself. Heaven bless thee.\n Ernest." in out
    # The play's prose speeches above it still join.
    assert "Ah, Father, how can I best thank thee for the blessed comfort" in out
