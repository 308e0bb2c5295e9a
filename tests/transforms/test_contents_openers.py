"""Clause ``swedish_turkish_openers`` of ``transforms.contents`` (session 21):
Swedish "Innehållsförteckning" / "Innehåll" and Turkish "İçindekiler" open a
contents list in plain text, as "Inhaltsverzeichnis" does. Fails with the clause
taken out (checked by disabling it once): the list is no list, nothing names the
body's chapter titles, and the text has no section."""

from tests.transforms.test_technical_docs import _levels

# calibre's Quick Start Guide in Swedish and Turkish (Debian's calibre package,
# quick_start/swe.epub and tur.epub): the contents page and the first two chapters'
# text as plain text (each paragraph one line), the list shortened to 9 entries.
GUIDE_SV = """Innehållsförteckning

Introduktion

Installera calibre

Huvudbiblioteksfönstret, även kallat det grafiska användargränssnittet

Vanliga uppgifter

Uppgift 1: Organisera

Uppgift 2: Konvertering

2.1: Bakgrund

2.2: Varför finns det olika e-bokformat?


Introduktion

calibre är ett e-bokhanterarverktyg med öppen källkod. Enkelt sagt, calibre låter dig organisera ditt e-bokbibliotek, konvertera e-böcker till diverse format, och interagera med din e-bokläsenhet, allt på ett intuitivt och användarvänligt sätt. Den är kompatibel med Microsoft Windows 8 och framåt – samt Apple macOS (och olika varianter av Linux). Det skapades av Kovid Goyal, som fortfarande leder dess utveckling. Ett antal personer runt om i världen, inklusive mig själv, bidrar till calibres utveckling. I hela den här guiden och dokumenten på nätet ser du "calibre" istället för "Calibre". Det är konventionen som Kovid valde, så det är vad vi använder.


Installera calibre

Installationsprocesserna börjar med att hämta installationsprogrammet för ditt operativsystem. Kör installationsprogrammet; när det är klart, starta calibre. Du kommer att mötas med en välkomstguide som hjälper dig att initialt konfigurera calibre. Den första sidan av guiden låter dig välja lagringsplatsen för ditt e-bokbibliotek.
"""

GUIDE_TR = """İçindekiler

Giriş

Calibre Yükleme

Ana Kitaplık Penceresi, Diğer Adıyla GUI

Ortak Görevler

Görev 1: Organize Etme

Görev 2: Dönüştürme

2.1: Arka Fon

2.2: Neden farklı e-kitap formatları var?


Giriş

Calibre bir açık kaynaktır e-kitap yönetim aracı. Basitçe ifade etmek gerekirse, calibre, e-kitap kitaplığınızı düzenlemenize, e-kitapları çeşitli biçimlere dönüştürmenize ve e-kitap okuyucunuzla etkileşime girmenize olanak tanır; bunların hepsini sezgisel ve dostça bir şekilde yapabilirsiniz. Microsoft Windows 8'den itibaren ve ayrıca Apple’ın macOS (ve çeşitli Linux sürümleri) ile uyumludur. Halen gelişimine liderlik eden Kovid Goyal tarafından yaratılmıştır. Ben dahil dünyanın her yerinden çok sayıda insan calibre'nin gelişimine katkıda bulunuyor. Bu kılavuz ve çevrimiçi dokümanlar boyunca "Calibre" yerine "calibre" göreceksiniz. Kovid'in seçtiği kural buydu, biz de bunu kullanıyoruz.


Calibre Yükleme

Yükleme işlemleri, işletim sisteminiz için yükleyiciyi indirerek başlar. Yükleyiciyi çalıştırın; tamamlandığında calibre'yi başlatın. Başlangıçta calibre'yi yapılandırmanıza yardımcı olacak bir karşılama sihirbazı ile karşılanacaksınız. Sihirbazın ilk sayfası, e-kitap kitaplığınız için saklama konumunu seçmenize olanak tanır.
"""


def test_swedish_turkish_openers_the_list_names_the_chapters():
    assert _levels(GUIDE_SV) == [(1, "Introduktion"), (1, "Installera calibre")]
    assert _levels(GUIDE_TR) == [(1, "Giriş"), (1, "Calibre Yükleme")]


def test_swedish_turkish_openers_in_capitals_and_the_short_word():
    upper = GUIDE_TR.replace("İçindekiler", "İÇİNDEKİLER", 1)
    assert _levels(upper) == [(1, "Giriş"), (1, "Calibre Yükleme")]
    short = GUIDE_SV.replace("Innehållsförteckning", "Innehåll", 1)
    assert _levels(short) == [(1, "Introduktion"), (1, "Installera calibre")]
