//! Rule O003 `upsell-barrage`: unrequested offers stacked on a simple request.

use crate::predicates::{
    covered, has_any, own_words, said, sentence_index, shorten, word_range, words_in,
};
use crate::{Analyzed, CheckContext, Confidence, Finding, Message, Rule};
use tact_dialogue::EntityKind;
use tact_lang::lex;
use tact_model::Span;

/// ## What it detects
/// Unsolicited offers stacked on a customer who asked for something simple: after the request,
/// the agent piles up add-ons ("would you also like", "vuole anche", "θέλετε και", "doriți și",
/// "haluatko myös") — at least three different offers before the customer says anything of their
/// own, or an extra pushed in two agent turns in a row while the customer only answers "no", "ok"
/// or "just the coffee" — or packed into one turn: two or more different prices after an add-on
/// cue, or after a recommendation once the customer's item already has a price ("would you also
/// like the warranty at 79 and the pads at 19?", "v-aș recomanda și filtrul, +250 lei, și
/// tratamentul, +400 lei"). One paid extra is enough when it comes as an add-on question with its
/// price, on a request that did not name it ("Would you also like our wine pairing? It's £35 per
/// person."), reported with its own message. So is one paid extra pitched in passing on a
/// customer who came with a problem or a service request (to return, repair, pause, dispute a
/// bill): an aside or add-on cue with a price after it ("I'd like to return it." — "While I have
/// you, we've got a descaling kit on offer at £12.99"), and, in a conversation the customer
/// opened with a problem or a service request (a fault under warranty, a price rise, a pause),
/// a paid extra named with its price without any cue: an upgrade, a service plan, an extended
/// warranty, an express visit, private lessons (lexicon `paid_extra`: "yearly service plan,
/// £89", "piano di manutenzione", "πρόγραμμα σέρβις", "plan anual de service", "vuosihuolto").
/// On a purchase, the same paid extra with its price counts when it is pitched: brought in
/// as an aside in its sentence or the one before ("One more thing: …", "un'ultima cosa", "και
/// κάτι ακόμα", "încă un lucru", "vielä yksi juttu"; lexicon `aside_marker`), or recommended in
/// its own sentence ("I'd recommend the extended warranty, £89"), and not advised against;
/// reported with the message of one paid extra.
/// A pitch the customer has to turn down counts as an extra; the same offer
/// pitched again does not count twice (that is `reoffer-after-refusal`). Not when the customer
/// asked what else there is ("what else do you have?", "avete offerte?").
///
/// ## Why it hurts the sale
/// Seed 001 names "an endless series of additional services" as a face of over-service: the
/// customer who only wanted lunch is asked about sauce, dill and bread, and then told about "a
/// special offer — buy a box and get 30% off a water-park ticket". The seed calls this invented by
/// the sellers' needs and imposed on the customer, with a lack of sympathy for them; a seller with
/// emotional intelligence "will not offer a customer in a hurry lots of promotional goods". Each
/// extra pitch makes the simple thing the customer came for slower and the seller less trusted.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: A large coffee to go, please.
/// agent: Sure! Would you also like a croissant? We also have a muffin deal today. And may I suggest our loyalty card?   # fires
/// ```
/// ```conversation lang=en ok
/// customer: A large coffee to go, please. What else do you have for breakfast?
/// agent: Sure! Would you also like a croissant? We also have a muffin deal today. And may I suggest our porridge?
/// ```
/// ```conversation lang=it bad
/// customer: Vorrei fare una ricarica da 20 euro.
/// agent: Certo. Vuole anche attivare l'offerta internet da 10 giga?
/// customer: No, grazie.
/// agent: Vuole aggiungere l'assicurazione sul telefono?   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Vorrei fare una ricarica da 20 euro.
/// agent: Certo, ricarica da 20 euro fatta. Le serve altro?
/// customer: No, grazie.
/// agent: Buona giornata!
/// ```
/// ```conversation lang=el bad
/// customer: Θα ήθελα ένα σουβλάκι χοιρινό.
/// agent: Θέλετε και πατάτες;
/// customer: Όχι.
/// agent: Να σας βάλω και μια σαλάτα;   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Θα ήθελα ένα σουβλάκι χοιρινό. Τι άλλο έχετε;
/// agent: Θέλετε και πατάτες;
/// customer: Όχι.
/// agent: Να σας βάλω και μια σαλάτα;
/// ```
/// ```conversation lang=ro bad
/// customer: Vreau un abonament simplu de telefon.
/// agent: Sigur. Doriți și un pachet de televiziune? Avem și internet acasă cu reducere. Vă recomand și asigurarea telefonului.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Vreau un abonament simplu de telefon.
/// agent: Sigur. Abonamentul simplu costă 5 euro pe lună și include 500 de minute.
/// ```
/// ```conversation lang=fi bad
/// customer: Yksi kahvi, kiitos.
/// agent: Haluatko myös pullan?
/// customer: En.
/// agent: Saisiko siihen suklaakeksin?   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Yksi kahvi, kiitos.
/// agent: Haluatko myös pullan?
/// customer: En.
/// agent: Selvä, kahvi tulee heti.
/// ```
/// ```conversation lang=en bad
/// customer: I'd like the 8 kg washing machine you have at £449.
/// agent: It's in stock, £449 with free delivery.
/// customer: Great, I'll take it.
/// agent: Would you also like the three-year warranty at £79 and the anti-vibration pads at £19?   # fires
/// ```
/// ```conversation lang=en ok
/// customer: I'd like the 8 kg washing machine you have at £449.
/// agent: It's in stock, £449 with free delivery.
/// customer: Great, I'll take it.
/// agent: Done. We also have the same model in silver at £479 or in black at £489, if you prefer another colour.
/// ```
/// ```conversation lang=it bad
/// customer: Vorrei la lavatrice da 8 kg che avete a 449 euro.
/// agent: È disponibile, 449 euro con consegna gratuita.
/// customer: Perfetto, la prendo.
/// agent: Vuole anche la garanzia di tre anni a 79 euro e i piedini antivibrazione a 19 euro?   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Vorrei la lavatrice da 8 kg che avete a 449 euro.
/// agent: È disponibile, 449 euro con consegna gratuita.
/// customer: Perfetto, la prendo.
/// agent: Fatto. Abbiamo anche lo stesso modello in argento a 479 euro o in nero a 489 euro, se preferisce un altro colore.
/// ```
/// ```conversation lang=el bad
/// customer: Θα ήθελα το πλυντήριο 8 κιλών που έχετε στα 449 ευρώ.
/// agent: Είναι διαθέσιμο, 449 ευρώ με δωρεάν παράδοση.
/// customer: Τέλεια, το παίρνω.
/// agent: Θέλετε και την εγγύηση τριών ετών με 79 ευρώ και τα αντικραδασμικά με 19 ευρώ;   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Θα ήθελα το πλυντήριο 8 κιλών που έχετε στα 449 ευρώ.
/// agent: Είναι διαθέσιμο, 449 ευρώ με δωρεάν παράδοση.
/// customer: Τέλεια, το παίρνω.
/// agent: Έγινε. Έχουμε επίσης το ίδιο μοντέλο σε ασημί στα 479 ευρώ ή σε μαύρο στα 489 ευρώ, αν προτιμάτε άλλο χρώμα.
/// ```
/// ```conversation lang=ro bad
/// customer: Aș vrea mașina de spălat de 8 kg pe care o aveți la 1.449 de lei.
/// agent: E pe stoc, 1.449 de lei cu livrare gratuită.
/// customer: Perfect, o iau.
/// agent: Doriți să adăugăm și garanția de trei ani la 299 de lei și suporturile antivibrații la 79 de lei?   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Aș vrea mașina de spălat de 8 kg pe care o aveți la 1.449 de lei.
/// agent: E pe stoc, 1.449 de lei cu livrare gratuită.
/// customer: Perfect, o iau.
/// agent: Gata. Avem și același model în argintiu la 1.499 de lei sau în negru la 1.529 de lei, dacă preferați altă culoare.
/// ```
/// ```conversation lang=fi bad
/// customer: Haluaisin sen 8 kilon pesukoneen, joka teillä on 449 eurolla.
/// agent: Sitä on varastossa, 449 euroa ilmaisella toimituksella.
/// customer: Hienoa, otan sen.
/// agent: Haluatko myös kolmen vuoden lisäturvan 79 eurolla ja tärinänvaimentimet 19 eurolla?   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Haluaisin sen 8 kilon pesukoneen, joka teillä on 449 eurolla.
/// agent: Sitä on varastossa, 449 euroa ilmaisella toimituksella.
/// customer: Hienoa, otan sen.
/// agent: Tehty. Meillä on myös sama malli hopeisena 479 eurolla tai mustana 489 eurolla, jos haluat toisen värin.
/// ```
/// ```conversation lang=en bad
/// customer: I'd like to book a table for two on Friday at 8 pm.
/// agent: Booked for Friday at 8 pm. Would you also like our wine pairing? It's £35 per person.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: I'd like to book a table for two on Friday at 8 pm. Is there a wine pairing?
/// agent: Booked for Friday at 8 pm. Would you also like our wine pairing? It's £35 per person.
/// ```
/// ```conversation lang=it bad
/// customer: Vorrei prenotare un tavolo per due venerdì alle 20.
/// agent: Prenotato per venerdì alle 20. Vuole anche l'abbinamento dei vini? Sono 35 euro a persona.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Vorrei prenotare un tavolo per due venerdì alle 20.
/// agent: Prenotato per venerdì alle 20. Abbiamo anche l'abbinamento dei vini, 35 euro a persona, se le interessa.
/// ```
/// ```conversation lang=el bad
/// customer: Θα ήθελα να κλείσω τραπέζι για δύο την Παρασκευή στις 8.
/// agent: Έγινε η κράτηση για Παρασκευή στις 8. Θέλετε και το μενού κρασιών; Είναι 35 ευρώ το άτομο.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Θα ήθελα να κλείσω τραπέζι για δύο την Παρασκευή στις 8. Έχετε μενού κρασιών;
/// agent: Έγινε η κράτηση για Παρασκευή στις 8. Θέλετε και το μενού κρασιών; Είναι 35 ευρώ το άτομο.
/// ```
/// ```conversation lang=ro bad
/// customer: Aș vrea să rezerv o masă pentru două persoane vineri la ora 20.
/// agent: Am rezervat pentru vineri la ora 20. Doriți și meniul de vinuri? Costă 150 de lei de persoană.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Aș vrea să rezerv o masă pentru două persoane vineri la ora 20.
/// agent: Am rezervat pentru vineri la ora 20. Avem și un meniu de vinuri, 150 de lei de persoană, dacă vă interesează.
/// ```
/// ```conversation lang=fi bad
/// customer: Haluaisin varata pöydän kahdelle perjantaina klo 20.
/// agent: Varattu perjantaille klo 20. Haluatteko myös viinipaketin? Se maksaa 35 euroa hengeltä.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Haluaisin varata pöydän kahdelle perjantaina klo 20.
/// agent: Varattu perjantaille klo 20. Meillä on myös viinipaketti, 35 euroa hengeltä, jos se kiinnostaa.
/// ```
/// ```conversation lang=en bad
/// customer: Hi, my new toaster stopped working after two days. I'd like to return it.
/// agent: Sorry about that, you can return it for a full refund. While I have you, we've got a crumb-tray cleaning kit on offer at £12.99 as well.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: Hi, my new toaster stopped working after two days. I'd like to return it.
/// agent: Sorry about that, you can return it for a full refund. Bring it with the receipt, or we can collect it for free.
/// ```
/// ```conversation lang=it bad
/// customer: Buongiorno, la lavatrice che ho comprato da voi perde acqua. Vorrei la riparazione in garanzia.
/// agent: Certo, apro subito la pratica di riparazione. Le segnalo anche il nostro kit anticalcare a 14,90 €, molto utile.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Buongiorno, la lavatrice che ho comprato da voi perde acqua. Vorrei la riparazione in garanzia.
/// agent: Certo, apro subito la pratica di riparazione. Il tecnico la chiamerà entro domani per fissare la visita.
/// ```
/// ```conversation lang=el bad
/// customer: Καλησπέρα, το πλυντήριο που αγόρασα δεν λειτουργεί. Θέλω επισκευή με την εγγύηση.
/// agent: Βεβαίως, ανοίγω τώρα αίτημα επισκευής. Κάτι που ίσως σας ενδιαφέρει: έχουμε κιτ καθαρισμού με 14,90 €.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Καλησπέρα, το πλυντήριο που αγόρασα δεν λειτουργεί. Θέλω επισκευή με την εγγύηση.
/// agent: Βεβαίως, ανοίγω τώρα αίτημα επισκευής. Ο τεχνικός θα σας καλέσει αύριο για ραντεβού.
/// ```
/// ```conversation lang=ro bad
/// customer: Bună ziua, mașina de spălat cumpărată de la voi nu funcționează. Vreau reparație în garanție.
/// agent: Sigur, deschid acum cererea de reparație. Și dacă tot vorbim, avem un kit anticalcar la 59 de lei.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Bună ziua, mașina de spălat cumpărată de la voi nu funcționează. Vreau reparație în garanție.
/// agent: Sigur, deschid acum cererea de reparație. Tehnicianul vă sună mâine să stabilim vizita.
/// ```
/// ```conversation lang=fi bad
/// customer: Hei, teiltä ostamani pesukone ei toimi. Haluan sen korjaukseen takuulla.
/// agent: Selvä, avaan korjauspyynnön heti. Sivuhuomiona, meillä on kalkinpoistosarja tarjouksessa 14,90 eurolla.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Hei, teiltä ostamani pesukone ei toimi. Haluan sen korjaukseen takuulla.
/// agent: Selvä, avaan korjauspyynnön heti. Huoltomies soittaa huomenna ja sopii käynnin.
/// ```
/// ```conversation lang=en bad
/// customer: My e-bike battery only lasts half as long as in spring, can you check it under warranty?
/// agent: Sure, bring it in on Thursday. Many riders also take our yearly service plan, it's £89.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: My e-bike battery only lasts half as long as in spring, can you check it under warranty?
/// agent: Sure, bring it in on Thursday and we'll test the battery; if it's faulty the warranty replaces it.
/// ```
/// ```conversation lang=it bad
/// customer: La batteria della mia e-bike dura la metà rispetto alla primavera, potete controllarla in garanzia?
/// agent: Certo, la porti giovedì. Molti clienti prendono il nostro piano di manutenzione annuale, costa 89 €.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: La batteria della mia e-bike dura la metà rispetto alla primavera, potete controllarla in garanzia?
/// agent: Certo, la porti giovedì e testiamo la batteria; se è difettosa la garanzia la sostituisce.
/// ```
/// ```conversation lang=el bad
/// customer: Η μπαταρία του ηλεκτρικού ποδηλάτου μου κρατάει τη μισή διάρκεια από την άνοιξη, μπορείτε να την ελέγξετε στην εγγύηση;
/// agent: Βεβαίως, φέρτε το την Πέμπτη. Πολλοί πελάτες παίρνουν το ετήσιο πρόγραμμα σέρβις, κοστίζει 89 €.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Η μπαταρία του ηλεκτρικού ποδηλάτου μου κρατάει τη μισή διάρκεια από την άνοιξη, μπορείτε να την ελέγξετε στην εγγύηση;
/// agent: Βεβαίως, φέρτε το την Πέμπτη να ελέγξουμε την μπαταρία· αν είναι ελαττωματική, την αλλάζει η εγγύηση.
/// ```
/// ```conversation lang=ro bad
/// customer: Bateria bicicletei mele electrice ține doar jumătate cât în primăvară, o puteți verifica în garanție?
/// agent: Sigur, aduceți-o joi. Mulți clienți iau planul anual de service, costă 89 de lei.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Bateria bicicletei mele electrice ține doar jumătate cât în primăvară, o puteți verifica în garanție?
/// agent: Sigur, aduceți-o joi și testăm bateria; dacă e defectă, o înlocuim în garanție.
/// ```
/// ```conversation lang=fi bad
/// customer: Sähköpyöräni akku kestää enää puolet siitä mitä keväällä, voitteko tarkistaa sen takuussa?
/// agent: Toki, tuo se torstaina. Moni ottaa meiltä vuosihuollon, se maksaa 89 €.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Sähköpyöräni akku kestää enää puolet siitä mitä keväällä, voitteko tarkistaa sen takuussa?
/// agent: Toki, tuo se torstaina, niin testataan akku; jos se on viallinen, takuu vaihtaa sen.
/// ```
/// ```conversation lang=en bad
/// customer: I'd like the 15-inch laptop you have on the website, is it in stock?
/// agent: Yes, it's in stock and ships tomorrow. One more thing: I'd recommend the extended warranty, three years for £89.   # fires
/// ```
/// ```conversation lang=en ok
/// customer: I'd like the 15-inch laptop with the extended warranty, is it in stock?
/// agent: Yes, it's in stock and ships tomorrow. One more thing: the extended warranty is three years for £89.
/// ```
/// ```conversation lang=it bad
/// customer: Vorrei il portatile da 15 pollici del vostro sito, è disponibile?
/// agent: Sì, è disponibile e parte domani. Un'ultima cosa: le consiglierei l'estensione di garanzia a tre anni, 89 €.   # fires
/// ```
/// ```conversation lang=it ok
/// customer: Vorrei il portatile da 15 pollici con l'estensione di garanzia, è disponibile?
/// agent: Sì, è disponibile e parte domani. Un'ultima cosa: l'estensione di garanzia a tre anni costa 89 €.
/// ```
/// ```conversation lang=el bad
/// customer: Θα ήθελα το λάπτοπ 15 ιντσών που έχετε στο site, είναι διαθέσιμο;
/// agent: Ναι, είναι διαθέσιμο και φεύγει αύριο. Και κάτι ακόμα: σας προτείνω την επέκταση εγγύησης για τρία χρόνια, 89 €.   # fires
/// ```
/// ```conversation lang=el ok
/// customer: Θα ήθελα το λάπτοπ 15 ιντσών με επέκταση εγγύησης, είναι διαθέσιμο;
/// agent: Ναι, είναι διαθέσιμο και φεύγει αύριο. Και κάτι ακόμα: η επέκταση εγγύησης για τρία χρόνια κοστίζει 89 €.
/// ```
/// ```conversation lang=ro bad
/// customer: Aș vrea laptopul de 15 inch de pe site, îl aveți în stoc?
/// agent: Da, e în stoc și pleacă mâine. Încă un lucru: vă recomand garanția extinsă de trei ani, 399 lei.   # fires
/// ```
/// ```conversation lang=ro ok
/// customer: Aș vrea laptopul de 15 inch cu garanția extinsă, îl aveți în stoc?
/// agent: Da, e în stoc și pleacă mâine. Încă un lucru: garanția extinsă de trei ani costă 399 lei.
/// ```
/// ```conversation lang=fi bad
/// customer: Haluaisin sen 15 tuuman kannettavan teidän sivuilta, onko sitä varastossa?
/// agent: On varastossa ja lähtee huomenna. Vielä yksi juttu: suosittelen kolmen vuoden lisäturvaa, 89 €.   # fires
/// ```
/// ```conversation lang=fi ok
/// customer: Haluaisin sen 15 tuuman kannettavan lisäturvan kanssa, onko sitä varastossa?
/// agent: On varastossa ja lähtee huomenna. Vielä yksi juttu: kolmen vuoden lisäturva maksaa 89 €.
/// ```
///
/// ## Suggested instead
/// Serve what the customer asked for first and quickly; if one extra really fits their need, offer
/// that one, once, and take the first "no" as the answer for everything else.
///
/// ## Options
/// - `min_offers` (default 3): unrequested offers after one request that make a barrage.
/// - `min_turns` (default 2): agent turns in a row, each adding an extra, that make a barrage.
///
/// ## Known limits
/// An offer counts when it carries an add-on cue (lexicon `addon`), when it is a question with an
/// offer word (lexicon `offer`) about something the customer did not mention, or when the
/// customer's reply turns it down; a barrage must hold at least one add-on cue, so a string of
/// extras suggested in plain words ("Bread? Sauce?") is missed. A single paid extra counts only
/// as a question with an add-on cue and a price after the cue or in the next sentence, so one
/// recommended in a statement ("I'd recommend the warranty, 89 €") counts only when lexicon
/// `paid_extra` lists it (a screen protector or a tyre package is missed), and one whose words
/// share a stem with the request is taken as asked for. Offers are told apart by their
/// content words, so two extras described with the same two words count as one. Service
/// questions phrased as add-ons ("would you also like a bag?") count like any other extra. The
/// request is not judged for size: a customer who listed many needs in one turn is treated like
/// one who asked for a coffee. A new offer is compared with the last 32 offers only, so the same
/// extra pitched again after more than 32 others counts as a new one; a message quotes the first
/// five offers and says how many more there were. In one turn, the prices are what is counted:
/// extras named without a price ("and a bag?") do not count there, a price compared with an
/// earlier one ("460 instead of 380") counts as one more, and an add-on cue that only states a
/// fact ("we also have a festival in town") starts the count as if it pitched something. An extra
/// pitched on a problem needs a price with a currency after an aside or add-on cue (lexicons
/// `side_pitch`, `addon`), so one priced as a bare number ("a 39,90 invece di 64") or pitched in
/// plain words ("the Plus plan would suit you better, 44 €") is missed; the problem is read from
/// the customer's words (lexicons `service_request`, `customer_complaint`, `cancel_request`), so
/// a fault described without them ("the tooth split") does not count; and a goodwill gesture named
/// without a word of lexicon `compensation` (refund, voucher, credit, "for the trouble") is taken
/// for a sale. A paid extra named without a cue counts only in a conversation whose first or
/// second customer turn reports a problem or asks for a service and does not ask to cancel
/// (retention offers are a different matter), only up to a request to cancel, and only for the
/// extras lexicon `paid_extra` lists, with a price after it within three sentences, and only in a
/// conversation where no other detector of this rule found anything: a bigger battery, a
/// catastrophe cover or an "engagement shoot" pitched on a problem is missed, and the express
/// fee of a visit the customer did ask to hurry is reported as an extra. Any conversation not
/// opened with a problem or a service request is read as a purchase, so an extra named with an
/// aside and its price while a bill is explained counts too. On a purchase, the customer's first
/// request asking which options there are quiets only the reply to it, so an extra pitched two
/// turns after "what would you recommend?" counts; asking again later quiets the rest.
pub struct UpsellBarrage;

