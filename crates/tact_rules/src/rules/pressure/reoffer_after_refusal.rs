//! Rule P001 `reoffer-after-refusal`: insisting after a "no".

use crate::predicates::own_words;
use crate::{Analyzed, CheckContext, Confidence, Finding, Message, Rule};
use tact_lang::{lex, LexId};
use tact_model::Span;

/// ## What it detects
/// The agent pitches the same offer again after the customer has declined it: a refusal
/// ("no thanks", "non mi interessa", "όχι ευχαριστώ", "nu mă interesează", "ei kiitos") followed,
/// before the customer shows interest again, by an agent turn that repeats the offer or pushes it
/// with new pressure. A clear "no" (a refusal that declines an offer, or one beside a request to
/// cancel) followed by a new offer meant to win the customer over — a free month, a discount,
/// "one last offer", "would you also like" — is the same push in other clothes. So is doubt or
/// an argument for the thing ("are you sure?", "bear in mind", "many customers regret it") right
/// after the customer turned it down unasked ("I don't want the extended warranty"), and so is
/// telling them what they lose by it, with a price or an offer word in the same sentence ("this
/// discount won't be available later", "non sarà più disponibile", "ισχύει μόνο τώρα", "nu va
/// mai fi disponibil", "ei ole enää voimassa"; lexicon `loss_framing`), or
/// putting something else in its place at a price ("there's also the option of the cinema
/// channels at 9 euros"). A "no" on the price ("that's over my budget", "è troppo caro",
/// "πολύ ακριβό", "prea scump", "liian kallis"; lexicon `price_objection`) counts too when the
/// reply argues for the offer again in a sentence that names it or moving up to it: what most
/// customers end up choosing, that it is worth it (lexicons `win_back`, `upgrade_to`), even
/// next to the cheaper option the customer asked for. A declined offer brought back a few turns
/// later as a door left open counts too: "if you change your mind, the extended warranty can
/// still be added" (lexicon `change_mind`: "se ci ripensa", "αν αλλάξετε γνώμη", "dacă vă
/// răzgândiți", "jos muutat mielesi"), in a sentence that names what was declined, up to four
/// agent turns on and before the customer brings it up again.
///
/// ## Why it hurts the sale
/// The seeds name it first among OOPS moments: agents who are "troppo insistenti" (seed 000) make
/// the customer feel unheard, and the customer labels the whole interaction unpleasant and an
/// obstacle to buying. A "no" respected keeps the door open; a "no" argued with closes it.
///
/// ## Examples
/// ```conversation lang=en bad
/// agent: Would you like to add the extended warranty for 79 euros?
/// customer: No thanks, I'm not interested.
/// agent: Are you sure? The extended warranty is really worth it, it's only 79 euros.   # fires
/// ```
/// ```conversation lang=en ok
/// agent: Would you like to add the extended warranty for 79 euros?
/// customer: No thanks, I'm not interested.
/// agent: Understood. Your order is confirmed, anything else I can help with?
/// ```
/// ```conversation lang=it bad
/// agent: Vuole aggiungere la garanzia estesa a 79 euro?
/// customer: No grazie, non mi interessa.
/// agent: Guardi che la garanzia estesa conviene davvero, sono solo 79 euro.   # fires
/// ```
/// ```conversation lang=it ok
/// agent: Vuole aggiungere la garanzia estesa a 79 euro?
/// customer: No grazie, non mi interessa.
/// agent: Va benissimo. L'ordine è confermato, le serve altro?
/// ```
/// ```conversation lang=el bad
/// agent: Θέλετε να προσθέσουμε την επέκταση εγγύησης με 79 ευρώ;
/// customer: Όχι ευχαριστώ, δεν με ενδιαφέρει.
/// agent: Σίγουρα; Η επέκταση εγγύησης αξίζει πραγματικά, μόνο 79 ευρώ.   # fires
/// ```
/// ```conversation lang=el ok
/// agent: Θέλετε να προσθέσουμε την επέκταση εγγύησης με 79 ευρώ;
/// customer: Όχι ευχαριστώ, δεν με ενδιαφέρει.
/// agent: Κανένα πρόβλημα. Η παραγγελία σας επιβεβαιώθηκε, χρειάζεστε κάτι άλλο;
/// ```
/// ```conversation lang=ro bad
/// agent: Doriți să adăugați garanția extinsă la 79 de euro?
/// customer: Nu, mulțumesc, nu mă interesează.
/// agent: Sigur? Garanția extinsă merită cu adevărat, costă doar 79 de euro.   # fires
/// ```
/// ```conversation lang=ro ok
/// agent: Doriți să adăugați garanția extinsă la 79 de euro?
/// customer: Nu, mulțumesc, nu mă interesează.
/// agent: Am înțeles. Comanda este confirmată, vă mai pot ajuta cu ceva?
/// ```
/// ```conversation lang=fi bad
/// agent: Haluatko lisätä jatkotakuun 79 eurolla?
/// customer: Ei kiitos, en ole kiinnostunut.
/// agent: Oletko varma? Jatkotakuu kannattaa todella, se maksaa vain 79 euroa.   # fires
/// ```
/// ```conversation lang=fi ok
/// agent: Haluatko lisätä jatkotakuun 79 eurolla?
/// customer: Ei kiitos, en ole kiinnostunut.
/// agent: Selvä. Tilauksesi on vahvistettu, voinko auttaa vielä jossain?
/// ```
/// ```conversation lang=en bad
/// customer: I want to cancel my contract, I'm not interested in offers.
/// agent: Before you go, I can offer you three months free on the same plan.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: I want to cancel my contract, I'm not interested in offers.
/// agent: Understood. I'll send the cancellation form to your e-mail today.
/// ```
/// ```conversation lang=it bad
/// customer: Voglio disdire il contratto, non mi interessa nessuna offerta.
/// agent: Prima che vada, le posso offrire tre mesi gratis sullo stesso piano.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Voglio disdire il contratto, non mi interessa nessuna offerta.
/// agent: Capito. Le mando oggi il modulo di disdetta per e-mail.
/// ```
/// ```conversation lang=el bad
/// customer: Θέλω να κάνω διακοπή του συμβολαίου, δεν με ενδιαφέρουν προσφορές.
/// agent: Πριν φύγετε, μπορώ να σας προσφέρω τρεις μήνες δωρεάν στο ίδιο πρόγραμμα.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Θέλω να κάνω διακοπή του συμβολαίου, δεν με ενδιαφέρουν προσφορές.
/// agent: Κατανοητό. Σας στέλνω σήμερα τη φόρμα διακοπής στο email.
/// ```
/// ```conversation lang=ro bad
/// customer: Vreau să reziliez contractul, nu mă interesează nicio ofertă.
/// agent: Înainte să plecați, vă pot oferi trei luni gratuite pe același abonament.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Vreau să reziliez contractul, nu mă interesează nicio ofertă.
/// agent: Am înțeles. Vă trimit azi formularul de reziliere pe e-mail.
/// ```
/// ```conversation lang=fi bad
/// customer: Haluan irtisanoa sopimuksen, en ole kiinnostunut tarjouksista.
/// agent: Ennen kuin lähdet, voin tarjota kolme kuukautta ilmaiseksi samalla liittymällä.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Haluan irtisanoa sopimuksen, en ole kiinnostunut tarjouksista.
/// agent: Selvä. Lähetän irtisanomislomakkeen sähköpostiisi tänään.
/// ```
/// ```conversation lang=en bad
/// customer: I'll take the washing machine, but I don't want the extended warranty.
/// agent: Are you sure? Many customers regret it after the first repair.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: I'll take the washing machine, but I don't want the extended warranty.
/// agent: Of course, just the washing machine then. Delivery is on Thursday.
/// ```
/// ```conversation lang=it bad
/// customer: Prendo la lavatrice, ma non voglio l'estensione di garanzia.
/// agent: È sicuro? Molti clienti se ne pentono dopo la prima riparazione.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Prendo la lavatrice, ma non voglio l'estensione di garanzia.
/// agent: Certo, allora solo la lavatrice. La consegna è giovedì.
/// ```
/// ```conversation lang=el bad
/// customer: Παίρνω το πλυντήριο, αλλά δεν θέλω την επέκταση εγγύησης.
/// agent: Είστε σίγουρος; Πολλοί πελάτες το μετανιώνουν μετά την πρώτη επισκευή.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Παίρνω το πλυντήριο, αλλά δεν θέλω την επέκταση εγγύησης.
/// agent: Βεβαίως, μόνο το πλυντήριο τότε. Η παράδοση είναι την Πέμπτη.
/// ```
/// ```conversation lang=ro bad
/// customer: Iau mașina de spălat, dar nu vreau garanția extinsă.
/// agent: Sunteți sigur? Mulți clienți regretă după prima reparație.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Iau mașina de spălat, dar nu vreau garanția extinsă.
/// agent: Desigur, atunci doar mașina de spălat. Livrarea e joi.
/// ```
/// ```conversation lang=fi bad
/// customer: Otan pesukoneen, mutta en halua lisäturvaa.
/// agent: Oletko varma? Moni katuu sitä ensimmäisen korjauksen jälkeen.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Otan pesukoneen, mutta en halua lisäturvaa.
/// agent: Selvä, pelkkä pesukone sitten. Toimitus on torstaina.
/// ```
/// ```conversation lang=en bad
/// agent: Before I remove it, I can offer you the sports pack at half price, 12 euros a month.
/// customer: Thanks, but no. I don't watch it in summer.
/// agent: Understood. Just so you know, this discount won't be available later.   # fires
/// ```
/// ```conversation lang=en ok
/// agent: Before I remove it, I can offer you the sports pack at half price, 12 euros a month.
/// customer: Thanks, but no. I don't watch it in summer.
/// agent: Understood, I've removed it. Is there anything else I can help with?
/// ```
/// ```conversation lang=en bad
/// agent: Before I remove it, I can offer you the sports pack at half price, 12 euros a month.
/// customer: Thanks, but no. I don't watch it in summer.
/// agent: Understood. There's also the option of the cinema channels at 9 euros.   # fires
/// ```
/// ```conversation lang=it bad
/// agent: Prima di toglierlo, posso offrirle il pacchetto sport a metà prezzo, 12 euro al mese.
/// customer: Grazie, ma no. D'estate non lo guardo.
/// agent: Capito. Tenga conto che questo sconto non sarà più disponibile dopo.   # fires
/// ```
/// ```conversation lang=it ok
/// agent: Prima di toglierlo, posso offrirle il pacchetto sport a metà prezzo, 12 euro al mese.
/// customer: Grazie, ma no. D'estate non lo guardo.
/// agent: Capito, l'ho tolto. Le serve altro?
/// ```
/// ```conversation lang=it bad
/// agent: Prima di toglierlo, posso offrirle il pacchetto sport a metà prezzo, 12 euro al mese.
/// customer: Grazie, ma no. D'estate non lo guardo.
/// agent: Capito. C'è anche la possibilità di passare ai canali cinema a 9 euro.   # fires
/// ```
/// ```conversation lang=el bad
/// agent: Πριν το αφαιρέσουμε, μπορώ να σας προσφέρω το αθλητικό πακέτο στη μισή τιμή, 12 ευρώ το μήνα.
/// customer: Ευχαριστώ, αλλά όχι. Το καλοκαίρι δεν το βλέπω.
/// agent: Κατανοητό. Να ξέρετε ότι αυτή η έκπτωση ισχύει μόνο τώρα.   # fires
/// ```
/// ```conversation lang=el ok
/// agent: Πριν το αφαιρέσουμε, μπορώ να σας προσφέρω το αθλητικό πακέτο στη μισή τιμή, 12 ευρώ το μήνα.
/// customer: Ευχαριστώ, αλλά όχι. Το καλοκαίρι δεν το βλέπω.
/// agent: Κατανοητό, το αφαίρεσα. Χρειάζεστε κάτι άλλο;
/// ```
/// ```conversation lang=el bad
/// agent: Πριν το αφαιρέσουμε, μπορώ να σας προσφέρω το αθλητικό πακέτο στη μισή τιμή, 12 ευρώ το μήνα.
/// customer: Ευχαριστώ, αλλά όχι. Το καλοκαίρι δεν το βλέπω.
/// agent: Κατανοητό. Υπάρχει και η επιλογή των κινηματογραφικών καναλιών με 9 ευρώ.   # fires
/// ```
/// ```conversation lang=ro bad
/// agent: Înainte să-l scot, vă pot oferi pachetul sport la jumătate de preț, 12 euro pe lună.
/// customer: Mulțumesc, dar nu. Vara nu mă uit.
/// agent: Înțeleg. Să știți că prețul de 12 euro nu va mai fi disponibil mai târziu.   # fires
/// ```
/// ```conversation lang=ro ok
/// agent: Înainte să-l scot, vă pot oferi pachetul sport la jumătate de preț, 12 euro pe lună.
/// customer: Mulțumesc, dar nu. Vara nu mă uit.
/// agent: Înțeleg, l-am scos. Vă mai pot ajuta cu ceva?
/// ```
/// ```conversation lang=ro bad
/// agent: Înainte să-l scot, vă pot oferi pachetul sport la jumătate de preț, 12 euro pe lună.
/// customer: Mulțumesc, dar nu. Vara nu mă uit.
/// agent: Înțeleg. Există și varianta canalelor de filme la 9 euro.   # fires
/// ```
/// ```conversation lang=fi bad
/// agent: Ennen kuin poistan sen, voin tarjota urheilupakettia puoleen hintaan, 12 euroa kuukaudessa.
/// customer: Kiitos, mutta ei. En katso sitä kesällä.
/// agent: Selvä. Tiedoksi vain, että tämä alennus ei ole enää voimassa myöhemmin.   # fires
/// ```
/// ```conversation lang=fi ok
/// agent: Ennen kuin poistan sen, voin tarjota urheilupakettia puoleen hintaan, 12 euroa kuukaudessa.
/// customer: Kiitos, mutta ei. En katso sitä kesällä.
/// agent: Selvä, poistin sen. Voinko auttaa muussa?
/// ```
/// ```conversation lang=fi bad
/// agent: Ennen kuin poistan sen, voin tarjota urheilupakettia puoleen hintaan, 12 euroa kuukaudessa.
/// customer: Kiitos, mutta ei. En katso sitä kesällä.
/// agent: Selvä. Toinen vaihtoehto olisi elokuvakanavat 9 €.   # fires
/// ```
/// ```conversation lang=en bad
/// agent: The Premium membership is 89 euros a month, with classes and the pool.
/// customer: That's over my budget. Is there something simpler?
/// agent: The Basic plan is 39 euros a month, gym only. Most people find the Premium membership is worth it for the pool, though.   # fires
/// ```
/// ```conversation lang=en ok
/// agent: The Premium membership is 89 euros a month, with classes and the pool.
/// customer: That's over my budget. Is there something simpler?
/// agent: The Basic plan is 39 euros a month, gym only, and most people find it plenty. Shall I sign you up?
/// ```
/// ```conversation lang=it bad
/// agent: L'abbonamento Premium costa 89 euro al mese, con corsi e piscina.
/// customer: È troppo caro per me. Avete qualcosa di più semplice?
/// agent: C'è il Base a 39 euro al mese, solo sala pesi. Però tanti clienti scelgono il Premium perché la piscina fa la differenza.   # fires
/// ```
/// ```conversation lang=it ok
/// agent: L'abbonamento Premium costa 89 euro al mese, con corsi e piscina.
/// customer: È troppo caro per me. Avete qualcosa di più semplice?
/// agent: C'è il Base a 39 euro al mese, solo sala pesi, e tanti clienti si trovano benissimo. Vuole che la iscriva?
/// ```
/// ```conversation lang=el bad
/// agent: Η συνδρομή Premium κοστίζει 89 ευρώ τον μήνα, με μαθήματα και πισίνα.
/// customer: Είναι πολύ ακριβό για μένα. Έχετε κάτι πιο απλό;
/// agent: Υπάρχει το Basic με 39 ευρώ τον μήνα, μόνο γυμναστήριο. Πάντως οι περισσότεροι τελικά περνάνε στο Premium για την πισίνα.   # fires
/// ```
/// ```conversation lang=el ok
/// agent: Η συνδρομή Premium κοστίζει 89 ευρώ τον μήνα, με μαθήματα και πισίνα.
/// customer: Είναι πολύ ακριβό για μένα. Έχετε κάτι πιο απλό;
/// agent: Υπάρχει το Basic με 39 ευρώ τον μήνα, μόνο γυμναστήριο, και οι περισσότεροι είναι πολύ ευχαριστημένοι. Να σας γράψω;
/// ```
/// ```conversation lang=ro bad
/// agent: Abonamentul Premium costă 89 de euro pe lună, cu clase și piscină.
/// customer: E prea scump pentru mine. Aveți ceva mai simplu?
/// agent: Există Basic la 39 de euro pe lună, doar sala. Totuși, majoritatea clienților aleg Premium, merită pentru piscină.   # fires
/// ```
/// ```conversation lang=ro ok
/// agent: Abonamentul Premium costă 89 de euro pe lună, cu clase și piscină.
/// customer: E prea scump pentru mine. Aveți ceva mai simplu?
/// agent: Există Basic la 39 de euro pe lună, doar sala, și mulți clienți sunt foarte mulțumiți de el. Vreți să vă înscriu?
/// ```
/// ```conversation lang=fi bad
/// agent: Premium-jäsenyys maksaa 89 euroa kuukaudessa, ja siihen kuuluvat tunnit ja uima-allas.
/// customer: Se on liian kallis minulle. Onko jotain yksinkertaisempaa?
/// agent: Perusjäsenyys on 39 euroa kuukaudessa, vain kuntosali. Useimmat kuitenkin ottavat Premiumin, koska uima-allas kannattaa.   # fires
/// ```
/// ```conversation lang=fi ok
/// agent: Premium-jäsenyys maksaa 89 euroa kuukaudessa, ja siihen kuuluvat tunnit ja uima-allas.
/// customer: Se on liian kallis minulle. Onko jotain yksinkertaisempaa?
/// agent: Perusjäsenyys on 39 euroa kuukaudessa, vain kuntosali, ja moni asiakas pärjää sillä hyvin. Liitynkö sinut?
/// ```
/// ```conversation lang=en bad
/// customer: I'll take the 14-inch laptop.
/// agent: Great. Would you like the extended warranty for £89?
/// customer: No, thanks.
/// agent: Sure. Delivery or pickup?
/// customer: Pickup.
/// agent: Fine, Saturday from 10.
/// customer: Ok.
/// agent: All set. If you change your mind, the extended warranty can still be added in store.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: I'll take the 14-inch laptop.
/// agent: Great. Would you like the extended warranty for £89?
/// customer: No, thanks.
/// agent: Sure. Delivery or pickup?
/// customer: Pickup.
/// agent: Fine, Saturday from 10.
/// customer: Ok.
/// agent: All set. If you change your mind about pickup, we can deliver it too.
/// ```
/// ```conversation lang=it bad
/// customer: Prendo il portatile da 14 pollici.
/// agent: Bene. Vuole l'estensione di garanzia a 89 €?
/// customer: No, grazie.
/// agent: Va bene. Consegna o ritiro?
/// customer: Ritiro.
/// agent: Perfetto, sabato dalle 10.
/// customer: Ok.
/// agent: Tutto pronto. Se ci ripensa, l'estensione di garanzia si può ancora aggiungere in negozio.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Prendo il portatile da 14 pollici.
/// agent: Bene. Vuole l'estensione di garanzia a 89 €?
/// customer: No, grazie.
/// agent: Va bene. Consegna o ritiro?
/// customer: Ritiro.
/// agent: Perfetto, sabato dalle 10.
/// customer: Ok.
/// agent: Tutto pronto. Se ci ripensa sul ritiro, possiamo anche consegnarlo.
/// ```
/// ```conversation lang=el bad
/// customer: Θα πάρω το λάπτοπ 14 ιντσών.
/// agent: Ωραία. Θέλετε την επέκταση εγγύησης για 89 €;
/// customer: Όχι, ευχαριστώ.
/// agent: Εντάξει. Παράδοση ή παραλαβή;
/// customer: Παραλαβή.
/// agent: Τέλεια, το Σάββατο από τις 10.
/// customer: Οκ.
/// agent: Όλα έτοιμα. Αν αλλάξετε γνώμη, την επέκταση εγγύησης μπορείτε να την προσθέσετε στο κατάστημα.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Θα πάρω το λάπτοπ 14 ιντσών.
/// agent: Ωραία. Θέλετε την επέκταση εγγύησης για 89 €;
/// customer: Όχι, ευχαριστώ.
/// agent: Εντάξει. Παράδοση ή παραλαβή;
/// customer: Παραλαβή.
/// agent: Τέλεια, το Σάββατο από τις 10.
/// customer: Οκ.
/// agent: Όλα έτοιμα. Αν αλλάξετε γνώμη για την παραλαβή, μπορούμε να το στείλουμε.
/// ```
/// ```conversation lang=ro bad
/// customer: Iau laptopul de 14 inch.
/// agent: Bine. Doriți garanția extinsă la 399 de lei?
/// customer: Nu, mulțumesc.
/// agent: Bine. Livrare sau ridicare?
/// customer: Ridicare.
/// agent: Perfect, sâmbătă de la 10.
/// customer: Ok.
/// agent: Gata. Dacă vă răzgândiți, garanția extinsă se poate adăuga și în magazin.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Iau laptopul de 14 inch.
/// agent: Bine. Doriți garanția extinsă la 399 de lei?
/// customer: Nu, mulțumesc.
/// agent: Bine. Livrare sau ridicare?
/// customer: Ridicare.
/// agent: Perfect, sâmbătă de la 10.
/// customer: Ok.
/// agent: Gata. Dacă vă răzgândiți în privința ridicării, vi-l putem și livra.
/// ```
/// ```conversation lang=fi bad
/// customer: Otan sen 14 tuuman kannettavan.
/// agent: Hyvä. Haluatko lisäturvan 89 eurolla?
/// customer: Ei kiitos.
/// agent: Selvä. Toimitus vai nouto?
/// customer: Nouto.
/// agent: Hyvä, lauantaina kymmenestä.
/// customer: Ok.
/// agent: Valmista. Jos muutat mielesi, lisäturvan voi vielä lisätä myymälässä.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Otan sen 14 tuuman kannettavan.
/// agent: Hyvä. Haluatko lisäturvan 89 eurolla?
/// customer: Ei kiitos.
/// agent: Selvä. Toimitus vai nouto?
/// customer: Nouto.
/// agent: Hyvä, lauantaina kymmenestä.
/// customer: Ok.
/// agent: Valmista. Jos muutat mielesi noudon suhteen, voimme myös toimittaa sen.
/// ```
///
/// ## Suggested instead
/// Acknowledge the "no" in a few words, confirm what the customer did ask for, and leave the door
/// open without repeating the pitch: the customer will come back to it if it matters to them.
///
/// ## Options
/// - `window` (default 2): how many agent turns after the refusal are checked.
///
/// "The same offer" means an agent sentence with an offer or urgency cue that shares a content
/// word (stemmed) with the offer sentence the customer declined; doubting the "no" ("are you
/// sure?", lexicon `pushback`) or adding urgency right after it presses the same offer too. A bare "no" counts as a refusal
/// only as a standalone answer ("No.", "Όχι, …"), not as the negation of a verb.
///
/// A bare "no" to a suggestion that sells nothing ("would you like me to look for another
/// one?") declines that suggestion: the next suggestion is service, not insistence; so is a
/// reply to a customer who says no and asks for something else.
///
/// ## Known limits
/// A new offer is read only from the words of the `sweetener` and `addon` lexicons, or an
/// `alternative_offer` or `instead_of` cue with a price or a pitch in its sentence; one made in other words
/// ("shall I send you the yearly plan anyway?") is missed. A "no" wrapped in reasons with no
/// refusal word ("thanks, but I don't watch it in summer") is not read as one, unless it is
/// about the price; an argument for the declined offer is read only in the reply right after
/// the "no" and only from the `win_back` words, so one made a few turns later, or in other
/// words ("it's a proper step up for what you get"), is missed. A loss warning
/// counts with any offer word in its sentence, and in Romanian and Finnish "only" ("doar",
/// "vain") is one: "the black one won't be available, only the white" can be taken for one.
/// A different offer that shares a word with the declined one (two warranties) is reported; the
/// same offer repeated in entirely different words, or without any offer cue, is missed. An
/// implicit refusal ("my budget is 300") is not read as a "no" — `ignored-need` covers it;
/// an objection to the price of what was just offered is. A
/// question that asks for a value ("for what day would you like the forecast?", a question word
/// first or after one short word) or whether to look for anything else (lexicon `anything_else`) names no
/// offer, even with an offer cue in it; an offer put as such a question is missed.
/// A door left open counts only with a `change_mind` cue and a word of the declined offer in
/// its sentence: "just so you know, the Plus plan also covers drops" after a "no" to the Plus
/// plan is missed, and a customer who turns down the warranty in their own words ("no
/// warranty") without an offer before it leaves nothing to compare with.
pub struct ReofferAfterRefusal;

