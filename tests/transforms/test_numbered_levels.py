"""Clauses ``parent_number_rank``, ``unlisted_list_item`` (rule ``decimal_levels``,
``transforms.technical_headings``) and ``inverted_mark_title`` (``transforms.headings``),
session 21 wave 2: the levels of a manual numbered "3." / "3.1." come from the number's
parts, a numbered list's steps are no sections, and a numbered title may open with "¿". Each test fails with its clause taken out (checked by
disabling each once)."""

from tests.transforms.test_technical_docs import _levels
from transforms.headings import line_candidates

# The Spanish Debian Reference (debian-reference-es 2.100, its plain text as Debian
# ships it), cut: the top of its contents (the preface's entries, chapter 2's up to
# 2.1.8), the preface's sections with the first paragraph of each (3.2 and 3.6: the
# first paragraph of two lines or more), chapter 2's and 2.1's heading lines, and
# section 2.1.7 whole (the steps of APT's commands) with 2.1.8's heading and first line.
REFERENCE_ES = """\
Tabla de contenidos

Prefacio
    1. Aviso
    2. ¿Qué es Debian?
    3. Acerca de este documento
        3.1. Directrices
        3.2. Prerrequisitos
        3.3. Convenciones
        3.4. Estadísticas de uso (popcon)
        3.5. El tamaño del paquete
        3.6. Cómo informar de errores en este documento
    4. Consejos para usuarios noveles
    5. Algunos comentarios para usuarios noveles

2. Gestión de paquetes Debian
    2.1. Prerequisitos de la gestión de paquetes Debian
        2.1.1. Configuración de paquetes
        2.1.2. Precauciones principales
        2.1.3. Conviviendo con actualizaciones continuas
        2.1.4. Fundamentos del archivo de Debian
        2.1.5. Debian es 100% software libre
        2.1.6. Dependencias de paquetes
        2.1.7. Flujo de eventos de las órdenes de gestión de paquetes
        2.1.8. Soluciones a problemas básicos en la gestión de
        paquetes

1. Aviso

    Esta guía se ofrece sin ninguna garantía. Todas las marcas son
    propiedad de sus respectivos dueños.

2. ¿Qué es Debian?

    El Proyecto Debian es una comunidad de personas cuya finalidad es
    crear un sistema operativo libre. Esta distribución se
    caracteriza por:

3. Acerca de este documento

3.1. Directrices

      * proporciona un visión global evitando los casos menos
        frecuentes (visión holística)

3.2. Prerrequisitos

    Más allá de este documento, debe tener la capacidad de buscar por
    si mismo las respuestas. Este documento ofrece un punto de
    partida.

3.3. Convenciones

    Este documento proporciona información con un estilo de
    presentación simple con ejemplos del intérprete de órdenesbash
    (1).

3.4. Estadísticas de uso (popcon)

    El objetivo de datos de las estadísticas de uso es determinar la
    popularidad de cada paquete. Fue creado el 2023-02-02 04:56:26
    UTC y contiene 208164 informes de uso de los 192570 paquetes
    binarios y las 25 arquitecturas.

3.5. El tamaño del paquete

    El tamaño que tenga un paquete es una medida objetiva. Se obtiene
    del valor de «Tamaño sin comprimir:» que devuelve la orden
    apt-cache show» o «aptitude show» (en la arquitectura amd64 de la
    distribución «inestable»). La unidad es en KiB (Kibibyte =
    equivalente a 1024 bytes).

3.6. Cómo informar de errores en este documento

    Puede informar de un error en el paquete debian-reference
    utilizando reportbug(1). Por favor, incluya la corrección
    ejecutando «diff -u» con el texto plano o la fuente.

4. Consejos para usuarios noveles

      * no cambie los permisos de los archivos (si no conoce su
        impacto en la seguridad)

5. Algunos comentarios para usuarios noveles

    Los usuarios noveles encontrarán esclarecedoras las siguientes
    citas de la lista de correo de Debian:

Capítulo 2. Gestión de paquetes Debian

    Este capítulo ha sido escrito según la última distribución
    estable, cuyo nombre de publicación es: bullseye.

2.1. Prerequisitos de la gestión de paquetes Debian

2.1.7. Flujo de eventos de las órdenes de gestión de paquetes

    Aquí hay un resumen simplificado del flujo de eventos de las
    órdenes de gestión de paquetes con APT:

      * «Update» («apt update», «aptitude update» o «apt-get
        update»):

         1. Recupera los metadatos del archivo remoto

         2. Reconstruye y actualiza la copia local de los metadatos
            del archivo que utiliza APT

      * «Upgrade» («apt upgrade» y «apt full-upgrade» o «aptitude
        safe-upgrade» y «aptitude full-upgrade» o «apt-get upgrade» y
        «apt-get dist-upgrade»):

         1. Choose candidate version which is usually the latest
            available version for all installed packages (see
            Sección 2.7.3, “Seleccionando la versión candidata” for
            exception)

         2. Realiza la resolución de dependencias del paquete

         3. Recupera del archivo remoto los paquetes binarios que han
            sido seleccionados si la versión candidata es diferente
            de la versión instalada

         4. Desempaqueta los paquetes binarios recuperados

         5. Ejecuta el archivo de órdenes preinst

         6. Instala los archivos binarios

         7. Ejecuta el arhivos de órdenes postinst

      * «Install» («apt install …», «aptitude install …» o «apt-get
        install …»):

         1. Choose packages listed on the command line

         2. Realiza la resolución de dependencias del paquete

         3. Recupera del repositorio remoto los archivos binarios que
            han sido seleccionados

         4. Desempaqueta los paquetes binarios recuperados

         5. Ejecuta el archivo de órdenes preinst

         6. Instala los archivos binarios

         7. Ejecuta el arhivos de órdenes postinst

      * «Remove» («apt remove …», «aptitude remove …» o «apt-get
        remove …»):

         1. Choose packages listed on the command line

         2. Realiza la resolución de dependencias del paquete

         3. Ejecuta el archivo de órdenes prerm

         4. Elimina los archivos instalados excepto los archivos de
            configuración

         5. Ejecuta el archivo de órdenes postrm

      * «Purge» («apt purge …», «aptitude purge …» o «apt-get purge
        …»):

         1. Choose packages listed on the command line

         2. Realiza la resolución de dependencias del paquete

         3. Ejecuta el archivo de órdenes prerm

         4. Elimina los archivos instalados incluidos los archivos de
            configuración

         5. Ejecuta el archivo de órdenes postrm

    De forma intencionada, se han eliminado los detalles técnicos en
    beneficio de la visión holística.

2.1.8. Soluciones a problemas básicos en la gestión de paquetes

    Debería leer la documentación oficial al respecto. Concretamente,
    ell primer documento a leer sería «/usr/share/doc/
    nombre_del_paquete/README.Debian». Otra documentación a consultar
    sería «/usr/share/doc/nombre_del_paquete/». Si tiene asignado
"""