/// How many of the latest offers a new one is compared with to tell a repeat from one more
/// extra: enough for any real barrage, and a bound that keeps a long turn linear.
const RECENT_OFFERS: usize = 32;

/// How many offers a message quotes before it says how many more there were.
const QUOTED_OFFERS: usize = 5;

/// An unrequested offer: where its cue is, what it offers, and how it was made.
#[derive(Clone)]
struct Offer {
    turn: usize,
    span: Span,
    /// An explicit add-on cue ("would you also like").
    addon: bool,
    /// It adds an extra: an add-on cue, or a pitch the customer had to turn down.
    extra: bool,
    /// Content stems of the offer outside cue words and the request, to tell offers apart.
    what: Vec<String>,
}

impl Offer {
    /// The same thing offered again: two words in common, or the one word of a short offer
    /// ("the warranty"); a shared price word alone ("euros") does not make two offers one.
    fn repeats(&self, earlier: &Offer) -> bool {
        let shared = self
            .what
            .iter()
            .filter(|w| earlier.what.contains(w))
            .count();
        shared > 0 && shared >= self.what.len().min(earlier.what.len()).min(2)
    }
}

/// The content stems of sentence `[start, end)` of turn `i`, outside add-on cues and not among
/// the request's stems.
fn what_of(c: &Analyzed<'_>, i: usize, start: u32, end: u32, asked: &[String]) -> Vec<String> {
    let t = &c.turns[i];
    c.content_tokens_in(i, word_range(&t.text, start, end))
        .filter(|k| !covered(t, lex::ADDON, k.norm_start, k.norm_end))
        .map(|k| c.stem_of(i, k).to_string())
        .filter(|st| !asked.contains(st))
        .collect()
}