/// Where the customer's "no" is: the refusal cue, else the "no" that opens the turn.
fn refusal_span(c: &Analyzed<'_>, turn: usize) -> Option<Span> {
    let t = &c.turns[turn].text;
    match c.dialogue.turns[turn].refusal {
        Some((s, e)) => Some(t.norm.to_original(s as usize, e as usize)),
        None => t.first(lex::DENY).map(|m| m.span),
    }
}

/// Whether a seller turn turns something down itself ("no, I can't go lower"): a seller who
/// declines a buyer's counter-offer names the deal without pitching it again.
fn declines_itself(c: &Analyzed<'_>, turn: usize) -> bool {
    c.dialogue.turns[turn].answer == Some(tact_dialogue::Answer::No)
        || c.turns[turn].text.has(lex::SELLER_REFUSAL)
}

/// Whether a seller turn puts something on sale: an offer, an add-on or a sweetener, not
/// only a suggestion to look further.
fn sells(c: &Analyzed<'_>, turn: usize) -> bool {
    let t = &c.turns[turn].text;
    t.has(lex::OFFER) || t.has(lex::ADDON) || t.has(lex::SWEETENER)
}

/// Content stems of the sentences of `turn` that carry an offer, urgency or proposal cue: what
/// is offered.
fn offer_stems(c: &Analyzed<'_>, turn: usize) -> Vec<(String, Span)> {
    let t = &c.turns[turn];
    // "For what day would you like the forecast?" asks for a value and "would you like me to look
    // for anything else?" closes the service: their "would you like" offers nothing.
    let service_question = |k: usize| {
        let s = &t.sentences[k];
        let (a, b) = (s.norm_start, s.norm_end);
        // "What about our premium plan?" and "che ne dice del…" pitch with a question word.
        if t.text.cues_in(lex::PITCH_PHRASE, a, b).next().is_some() {
            return false;
        }
        // The question word opens the sentence, or follows one short word ("for what day");
        // further in it is a relative ("the plan that…", "pachetul care…").
        let words = crate::predicates::words_in(&t.text, a, b);
        let wh = |w: &tact_lang::Token| {
            crate::predicates::covered(t, lex::WH_WORD, w.norm_start, w.norm_end)
        };
        let asks_value = s.is_question
            && (words.first().is_some_and(wh)
                || (words
                    .first()
                    .is_some_and(|w| w.norm_end - w.norm_start <= 4)
                    && words.get(1).is_some_and(wh)));
        asks_value || t.text.cues_in(lex::ANYTHING_ELSE, a, b).next().is_some()
    };
    let cue_sentences: Vec<_> = t
        .sentences
        .iter()
        .enumerate()
        .filter(|&(k, s)| {
            !service_question(k)
                && t.text.cues.iter().any(|m| {
                    (m.lex == lex::OFFER || m.lex == lex::FALSE_URGENCY || m.lex == lex::PROPOSAL)
                        && m.norm_start >= s.norm_start
                        && m.norm_end <= s.norm_end
                })
        })
        .map(|(_, s)| s)
        .collect();
    // The words of a proposal formula ("would you like") name nothing offered.
    c.content_tokens(turn)
        .filter(|k| {
            cue_sentences
                .iter()
                .any(|s| k.norm_start >= s.norm_start && k.norm_end <= s.norm_end)
                && !crate::predicates::covered(t, lex::PROPOSAL, k.norm_start, k.norm_end)
        })
        .map(|k| (c.stem_of(turn, k).to_string(), k.span))
        .collect()
}

