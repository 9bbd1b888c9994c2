# tact web app, Finnish. Translated from locales/en/ui.ftl by the tact team.
skip-to-content = Siirry sisältöön
nav-label = Päävalikko
nav-overview = Yleiskatsaus
nav-agents = Asiakaspalvelijat
nav-teams = Tiimit
nav-moments = Hetket
nav-conversations = Keskustelut
nav-rules = Säännöt
nav-upload = Tuonti
nav-users = Käyttäjät
nav-settings = Asetukset
role-admin = pääkäyttäjä
role-manager = esihenkilö
role-agent = asiakaspalvelija
role-customer = asiakas
role = Rooli
language = Kieli
lang-en = English
lang-it = Italiano
lang-el = Ελληνικά
lang-ro = Română
lang-fi = Suomi
change = Vaihda
logout = Kirjaudu ulos
reanalysing = Keskusteluja analysoidaan uudelleen uusilla asetuksilla: { $done }/{ $total } valmiina.
login-title = Kirjaudu sisään
login-button = Kirjaudu
field-name = Nimi
field-password = Salasana
field-password-again = Salasana uudelleen
setup-title = Luo ensimmäinen pääkäyttäjä
setup-intro = Tämä linkki toimii vain kerran. Tässä luotava tili hallinnoi tätä asennusta: se lisää käyttäjät ja tiimit ja muuttaa asetuksia.
setup-button = Luo pääkäyttäjän tili
error-name-required = Anna nimi.
error-password-short = Salasanassa on oltava vähintään 10 merkkiä.
error-password-mismatch = Salasanat eivät täsmää.
error-setup-link = Tämä käyttöönottolinkki on jo käytetty tai vanhentunut. Saat uuden käynnistämällä komennon tact serve uudelleen, kun yhtään tiliä ei vielä ole.
error-cross-site = Lomake tuli toiselta sivustolta, joten se hylättiin.
error-too-many-logins = Liian monta epäonnistunutta yritystä. Odota 15 minuuttia ja yritä uudelleen.
error-login = Väärä nimi tai salasana.
not-found-title = Sivua ei löytynyt
not-found-body = Sivua ei ole olemassa, tai sinulla ei ole oikeutta nähdä sitä.
overview-empty = Ei vielä keskusteluja.
conversations = keskustelut
conversation = Keskustelu
moments = Hetket
mean-score = pisteiden keskiarvo
score = Pisteet
risk = Riski
chart-score-title = Tiimien pisteiden keskiarvo viikoittain
chart-moments-title = OOPS-hetket ryhmittäin viikoittain
chart-mood-title = Asiakkaan mieliala puheenvuoro puheenvuorolta
as-table = Samat luvut taulukkona
team = Tiimi
agent = Asiakaspalvelija
family = Ryhmä
movers-title = Suurimmat muutokset viime viikolla
movers-empty = Vertailuun ei ole vielä tarpeeksi viikkoja.
before = Aiemmin
last-week = Viime viikko
score-change = Muutos
top-rules-title = Useimmin laukeavat säännöt
rule = Sääntö
scorecards-intro = Miten kukin myy, ei vain kuinka paljon: pisteiden keskiarvo ja OOPS-hetket 100 puheenvuoroa kohti ryhmittäin. Jokainen luku avaa sen takana olevat hetket.
moments-per-100 = Hetkiä / 100 puheenvuoroa
family-pressure = Painostus
family-listening = Kuuntelu
family-over-service = Ylipalvelu
family-argument = Väittely
family-courtesy = Kohteliaisuus
family-lead = Liidien hoito
family-reaction = Reaktio
search = Hae keskusteluista
any = kaikki
severity = Vakavuus
severity-info = info
severity-warning = varoitus
severity-error = virhe
channel = Kanava
from = Alkupäivä
to = Loppupäivä
apply = Käytä
no-moments = Ei osuvia hetkiä.
no-conversations = Ei osuvia keskusteluja.
no-moments-here = Tässä keskustelussa ei ole OOPS-hetkiä.
open-conversation = Avaa keskustelu { $id }
pages = Sivut
previous = Edellinen
next = Seuraava
page = Sivu { $n }
day = Päivä
turns = Puheenvuorot
turn-n = puheenvuoro { $n }
advice = Toimi näin:
ok-reply = Hyvä vastaus:
persona = Ostajapersoona
metrics = Keskustelun mittarit
code = Koodi
summary = Yhteenveto
preview = esikatselu
preview-note = Tämä sääntö on esikatselussa: sen mitattu tarkkuus jää alle rajan, joten se on pois päältä, ellei esikatselusääntöjä ole otettu käyttöön asetuksista.
upload-intro = Mikä tahansa muoto, jota tact lukee: JSON Lines, JSON, CSV, chat-lokit, WebVTT, SRT, sähköposti, WhatsApp, Zendesk, Intercom, Freshdesk, Amazon Connect, arvostelut. Uudelleen lähetetty keskustelu korvaa tallennetun. Henkilötiedot poistetaan ennen kuin mitään tallennetaan.
upload-choose = Tiedostot
upload-drop = Tai pudota tiedostot tähän.
format = Muoto
format-detect = tunnista sisällöstä
upload-button = Tuo
stored-count = { $count ->
    [one] { $count } keskustelu tallennettu.
   *[other] { $count } keskustelua tallennettu.
}
errors-count = { $count ->
    [one] { $count } tietue jäi tallentamatta:
   *[other] { $count } tietuetta jäi tallentamatta:
}
line-n = rivi { $n }
user-created = Tili { $name } on luotu. Sen kertakäyttöinen salasana näytetään vain nyt:
actions = Toiminnot
delete = Poista
add-user = Lisää käyttäjä
agent-name-hint = Asiakaspalvelijan nimi keskusteluissa (vain asiakaspalvelijoille)
settings-intro = Sääntöjen asetukset kuten tact.toml-tiedostossa (versio { $version }). Tallentaminen analysoi kaikki tallennetut keskustelut uudelleen taustalla.
save-and-reanalyse = Tallenna ja analysoi uudelleen
jobs-title = Työjono
jobs-summary = { $queued } odottaa, { $leased } analysoitavana, { $done } valmiina, { $dead } hylätty.
jobs-dead = Hylätty { $max } yrityksen jälkeen tai lukukelvoton: virhe kertoo syyn.
jobs-attempts = Yrityksiä
jobs-error = Virhe
jobs-retry = Laita jonoon uudelleen
nav-reviews = Tarkistukset
reviews-intro = Päätöstä odottavat hetket: asiakaspalvelijan riitauttamat tai keskusteltaviksi merkityt. Väärät hälytykset ja riitautukset jäävät pois asiakaspalvelijan pisteistä; jokainen päätös kirjataan.
reviews-open = odottavat (riitautetut tai keskusteltavat)
review-status = Tarkistus
review-log = Päätökset
review-reason = Perustelu tai kommentti
status-unreviewed = tarkistamatta
status-confirmed = vahvistettu
status-false-alarm = väärä hälytys
status-to-discuss = keskusteltava
status-disputed = riitautettu
status-dispute-accepted = riitautus hyväksytty
status-dispute-rejected = riitautus hylätty
action-confirm = Vahvista
action-false-alarm = Väärä hälytys
action-discuss = Keskusteltavaksi
action-dispute = Riitauta
action-accept = Hyväksy riitautus
action-reject = Hylkää riitautus
action-comment = Kommentoi
pending = Ratkaisematta
precision = Tarkkuus (95 %:n luottamusväli)
precision-title = Kuinka usein säännöt osuivat oikeaan päätöstesi mukaan
precision-intro = Perusteena { $count ->
    [one] { $count } tarkistettu hetki
   *[other] { $count } tarkistettua hetkeä
}: vahvistetut hetket ja hylätyt riitautukset lasketaan osumiksi, väärät hälytykset ja hyväksytyt riitautukset virheiksi.
silenced-for = Vaimennettu tiimeiltä: { $teams }.
silence-my-team = Vaimenna tämä sääntö tiimiltäni
unsilence-my-team = Ota tämä sääntö taas käyttöön tiimilleni
silence-team = Vaimenna tältä tiimiltä
unsilence-team = Ota taas käyttöön tälle tiimille
silence-hint = Vaimennettu sääntö ei nosta esiin hetkiä tiimin keskusteluista; kaikki tallennettu analysoidaan uudelleen. Muutoksen voi perua täällä.
nav-library = Kirjasto
library-intro = Vahvistetut hetket, jotka tiimi säilyttää esimerkkeinä, sääntöjen mukaan ryhmiteltyinä. Ehdota hyvää vastausta ja äänestä, ja esihenkilö hyväksyy yhden: siitä tulee tiimin hyvä vastaus kyseiselle säännölle ja kielelle.
library-empty = Kirjasto on tyhjä. Valitse vahvistetun hetken kohdalla ”Lisää kirjastoon”.
library-add = Lisää kirjastoon
library-open = Avaa, ehdota ja äänestä
library-proposals = { $count ->
    [one] { $count } ehdotettu vastaus
   *[other] { $count } ehdotettua vastausta
}
library-builtin = tactin oma hyvä vastaus:
library-replies = Tiimin vastaukset
library-no-replies = Vastauksia ei ole vielä ehdotettu.
library-propose = Oma hyvä vastauksesi
library-propose-button = Ehdota
votes = { $count ->
    [one] { $count } ääni
   *[other] { $count } ääntä
}
vote = Äänestä
unvote = Peru ääneni
approve = Hyväksy tiimin vastaukseksi
approved = hyväksytty
nav-workshops = Työpajat
workshops-intro = Kirjaston hetkiä käsittelevä tapaaminen: esihenkilö näyttää hetket yksi kerrallaan yhteisellä näytöllä, jokainen kirjoittaa hyvän vastauksen ja äänestää omalta puhelimeltaan tai kannettavaltaan, ja lopuksi kunkin hetken eniten ääniä saaneesta vastauksesta tulee tiimin vastaus.
workshop-new = Avaa uusi työpaja
workshop-title = Otsikko
workshop-pick = Kirjaston hetket
workshop-open = Avaa työpaja
workshop-closed = suljettu
workshop-position = Hetki { $n }/{ $count }
workshop-close = Sulje ja hyväksy eniten ääniä saaneet vastaukset
workshop-summary = Yhteenveto (Markdown)
workshop-refresh = Päivitä sivu nähdäksesi uusimmat vastaukset
nav-scripts = Skriptit
scripts-intro = Tiimin myynti- ja asiakaspalveluskriptit: se, minkä tact nostaisi esiin, korostetaan suoraan tekstissä, jokainen tallennettu versio säilytetään, kahta versiota voi verrata rinnakkain, ja voit kokeilla skriptiä asiakkaan roolissa ennen kuin kukaan käyttää sitä.
scripts-empty = Ei vielä skriptejä.
script-versions = { $count ->
    [one] { $count } versio
   *[other] { $count } versiota
}
script-new = Uusi skripti
script-name = Nimi
script-text = Skripti, yksi rivi jokaista asiakaspalvelijan lausumaa virkettä kohti (rivit voivat alkaa sanalla ”Asiakaspalvelija:” tai ”Asiakas:”)
script-file = Tai ota teksti tiedostosta
script-save = Tallenna uutena versiona
script-edit = Muokkaa ja tallenna uutena versiona
script-compare = Vertaa versioon
script-try = Kokeile asiakkaan roolissa
script-try-intro = Skripti käydään läpi rivi kerrallaan; vastaa kuten asiakas vastaisi (”ei”, kysymys, valitus) ja katso, miten kukin sääntö arvioi seuraavan rivin.
script-your-answer = Vastauksesi asiakkaan roolissa
script-answer = Vastaa ja jatka
script-end = Skriptin loppu.
nav-reply-check = Vastauksen tarkistus
reply-check-intro = Ennen kuin julkinen vastaus arvosteluun, valitukseen tai kommenttiin lähtee, tact lukee sen vastauksena asiakkaan sanoihin ja nostaa esiin sen, mikä maksaa enemmän kuin kauppa: vastaan väittämisen, sääntöihin vetoamisen, syyllistämisen, alentuvuuden, sivuuttamisen, kaavamaisen kehumisen.
reply-check-customer = Asiakkaan arvostelu, valitus tai kommentti
reply-check-draft = Vastausluonnoksesi
reply-check-button = Tarkista vastaus
reply-check-clean = Tässä vastauksessa ei ole huomautettavaa.
reply-check-flagged = { $count ->
    [one] { $count } muutettava kohta ennen julkaisua:
   *[other] { $count } muutettavaa kohtaa ennen julkaisua:
}
docs-measured-heading = Mitattu todellisissa keskusteluissa
docs-measured-holdout = Erillinen sokkotestijoukko ({ $conversations } keskustelua, merkitty ilman sääntöjä viimeisen säädön jälkeen): tarkkuus { $precision } (löydettyjä hetkiä: { $raised }), kattavuus { $recall } (merkittyjä hetkiä: { $gold }).
docs-measured-holdout-none = Erillinen sokkotestijoukko ({ $conversations } keskustelua): ei löydöksiä eikä merkintöjä.
docs-measured-tuned = Sokkojoukko { $set } ({ $conversations } keskustelua, merkitty ilman sääntöjä, sen jälkeen käytetty niiden säätämiseen, siksi optimistinen): tarkkuus { $precision } (löydettyjä hetkiä: { $raised }), kattavuus { $recall } (merkittyjä hetkiä: { $gold }).
docs-measured-tuned-none = Sokkojoukko { $set } ({ $conversations } keskustelua): ei löydöksiä eikä merkintöjä.
docs-measured-preview = Esikatselussa: oletuksena pois päältä (`--preview` tai `preview = true` ottaa sen käyttöön), kunnes sen mitattu tarkkuus on 90 % vähintään viidellä erillisessä testijoukossa löydetyllä hetkellä eivätkä sen virittämiseen käytetyt joukot yhdessä jää alle 90 %:n.
docs-measured-on = Oletuksena käytössä: sen mitattu tarkkuus on vähintään 90 %.
docs-measured-unmeasured = Oletuksena käytössä: se ei löytänyt sokkojoukoista mitään, joten sen tarkkuutta ei ole vielä mitattu.
docs-measured-cap = Sen hetket ”{ $key }” osuivat oikeaan { $confirmed } kertaa { $raised }:sta kehitysjoukoissa: niiden varmuus on enintään { $cap }.
docs-measured-cap-hidden = Sen hetket ”{ $key }” osuivat oikeaan { $confirmed } kertaa { $raised }:sta kehitysjoukoissa: niiden varmuus on enintään { $cap }, joten ne ovat oletuksena piilossa (`--min-confidence 0` näyttää ne) eivätkä koskaan vaikuta pisteisiin.