/// The offers of seller turn `i`, one per sentence; `asked` holds the stems of the request.
fn offers(c: &Analyzed<'_>, i: usize, asked: &[String]) -> Vec<Offer> {
    let t = &c.turns[i];
    let mut out = Vec::new();
    for s in &t.sentences {
        if let Some(m) = t.text.cues_in(lex::ADDON, s.norm_start, s.norm_end).next() {
            out.push(Offer {
                turn: i,
                span: m.span,
                addon: true,
                extra: true,
                what: what_of(c, i, s.norm_start, s.norm_end, asked),
            });
            continue;
        }
        if !s.is_question {
            continue;
        }
        let Some(m) = t.text.cues_in(lex::OFFER, s.norm_start, s.norm_end).next() else {
            continue;
        };
        // A question about what the customer asked for is serving them, not selling more.
        let about_request = c
            .content_tokens_in(i, word_range(&t.text, s.norm_start, s.norm_end))
            .any(|k| asked.iter().any(|a| a == c.stem_of(i, k)));
        if !about_request {
            out.push(Offer {
                turn: i,
                span: m.span,
                addon: false,
                extra: false,
                what: what_of(c, i, s.norm_start, s.norm_end, asked),
            });
        }
    }
    if out.is_empty() {
        out.extend(turned_down(c, i, asked));
    }
    out
}