impl Rule for ReofferAfterRefusal {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let window = cx.config.usize("window", 2);
        let before = out.len();
        same_offer_again(cx.conv, window, out);
        pressed_after_own_no(cx.conv, out);
        let reported: Vec<usize> = out[before..].iter().map(|f| f.turn).collect();
        new_offer_after_no(cx.conv, window, &reported, out);
        let reported: Vec<usize> = out[before..].iter().map(|f| f.turn).collect();
        argued_after_no(cx.conv, &reported, out);
        let reported: Vec<usize> = out[before..].iter().map(|f| f.turn).collect();
        reminded_after_no(cx.conv, &reported, out);
    }
}

/// The customer's own words that turn the seller down: a refusal phrase that declines the
/// offer before it (the dialogue's link), or a refusal next to a request to cancel ("not
/// interested, I want to close the contract").
fn clear_no(c: &Analyzed<'_>, ci: usize) -> Option<Span> {
    let t = &c.turns[ci];
    let cancels = t.text.cues_of(lex::CANCEL_REQUEST).any(|m| own_words(t, m));
    if c.dialogue.links.declines[ci].is_none() && !cancels {
        return None;
    }
    refusal_span(c, ci)
}

/// The moment of every detector here: the seller turn `offer.0` pushing (`offer.1`) after the
/// customer's refusal (`refusal.1` in turn `refusal.0`), told with `message` (its key named where
/// it is called, so the catalogue test sees it).
fn pushed(
    c: &Analyzed<'_>,
    message: Message,
    refusal: (usize, Span),
    offer: (usize, Span),
    confidence: Confidence,
) -> Finding {
    Finding {
        confidence,
        turn: offer.0,
        span: offer.1,
        message: message
            .text("refusal", c.quote(refusal.0, refusal.1))
            .text("offer", c.quote(offer.0, offer.1)),
    }
}