def test_parent_number_rank_the_preface_nests_by_its_numbers():
    # Before: "1."-"5." ranked as a series of titled numbers (level 4), "3.1"-"3.6"
    # as listed lines (level 1): the sub-sections stood above their section.
    levels = _levels(REFERENCE_ES)
    assert levels[:11] == [
        (1, "1. Aviso"), (1, "2. ¿Qué es Debian?"), (1, "3. Acerca de este documento"),
        (2, "3.1. Directrices"), (2, "3.2. Prerrequisitos"), (2, "3.3. Convenciones"),
        (2, "3.4. Estadísticas de uso (popcon)"), (2, "3.5. El tamaño del paquete"),
        (2, "3.6. Cómo informar de errores en este documento"),
        (1, "4. Consejos para usuarios noveles"), (1, "5. Algunos comentarios para usuarios noveles"),
    ]  # fmt: skip


def test_unlisted_list_item_steps_are_no_sections():
    # Before: "5. Ejecuta el archivo de órdenes postrm" (the last step of "Remove" and of
    # "Purge") was a section twice, confirmed by the steps' count.
    assert _levels(REFERENCE_ES)[11:] == [
        (1, "Capítulo 2. Gestión de paquetes Debian"),
        (2, "2.1. Prerequisitos de la gestión de paquetes Debian"),
        (3, "2.1.7. Flujo de eventos de las órdenes de gestión de paquetes"),
        (3, "2.1.8. Soluciones a problemas básicos en la gestión de paquetes"),
    ]