/// A pitch in seller turn `i` that the customer's reply turns down: a sentence with an offer word
/// about something the customer did not ask for, or that the refusal names. Having to say no
/// proves the extra was unrequested, even when it came as a statement.
fn turned_down(c: &Analyzed<'_>, i: usize, asked: &[String]) -> Option<Offer> {
    let ci = c.next_customer(i)?;
    if c.prev_seller(ci) != Some(i) {
        return None;
    }
    let reply = &c.turns[ci].text;
    if !reply.has(lex::REFUSAL) && !reply.has(lex::NOTHING_REPLY) {
        return None;
    }
    let refused: Vec<String> = c
        .content_stems(ci)
        .into_iter()
        .filter(|s| !asked.contains(s))
        .collect();
    let t = &c.turns[i];
    t.sentences.iter().find_map(|s| {
        let m = t
            .text
            .cues_in(lex::OFFER, s.norm_start, s.norm_end)
            .next()?;
        let stems: Vec<&str> = c
            .content_tokens_in(i, word_range(&t.text, s.norm_start, s.norm_end))
            .map(|k| c.stem_of(i, k))
            .collect();
        let unasked = !stems.iter().any(|st| asked.iter().any(|a| a == st));
        let named = stems.iter().any(|st| refused.iter().any(|r| r == st));
        (unasked || named).then(|| Offer {
            turn: i,
            span: m.span,
            addon: false,
            extra: true,
            what: what_of(c, i, s.norm_start, s.norm_end, asked),
        })
    })
}

/// The fewest priced extras one turn must pitch to be a barrage on its own.
const PRICED_EXTRAS: usize = 2;