/// Detector: the customer turns something down of their own accord, with no offer before it for
/// the dialogue to link ("I don't want the extended warranty"), and the seller's reply doubts
/// the "no" or argues for the thing ("are you sure? many customers regret it", "bear in mind").
fn pressed_after_own_no(c: &Analyzed<'_>, out: &mut Vec<Finding>) {
    let d = &c.dialogue;
    for ci in c.customer_turns() {
        // A "no" that answers a question ("did you get the e-mail?" "No.") refuses nothing; nor
        // does one about something that is not on sale ("I don't want to pay twice").
        let t = &c.turns[ci].text;
        let on_sale = t.has(lex::OFFER) || t.has(lex::ADDON) || t.has(lex::SWEETENER);
        if d.links.declines[ci].is_some()
            || d.links.answers[ci].is_some()
            || d.turns[ci].refusal.is_none()
            || !on_sale
        {
            continue;
        }
        let Some(refusal) = refusal_span(c, ci) else {
            continue;
        };
        // The reply: the next seller turn, before the customer speaks again.
        let Some(j) = c
            .next_seller(ci)
            .filter(|&j| c.next_customer(ci).is_none_or(|k| k > j))
        else {
            continue;
        };
        if declines_itself(c, j) {
            continue;
        }
        let t = &c.turns[j];
        let Some(span) = t
            .text
            .cues_of(lex::PUSHBACK)
            .find(|m| own_words(t, m))
            .map(|m| m.span)
            .or_else(|| loss_told(c, j))
        else {
            continue;
        };
        out.push(pushed(
            c,
            Message::new("moment-reoffer-after-refusal"),
            (ci, refusal),
            (j, span),
            Confidence::DEFAULT,
        ));
    }
}

