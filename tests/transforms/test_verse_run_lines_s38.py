"""Clause verse_run_lines (transforms/paragraphs.py): in a block of indented verse, a line
under a line of the same indentation that does not end a full sentence (a short line, or
one ending in ";" or ":") goes on that sentence. Real text: Shakespeare, King Henry VIII,
Act II scene 1, the scene's first block, 131 lines: its widest line sets what a
"short" line is (Project Gutenberg, its layout:
speakers at two spaces, verse at four, the exit centred), through clean_text as a book is."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.paragraphs import paragraph_starts
from transforms.structure import analyze_text

HENRY = (
    "  FIRST GENTLEMAN. Stay there, sir,\n"
    "    And see the noble ruin'd man you speak of.\n"
    "  SECOND GENTLEMAN. Let's stand close, and behold him.\n"
    "  BUCKINGHAM. All good people,\n"
    "    You that thus far have come to pity me,\n"
    "    Hear what I say, and then go home and lose me.\n"
    "    I have this day receiv'd a traitor's judgment,\n"
    "    And by that name must die; yet, heaven bear witness,\n"
    "    And if I have a conscience, let it sink me\n"
    "    Even as the axe falls, if I be not faithful!\n"
    "    The law I bear no malice for my death:\n"
    "    'T has done, upon the premises, but justice.\n"
    "    But those that sought it I could wish more Christians.\n"
    "    Be what they will, I heartily forgive 'em;\n"
    "    Yet let 'em look they glory not in mischief\n"
    "    Nor build their evils on the graves of great men,\n"
    "    For then my guiltless blood must cry against 'em.\n"
    "    For further life in this world I ne'er hope\n"
    "    Nor will I sue, although the King have mercies\n"
    "    More than I dare make faults. You few that lov'd me\n"
    "    And dare be bold to weep for Buckingham,\n"
    "    His noble friends and fellows, whom to leave\n"
    "    Is only bitter to him, only dying,\n"
    "    Go with me like good angels to my end;\n"
    "    And as the long divorce of steel falls on me\n"
    "    Make of your prayers one sweet sacrifice,\n"
    "    And lift my soul to heaven. Lead on, a God's name.\n"
    "  LOVELL. I do beseech your Grace, for charity,\n"
    "    If ever any malice in your heart\n"
    "    Were hid against me, now to forgive me frankly.\n"
    "  BUCKINGHAM. Sir Thomas Lovell, I as free forgive you\n"
    "    As I would be forgiven. I forgive all.\n"
    "    There cannot be those numberless offences\n"
    "    'Gainst me that I cannot take peace with. No black envy\n"
    "    Shall mark my grave. Commend me to his Grace;\n"
    "    And if he speak of Buckingham, pray tell him\n"
    "    You met him half in heaven. My vows and prayers\n"
    "    Yet are the King's, and, till my soul forsake,\n"
    "    Shall cry for blessings on him. May he live\n"
    "    Longer than I have time to tell his years;\n"
    "    Ever belov'd and loving may his rule be;\n"
    "    And when old Time shall lead him to his end,\n"
    "    Goodness and he fill up one monument!\n"
    "  LOVELL. To th' water side I must conduct your Grace;\n"
    "    Then give my charge up to Sir Nicholas Vaux,\n"
    "    Who undertakes you to your end.\n"
    "  VAUX. Prepare there;\n"
    "    The Duke is coming; see the barge be ready;\n"
    "    And fit it with such furniture as suits\n"
    "    The greatness of his person.\n"
    "  BUCKINGHAM. Nay, Sir Nicholas,\n"
    "    Let it alone; my state now will but mock me.\n"
    "    When I came hither I was Lord High Constable\n"
    "    And Duke of Buckingham; now, poor Edward Bohun.\n"
    "    Yet I am richer than my base accusers\n"
    "    That never knew what truth meant; I now seal it;\n"
    "    And with that blood will make 'em one day groan for't.\n"
    "    My noble father, Henry of Buckingham,\n"
    "    Who first rais'd head against usurping Richard,\n"
    "    Flying for succour to his servant Banister,\n"
    "    Being distress'd, was by that wretch betray'd\n"
    "    And without trial fell; God's peace be with him!\n"
    "    Henry the Seventh succeeding, truly pitying\n"
    "    My father's loss, like a most royal prince,\n"
    "    Restor'd me to my honours, and out of ruins\n"
    "    Made my name once more noble. Now his son,\n"
    "    Henry the Eighth, life, honour, name, and all\n"
    "    That made me happy, at one stroke has taken\n"
    "    For ever from the world. I had my trial,\n"
    "    And must needs say a noble one; which makes me\n"
    "    A little happier than my wretched father;\n"
    "    Yet thus far we are one in fortunes: both\n"
    "    Fell by our servants, by those men we lov'd most--\n"
    "    A most unnatural and faithless service.\n"
    "    Heaven has an end in all. Yet, you that hear me,\n"
    "    This from a dying man receive as certain:\n"
    "    Where you are liberal of your loves and counsels,\n"
    "    Be sure you be not loose; for those you make friends\n"
    "    And give your hearts to, when they once perceive\n"
    "    The least rub in your fortunes, fall away\n"
    "    Like water from ye, never found again\n"
    "    But where they mean to sink ye. All good people,\n"
    "    Pray for me! I must now forsake ye; the last hour\n"
    "    Of my long weary life is come upon me.\n"
    "    Farewell;\n"
    "    And when you would say something that is sad,\n"
    "    Speak how I fell. I have done; and God forgive me!\n"
    "                                  Exeunt BUCKINGHAM and train\n"
    "  FIRST GENTLEMAN. O, this is full of pity! Sir, it calls,\n"
    "    I fear, too many curses on their heads\n"
    "    That were the authors.\n"
    "  SECOND GENTLEMAN. If the Duke be guiltless,\n"
    "    'Tis full of woe; yet I can give you inkling\n"
    "    Of an ensuing evil, if it fall,\n"
    "    Greater than this.\n"
    "  FIRST GENTLEMAN. Good angels keep it from us!\n"
    "    What may it be? You do not doubt my faith, sir?\n"
    "  SECOND GENTLEMAN. This secret is so weighty, 'twill require\n"
    "    A strong faith to conceal it.\n"
    "  FIRST GENTLEMAN. Let me have it;\n"
    "    I do not talk much.\n"
    "  SECOND GENTLEMAN. I am confident.\n"
    "    You shall, sir. Did you not of late days hear\n"
    "    A buzzing of a separation\n"
    "    Between the King and Katharine?\n"
    "  FIRST GENTLEMAN. Yes, but it held not;\n"
    "    For when the King once heard it, out of anger\n"
    "    He sent command to the Lord Mayor straight\n"
    "    To stop the rumour and allay those tongues\n"
    "    That durst disperse it.\n"
    "  SECOND GENTLEMAN. But that slander, sir,\n"
    "    Is found a truth now; for it grows again\n"
    "    Fresher than e'er it was, and held for certain\n"
    "    The King will venture at it. Either the Cardinal\n"
    "    Or some about him near have, out of malice\n"
    "    To the good Queen, possess'd him with a scruple\n"
    "    That will undo her. To confirm this too,\n"
    "    Cardinal Campeius is arriv'd and lately;\n"
    "    As all think, for this business.\n"
    "  FIRST GENTLEMAN. 'Tis the Cardinal;\n"
    "    And merely to revenge him on the Emperor\n"
    "    For not bestowing on him at his asking\n"
    "    The archbishopric of Toledo, this is purpos'd.\n"
    "  SECOND GENTLEMAN. I think you have hit the mark; but is't\n"
    "        not cruel\n"
    "    That she should feel the smart of this? The Cardinal\n"
    "    Will have his will, and she must fall.\n"
    "  FIRST GENTLEMAN. 'Tis woeful.\n"
    "    We are too open here to argue this;\n"
    "    Let's think in private more.\n"
    "Exeunt\n"
)


def _sentences(text):
    text = clean_text(normalize_text(text)).text
    st = analyze_text(text)
    return [" ".join(text[a:b].split()) for a, b in st.sentences.tolist()]


def test_verse_run_lines_joins_a_speech_cut_at_short_lines_and_semicolons():
    got = _sentences(HENRY)
    assert "Go with me like good angels to my end;" not in got
    assert (
        "You few that lov'd me And dare be bold to weep for Buckingham, His noble friends and "
        "fellows, whom to leave Is only bitter to him, only dying, Go with me like good angels "
        "to my end; And as the long divorce of steel falls on me Make of your prayers one sweet "
        "sacrifice, And lift my soul to heaven."
    ) in got
    assert (
        "Be what they will, I heartily forgive 'em; Yet let 'em look they glory not in mischief "
        "Nor build their evils on the graves of great men, For then my guiltless blood must cry "
        "against 'em."
    ) in got


def test_verse_run_lines_keeps_full_stops():
    # A line after a full stop still starts a paragraph.
    text = clean_text(normalize_text(HENRY)).text
    starts = {text[s : s + 20] for s in paragraph_starts(text).tolist()}
    assert "But those that sough" in starts  # after "...but justice."
    assert "Go with me like good" not in starts and "Yet let 'em look the" not in starts


def test_verse_run_lines_not_in_prose_with_first_line_indents():
    # Prose indents a paragraph's first line only (Alcott, Little Women, as a hard-wrapped
    # edition lays it out): the short last line of a paragraph, then an indented first
    # line, still starts a paragraph.
    text = (
        "    Jo immediately sat up, put her hands in her pockets, and began to\n"
        "whistle.\n"
        "    \"Don't, Jo. It's so boyish!\"\n"
        '    "That\'s why I do it."\n'
        '    "I detest rude, unladylike girls!"\n'
        '    "I hate affected, niminy-piminy chits!"\n'
    )
    starts = {text[s : s + 12] for s in paragraph_starts(text).tolist()}
    assert {"\"Don't, Jo. ", "\"That's why ", '"I detest ru', '"I hate affe'} <= starts


def test_verse_run_lines_not_in_an_index():
    # Aristotle, A Treatise on Government (pg6762, shared en_gutenberg), its index: the
    # sub-entries under a headword end on a page number and ";" and keep their starts.
    text = (
        "  City of the best form, what its establishment ought to be, 149;\n"
        "      wherein its greatness consists, 149;\n"
        "      may be either too large or too small, 209;\n"
        "      what should be its situation, 211;\n"
        "      whether proper near the sea, 211;\n"
        "      ought to be divided by families into different sorts of men, 218\n"
    )
    starts = [text[s : s + 12] for s in paragraph_starts(text).tolist()]
    assert starts == ["  City of th", "may be eithe", "whether prop", "ought to be "]  # as before


# Cao Xueqin, 红楼梦 chapter 1 (shared zh_classics), after clean_text: the unwrap stage
# took the lines' indents, so rule cjk_lines reads every CJK line as indented; the two
# poems (a line under "…一偈云：" and under "…诗云：") are paragraphs of their own.
HONGLOU = (
    "又不知过了几世几劫，因有个空空道人访道求仙，从这大荒山无稽崖青埂峰下经过。忽见一"
    "块大石，上面字迹分明，编述历历。空空道人乃从头一看，原来是无才补天、幻形入世，被"
    "那茫茫大士、渺渺真人携入红尘、引登彼岸的一块顽石；上面叙着堕落之乡、投胎之处，以"
    "及家庭琐事、闺阁闲情、诗词谜语，倒还全备。只是朝代年纪，失落无考。后面又有一偈云"
    "：\n"
    "无才可去补苍天，枉入红尘若许年。此系身前身后事，倩谁记去作奇传？空空道人看了一回"
    "，晓得这石头有些来历，遂向石头说道：“石兄，你这一段故事，据你自己说来，有些趣味"
    "，故镌写在此，意欲闻世传奇。据我看来：第一件，无朝代年纪可考；第二件，并无大贤大"
    "忠、理朝廷、治风俗的善政，其中只不过几个异样女子，或情或痴，或小才微善。我纵然抄"
    "去，也算不得一种奇书。”石头果然答道：“我师何必太痴！我想历来野史的朝代，无非假"
    "借汉、唐的名色；莫如我这石头所记不借此套，只按自己的事体情理，反倒新鲜别致。况且"
    "那野史中，或讪谤君相，或贬人妻女，奸淫凶恶，不可胜数；更有一种风月笔墨，其淫秽污"
    "臭最易坏人子弟。至于才子佳人等书，则又开口 ‘文君’，满篇‘子建’，千部一腔，千"
    "人一面，且终不能不涉淫滥。在作者不过要写出自己的两首情诗艳赋来，故假捏出男女二人"
    "名姓；又必旁添一小人拨乱其间，如戏中的小丑一般。更可厌者，‘之乎者也’，非理即文"
    "，大不近情，自相矛盾。竟不如我这半世亲见亲闻的几个女子，虽不敢说强似前代书中所有"
    "之人，但观其事迹原委，亦可消愁破闷；至于几首歪诗，也可以喷饭供酒。其间离合悲欢，"
    "兴衰际遇，俱是按迹循踪，不敢稍加穿凿，至失其真。只愿世人当那醉馀睡醒之时，或避事"
    "消愁之际，把此一玩，不但是洗旧翻新，却也省了些寿命筋力，不更去谋虚逐妄了。我师意"
    "为如何？”\n"
    "空空道人听如此说，思忖半晌，将这《石头记》再检阅一遍。因见上面大旨不过谈情，亦只"
    "是实录其事，绝无伤时诲淫之病，方从头至尾抄写回来，闻世传奇。从此空空道人因空见色"
    "，由色生情，传情入色，自色悟空，遂改名情僧，改《石头记》为《情僧录》。东鲁孔梅溪"
    "题曰《风月宝鉴》。后因曹雪芹于悼红轩中，披阅十载，增删五次，纂成目录，分出章回，"
    "又题曰《金陵十二钗》，并题一绝。即此便是《石头记》的缘起。诗云：\n"
    "满纸荒唐言，一把辛酸泪。都云作者痴，谁解其中味！\n"
    "《石头记》缘起既明，正不知那石头上面记着何人何事？看官请听。按那石上书云：当日地"
    "陷东南，这东南有个姑苏城，城中阊门，最是红尘中一二等富贵风流之地。这阊门外有个十"
    "里街，街内有个仁清巷，巷内有个古庙，因地方狭窄，人皆呼作“葫芦庙”。庙旁住着一家"
    "乡宦，姓甄名费字士隐，嫡妻封氏，性情贤淑，深明礼义。家中虽不甚富贵，然本地也推他"
    "为望族了。因这甄士隐禀性恬淡，不以功名为念，每日只以观花种竹、酌酒吟诗为乐，倒是"
    "神仙一流人物。只是一件不足：年过半百，膝下无儿，只有一女乳名英莲，年方三岁。\n"
)


def test_verse_run_lines_not_in_a_cjk_block():
    # Without the CJK guard both poems were joined to the narration above them.
    starts = [HONGLOU[s : s + 8] for s in paragraph_starts(HONGLOU).tolist()]
    assert starts == [
        "又不知过了几世几",
        "无才可去补苍天，",
        "空空道人听如此说",
        "满纸荒唐言，一把",
        "《石头记》缘起既",
    ]


# Shakespeare, Cymbeline (rcdm-uga+Gutenberg_Text mirror), its cast list after clean_text,
# and Baum, Aunt Jane's Nieces in Society, its contents: one-space indents, no full stops.
CAST = (
    " GUIDERIUS and ARVIRAGUS, sons to Cymbeline, disguised under the names of POLYDORE and"
    " CADWAL, supposed sons to\nBelarius\n"
    " PHILARIO, Italian, friend to Posthumus\n"
    " IACHIMO, Italian, friend to Philario\n"
    " A FRENCH GENTLEMAN, friend to Philario\n"
    " CAIUS LUCIUS, General of the Roman Forces\n"
    " A ROMAN CAPTAIN\n"
    " TWO BRITISH CAPTAINS\n"
    " PISANIO, servant to Posthumus\n"
    " CORNELIUS, a physician\n"
    " TWO LORDS of Cymbeline's court\n"
    " TWO GENTLEMEN of the same\n"
    " TWO GAOLERS\n"
)
CONTENTS = (
    " I UNCLE JOHN'S DUTY\n"
    ' II A QUESTION OF "PULL"\n'
    " III DIANA\n"
    " IV THE THREE NIECES\n"
    " V PREPARING FOR THE PLUNGE\n"
    " VI THE FLY IN THE BROTH\n"
    " VII THE HERO ENTERS AND TROUBLE BEGINS\n"
    " VIII OPENING THE CAMPAIGN\n"
    " IX THE VON TAER PEARLS\n"
    " X MISLED\n"
    " XI LIMOUSINE\n"
    " XII FOGERTY\n"
    " XIII DIANA REVOLTS\n"
    " XIV A COOL ENCOUNTER\n"
    " XV A BEWILDERING EXPERIENCE\n"
    " XVI MADAME CERISE, CUSTODIAN\n"
    " XVII THE MYSTERY DEEPENS\n"
    "XVIII A RIFT IN THE CLOUDS\n"
    " XIX POLITIC REPENTANCE\n"
    " XX A TELEPHONE CALL\n"
    " XXI THE UNEXPECTED HAPPENS\n"
    " XXII GONE\n"
    "XXIII THE CRISIS\n"
    " XXIV A MATTER OF COURSE\n"
)


def test_verse_run_list_lines_keep_entries_apart():
    # Clause verse_run_list_lines: each cast-list entry starts a paragraph as before the
    # clause (with it, 12 entries were one paragraph: 2 starts).
    assert len(paragraph_starts(CAST)) == 12
    starts = [CAST[s : s + 10] for s in paragraph_starts(CAST).tolist()]
    assert " IACHIMO, " in starts or "IACHIMO, I" in starts
    # A contents list: the 13 entries that started paragraphs before still do (with the
    # clause alone, 2).
    assert len(paragraph_starts(CONTENTS)) == 13