/// Whether the customer turn before seller turn `i` asked what something costs: the prices that
/// follow answer them rather than sell to them.
fn asked_price(c: &Analyzed<'_>, i: usize) -> bool {
    c.prev_customer(i).is_some_and(|p| {
        c.dialogue.turns[p]
            .questions
            .iter()
            .any(|q| q.asks_for == Some(EntityKind::Money))
    })
}

/// A barrage packed into one turn: after its first add-on cue ("abbiamo anche", "would you
/// also like"), or its first recommendation ("I'd recommend", "v-aș recomanda") once a seller
/// turn has already named a price, seller turn `i` names at least [`PRICED_EXTRAS`] different
/// prices ("the bag at 39 € and the mouse at 19 €"); alternatives ("52 € or 46 €") count once.
/// The cue and the prices, quoted. `priced_before`: an earlier seller turn named a price.
fn priced_extras(c: &Analyzed<'_>, i: usize, priced_before: bool) -> Option<(Span, Vec<String>)> {
    let t = &c.turns[i];
    // A recommendation is an extra once something is already priced for the customer (the
    // first prices of a conversation recommend what they came for); an add-on cue always is.
    let lexicons: &[_] = if priced_before {
        &[lex::PITCH_PHRASE, lex::ADDON]
    } else {
        &[lex::ADDON]
    };
    let cues: Vec<&tact_lang::CueMatch> = lexicons
        .iter()
        .flat_map(|&l| t.text.cues_of(l).filter(|m| own_words(t, m)))
        .collect();
    let cue = cues.iter().min_by_key(|m| m.norm_start)?;
    if asked_price(c, i) {
        return None;
    }
    // Prices count in the sentences that pitch ("Total £528." after them adds nothing).
    let pitching: Vec<(u32, u32)> = t
        .sentences
        .iter()
        .filter(|s| {
            cues.iter()
                .any(|m| m.norm_start >= s.norm_start && m.norm_end <= s.norm_end)
        })
        .map(|s| (s.norm_start, s.norm_end))
        .collect();
    let prices = prices_after(c, i, cue.norm_start, &pitching);
    (prices.len() >= PRICED_EXTRAS).then_some((cue.span, prices))
}

/// One paid extra on a specific request: an add-on question ("would you also like…?", "le
/// aggiungo anche…?") that names something the customer did not name in the request, with one
/// price after the cue in the question or, when the question has none, in the sentence right
/// after ("Lisätäänkö vielä sijaisautoturva? Se on 32 €."). An add-on said as a statement ("we
/// also have a menu at 25 €", "if you also want it collected, 40 €") informs rather than
/// pitches, so only questions count; each question is judged on its own. The cue and the
/// price, quoted.
fn priced_extra(c: &Analyzed<'_>, i: usize, asked: &[String]) -> Option<(Span, String)> {
    if asked_price(c, i) {
        return None;
    }
    let t = &c.turns[i];
    t.text.cues_of(lex::ADDON).find_map(|m| {
        if !own_words(t, m) {
            return None;
        }
        let k = sentence_index(t, m.norm_start)?;
        let q = &t.sentences[k];
        if !q.is_question || m.norm_end > q.norm_end {
            return None;
        }
        // What is offered is named in the question; the sentence after it prices it.
        let what = what_of(c, i, q.norm_start, q.norm_end, asked);
        let about_request = c
            .content_tokens_in(i, word_range(&t.text, q.norm_start, q.norm_end))
            .any(|w| asked.iter().any(|s| s == c.stem_of(i, w)));
        if what.is_empty() || about_request {
            return None;
        }
        let mut prices = prices_after(c, i, m.norm_start, &[(q.norm_start, q.norm_end)]);
        if prices.is_empty() {
            if let Some(next) = t.sentences.get(k + 1) {
                prices = prices_after(c, i, next.norm_start, &[(next.norm_start, next.norm_end)]);
            }
        }
        (prices.len() == 1).then(|| (m.span, prices.remove(0)))
    })
}

/// One paid extra pitched on a customer who came with a problem or a service request (to pause,
/// return, repair, dispute a bill: lexicons `service_request`, `customer_complaint`,
/// `cancel_request`): an aside or add-on cue (lexicons `side_pitch`, `addon`: "just so you know,
/// we've got a bundle", "le segnalo anche il nostro piano") said as a statement or a question,
/// with a price after it in its sentence or the next, about something the request did not name.
/// The customer came to have something fixed, so an extra with a price is a sale they did not
/// ask for, even said in passing. The cue and the price, quoted.
fn priced_aside(c: &Analyzed<'_>, i: usize, asked: &[String]) -> Option<(Span, String)> {
    if asked_price(c, i) {
        return None;
    }
    let t = &c.turns[i];
    let mut cues: Vec<&tact_lang::CueMatch> = t
        .text
        .cues_of(lex::SIDE_PITCH)
        .chain(t.text.cues_of(lex::ADDON))
        .filter(|m| own_words(t, m))
        .collect();
    cues.sort_by_key(|m| m.norm_start);
    cues.into_iter().find_map(|m| {
        let k = sentence_index(t, m.norm_start)?;
        let mut s = &t.sentences[k];
        let mut prices = prices_after(c, i, m.norm_start, &[(s.norm_start, s.norm_end)]);
        if prices.is_empty() {
            s = t.sentences.get(k + 1)?;
            prices = prices_after(c, i, s.norm_start, &[(s.norm_start, s.norm_end)]);
            if prices.is_empty() {
                return None;
            }
        }
        let price = c.dialogue.turns[i].entities.iter().find(|e| {
            e.kind == EntityKind::Money && e.norm_start >= s.norm_start.max(m.norm_start)
        })?;
        // What is priced is named from the cue to a few words after the price: the fee of the
        // service asked for ("there's a freeze fee of £12", "we charge £4.99 for return
        // postage") serves the request, and so does a refund or a goodwill gesture ("we'll
        // refund £29.99", "a £20 voucher for the trouble").
        let after = words_in(&t.text, price.norm_end, s.norm_end);
        let upto = after
            .get(PRICED_WORDS_AFTER - 1)
            .or(after.last())
            .map_or(price.norm_end, |w| w.norm_end);
        let about_request = c
            .content_tokens_in(i, word_range(&t.text, m.norm_start, upto))
            .any(|w| asked.iter().any(|a| a == c.stem_of(i, w)));
        let gives_back = gives_back(&t.text, m.norm_start.min(s.norm_start), s.norm_end);
        (!about_request && !gives_back).then(|| (m.span, prices.remove(0)))
    })
}