/// Detector: after a clear "no", the seller comes back within `window` turns with another
/// offer to win the customer over (a free month, a discount, "one last offer", "would you
/// also like"), before the customer asks about anything on offer again.
fn new_offer_after_no(c: &Analyzed<'_>, window: usize, reported: &[usize], out: &mut Vec<Finding>) {
    for ci in c.customer_turns() {
        let Some(refusal) = clear_no(c, ci) else {
            continue;
        };
        let mut checked = 0;
        for j in ci + 1..c.len() {
            if checked == window || (c.is_customer(j) && c.turns[j].has_question()) {
                break;
            }
            if !c.is_seller(j) {
                continue;
            }
            checked += 1;
            if reported.contains(&j) || declines_itself(c, j) {
                continue;
            }
            let t = &c.turns[j];
            let sweetened = t
                .text
                .cues
                .iter()
                .find(|m| (m.lex == lex::SWEETENER || m.lex == lex::ADDON) && own_words(t, m));
            // Something else offered in its place, priced or pitched ("there's also the Essentials
            // pack at £12"), is a new offer too.
            let offered = sweetened
                .map(|m| m.span)
                .or_else(|| crate::predicates::pitched_alternative(c, j));
            if let Some(span) = offered {
                out.push(pushed(
                    c,
                    Message::new("moment-reoffer-after-refusal-new"),
                    (ci, refusal),
                    (j, span),
                    Confidence::DEFAULT,
                ));
                break;
            }
        }
    }
}