def test_inverted_mark_title_opens_a_numbered_title():
    # Before: "2. ¿Qué es Debian?" was no candidate (a title opened with A-Z or a quote).
    found = line_candidates("2. ¿Qué es Debian?", 0, 0, 18)
    assert [(c.kind, c.value, c.rest) for c in found] == [("numbered", 2, "¿Qué es Debian?")]
    # A lower-case word after the mark is a numbered sentence: no candidate.
    assert line_candidates("2. ¿qué es Debian?", 0, 0, 18) == []


# The Traditional Chinese Debian Reference (debian-reference-zh-tw 2.100, as shipped):
# chapter 6's heading line and first sentence, chapter 7's heading, 7.1's heading and
# first sentence.
REFERENCE_ZH_TW = """章 6. 網路應用

建立網路連線後（參加章\xa05, 網絡設置），你可以執行各種網路應用。

章 7. GUI（圖形使用者介面）系統

7.1. GUI（圖形使用者介面）桌面環境

    在 Debian 系統上，有幾個功能全面的 GUI 桌面環境選擇。
"""


def test_cjk_not_caps_first_a_chapter_with_a_latin_word_in_capitals():
    # Clause cjk_not_caps_first (transforms.sections.find_headings): "章 7. GUI（…）系統"
    # was read as a line in capitals ("GUI"), which clause cjk_not_caps then dropped, so
    # its chapter reading (rule cjk_numbered) was never tried: chapter 7 was lost (in the
    # whole book its sections stood at the top level). 7.1 is no heading here: no contents
    # list names it in this cut.
    assert _levels(REFERENCE_ZH_TW) == [
        (1, "章 6. 網路應用"),
        (1, "章 7. GUI（圖形使用者介面）系統"),
    ]


