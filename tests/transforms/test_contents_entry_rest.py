"""Clause ``entry_rest`` of ``transforms.contents`` (session 20, wave 2) and its review
clause ``rest_after_full_line``: a numbered contents entry's wrapped second line keeps
the list alive however long it is, but only after a first line long enough to have
wrapped. Moved out of test_technical_docs.py (500 lines). Each test fails with its
clause taken out (checked by reverting it)."""

from tests.transforms.test_technical_docs import _levels

# debian-faq-ru 11.1 (debian-faq.ru.txt), shortened: entries 3.1.11 to 4.1 of
# the contents (3.1.12 wraps before "(bookworm)", which unwrapping keeps on its
# own line: 177 characters) and the body of 3.1.12 to 4.1, as shipped.
FAQ_RU = """Содержание

3. Выбор дистрибутива Debian
    3.1. Какой дистрибутив Debian (стабильный/тестируемый/
    нестабильный) лучше всего мне подойдёт?
        3.1.11. I am currently tracking stable. Can I change to
        testing or unstable? If so, how?
        3.1.12. Сейчас я использую тестируемый дистрибутив
        (bookworm). Что произойдёт после выпуска следующей версии? У
        меня по-прежнему будет отслеживаться тестируемый дистрибутив,
        или на моей машине будет новый стабильный дистрибутив?
        3.1.13. Всё равно непонятно. Так что же нужно устанавливать?
    3.2. But what about Knoppix, Linux Mint Debian Edition, Ubuntu,
    and others?
4. Проблемы совместимости
    4.1. На каких архитектурах/системах работает Debian GNU/Linux?

Глава 3. Выбор дистрибутива Debian

    Существует несколько различных дистрибутивов Debian. И очень
    важно сделать правильный выбор. В этой главе приводится
    информация, полезная для тех пользователей, которые хотят выбрать
    дистрибутив.

3.1.12. Сейчас я использую тестируемый дистрибутив (bookworm). Что
произойдёт после выпуска следующей версии? У меня по-прежнему будет
отслеживаться тестируемый дистрибутив, или на моей машине будет новый
стабильный дистрибутив?

    Это зависит от записей в файле /etc/apt/sources.list. Если сейчас
\xa0\xa0\xa0 у вас отслеживается тестируемый дистрибутив, то там будут строки
\xa0\xa0\xa0 стабильный дистрибутив (так как bookworm станет новым стабильным
    дистрибутивом).

3.1.13. Всё равно непонятно. Так что же нужно устанавливать?

\xa0\xa0\xa0 If unsure, the best bet would be the stable distribution.

Глава 4. Проблемы совместимости

4.1. На каких архитектурах/системах работает Debian GNU/Linux?

    Debian GNU/Linux содержит исходный код всех входящих в него
    программ, поэтому он должен работать на всех системах, которые
\xa0\xa0\xa0 поддерживаются ядром Linux. Подробности см. в Linux FAQ (http://
    en.tldp.org/FAQ/Linux-FAQ/intro.html#
    DOES-LINUX-RUN-ON-MY-COMPUTER) .
"""


def test_entry_rest_keeps_the_list_and_names_the_heading():
    # Clause entry_rest: the entry's second line, over MAX_LINE alone, does not
    # end the list (before: 3.1.13 to 16.x of the list were read as the body
    # and every "N.M." section from chapter 3 on was lost), and the body's
    # heading, both lines in one, is the entry the list named.
    assert [(level, t[:30]) for level, t in _levels(FAQ_RU)] == [
        (1, "Глава 3. Выбор дистрибутива De"),
        (2, "3.1.12. Сейчас я использую тес"),
        (2, "3.1.13. Всё равно непонятно. Т"),
        (1, "Глава 4. Проблемы совместимост"),
        (2, "4.1. На каких архитектурах/сис"),
    ]


# A manual's plain text in the layout of a Markdown or reStructuredText export (made
# up from the Debian FAQ's kind of prose): a list of chapters only, then the body, whose
# sections' headings have their paragraph right under them, one line once unwrapped.
INSTALL_P1 = (
    "The installer reads the configuration file, checks that every package it names is "
    "available from the mirrors configured for the target release, and writes a log of "
    "every step it takes."
)
INSTALL_P2 = (
    "Each package is unpacked into a temporary directory first; only when all of them have "
    "been verified against their checksums does the installer move them into place."
)
INSTALL_P3 = (
    "Removing a package keeps its configuration files unless you ask for them to be purged; "
    "purging removes them too, together with the logs the package wrote while installed."
)
INSTALL = f"""Table of Contents

1. Installation
2. Removal
3. Upgrading

1. Installation

1.1. Reading the configuration
{INSTALL_P1}

2. Removal

2.1. Keeping or purging the configuration
{INSTALL_P3}

3. Upgrading

{INSTALL_P2}
"""


def test_rest_after_full_line_a_short_heading_with_its_paragraph_ends_the_list():
    # Clause rest_after_full_line (review of entry_rest): "1.1. Reading the
    # configuration" (30 characters, no wrapped entry) with its 180-character paragraph
    # right under it is the body, not an entry's second line: the list ends there and
    # "2. Removal" stays a heading (before the review: the list ran on and took it).
    assert all(len(line) > 150 for line in (INSTALL_P1, INSTALL_P3))
    assert ["2. Removal", "3. Upgrading"] == [t for _, t in _levels(INSTALL)][-2:]