/// The content stems of what the seller put on offer since the customer last spoke before
/// `ci`: the sentences that name a price or carry an offer, add-on or sweetener cue, less their
/// money and offer words ("39 euros a month", "plan": a cheaper plan shares them) and less the
/// words of the customer's objection (a "budget" both sides name is not the offer).
fn declined_stems(c: &Analyzed<'_>, ci: usize) -> Vec<String> {
    use crate::predicates::{cues_overlapping, has_any, priced_or};
    // A cue open at its end ("euro*", "liian kalli*") stops inside the word it names.
    let touched = |k: usize, lexicons: &[LexId], w: &tact_lang::Token| {
        lexicons.iter().any(|&l| {
            cues_overlapping(&c.turns[k], l, w.norm_start, w.norm_end)
                .next()
                .is_some()
        })
    };
    let from = c.prev_customer(ci).map_or(0, |p| p + 1);
    let objection = c.distinct_stems_where(ci, None, |w| {
        touched(ci, &[lex::PRICE_OBJECTION, lex::BUDGET_LIMIT], w)
    });
    let selling = [lex::ADDON, lex::SWEETENER];
    let money = [
        lex::CURRENCY,
        lex::PRICE_UNIT,
        lex::PRICE_PERIOD,
        lex::OFFER,
    ];
    let mut stems: Vec<String> = Vec::new();
    for k in (from..ci).filter(|&k| c.is_seller(k)) {
        let t = &c.turns[k];
        for s in &t.sentences {
            if !priced_or(c, k, s, lex::OFFER)
                && !has_any(&t.text, &selling, s.norm_start, s.norm_end)
            {
                continue;
            }
            let named = c.distinct_stems_where(k, Some(s), |w| !touched(k, &money, w));
            for stem in named {
                if !objection.contains(&stem) && !stems.contains(&stem) {
                    stems.push(stem);
                }
            }
        }
    }
    stems
}