# The German Debian Reference (debian-reference-de 2.100, as shipped), cut as REFERENCE_ES
# (review): the top of its contents (the preface's entries, chapter 2's up to 2.1.8), the
# preface's sections with their first paragraph, chapter 2's and 2.1's heading lines with
# their first paragraph, section 2.1.7 whole (the steps of APT's commands) and 2.1.8's
# heading and first paragraph. Here the preface's "3." is a listed line (rank 20) and "1.",
# "2.", "4.", "5." titled numbers (38), counted as a series with the steps.
REFERENCE_DE = """\
Debian-Referenz

                             Osamu Aoki

Copyright © 2013-2021 Osamu Aoki

    Diese Debian-Referenz (version 2.100) (2023-02-04 11:59:01 UTC)
    wurde geschrieben, um für die Zeit nach der Installation einen
\xa0\xa0\xa0 groben Überblick über das Debian-System in Form eines
    Benutzerhandbuchs zu bieten. Sie behandelt viele Aspekte der
    Systemadministration mittels Shell-Befehlsbeispielen für einfache
    Benutzer.

Zusammenfassung

Dieses Buch ist frei; Sie dürfen es unter den Bedingungen der GNU
General Public License in jeder Version, die verträglich mit den
Debian Richtlinien für Freie Software (DFSG) ist, weiterverteilen und
/oder verändern.

---------------------------------------------------------------------

Inhaltsverzeichnis

Vorwort
    1. Haftungsausschluss
    2. Was ist Debian
    3. Über dieses Dokument
        3.1. Leitregeln
        3.2. Vorraussetzungen
        3.3. Konventionen
        3.4. Der Popularitäts-Wettbewerb (popcon)
        3.5. Die Paketgröße
        3.6. Fehlerbericht gegen dieses Dokument
    4. Gedächtnisstützen für neue Benutzer
    5. Einige Zitate für neue Benutzer
2. Debian-Paketmanagement
    2.1. Grundvoraussetzungen für das Debian-Paketmanagement
        2.1.1. Paketkonfiguration
        2.1.2. Grundsätzliche Vorsichtsmaßnahmen
        2.1.3. Leben mit den ewigen Aktualisierungen
        2.1.4. Grundlagen über das Debian-Archiv
        2.1.5. Debian ist zu 100% freie Software
        2.1.6. Paketabhängigkeiten
        2.1.7. Die Ereignisabfolge für das Paketmanagement
        2.1.8. Erste Hilfe bei Paketmanagement-Problemen


1. Haftungsausschluss

\xa0\xa0\xa0 Jegliche Gewährleistung wird ausgeschlossen. Alle Handelsmarken
    sind Eigentum ihrer jeweiligen Markeninhaber.

2. Was ist Debian

    Das Debian-Projekt ist eine Vereinigung von Einzelpersonen, die
\xa0\xa0\xa0 es sich zur gemeinsamen Aufgabe gemacht haben, ein freies
    Betriebssystem zu erstellen. Seine Distribution zeichnet sich
    durch folgende Aspekte aus:

3. Über dieses Dokument

3.1. Leitregeln

3.1. Leitregeln

\xa0\xa0\xa0 Folgende Leitregeln wurden beim Erstellen dieses Dokuments
    verfolgt:

3.2. Vorraussetzungen

    Warnung

3.3. Konventionen

\xa0\xa0\xa0 Dieses Dokument bietet Informationen im folgenden vereinfachten
    Präsentationsstil mit bash(1) Shell-Befehl-Beispielen:

3.4. Der Popularitäts-Wettbewerb (popcon)

    Die Daten des Debian Popularitäts-Wettbewerbs (Debian Popularity
    Contest / popcon) stellen ein objektives Messinstrument für die
\xa0\xa0\xa0 Beliebtheit eines jeden Pakets dar. Sie wurden am 2023-02-02
    04:56:26 UTC heruntergeladen und enthalten die gesamte Menge von
    208164 Meldungen über 192570 Binärpakete und 25 Architekturen.

3.5. Die Paketgröße

    Die Paketgrößen-Daten werden auch als objektives Maß für jedes
    Paket angeboten. Sie basieren auf der Angabe "Installed-Size:",
\xa0\xa0\xa0 die vom Befehl "apt-cache show" oder "aptitude show" angezeigt
    werden (derzeit von der amd64-Architektur für die
    Unstable-Veröffentlichung). Die Größe wird in KiB (Kibibyte =
    Einheit für 1024 Byte) angegeben.

3.6. Fehlerbericht gegen dieses Dokument

    Falls Sie irgendwelche Fehler in diesem Dokument finden, melden
    Sie diese gegen das Paket debian-reference; Sie können dazu
\xa0\xa0\xa0 reportbug(1) verwenden. Fügen Sie bitte Korrekturvorschläge für
    den Fehler bei, als "diff -u" gegen den reinen Text oder die
    Quellen.

4. Gedächtnisstützen für neue Benutzer

\xa0\xa0\xa0 Hier einige Gedächtnisstützen für neue Benutzer:

5. Einige Zitate für neue Benutzer

\xa0\xa0\xa0 Hier einige interessante Zitate von den Debian-Mailinglisten, die
    helfen können, neue Benutzer aufzuklären.

Kapitel 2. Debian-Paketmanagement

2.1. Grundvoraussetzungen für das Debian-Paketmanagement

2.1.1. Paketkonfiguration

2.1.7. Die Ereignisabfolge für das Paketmanagement

\xa0\xa0\xa0 Hier folgt eine vereinfachte Ereignisabfolge für das
    APT-Paketmanagement.

      * Aktualisierung der Paketlisten / Update ("apt update",
        "aptitude update" oder "apt-get update"):

         1. Archiv-Metadaten vom Archiv-Server beziehen;

         2. Neuaufbau und Aktualisierung der lokalen Metadaten für
            die Verwendung durch APT.

      * Paketaktualisierung / Upgrade ("apt upgrade" und "apt
        full-upgrade" oder "aptitude safe-upgrade" und "aptitude
        full-upgrade" oder "apt-get upgrade" und "apt-get
        dist-upgrade"):

         1. Choose candidate version which is usually the latest
            available version for all installed packages (see
            Abschnitt\xa02.7.3, „Installationskandidat-Version
            beeinflussen“ for exception)

         2. Auflösung der Paketabhängigkeiten;

         3. Ausgewählte Binärpakete vom Archiv-Server beziehen, falls
            die jeweilige Installationskandidat-Version sich von der
            installierten Version unterscheidet;

         4. Entpacken der heruntergeladenen Binärpakete;

         5. Ausführen des preinst-Skripts;

         6. Installieren der Binärdateien;

         7. Ausführen des postinst-Skripts.

      * Installieren / Install ("apt install …", "aptitude install …"
        oder "apt-get install …"):

         1. Choose packages listed on the command line

\xa0\xa0\xa0      2. Auflösung der Paketabhängigkeiten;

         3. Beziehen der ausgewählten Binärpakete vom Archiv-Server;

         4. Entpacken der heruntergeladenen Binärpakete;

         5. Ausführen des preinst-Skripts;

         6. Installieren der Binärdateien;

         7. Ausführen des postinst-Skripts.

      * Entfernen / Remove ("apt remove …", "aptitude remove …" oder
        "apt-get remove …"):

         1. Choose packages listed on the command line

         2. Auflösung der Paketabhängigkeiten;

         3. Ausführen des prerm-Skripts;

         4. Löschen der installierten Dateien außer den
            Konfigurationsdateien;

         5. Ausführen des postrm-Skripts.

      * Entfernen inkl. der Konfigurationsdateien / Purge ("apt
        purge", "aptitude purge …" oder "apt-get purge …"):

         1. Choose packages listed on the command line

         2. Auflösung der Paketabhängigkeiten;

         3. Ausführen des prerm-Skripts;

         4. Löschen der installierten Dateien inklusive der
            Konfigurationsdateien;

         5. Ausführen des postrm-Skripts.

\xa0\xa0\xa0 Um des Gesamtbildes willen habe ich hier absichtlich technische
    Details übersprungen.

2.1.8. Erste Hilfe bei Paketmanagement-Problemen

    Sie sollten die offizielle Dokumentation lesen. Das erste
    Dokument ist hierbei die Debian-spezifische Datei "/usr/share/doc
\xa0\xa0\xa0 /paketname/README.Debian". Weitere Dokumentation in "/usr/share/
    doc/paketname/" sollten Sie ebenfalls konsultieren. Wenn Sie die
    Shell wie in Abschnitt\xa01.4.2, „Anpassen der bash“ beschrieben
    eingerichtet haben, geben Sie folgendes ein:
"""


def test_parent_number_rank_listed_parent_lifts_titled_siblings():
    # Review: "3. Über dieses Dokument" (listed) is the parent of "3.1."; its siblings,
    # titled numbers, take its rank (the "listed" kind in _SIBLING_KINDS). Without that
    # (the steps taken out by unlisted_list_item) "1.", "2.", "4.", "5." stand at level 4.
    assert _levels(REFERENCE_DE)[:11] == [
        (1, "1. Haftungsausschluss"), (1, "2. Was ist Debian"), (1, "3. Über dieses Dokument"),
        (2, "3.1. Leitregeln"), (2, "3.2. Vorraussetzungen"), (2, "3.3. Konventionen"),
        (2, "3.4. Der Popularitäts-Wettbewerb (popcon)"), (2, "3.5. Die Paketgröße"),
        (2, "3.6. Fehlerbericht gegen dieses Dokument"),
        (1, "4. Gedächtnisstützen für neue Benutzer"), (1, "5. Einige Zitate für neue Benutzer"),
    ]  # fmt: skip
