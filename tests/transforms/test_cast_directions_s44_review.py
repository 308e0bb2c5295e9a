"""Review (session 44, branch wtA): clause ``speech_enter_you`` (transforms/stage_directions.py);
a cast list ended by a speech's "!" (cast_list_named).

A bare "Enter" whose clause on its line holds a second-person word is a speech's imperative,
not a direction: Antony's "Enter the Citty, clip your Wiues, your Friends," (Antony and
Cleopatra IV.8, defaults/shakespeare, Folio edition), read as a direction by session 43's
opener rule. Real text only."""

from tests.transforms.play_keys import eligible
from transforms.cast_list import _named_span
from transforms.stage_directions import is_direction, is_play

# Antony and Cleopatra IV.7 and IV.8 (defaults/shakespeare, Gutenberg edition; elided)
ANTONY = (
    "SCENE VII. Field of battle between the Camps.\n\n"
    "[Alarum. Drums and trumpets. Enter AGRIPPA and others.]\n\n"
    "AGRIPPA.\nRetire, we have engag'd ourselves too far:\n"
    "Caesar himself has work, and our oppression\n"
    # (elided)
    "ANTONY.\nI will reward thee\nOnce for thy sprightly comfort, and tenfold\n"
    "For thy good valour. Come thee on.\n\n"
    "SCARUS.\nI'll halt after.\n\n[Exeunt.]\n\n\n\n"
    "SCENE VIII. Under the Walls of Alexandria.\n\n"
    "[Alarum. Enter ANTONY, marching; SCARUS and Forces.]\n\n"
    "ANTONY.\nWe have beat him to his camp. Run one before\n"
    "And let the queen know of our gests.--To-morrow,\n"
    "Before the sun shall see us, we'll spill the blood\n"
    "That has to-day escap'd. I thank you all;\n"
    "For doughty-handed are you, and have fought\n"
    "Not as you serv'd the cause, but as't had been\n"
    "Each man's like mine; you have shown all Hectors.\n"
    "Enter the city, clip your wives, your friends,\n"
    "Tell them your feats; whilst they with joyful tears\n"
    "Wash the congealment from your wounds and kiss\n"
    "The honour'd gashes whole.--[To SCARUS.] Give me thy hand;\n\n"
    "[Enter CLEOPATRA, attended.]\n\n"
    "To this great fairy I'll commend thy acts,\n"
    "Make her thanks bless thee. O thou day o' the world,\n"
    "Chain mine arm'd neck; leap thou, attire and all;\n"
    "Through proof of harness to my heart, and there\nRide on the pants triumphing.\n"
)
# the Folio edition's lines (anthonie_and_cleopatra_gut_f.txt)
FOLIO = (
    "Enter the Citty, clip your Wiues, your Friends,\n"
    "Tell them your feats, whil'st they with ioyfull teares\n"
    "Wash the congealement from your wounds, and kisse\n"
    "The Honour'd-gashes whole."
)


def test_antony_enter_the_city_is_speech():
    assert is_play(ANTONY)
    _, texts, ok = eligible(ANTONY)
    at = [i for i, t in enumerate(texts) if t.startswith("Enter the city, clip your wives")]
    assert at and ok[at[0]]
    # the directions round it stay directions
    assert not any(ok[i] for i, t in enumerate(texts) if "Enter ANTONY, marching" in t)
    assert not is_direction("", FOLIO)
    assert is_direction("", "Enter Cleopatra.")
    # Hardy's Dynasts (a Spirit's verse: "Enter the city gates, your Majesty. / They seek
    # the shelter of the civic walls")
    assert not is_direction("", "Enter the city gates, your Majesty.")


def test_third_person_directions_stay_directions():
    # Folio directions naming their persons (2 Henry VI, Hamlet, Macbeth): no second person
    assert is_direction(
        "Sound Trumpets. ",
        "Enter the King, the Queene, Cardinall, Suffolke, Somerset, with Attendants.",
    )
    assert is_direction("", "Enter the Ghost.")
    assert is_direction("", "Enter the Duke of Norfolke at one doore.")
    # a second-person word on the direction's next line is not read (a speech after an
    # unclosed direction line: "Enter Katerina / Good morrow Kate, for thats your name")
    assert is_direction("", "Enter Katerina\n\nGood morrow Kate, for thats your name I heare")