/// Detector: the customer turns an offer down on its price ("that's over my budget", "è il
/// doppio di quello che pensavamo"), and the seller's reply argues for it again: a sentence with
/// a `win_back` cue ("most people end up upgrading", "chi fa il Premium ha una marcia in più")
/// that names the declined offer, in words other than the cue's, or moving up to it
/// (`upgrade_to`). Serving what the customer asked instead is fine; the argument next to it is
/// the push.
fn argued_after_no(c: &Analyzed<'_>, reported: &[usize], out: &mut Vec<Finding>) {
    for ci in c.customer_turns() {
        // "It's not too expensive, I'll take it" accepts; the "not" inside "non me lo posso
        // permettere" is the objection's own. A plain "no" is the other detectors' business:
        // "kannattaa" after "I'd rather not take a loan" is advice about something else as
        // often as a push.
        let Some(refusal) = price_objection(c, ci) else {
            continue;
        };
        let declined = declined_stems(c, ci);
        if declined.is_empty() {
            continue;
        }
        // The reply to the "no", before the customer speaks again.
        let end = c.next_customer(ci).unwrap_or(c.len());
        for j in (ci + 1..end).filter(|&j| c.is_seller(j)) {
            if reported.contains(&j) || declines_itself(c, j) {
                continue;
            }
            let t = &c.turns[j];
            // "Most people end up upgrading" names the dearer offer without its words; "Sekin
            // kannattaa" names nothing but its own cue.
            let argued = t.text.cues_of(lex::WIN_BACK).find(|m| {
                own_words(t, m)
                    && (names_declined(c, j, m, &declined)
                        || crate::predicates::sentence_at(t, m.norm_start).is_some_and(|s| {
                            crate::predicates::has_any(
                                &t.text,
                                &[lex::UPGRADE_TO],
                                s.norm_start,
                                s.norm_end,
                            )
                        }))
            });
            if let Some(m) = argued {
                out.push(pushed(
                    c,
                    Message::new("moment-reoffer-after-refusal-argued"),
                    (ci, refusal),
                    (j, m.span),
                    Confidence::DEFAULT,
                ));
                break;
            }
        }
    }
}

/// The customer's own objection to a price in turn `ci` ("that's over my budget", lexicon
/// `price_objection`): said, not quoted, and not negated in its clause ("it's not too
/// expensive" accepts).
fn price_objection(c: &Analyzed<'_>, ci: usize) -> Option<Span> {
    let t = &c.turns[ci];
    t.text
        .cues_of(lex::PRICE_OBJECTION)
        .find(|m| crate::predicates::said(t, m) && !crate::predicates::negated_in_clause(t, m))
        .map(|m| m.span)
}

/// Whether the sentence of cue `m` in seller turn `j` names a declined stem in words other than
/// the cue's own.
fn names_declined(
    c: &Analyzed<'_>,
    j: usize,
    m: &tact_lang::CueMatch,
    declined: &[String],
) -> bool {
    let Some(s) = crate::predicates::sentence_at(&c.turns[j], m.norm_start) else {
        return false;
    };
    let outside = |w: &tact_lang::Token| w.norm_end <= m.norm_start || w.norm_start >= m.norm_end;
    c.distinct_stems_where(j, Some(s), outside)
        .iter()
        .any(|st| declined.contains(st))
}

/// How many seller turns after a "no" a declined offer brought back as an aside still counts.
const REMINDER_TURNS: usize = 4;

