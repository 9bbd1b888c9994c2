# tact web app, Italian. Translated from locales/en/ui.ftl by the tact team.
skip-to-content = Vai al contenuto
nav-label = Principale
nav-overview = Panoramica
nav-agents = Operatori
nav-teams = Team
nav-moments = Momenti
nav-conversations = Conversazioni
nav-rules = Regole
nav-upload = Caricamento
nav-users = Utenti
nav-settings = Impostazioni
role-admin = amministratore
role-manager = responsabile
role-agent = operatore
role-customer = cliente
role = Ruolo
language = Lingua
lang-en = English
lang-it = Italiano
lang-el = Ελληνικά
lang-ro = Română
lang-fi = Suomi
change = Cambia
logout = Esci
reanalysing = Nuova analisi con le nuove impostazioni: { $done } conversazioni su { $total } completate.
login-title = Accedi
login-button = Accedi
field-name = Nome
field-password = Password
field-password-again = Ripeti la password
setup-title = Crea il primo amministratore
setup-intro = Questo link funziona una sola volta. L'account creato qui gestisce questa installazione: aggiunge utenti e team e modifica le impostazioni.
setup-button = Crea l'account amministratore
error-name-required = Il nome è obbligatorio.
error-password-short = La password deve contenere almeno 10 caratteri.
error-password-mismatch = Le due password non coincidono.
error-setup-link = Questo link di configurazione è già stato usato o è scaduto. Finché non esiste alcun account, riavviare tact serve per ottenerne uno nuovo.
error-cross-site = Questo modulo proviene da un altro sito ed è stato rifiutato.
error-too-many-logins = Troppi tentativi non riusciti. Attendere 15 minuti e riprovare.
error-login = Nome o password errati.
not-found-title = Pagina non trovata
not-found-body = Questa pagina non esiste oppure non si dispone dei permessi per visualizzarla.
overview-empty = Ancora nessuna conversazione.
conversations = conversazioni
conversation = Conversazione
moments = Momenti
mean-score = punteggio medio
score = Punteggio
risk = Rischio
chart-score-title = Punteggio medio per team, settimana per settimana
chart-moments-title = Momenti OOPS per categoria, settimana per settimana
chart-mood-title = Umore del cliente, turno per turno
as-table = Gli stessi dati in tabella
team = Team
agent = Operatore
family = Categoria
movers-title = Chi è cambiato di più la settimana scorsa
movers-empty = Non ci sono ancora abbastanza settimane per un confronto.
before = Prima
last-week = Settimana scorsa
score-change = Variazione
top-rules-title = Regole che scattano più spesso
rule = Regola
scorecards-intro = Come vende ciascuno, non solo quanto: punteggio medio e momenti OOPS ogni 100 turni, per categoria. Ogni cifra apre i momenti da cui deriva.
moments-per-100 = Momenti ogni 100 turni
family-pressure = Pressione
family-listening = Ascolto
family-over-service = Eccesso di zelo
family-argument = Polemica
family-courtesy = Cortesia
family-lead = Gestione lead
family-reaction = Reazione
search = Cerca nelle conversazioni
any = qualsiasi
severity = Gravità
severity-info = info
severity-warning = avviso
severity-error = errore
channel = Canale
from = Dal
to = Al
apply = Applica
no-moments = Nessun momento corrispondente.
no-conversations = Nessuna conversazione corrispondente.
no-moments-here = Nessun momento OOPS in questa conversazione.
open-conversation = Apri la conversazione { $id }
pages = Pagine
previous = Precedente
next = Successiva
page = Pagina { $n }
day = Data
turns = Turni
turn-n = turno { $n }
advice = Cosa fare:
ok-reply = Risposta adeguata:
persona = Profilo dell'acquirente
metrics = Metriche della conversazione
code = Codice
summary = Sintesi
preview = anteprima
preview-note = Questa regola è in anteprima: la sua precisione misurata è sotto la soglia, quindi resta disattivata a meno che le impostazioni non attivino le anteprime.
upload-intro = Qualsiasi formato letto da tact: JSON Lines, JSON, CSV, log di chat, WebVTT, SRT, e-mail, WhatsApp, Zendesk, Intercom, Freshdesk, Amazon Connect, recensioni. Una conversazione inviata di nuovo sostituisce quella già salvata. I dati personali vengono oscurati prima di qualsiasi salvataggio.
upload-choose = File
upload-drop = Oppure trascinare qui i file.
format = Formato
format-detect = rileva dal contenuto
upload-button = Carica
stored-count = { $count ->
    [one] { $count } conversazione salvata.
   *[other] { $count } conversazioni salvate.
}
errors-count = { $count ->
    [one] { $count } record non salvato:
   *[other] { $count } record non salvati:
}
line-n = riga { $n }
user-created = Account { $name } creato. La password monouso, visibile solo ora:
actions = Azioni
delete = Elimina
add-user = Aggiungi un utente
agent-name-hint = Nome dell'operatore nelle conversazioni (solo per gli operatori)
settings-intro = Le impostazioni delle regole, come in tact.toml (versione { $version }). Il salvataggio avvia in background una nuova analisi di tutte le conversazioni salvate.
save-and-reanalyse = Salva e rianalizza
jobs-title = Coda dei worker
jobs-summary = { $queued } in attesa, { $leased } in analisi, { $done } completati, { $dead } abbandonati.
jobs-dead = Abbandonati dopo { $max } tentativi, o illeggibili: l'errore dice perché.
jobs-attempts = Tentativi
jobs-error = Errore
jobs-retry = Rimettili in coda
nav-reviews = Revisioni
reviews-intro = Momenti in attesa di una decisione: contestati da un operatore o segnati come da discutere. I falsi allarmi e le contestazioni escono dal punteggio dell'operatore; ogni decisione viene registrata.
reviews-open = in attesa (contestati o da discutere)
review-status = Revisione
review-log = Decisioni
review-reason = Motivo o commento
status-unreviewed = non revisionato
status-confirmed = confermato
status-false-alarm = falso allarme
status-to-discuss = da discutere
status-disputed = contestato
status-dispute-accepted = contestazione accolta
status-dispute-rejected = contestazione respinta
action-confirm = Conferma
action-false-alarm = Falso allarme
action-discuss = Da discutere
action-dispute = Contesta
action-accept = Accogli la contestazione
action-reject = Respingi la contestazione
action-comment = Commenta
pending = In attesa
precision = Precisione (intervallo al 95 %)
precision-title = Quanto spesso le regole avevano ragione, secondo le decisioni prese
precision-intro = Su { $count ->
    [one] { $count } momento revisionato
   *[other] { $count } momenti revisionati
}: le conferme e le contestazioni respinte contano come successi, i falsi allarmi e le contestazioni accolte come errori.
silenced-for = Silenziata per: { $teams }.
silence-my-team = Silenzia questa regola per il mio team
unsilence-my-team = Riattiva questa regola per il mio team
silence-team = Silenzia per questo team
unsilence-team = Riattiva per questo team
silence-hint = Una regola silenziata non segnala alcun momento nelle conversazioni del team; tutto ciò che è salvato viene analizzato di nuovo. Si può annullare qui.
nav-library = Libreria
library-intro = Momenti confermati che il team conserva come esempi, raggruppati per regola. Si propone la risposta adeguata, si vota e il responsabile ne approva una: diventa la risposta adeguata del team per quella regola e quella lingua.
library-empty = La libreria è vuota. Su un momento confermato, scegliere «Aggiungi alla libreria».
library-add = Aggiungi alla libreria
library-open = Apri, proponi e vota
library-proposals = { $count ->
    [one] { $count } risposta proposta
   *[other] { $count } risposte proposte
}
library-builtin = Risposta adeguata di tact:
library-replies = Le risposte del team
library-no-replies = Ancora nessuna risposta proposta.
library-propose = Proposta di risposta adeguata
library-propose-button = Proponi
votes = { $count ->
    [one] { $count } voto
   *[other] { $count } voti
}
vote = Vota
unvote = Ritira il mio voto
approve = Approva come risposta del team
approved = approvata
nav-workshops = Workshop
workshops-intro = Una riunione sui momenti della libreria: il responsabile ne mostra uno alla volta su uno schermo condiviso, ognuno scrive una risposta adeguata e vota dal proprio telefono o portatile e, alla fine, la risposta più votata di ogni momento diventa quella del team.
workshop-new = Apri un workshop
workshop-title = Titolo
workshop-pick = Momenti dalla libreria
workshop-open = Apri il workshop
workshop-closed = chiuso
workshop-position = Momento { $n } su { $count }
workshop-close = Chiudi e approva le risposte più votate
workshop-summary = Sintesi (Markdown)
workshop-refresh = Aggiorna per vedere le ultime risposte
nav-scripts = Script
scripts-intro = Gli script di vendita e di assistenza del team: ciò che tact segnalerebbe è evidenziato direttamente nel testo, ogni versione salvata viene conservata, due versioni si confrontano affiancate e si può provare uno script nei panni del cliente prima che qualcuno lo usi.
scripts-empty = Ancora nessuno script.
script-versions = { $count ->
    [one] { $count } versione
   *[other] { $count } versioni
}
script-new = Nuovo script
script-name = Nome
script-text = Lo script, una riga per ogni frase detta dall'operatore (le righe possono iniziare con «Operatore:» o «Cliente:»)
script-file = Oppure prendere il testo da un file
script-save = Salva come nuova versione
script-edit = Modifica e salva come nuova versione
script-compare = Confronta con
script-try = Prova nei panni del cliente
script-try-intro = Lo script viene riprodotto una riga alla volta: rispondere come farebbe un cliente (un «no», una domanda, un reclamo) e vedere come ogni regola valuta la riga successiva.
script-your-answer = Risposta nei panni del cliente
script-answer = Rispondi e continua
script-end = Fine dello script.
nav-reply-check = Verifica risposte
reply-check-intro = Prima che esca una risposta pubblica a una recensione, a un reclamo o a un commento, tact la legge come risposta alle parole del cliente e segnala ciò che costa più della vendita: contraddire, citare il regolamento, dare la colpa, trattare con sufficienza, tagliare corto, lodi preconfezionate.
reply-check-customer = La recensione, il reclamo o il commento del cliente
reply-check-draft = Bozza di risposta
reply-check-button = Verifica la risposta
reply-check-clean = Nulla da segnalare in questa risposta.
reply-check-flagged = { $count ->
    [one] { $count } punto da modificare prima della pubblicazione:
   *[other] { $count } punti da modificare prima della pubblicazione:
}
docs-measured-heading = Misurata su conversazioni reali
docs-measured-holdout = Set cieco di verifica ({ $conversations } conversazioni, etichettate senza le regole dopo l'ultima messa a punto): precisione { $precision } (momenti segnalati: { $raised }), richiamo { $recall } (momenti etichettati: { $gold }).
docs-measured-holdout-none = Set cieco di verifica ({ $conversations } conversazioni): nulla segnalato, nulla etichettato.
docs-measured-tuned = Set cieco { $set } ({ $conversations } conversazioni, etichettato senza le regole, poi usato per metterle a punto, quindi ottimistico): precisione { $precision } (momenti segnalati: { $raised }), richiamo { $recall } (momenti etichettati: { $gold }).
docs-measured-tuned-none = Set cieco { $set } ({ $conversations } conversazioni): nulla segnalato, nulla etichettato.
docs-measured-preview = In anteprima: disattivata per impostazione predefinita (`--preview` o `preview = true` la attiva) finché la precisione misurata non raggiunge il 90 % su almeno 5 momenti segnalati nel set di verifica, e i set su cui è stata messa a punto, presi insieme, non scendono sotto il 90 %.
docs-measured-on = Attiva per impostazione predefinita: la precisione misurata raggiunge il 90 %.
docs-measured-unmeasured = Attiva per impostazione predefinita: non ha segnalato nulla sui set ciechi, quindi la sua precisione non è ancora misurata.
docs-measured-cap = I suoi momenti “{ $key }” erano giusti { $confirmed } volte su { $raised } nei set di sviluppo: la loro confidenza è al massimo { $cap }.
docs-measured-cap-hidden = I suoi momenti “{ $key }” erano giusti { $confirmed } volte su { $raised } nei set di sviluppo: la loro confidenza è al massimo { $cap }, quindi sono nascosti per impostazione predefinita (`--min-confidence 0` li mostra) e non contano mai nel punteggio.