/// The customer turn that opens the conversation's matter, when it reports a problem or asks
/// for a service (a fault under warranty, a price rise, a pause: lexicons `service_request`,
/// `customer_complaint`) and does not ask to cancel: the first or second customer turn of more
/// than three words (the second often says what the greeting did not).
fn service_opening(c: &Analyzed<'_>) -> Option<usize> {
    let reports = |i: usize, l: tact_lang::LexId| {
        let t = &c.turns[i];
        t.text.cues_of(l).any(|m| own_words(t, m))
    };
    let opening: Vec<usize> = c
        .customer_turns()
        .filter(|&i| c.turns[i].word_count() > 3)
        .take(2)
        .collect();
    // A customer who came to cancel hears retention offers, a different matter.
    if opening.iter().any(|&i| reports(i, lex::CANCEL_REQUEST)) {
        return None;
    }
    opening.into_iter().find(|&i| {
        [lex::SERVICE_REQUEST, lex::CUSTOMER_COMPLAINT]
            .into_iter()
            .any(|l| reports(i, l))
    })
}

/// Paid extras sold on a service matter: in a conversation the customer opened with a problem
/// or a service request ([`service_opening`]), each seller turn that names a paid extra
/// (lexicon `paid_extra`: an upgrade, a service plan, an extended warranty, an express visit,
/// private lessons) with a price in that sentence or one of the next two. The customer came to
/// have something fixed, so the extra is a sale they did not ask for, even as a remedy ("we
/// can send a technician within 48 hours, the express visit is £79"). Not when the customer
/// named that extra first (every content word of it) or asked what things cost or which options
/// there are, when the
/// sentence gives something back (a refund, a credit, a grant), or when the same extra was
/// already pitched (a re-offer is reoffer-after-refusal's), when "your" comes right before it
/// (the customer's own plan), and no longer once the customer asks to cancel (what follows is
/// retention) or what else there is. `(turn, extra, price)`, one per turn.
fn paid_extras_on_service(c: &Analyzed<'_>, opening: usize) -> Vec<(usize, Span, String)> {
    paid_extras_after(c, opening, false)
}

/// Paid extras sold on a purchase: in a conversation the customer did not open with a problem,
/// a paid extra with its price as in [`paid_extras_on_service`], but only when it is pitched:
/// an aside in its sentence or the one before ("one more thing", "un'ultima cosa", "και κάτι
/// ακόμα", "dacă tot vorbim", "vielä yks juttu"; lexicons `aside_marker`, `side_pitch`), or a
/// recommendation (`pitch_phrase`) or an add-on cue (`addon`) in its own sentence, and not
/// negated. Naming an extended warranty and
/// its price when asked what is included informs; bringing it in as an aside or a
/// recommendation on top of what the customer came for sells. `opening`: the customer's first
/// request.
fn paid_extras_on_sale(c: &Analyzed<'_>, opening: usize) -> Vec<(usize, Span, String)> {
    paid_extras_after(c, opening, true)
}

/// The asides that make a paid extra named in a sale a pitch ([`paid_extras_on_sale`]), in its
/// sentence or the one before.
const ASIDE_CUES: [tact_lang::LexId; 2] = [lex::ASIDE_MARKER, lex::SIDE_PITCH];
/// The recommendations and add-on cues that do the same, in the extra's own sentence.
const PITCH_CUES: [tact_lang::LexId; 2] = [lex::PITCH_PHRASE, lex::ADDON];

/// The customer's first request: their first turn of more than three words.
fn first_request(c: &Analyzed<'_>) -> Option<usize> {
    c.customer_turns().find(|&i| c.turns[i].word_count() > 3)
}

/// The paid extras of [`paid_extras_on_service`] from customer turn `opening` on; with
/// `pitched_only`, only those whose sentence or the one before holds one of [`PITCH_CUES`].
fn paid_extras_after(
    c: &Analyzed<'_>,
    opening: usize,
    pitched_only: bool,
) -> Vec<(usize, Span, String)> {
    // The content stems of a cue: an extra is named when every one of them was said.
    let stems = |j: usize, m: &tact_lang::CueMatch| -> Vec<&str> {
        c.content_tokens_in(j, word_range(&c.turns[j].text, m.norm_start, m.norm_end))
            .map(|w| c.stem_of(j, w))
            .collect()
    };
    let mut spoken: Vec<&str> = Vec::new();
    let mut pitched: Vec<Vec<&str>> = Vec::new();
    let mut found = Vec::new();
    for i in 0..c.len() {
        if c.is_customer(i) {
            // From a request to cancel on, offers are retention, a different matter; from a
            // "what else do you have?" on, they were asked for.
            let t = &c.turns[i];
            // In a sale, asking in the first request which options there are is how shopping
            // starts (it quiets only the reply to it); asking again later asks for the extras.
            let asks_more = t.text.has(lex::ASKS_FOR_OPTIONS) && !(pitched_only && i == opening);
            if asks_more || t.text.cues_of(lex::CANCEL_REQUEST).any(|m| own_words(t, m)) {
                break;
            }
            spoken.extend(c.content_tokens(i).map(|w| c.stem_of(i, w)));
            continue;
        }
        if i < opening || !c.is_seller(i) {
            continue;
        }
        let t = &c.turns[i];
        let asked_options = c
            .prev_customer(i)
            .is_some_and(|p| c.turns[p].text.has(lex::ASKS_FOR_OPTIONS));
        let quiet = asked_price(c, i) || asked_options;
        let hit = t.text.cues_of(lex::PAID_EXTRA).find_map(|m| {
            let what = stems(i, m);
            let named = !what.is_empty() && what.iter().all(|s| spoken.contains(s));
            // Said, not only unnegated: a pitch softened by "no obligation" or "so as not to
            // fall behind" still pitches.
            // On a sale the extra must be recommended, not advised against ("you don't need
            // the extended warranty (£89)").
            let spoken_for = if pitched_only {
                own_words(t, m)
            } else {
                said(t, m)
            };
            if quiet || !spoken_for || named || pitched.contains(&what) {
                return None;
            }
            // "Your service plan", "il suo piano": what the customer already has.
            let theirs = words_in(&t.text, 0, m.norm_start)
                .iter()
                .rev()
                .take(2)
                .any(|w| covered(t, lex::ADDRESSEE_POSSESSIVE, w.norm_start, w.norm_end));
            if theirs {
                return None;
            }
            let k = sentence_index(t, m.norm_start)?;
            if pitched_only {
                // An aside may stand in the sentence before ("One more thing. The care plan is
                // £89."); a recommendation there recommends what the customer came for.
                let (before, own) = (&t.sentences[k.saturating_sub(1)], &t.sentences[k]);
                let cued = |lexicons: &[tact_lang::LexId], from: u32| {
                    lexicons.iter().any(|&l| {
                        t.text
                            .cues_in(l, from, own.norm_end)
                            .any(|cue| own_words(t, cue))
                    })
                };
                if !cued(&ASIDE_CUES, before.norm_start) && !cued(&PITCH_CUES, own.norm_start) {
                    return None;
                }
            }
            // The price comes after the extra ("La riparazione costa 60 €, e gliela metto in
            // priorità" prices the repair), in its sentence or a sentence or two later ("… the
            // 500Wh upgrade. It's in stock. £549 fitted.").
            let priced = |s: &tact_lang::Sentence| {
                let from = s.norm_start.max(m.norm_start);
                prices_after(c, i, from, &[(s.norm_start, s.norm_end)])
                    .into_iter()
                    .next()
                    .map(|p| (s.norm_end, p))
            };
            let (end, price) = t.sentences[k..]
                .iter()
                .take(PRICE_SENTENCES)
                .find_map(priced)?;
            (!gives_back(&t.text, t.sentences[k].norm_start, end)).then_some((m.span, price))
        });
        pitched.extend(t.text.cues_of(lex::PAID_EXTRA).map(|m| stems(i, m)));
        if let Some((span, price)) = hit {
            found.push((i, span, price));
        }
    }
    found
}