/// Detector: the customer turns an offer down (a clear "no" the dialogue links to the offer, or
/// an objection to its price), and a later seller turn leaves the door open to it (lexicon
/// `change_mind`: "if you change your mind", "se ci ripensa", "κι αν αλλάξετε γνώμη", "dacă vă
/// răzgândiți", "jos muutat mielesi") in a sentence that names the declined offer in words
/// other than the cue's. Up to [`REMINDER_TURNS`] seller turns on, and only until the customer
/// names the offer again themselves (then they brought it up). A plain aside ("by the way",
/// "muuten") is not enough: after a "no" it brings in a new extra as often as the old one, and
/// a new extra is upsell-barrage's.
fn reminded_after_no(c: &Analyzed<'_>, reported: &[usize], out: &mut Vec<Finding>) {
    const CUES: [LexId; 1] = [lex::CHANGE_MIND];
    for ci in c.customer_turns() {
        let Some(refusal) = clear_no(c, ci).or_else(|| price_objection(c, ci)) else {
            continue;
        };
        // What was declined: the offer the dialogue links the "no" to, named with its offer
        // words ("the extended warranty"), and what was priced or offered since the customer
        // last spoke.
        let mut declined = declined_stems(c, ci);
        if let Some(offer_turn) = c.dialogue.links.declines[ci] {
            for (stem, _) in offer_stems(c, offer_turn) {
                if !declined.contains(&stem) {
                    declined.push(stem);
                }
            }
        }
        if declined.is_empty() {
            continue;
        }
        let mut sellers = 0;
        for j in ci + 1..c.len() {
            if c.is_customer(j) {
                if c.content_stems(j).iter().any(|s| declined.contains(s)) {
                    break;
                }
                continue;
            }
            if !c.is_seller(j) {
                continue;
            }
            sellers += 1;
            if sellers > REMINDER_TURNS {
                break;
            }
            if reported.contains(&j) || declines_itself(c, j) {
                continue;
            }
            let t = &c.turns[j];
            let reminded = CUES
                .iter()
                .flat_map(|&l| t.text.cues_of(l))
                .find(|m| crate::predicates::said(t, m) && names_declined(c, j, m, &declined));
            if let Some(m) = reminded {
                out.push(pushed(
                    c,
                    Message::new("moment-reoffer-after-refusal-reminded"),
                    (ci, refusal),
                    (j, m.span),
                    Confidence::DEFAULT,
                ));
                break;
            }
        }
    }
}

/// What the customer loses by the "no" ("this €12 price won't be available later"): a
/// `loss_framing` cue in the seller's own words with a price or an offer word in its sentence.
/// Alone the same words are service ("the black one is no longer available").
fn loss_told(c: &Analyzed<'_>, j: usize) -> Option<Span> {
    let t = &c.turns[j];
    // Said, negated or not: "nu va mai fi disponibilă" holds its own "not".
    t.text.cues_of(lex::LOSS_FRAMING).find_map(|m| {
        if !crate::predicates::said(t, m) {
            return None;
        }
        let s = crate::predicates::sentence_at(t, m.norm_start)?;
        crate::predicates::priced_or(c, j, s, lex::OFFER).then_some(m.span)
    })
}

/// Detector: the seller presses the offer the customer declined: names it again, doubts the
/// "no" or adds urgency.
fn same_offer_again(c: &Analyzed<'_>, window: usize, out: &mut Vec<Finding>) {
    let d = &c.dialogue;
    for ci in c.customer_turns() {
        // The dialogue layer links a refusal to the offer it declines: a "no" to a
        // preference or a value question ("window seat?") declines nothing.
        let Some(offer_turn) = d.links.declines[ci] else {
            continue;
        };
        let Some(refusal) = refusal_span(c, ci) else {
            continue;
        };
        let offered = offer_stems(c, offer_turn);
        // A bare "no" to a suggestion ("would you like me to look for…?") declines that
        // suggestion, not something on sale: what comes next is another suggestion.
        let bare = d.turns[ci].refusal.is_none();
        if offered.is_empty() || (bare && !sells(c, offer_turn)) {
            continue;
        }
        // "No. What else do you have?" asks for the next proposal.
        let t = &c.turns[ci];
        let asks_anew = t.has_question() || t.text.has(lex::OPEN_REQUEST);
        // Declining an offer the agent put as a question is the clearest case.
        let proposed = d.turns[offer_turn]
            .last_question()
            .is_some_and(|q| q.proposes);
        let mut checked = 0;
        let mut j = ci + 1;
        while j < c.len() && checked < window {
            if c.is_customer(j) {
                // The customer re-opened the topic (a question, or no second refusal):
                // from here on, talking about the offer is answering, not insisting.
                if c.turns[j].has_question() || d.links.declines[j].is_none() {
                    break;
                }
            } else if c.is_seller(j) {
                checked += 1;
                if declines_itself(c, j) {
                    j += 1;
                    continue;
                }
                let t = &c.turns[j].text;
                // A customer who says no and asks something else is served by a reply that
                // answers it; only doubt or urgency presses the old offer then.
                let served = d.links.answers[j].is_some_and(|(q, _)| q == ci) || asks_anew;
                let loss = loss_told(c, j);
                if served && !t.has(lex::PUSHBACK) && !t.has(lex::FALSE_URGENCY) && loss.is_none() {
                    j += 1;
                    continue;
                }
                let again = offer_stems(c, j);
                // Pressing the declined offer: naming it again, or doubting the "no"
                // ("are you sure?") or adding urgency without naming it.
                // Quote the offer itself where the turn names it, else the shared word.
                let same = again
                    .iter()
                    .find(|(st, _)| offered.iter().any(|(o, _)| o == st))
                    .map(|(_, sp)| {
                        t.first(lex::OFFER)
                            .or_else(|| t.first(lex::PROPOSAL))
                            .map_or(*sp, |m| m.span)
                    });
                let pressed = t
                    .first(lex::PUSHBACK)
                    .or_else(|| t.first(lex::FALSE_URGENCY))
                    .map(|m| m.span)
                    .or(loss);
                if let Some(span) = same.or(pressed) {
                    let confidence = if proposed && same.is_some() {
                        Confidence::HIGH
                    } else {
                        Confidence::DEFAULT
                    };
                    out.push(pushed(
                        c,
                        Message::new("moment-reoffer-after-refusal"),
                        (ci, refusal),
                        (j, span),
                        confidence,
                    ));
                    break;
                }
            }
            j += 1;
        }
    }
}