# Chekhov, The Wedding (Gutenberg mirror: Plays by Anton Chekhov, Second Series): the first
# speakers' tags are not the list's names ("ANNA MARTINOVNA ZMEYUKINA, ..." / "ZMEYUKINA.
# No, no, no!"), so only the "!" stop ends the list before the speeches.
WEDDING = (
    "THE WEDDING\n\n\nCHARACTERS\n\n"
    "     EVDOKIM ZAHAROVITCH ZHIGALOV, a retired Civil Servant.\n"
    "     NASTASYA TIMOFEYEVNA, his wife\n     DASHENKA, their daughter\n"
    "     EPAMINOND MAXIMOVITCH APLOMBOV, Dashenka’s bridegroom\n"
    "     FYODOR YAKOVLEVITCH REVUNOV-KARAULOV, a retired captain\n"
    "     ANDREY ANDREYEVITCH NUNIN, an insurance agent\n"
    "     ANNA MARTINOVNA ZMEYUKINA, a midwife, aged 30, in a brilliantly red dress\n"
    "     IVAN MIHAILOVITCH YATS, a telegraphist\n"
    "     HARLAMPI SPIRIDONOVITCH DIMBA, a Greek confectioner\n"
    "     DMITRI STEPANOVITCH MOZGOVOY, a sailor of the Imperial Navy (Volunteer\n"
    "     Fleet)\n     GROOMSMEN, GENTLEMEN, WAITERS, ETC.\n\n"
    "The scene is laid in one of the rooms of Andronov’s Restaurant\n\n\n"
    "[A brilliantly illuminated room. A large table, laid for supper. Waiters\n"
    "in dress-jackets are fussing round the table. An orchestra behind the\n"
    "scene is playing the music of the last figure of a quadrille.]\n\n"
    "[ANNA MARTINOVNA ZMEYUKINA, YATS, and a GROOMSMAN cross the stage.]\n\n"
    "ZMEYUKINA. No, no, no!\n\n"
    "YATS. [Following her] Have pity on us! Have pity!\n\n"
    "ZMEYUKINA. No, no, no!\n\n"
)


def test_named_list_ends_at_a_speech_with_an_exclamation():
    a, b = _named_span(WEDDING, WEDDING.find("CHARACTERS") + len("CHARACTERS"))
    assert WEDDING[a:b].lstrip().startswith("EVDOKIM ZAHAROVITCH ZHIGALOV")
    assert "GROOMSMEN, GENTLEMEN" in WEDDING[a:b]
    assert "No, no, no!" not in WEDDING[a:b] and "Have pity" not in WEDDING[a:b]


# Buckley's Euripides, vol. I (Gutenberg mirror), The Phoenician Virgins, as the pipeline
# reads it (paragraphs unwrapped by the cleaning): the argument after the list is prose with
# no "?" or "!": only the long-line stop ends the list before it.
PHOENICIAN = (
    "THE PHŒNICIAN VIRGINS.\n\n * * * *\n\nPERSONS REPRESENTED.\n\n"
    " JOCASTA.\n TUTOR.\n ANTIGONE.\n CHORUS OF PHŒNICIAN VIRGINS.\n POLYNICES.\n ETEOCLES.\n"
    " CREON.\n MENŒCEUS.\n TIRECIAS.\n MESSENGERS.\n ŒDIPUS.\n\n"
    "The Scene is in the Court before the royal palace at Thebes.\n\n * * * * *\n\n"
    "THE ARGUMENT.\n\n * * * *\n\n"
    "Eteocles having gotten possession of the throne of Thebes, deprived his brother Polynices"
    " of his share; but he having come as an exile to Argos, married the daughter of the king"
    " Adrastus; but ambitious of returning to his country, and having persuaded his"
    " father-in-law, he assembled a great army for Thebes against his brother. His mother"
    " Jocasta made him come into the city, under sanction of a truce, and first confer with his"
    " brother respecting the empire.\n"
)


def test_named_list_ends_before_a_prose_paragraph():
    head = PHOENICIAN.find("PERSONS REPRESENTED.") + len("PERSONS REPRESENTED.")
    a, b = _named_span(PHOENICIAN, head)
    assert PHOENICIAN[a:b].lstrip().startswith("JOCASTA.")
    assert "ŒDIPUS." in PHOENICIAN[a:b] and "Eteocles having gotten" not in PHOENICIAN[a:b]