/// In how many sentences, from the one that names a paid extra, its price is looked for.
const PRICE_SENTENCES: usize = 3;

/// Whether the normalized range `a..b` gives something back: a refund, a credit or goodwill
/// (lexicon `compensation`), or a grant (`helpful_grant`). A price there is not a sale.
fn gives_back(t: &tact_lang::TurnText, a: u32, b: u32) -> bool {
    has_any(t, &[lex::COMPENSATION, lex::HELPFUL_GRANT], a, b)
}

/// How many words after a price still name what it is for ("£4.99 for return postage").
const PRICED_WORDS_AFTER: usize = 4;

/// The message of one paid extra asked about with its price on a request that did not name it.
const PRICED_ONE: &str = "moment-upsell-barrage-priced-one";
/// The message of one paid extra pitched in passing on a customer who came with a problem.
const ON_PROBLEM: &str = "moment-upsell-barrage-on-problem";

/// The moment of one paid extra (`key` says which kind) pitched in seller turn `i` at `span`
/// for `price`, after the request in customer turn `r`.
fn one_extra(
    c: &Analyzed<'_>,
    i: usize,
    r: usize,
    key: &'static str,
    (span, price): (Span, String),
) -> Finding {
    Finding {
        confidence: Confidence::DEFAULT,
        turn: i,
        span,
        message: Message::new(key)
            .text("request", shorten(c.text(r)))
            .text("pitch", c.quote(i, span))
            .text("price", price),
    }
}

/// The moment of [`priced_aside`] in seller turn `i`, after the request in customer turn `r`.
fn aside(c: &Analyzed<'_>, i: usize, r: usize, asked: &[String]) -> Option<Finding> {
    let found = priced_aside(c, i, asked)?;
    Some(one_extra(c, i, r, ON_PROBLEM, found))
}

/// The different prices of seller turn `i` from normalized offset `from` on, inside the
/// `pitching` sentences, quoted with their currency; alternatives ("52 € or 46 €") and ranges
/// ("19 to 39 €") count once.
fn prices_after(c: &Analyzed<'_>, i: usize, from: u32, pitching: &[(u32, u32)]) -> Vec<String> {
    let t = &c.turns[i];
    let mut values: Vec<f64> = Vec::new();
    let mut prices = Vec::new();
    let mut last_end = None;
    for e in &c.dialogue.turns[i].entities {
        if e.kind != EntityKind::Money
            || e.norm_start < from
            || !pitching
                .iter()
                .any(|&(a, b)| e.norm_start >= a && e.norm_end <= b)
        {
            continue;
        }
        // "52 € or 46 €" is one choice between alternatives and "19 to 39 €" one range, not
        // two extras.
        let one_price = last_end.is_some_and(|end: u32| {
            let between = words_in(&t.text, end, e.norm_start);
            t.text
                .cues_in(lex::CHOICE_CONNECTOR, end, e.norm_start)
                .next()
                .is_some()
                || (!between.is_empty()
                    && between.iter().all(|w| {
                        covered(&c.turns[i], lex::RANGE_CONNECTOR, w.norm_start, w.norm_end)
                    }))
                || (between.is_empty()
                    && t.text
                        .norm
                        .text
                        .get(end as usize..e.norm_start as usize)
                        .is_some_and(|gap| gap.contains(['-', '–'])))
        });
        last_end = Some(e.norm_end);
        if one_price || values.iter().any(|v| (v - e.value).abs() < 0.005) {
            continue;
        }
        values.push(e.value);
        let span = with_currency(
            c.text(i),
            t.text
                .norm
                .to_original(e.norm_start as usize, e.norm_end as usize),
            e.currency.as_deref(),
        );
        prices.push(format!("\"{}\"", c.quote(i, span)));
    }
    prices
}

/// The span of a price widened to the currency written next to it ("9,90 €", "£79", "19 lei"),
/// so that the message quotes the price as the agent wrote it. `currency` is the folded symbol
/// or word the dialogue layer found.
fn with_currency(text: &str, span: Span, currency: Option<&str>) -> Span {
    let Some(cur) = currency.filter(|c| !c.is_empty()) else {
        return span;
    };
    let after = &text[span.end..];
    let rest = after.trim_start_matches([' ', '\u{a0}']);
    let gap = after.len() - rest.len();
    if let Some(word) = rest.get(..cur.len()).filter(|w| tact_lang::fold(w) == cur) {
        // The whole word: "euroa", "eurolla" end the Finnish "euro".
        let tail = rest[word.len()..]
            .find(|ch: char| !ch.is_alphabetic())
            .unwrap_or(rest.len() - word.len());
        return Span::new(span.start, span.end + gap + word.len() + tail);
    }
    let before = text[..span.start].trim_end_matches([' ', '\u{a0}']);
    if let Some(start) = before.len().checked_sub(cur.len()) {
        if before
            .get(start..)
            .is_some_and(|w| tact_lang::fold(w) == cur)
        {
            return Span::new(start, span.end);
        }
    }
    span
}

