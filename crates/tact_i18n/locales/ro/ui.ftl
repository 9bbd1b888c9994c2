# tact web app, Romanian. Translated from locales/en/ui.ftl by the tact team.
skip-to-content = Salt la conținut
nav-label = Meniu principal
nav-overview = Prezentare generală
nav-agents = Agenți
nav-teams = Echipe
nav-moments = Momente
nav-conversations = Conversații
nav-rules = Reguli
nav-upload = Încărcare
nav-users = Utilizatori
nav-settings = Setări
role-admin = administrator
role-manager = supervizor
role-agent = agent
role-customer = client
role = Rol
language = Limbă
lang-en = English
lang-it = Italiano
lang-el = Ελληνικά
lang-ro = Română
lang-fi = Suomi
change = Schimbare
logout = Deconectare
reanalysing = Conversațiile se reanalizează cu noile setări: { $done } din { $total } gata.
login-title = Conectare
login-button = Conectare
field-name = Nume
field-password = Parolă
field-password-again = Repetați parola
setup-title = Creați primul administrator
setup-intro = Acest link funcționează o singură dată. Contul creat aici administrează această instalare: adaugă utilizatori și echipe și modifică setările.
setup-button = Creați contul de administrator
error-name-required = Numele este obligatoriu.
error-password-short = Parola trebuie să aibă cel puțin 10 caractere.
error-password-mismatch = Cele două parole diferă.
error-setup-link = Acest link de configurare a fost deja folosit sau a expirat. Reporniți tact serve pentru a primi unul nou cât timp nu există niciun cont.
error-cross-site = Acest formular a venit de pe alt site și a fost respins.
error-too-many-logins = Prea multe încercări eșuate. Așteptați 15 minute și încercați din nou.
error-login = Nume sau parolă greșite.
not-found-title = Pagina nu a fost găsită
not-found-body = Această pagină nu există sau nu aveți acces la ea.
overview-empty = Încă nu există conversații.
conversations = conversații
conversation = Conversație
moments = Momente
mean-score = scor mediu
score = Scor
risk = Risc
chart-score-title = Scorul mediu pe echipă, săptămână de săptămână
chart-moments-title = Momente OOPS pe familie, săptămână de săptămână
chart-mood-title = Dispoziția clientului, replică cu replică
as-table = Aceleași cifre sub formă de tabel
team = Echipă
agent = Agent
family = Familie
movers-title = Cele mai mari schimbări de săptămâna trecută
movers-empty = Încă nu sunt destule săptămâni pentru comparație.
before = Înainte
last-week = Săptămâna trecută
score-change = Variație
top-rules-title = Regulile declanșate cel mai des
rule = Regulă
scorecards-intro = Cum vinde fiecare, nu doar cât: scorul mediu și momentele OOPS la 100 de replici, pe familii. Fiecare cifră deschide momentele din spatele ei.
moments-per-100 = Momente la 100 de replici
family-pressure = Presiune
family-listening = Ascultare
family-over-service = Exces de zel
family-argument = Dispută
family-courtesy = Politețe
family-lead = Gestionare lead-uri
family-reaction = Reacție
search = Căutați în conversații
any = toate
severity = Gravitate
severity-info = info
severity-warning = avertisment
severity-error = eroare
channel = Canal
from = De la
to = Până la
apply = Aplicați
no-moments = Niciun moment corespunzător.
no-conversations = Nicio conversație corespunzătoare.
no-moments-here = Niciun moment OOPS în această conversație.
open-conversation = Deschideți conversația { $id }
pages = Pagini
previous = Anterioara
next = Următoarea
page = Pagina { $n }
day = Zi
turns = Replici
turn-n = replica { $n }
advice = Ce trebuie făcut:
ok-reply = Răspuns potrivit:
persona = Persona cumpărătorului
metrics = Indicatorii conversației
code = Cod
summary = Rezumat
preview = previzualizare
preview-note = Această regulă este în previzualizare: precizia ei măsurată este sub prag, așa că rămâne dezactivată dacă setările nu activează regulile în previzualizare.
upload-intro = Orice format citit de tact: JSON Lines, JSON, CSV, jurnale de chat, WebVTT, SRT, e-mail, WhatsApp, Zendesk, Intercom, Freshdesk, Amazon Connect, recenzii. O conversație trimisă din nou o înlocuiește pe cea stocată. Datele personale sunt mascate înainte de orice stocare.
upload-choose = Fișiere
upload-drop = Sau trageți fișierele aici.
format = Format
format-detect = detectare după conținut
upload-button = Încărcați
stored-count = { $count ->
    [one] { $count } conversație stocată.
    [few] { $count } conversații stocate.
   *[other] { $count } de conversații stocate.
}
errors-count = { $count ->
    [one] { $count } înregistrare nu a fost stocată:
    [few] { $count } înregistrări nu au fost stocate:
   *[other] { $count } de înregistrări nu au fost stocate:
}
line-n = rândul { $n }
user-created = Contul { $name } a fost creat. Parola sa de unică folosință, afișată doar acum:
actions = Acțiuni
delete = Ștergeți
add-user = Adăugați un utilizator
agent-name-hint = Numele agentului în conversații (doar pentru agenți)
settings-intro = Setările regulilor, ca în tact.toml (versiunea { $version }). Salvarea reanalizează în fundal toate conversațiile stocate.
save-and-reanalyse = Salvați și reanalizați
jobs-title = Coada de lucrări
jobs-summary = { $queued } în așteptare, { $leased } în analiză, { $done } terminate, { $dead } abandonate.
jobs-dead = Abandonate după { $max } încercări sau ilizibile: eroarea spune de ce.
jobs-attempts = Încercări
jobs-error = Eroare
jobs-retry = Puneți-le din nou în coadă
nav-reviews = Revizuiri
reviews-intro = Momente care așteaptă o decizie: contestate de un agent sau marcate de discutat. Alarmele false și contestațiile ies din scorul agentului; fiecare decizie este înregistrată.
reviews-open = în așteptare (contestate sau de discutat)
review-status = Revizuire
review-log = Decizii
review-reason = Motiv sau comentariu
status-unreviewed = nerevizuit
status-confirmed = confirmat
status-false-alarm = alarmă falsă
status-to-discuss = de discutat
status-disputed = contestat
status-dispute-accepted = contestație acceptată
status-dispute-rejected = contestație respinsă
action-confirm = Confirmați
action-false-alarm = Alarmă falsă
action-discuss = De discutat
action-dispute = Contestați
action-accept = Acceptați contestația
action-reject = Respingeți contestația
action-comment = Comentați
pending = În așteptare
precision = Precizie (interval de 95 %)
precision-title = Cât de des au avut dreptate regulile, după deciziile dumneavoastră
precision-intro = Pe baza a { $count ->
    [one] { $count } moment revizuit
    [few] { $count } momente revizuite
   *[other] { $count } de momente revizuite
}: momentele confirmate și contestațiile respinse se consideră corecte, iar alarmele false și contestațiile acceptate, greșite.
silenced-for = Dezactivată pentru: { $teams }.
silence-my-team = Dezactivați această regulă pentru echipa mea
unsilence-my-team = Reactivați această regulă pentru echipa mea
silence-team = Dezactivați pentru această echipă
unsilence-team = Reactivați pentru această echipă
silence-hint = O regulă dezactivată nu mai semnalează niciun moment în conversațiile echipei; tot ce este stocat se reanalizează. Acțiunea poate fi anulată de aici.
nav-library = Bibliotecă
library-intro = Momente confirmate pe care echipa le păstrează ca exemple, grupate pe reguli. Propuneți răspunsul potrivit, votați, iar supervizorul aprobă unul: acesta devine răspunsul potrivit al echipei pentru regula și limba respectivă.
library-empty = Biblioteca este goală. La un moment confirmat, alegeți „Adăugați în bibliotecă”.
library-add = Adăugați în bibliotecă
library-open = Deschideți, propuneți și votați
library-proposals = { $count ->
    [one] { $count } răspuns propus
    [few] { $count } răspunsuri propuse
   *[other] { $count } de răspunsuri propuse
}
library-builtin = Răspunsul potrivit propus de tact:
library-replies = Răspunsurile echipei
library-no-replies = Încă nu a fost propus niciun răspuns.
library-propose = Răspunsul dumneavoastră potrivit
library-propose-button = Propuneți
votes = { $count ->
    [one] { $count } vot
    [few] { $count } voturi
   *[other] { $count } de voturi
}
vote = Votați
unvote = Retrageți-vă votul
approve = Aprobați ca răspuns al echipei
approved = aprobat
nav-workshops = Ateliere
workshops-intro = O întâlnire pe baza momentelor din bibliotecă: supervizorul le arată pe rând pe un ecran comun, fiecare scrie un răspuns potrivit și votează de pe propriul telefon sau laptop, iar la final răspunsul cel mai votat pentru fiecare moment devine răspunsul echipei.
workshop-new = Deschideți un atelier
workshop-title = Titlu
workshop-pick = Momente din bibliotecă
workshop-open = Deschideți atelierul
workshop-closed = închis
workshop-position = Momentul { $n } din { $count }
workshop-close = Închideți și aprobați răspunsurile cele mai votate
workshop-summary = Rezumat (Markdown)
workshop-refresh = Reîncărcați pagina pentru a vedea cele mai recente răspunsuri
nav-scripts = Scripturi
scripts-intro = Scripturile de vânzări și de asistență ale echipei: ce ar semnala tact este evidențiat direct în text, fiecare versiune salvată este păstrată, două versiuni se compară una lângă alta și puteți încerca un script în rolul clientului înainte să-l folosească cineva.
scripts-empty = Încă nu există niciun script.
script-versions = { $count ->
    [one] { $count } versiune
    [few] { $count } versiuni
   *[other] { $count } de versiuni
}
script-new = Un script nou
script-name = Nume
script-text = Scriptul, câte un rând pentru fiecare frază spusă de agent (rândurile pot începe cu „Agent:” sau „Client:”)
script-file = Sau preluați textul dintr-un fișier
script-save = Salvați ca versiune nouă
script-edit = Editați și salvați ca versiune nouă
script-compare = Comparați cu
script-try = Încercați-l în rolul clientului
script-try-intro = Scriptul este redat rând cu rând; răspundeți așa cum ar răspunde un client (un „nu”, o întrebare, o reclamație) și vedeți cum evaluează fiecare regulă rândul următor.
script-your-answer = Răspunsul dumneavoastră, în rolul clientului
script-answer = Răspundeți și continuați
script-end = Sfârșitul scriptului.
nav-reply-check = Verificare răspuns
reply-check-intro = Înainte de publicarea unui răspuns la o recenzie, o reclamație sau un comentariu, tact îl citește ca răspuns la cuvintele clientului și semnalează ce costă mai mult decât vânzarea: contrazicerea, invocarea regulilor, aruncarea vinei, tonul condescendent, expedierea clientului, laudele șablon.
reply-check-customer = Recenzia, reclamația sau comentariul clientului
reply-check-draft = Ciorna răspunsului dumneavoastră
reply-check-button = Verificați răspunsul
reply-check-clean = Nimic de semnalat în acest răspuns.
reply-check-flagged = { $count ->
    [one] { $count } aspect de modificat înainte de publicare:
    [few] { $count } aspecte de modificat înainte de publicare:
   *[other] { $count } de aspecte de modificat înainte de publicare:
}
docs-measured-heading = Măsurată pe conversații reale
docs-measured-holdout = Setul orb de verificare ({ $conversations } de conversații, etichetate fără ajutorul regulilor după ultima ajustare): precizie { $precision } (momente semnalate: { $raised }), acoperire { $recall } (momente etichetate: { $gold }).
docs-measured-holdout-none = Setul orb de verificare ({ $conversations } de conversații): nimic semnalat, nimic etichetat.
docs-measured-tuned = Setul orb { $set } ({ $conversations } de conversații, etichetate fără ajutorul regulilor, folosit apoi la ajustarea lor, deci optimist): precizie { $precision } (momente semnalate: { $raised }), acoperire { $recall } (momente etichetate: { $gold }).
docs-measured-tuned-none = Setul orb { $set } ({ $conversations } de conversații): nimic semnalat, nimic etichetat.
docs-measured-preview = În previzualizare: dezactivată implicit (`--preview` sau `preview = true` o activează) până când precizia măsurată ajunge la 90 % pe cel puțin 5 momente semnalate în setul de verificare, iar seturile pe care a fost reglată, luate împreună, nu coboară nici ele sub 90 %.
docs-measured-on = Activă implicit: precizia măsurată ajunge la 90 %.
docs-measured-unmeasured = Activă implicit: nu a semnalat nimic pe seturile oarbe, așa că precizia ei nu este încă măsurată.
docs-measured-cap = Momentele sale „{ $key }” au fost corecte de { $confirmed } ori din { $raised } pe seturile de dezvoltare: încrederea lor este cel mult { $cap }.
docs-measured-cap-hidden = Momentele sale „{ $key }” au fost corecte de { $confirmed } ori din { $raised } pe seturile de dezvoltare: încrederea lor este cel mult { $cap }, așa că sunt ascunse implicit (`--min-confidence 0` le arată) și nu contează niciodată în scor.