impl Rule for UpsellBarrage {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let before = out.len();
        let min_offers = cx.config.usize("min_offers", 3).max(1);
        let min_turns = cx.config.usize("min_turns", 2).max(1);
        let mut request: Option<usize> = None;
        let mut asked: Vec<String> = Vec::new();
        // Distinct offers since the request, and the extra of each agent turn in a row.
        let mut window: Vec<Offer> = Vec::new();
        let mut streak: Vec<Offer> = Vec::new();
        let mut solicited = false;
        let mut reported = false;
        let mut priced_before = false;
        // The customer came with a problem or a service request, not to shop.
        let mut problem = false;
        let mut problem_stems: Vec<String> = Vec::new();
        // A paid extra pitched on that problem, held back until the request ends: a barrage or
        // a priced add-on question later on the same request (`reported`) is the same
        // behaviour, reported with its own message, so it replaces it.
        let mut aside_found: Option<Finding> = None;
        for i in 0..c.len() {
            if c.is_customer(i) {
                let t = &c.turns[i];
                let reports_problem = [
                    lex::SERVICE_REQUEST,
                    lex::CUSTOMER_COMPLAINT,
                    lex::CANCEL_REQUEST,
                ]
                .iter()
                .any(|&l| t.text.cues_of(l).any(|m| own_words(t, m)));
                let wants_more = t.text.has(lex::ASKS_FOR_OPTIONS);
                // "No", "ok", "rye", "just the coffee" answer the agent; anything else, or
                // anything said before the agent spoke, is the customer's own turn.
                let replying = c
                    .prev_seller(i)
                    .is_some_and(|p| request.is_none_or(|r| p > r));
                let answer = replying
                    && !t.has_question()
                    && (t.is_backchannel
                        || t.word_count() <= 4
                        || t.text.has(lex::REFUSAL)
                        || t.text.has(lex::NOTHING_REPLY)
                        || t.text.has(lex::ONLY_REQUEST));
                if answer {
                    solicited |= wants_more;
                    if reports_problem {
                        problem = true;
                        problem_stems = c.content_stems(i);
                    }
                } else {
                    out.extend(aside_found.take().filter(|_| !reported));
                    asked = c.content_stems(i);
                    // A new request is still about the problem when it says so itself or
                    // shares a word with the turn that reported it; otherwise it is shopping.
                    problem = reports_problem
                        || (problem && asked.iter().any(|s| problem_stems.contains(s)));
                    if reports_problem {
                        problem_stems.clone_from(&asked);
                    }
                    request = Some(i);
                    window.clear();
                    streak.clear();
                    solicited = wants_more;
                    reported = false;
                }
                continue;
            }
            if !c.is_seller(i) {
                continue;
            }
            // The same offer pitched again is insistence (P001), not one more extra.
            let mut new: Vec<Offer> = Vec::new();
            let made = offers(c, i, &asked);
            let offered = !made.is_empty();
            for o in made {
                let recent = &window[window.len().saturating_sub(RECENT_OFFERS)..];
                let recent_new = &new[new.len().saturating_sub(RECENT_OFFERS)..];
                if !recent.iter().chain(recent_new).any(|w| o.repeats(w)) {
                    new.push(o);
                }
            }
            match new.iter().find(|o| o.extra) {
                Some(o) => streak.push(o.clone()),
                None => streak.clear(),
            }
            window.extend(new.iter().cloned());
            let extras = (request.is_some() && !reported && !solicited)
                .then(|| priced_extras(c, i, priced_before))
                .flatten();
            // Kept as the turns go by: asking every earlier turn again would make a long
            // conversation quadratic.
            priced_before |= c.dialogue.turns[i]
                .entities
                .iter()
                .any(|e| e.kind == EntityKind::Money);
            if let Some((span, prices)) = extras {
                reported = true;
                out.push(Finding {
                    confidence: Confidence::DEFAULT,
                    turn: i,
                    span,
                    message: Message::new("moment-upsell-barrage-priced")
                        .text("pitch", c.quote(i, span))
                        .number("count", prices.len() as f64)
                        .text("prices", prices.join(", ")),
                });
                continue;
            }
            let Some(last) = new.last() else {
                // No offer the counts above read, but maybe an aside with a price.
                if let Some(r) = request.filter(|_| {
                    problem && !offered && !reported && !solicited && aside_found.is_none()
                }) {
                    aside_found = aside(c, i, r, &asked);
                }
                continue;
            };
            if reported || solicited {
                continue;
            }
            // Unasked or after a request; the offers quoted, and how many more were not.
            let message = |unasked: Message, after_request: Message, offers: &[Offer]| {
                let m = match request {
                    None => unasked,
                    Some(r) => after_request.text("request", shorten(c.text(r))),
                };
                let quoted = offers
                    .iter()
                    .take(QUOTED_OFFERS)
                    .map(|o| format!("\"{}\"", c.quote(o.turn, o.span)))
                    .collect::<Vec<_>>()
                    .join(", ");
                m.number("count", offers.len() as f64)
                    .text("offers", quoted)
                    .number("more", offers.len().saturating_sub(QUOTED_OFFERS) as f64)
            };
            // A barrage needs at least one explicit add-on, not only pitches of the main offer.
            if window.len() >= min_offers && window.iter().any(|o| o.addon) {
                reported = true;
                out.push(Finding {
                    confidence: Confidence::DEFAULT,
                    turn: i,
                    span: last.span,
                    message: message(
                        Message::new("moment-upsell-barrage-stacked-unasked"),
                        Message::new("moment-upsell-barrage-stacked-after-request"),
                        &window,
                    ),
                });
            } else if streak.len() >= min_turns && streak.iter().any(|o| o.addon) {
                reported = true;
                out.push(Finding {
                    confidence: Confidence::DEFAULT,
                    turn: i,
                    span: streak[streak.len() - 1].span,
                    message: message(
                        Message::new("moment-upsell-barrage-streak-unasked"),
                        Message::new("moment-upsell-barrage-streak-after-request"),
                        &streak,
                    ),
                });
            } else if let Some(r) = request {
                // One paid extra is reported only when no barrage is: a barrage says more.
                if let Some(found) = priced_extra(c, i, &asked) {
                    reported = true;
                    out.push(one_extra(c, i, r, PRICED_ONE, found));
                } else if problem && aside_found.is_none() {
                    aside_found = aside(c, i, r, &asked);
                }
            }
        }
        out.extend(aside_found.filter(|_| !reported));
        // Only where nothing above was found: a barrage or an aside already reports the
        // behaviour, with more to say.
        if let Some(r) = service_opening(c).filter(|_| out.len() == before) {
            for (i, span, price) in paid_extras_on_service(c, r) {
                out.push(one_extra(c, i, r, ON_PROBLEM, (span, price)));
            }
        } else if let Some(r) = first_request(c).filter(|_| out.len() == before) {
            for (i, span, price) in paid_extras_on_sale(c, r) {
                out.push(one_extra(c, i, r, PRICED_ONE, (span, price)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str, number: &str, currency: &str) -> String {
        let start = text.find(number).expect("number in text");
        let span = with_currency(text, Span::new(start, start + number.len()), Some(currency));
        text[span.start..span.end].to_string()
    }

    #[test]
    fn a_price_is_quoted_with_its_currency_on_either_side() {
        assert_eq!(quoted("the pads at 9,90 € too", "9,90", "€"), "9,90 €");
        assert_eq!(quoted("the warranty at £79 and", "79", "£"), "£79");
        assert_eq!(quoted("husa la 19 lei și", "19", "lei"), "19 lei");
        assert_eq!(
            quoted("lisäturva 79 eurolla ja", "79", "euro"),
            "79 eurolla"
        );
        assert_eq!(quoted("εγγύηση 79 ευρώ και", "79", "ευρω"), "79 ευρώ");
        // No currency next to it: the number alone.
        assert_eq!(quoted("about 79 of them", "79", "€"), "79");
    }
}
