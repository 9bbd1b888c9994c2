//! Rule S001 `customer-frustration`: the customer shows frustration, and what provoked it.

use super::common::{own_cue, own_words, said, said_cue, whole_turn};
use crate::predicates::{covered, has_any, opened_by, opens, sentence_index, words_in};
use crate::{Analyzed, CheckContext, Confidence, Finding, Message, Rule};
use std::collections::HashSet;
use tact_lang::{lex, CueMatch, LexId};
use tact_model::Span;

/// ## What it detects
/// The customer shows frustration: impatience ("still waiting", "hello??" after an unanswered
/// message, "ancora niente", "ακόμα περιμένω", "tot aștept", "vieläkin odotan"), exasperation
/// ("this is ridiculous", "è assurdo", "απαράδεκτο", "e inadmisibil", "tämä on naurettavaa"),
/// not being heard or read ("did you even read my message?", "ha letto quello che ho scritto?",
/// "διαβάσατε τι έγραψα;", "ați citit ce am scris?", "luitteko mitä kirjoitin?"), having to say
/// it again or the same failure again ("I already told you", "per la terza volta", "σας το
/// είπα", "nu e prima dată", "kolmas kerta"), disbelief ("are you serious", "mi prende in giro",
/// "πλάκα μου κάνετε", "vă bateți joc", "ette oo tosissanne"), shouting in capitals, words
/// stressed in capitals ("I said NO OFFERS"), runs of "!!" or "??" in a turn that reads as
/// negative, a blunt "I said 400." that says again what the customer already said ("ho detto",
/// "είπα", "am zis", "sanoin", lexicon `insist_said`), sarcasm (praise standing alone after bad
/// news: "Two weeks. Wonderful.", "Tre giorni. Fantastico.", lexicon `sarcastic_praise`), and an
/// incredulous echo of the agent's words opening the reply ("3 days??", "All'una??"). The moment
/// is the agent turn right before the
/// frustrated customer turn, which is what provoked it; a customer who opens frustrated, or who
/// pings after their own unanswered message, is reported on their own turn. A count of earlier
/// contacts in the customer's opening turn ("this is the third time I write about this",
/// "è la terza volta che chiamo", lexicon `contact_count`) reports what happened before, calmly
/// as often as not: it is no frustration there on its own (capitals, marks or a protest with it
/// still are); later in the conversation it is.
///
/// ## Why it hurts the sale
/// Seed 000 describes the OOPS moment from the customer's side: one awkward, unpleasant message
/// is enough for the customer to label the whole interaction as wrong and see it as an obstacle
/// to buying, and with social media a negative comment spreads fast. Seed 003 adds that a
/// customer "in high tones" is the one most at risk of being lost: the reply to that turn decides
/// whether the sale survives. Frustration is the visible trace of the moment that caused it.
///
/// ## Examples
/// ```conversation lang=en bad
/// customer: My order was supposed to arrive on Monday, where is it?
/// agent: Please check the tracking link in your confirmation email.   # fires
/// customer: I already told you the link shows nothing. This is ridiculous!
/// ```
/// ```conversation lang=en ok
/// customer: My order was supposed to arrive on Monday, where is it?
/// agent: I'm sorry about the delay: it left the warehouse yesterday and arrives tomorrow morning.
/// customer: THANK YOU!!! That's great news.
/// ```
/// ```conversation lang=it bad
/// customer: Il mio ordine doveva arrivare lunedì, dov'è?
/// agent: Controlli il link di tracciamento nella mail di conferma.   # fires
/// customer: Gliel'ho già detto, il link non mostra niente. È assurdo!
/// ```
/// ```conversation lang=it ok
/// customer: Il mio ordine doveva arrivare lunedì, dov'è?
/// agent: Mi scusi per il ritardo: è partito ieri dal magazzino e arriva domani mattina.
/// customer: GRAZIE MILLE!!! Ottima notizia.
/// ```
/// ```conversation lang=el bad
/// customer: Η παραγγελία μου έπρεπε να έρθει τη Δευτέρα, πού είναι;
/// agent: Ελέγξτε τον σύνδεσμο παρακολούθησης στο email επιβεβαίωσης.   # fires
/// customer: Σας το είπα ήδη, ο σύνδεσμος δεν δείχνει τίποτα. Απαράδεκτο!
/// ```
/// ```conversation lang=el ok
/// customer: Η παραγγελία μου έπρεπε να έρθει τη Δευτέρα, πού είναι;
/// agent: Λυπάμαι για την καθυστέρηση: έφυγε χθες από την αποθήκη και φτάνει αύριο το πρωί.
/// customer: ΕΥΧΑΡΙΣΤΩ ΠΟΛΥ!!! Τέλεια νέα.
/// ```
/// ```conversation lang=ro bad
/// customer: Comanda mea trebuia să ajungă luni, unde este?
/// agent: Verificați linkul de urmărire din emailul de confirmare.   # fires
/// customer: V-am spus deja, linkul nu arată nimic. E inadmisibil!
/// ```
/// ```conversation lang=ro ok
/// customer: Comanda mea trebuia să ajungă luni, unde este?
/// agent: Îmi pare rău pentru întârziere: a plecat ieri din depozit și ajunge mâine dimineață.
/// customer: MULȚUMESC FRUMOS!!! Vești grozave.
/// ```
/// ```conversation lang=fi bad
/// customer: Tilaukseni piti tulla maanantaina, missä se on?
/// agent: Tarkista seurantalinkki tilausvahvistuksesta.   # fires
/// customer: Sanoin jo, ettei linkki näytä mitään. Tämä on naurettavaa!
/// ```
/// ```conversation lang=fi ok
/// customer: Tilaukseni piti tulla maanantaina, missä se on?
/// agent: Pahoittelen viivettä: paketti lähti eilen varastolta ja tulee huomenna aamulla.
/// customer: KIITOS PALJON!!! Loistavaa.
/// ```
/// ```conversation lang=en bad
/// customer: The box came without the charger.
/// agent: Please check all compartments of the packaging.   # fires
/// customer: Did you even read my message? I checked, it is not there.
/// ```
/// ```conversation lang=en ok
/// customer: The box came without the charger.
/// agent: Sorry about that, I am sending the charger today by express.
/// customer: OK, and can I also have the invoice??
/// ```
/// ```conversation lang=it bad
/// customer: Nella scatola manca il caricatore.
/// agent: Controlli bene tutti gli scomparti della confezione.   # fires
/// customer: Ma ha letto quello che ho scritto? Ho controllato, non c'è.
/// ```
/// ```conversation lang=it ok
/// customer: Nella scatola manca il caricatore.
/// agent: Mi scusi, le spedisco il caricatore oggi stesso con corriere espresso.
/// customer: Va bene, e mi manda anche la fattura??
/// ```
/// ```conversation lang=el bad
/// customer: Στο κουτί λείπει ο φορτιστής.
/// agent: Ελέγξτε καλά όλες τις θήκες της συσκευασίας.   # fires
/// customer: Διαβάσατε τι έγραψα; Έλεγξα, δεν είναι εκεί.
/// ```
/// ```conversation lang=el ok
/// customer: Στο κουτί λείπει ο φορτιστής.
/// agent: Συγγνώμη, σας στέλνω τον φορτιστή σήμερα με ταχυμεταφορά.
/// customer: Εντάξει, και μου στέλνετε και το τιμολόγιο;;
/// ```
/// ```conversation lang=ro bad
/// customer: În cutie lipsește încărcătorul.
/// agent: Verificați bine toate compartimentele ambalajului.   # fires
/// customer: Ați citit ce am scris? Am verificat, nu e acolo.
/// ```
/// ```conversation lang=ro ok
/// customer: În cutie lipsește încărcătorul.
/// agent: Ne pare rău, vă trimit încărcătorul azi prin curier rapid.
/// customer: Bine, și îmi trimiteți și factura??
/// ```
/// ```conversation lang=fi bad
/// customer: Paketista puuttuu laturi.
/// agent: Tarkista kaikki pakkauksen lokerot.   # fires
/// customer: Luitteko mitä kirjoitin? Tarkistin, sitä ei ole.
/// ```
/// ```conversation lang=fi ok
/// customer: Paketista puuttuu laturi.
/// agent: Pahoittelen, lähetän laturin tänään pikalähetyksenä.
/// customer: Selvä, ja saanko myös laskun??
/// ```
/// ```conversation lang=en bad
/// customer: Can you deliver the sofa this week?
/// agent: The first delivery slot is in three weeks.   # fires
/// customer: Three weeks?? I move in on Saturday.
/// ```
/// ```conversation lang=en ok
/// customer: Can you deliver the sofa this week?
/// agent: The first delivery slot is Friday morning.
/// customer: Friday?? Perfect, thank you!
/// ```
/// ```conversation lang=it bad
/// customer: Potete consegnare il divano questa settimana?
/// agent: La prima consegna disponibile è tra tre settimane.   # fires
/// customer: Tre settimane?? Sabato entro in casa.
/// ```
/// ```conversation lang=it ok
/// customer: Potete consegnare il divano questa settimana?
/// agent: La prima consegna disponibile è venerdì mattina.
/// customer: Venerdì?? Perfetto, grazie!
/// ```
/// ```conversation lang=el bad
/// customer: Μπορείτε να φέρετε τον καναπέ αυτή την εβδομάδα;
/// agent: Η πρώτη διαθέσιμη παράδοση είναι σε τρεις εβδομάδες.   # fires
/// customer: Τρεις εβδομάδες;; Το Σάββατο μετακομίζω.
/// ```
/// ```conversation lang=el ok
/// customer: Μπορείτε να φέρετε τον καναπέ αυτή την εβδομάδα;
/// agent: Η πρώτη διαθέσιμη παράδοση είναι την Παρασκευή το πρωί.
/// customer: Παρασκευή;; Τέλεια, ευχαριστώ!
/// ```
/// ```conversation lang=ro bad
/// customer: Puteți livra canapeaua săptămâna asta?
/// agent: Prima livrare disponibilă e peste trei săptămâni.   # fires
/// customer: Trei săptămâni?? Sâmbătă mă mut.
/// ```
/// ```conversation lang=ro ok
/// customer: Puteți livra canapeaua săptămâna asta?
/// agent: Prima livrare disponibilă e vineri dimineață.
/// customer: Vineri?? Perfect, mulțumesc!
/// ```
/// ```conversation lang=fi bad
/// customer: Voitteko toimittaa sohvan tällä viikolla?
/// agent: Ensimmäinen vapaa toimitusaika on kolmen viikon päästä.   # fires
/// customer: Kolmen viikon?? Muutan lauantaina.
/// ```
/// ```conversation lang=fi ok
/// customer: Voitteko toimittaa sohvan tällä viikolla?
/// agent: Ensimmäinen vapaa toimitusaika on perjantaiaamuna.
/// customer: Perjantaina?? Täydellistä, kiitos!
/// ```
/// ```conversation lang=en bad
/// customer: My new washing machine leaks, can someone come and fix it?
/// agent: The first technician visit is in two weeks.   # fires
/// customer: Two weeks without washing. Wonderful.
/// ```
/// ```conversation lang=en ok
/// customer: My new washing machine leaks, can someone come and fix it?
/// agent: A technician can come tomorrow morning.
/// customer: Wonderful. What time, roughly?
/// ```
/// ```conversation lang=it bad
/// customer: La lavatrice nuova perde acqua, potete mandare qualcuno?
/// agent: Il primo intervento disponibile è tra due settimane.   # fires
/// customer: Due settimane senza lavatrice. Splendido.
/// ```
/// ```conversation lang=it ok
/// customer: La lavatrice nuova perde acqua, potete mandare qualcuno?
/// agent: Un tecnico può passare domani mattina.
/// customer: Splendido. A che ora più o meno?
/// ```
/// ```conversation lang=el bad
/// customer: Το καινούργιο πλυντήριο τρέχει νερά, μπορεί να έρθει κάποιος;
/// agent: Η πρώτη διαθέσιμη επίσκεψη τεχνικού είναι σε δύο εβδομάδες.   # fires
/// customer: Δύο εβδομάδες χωρίς πλυντήριο. Υπέροχα.
/// ```
/// ```conversation lang=el ok
/// customer: Το καινούργιο πλυντήριο τρέχει νερά, μπορεί να έρθει κάποιος;
/// agent: Ένας τεχνικός μπορεί να έρθει αύριο το πρωί.
/// customer: Υπέροχα. Τι ώρα περίπου;
/// ```
/// ```conversation lang=ro bad
/// customer: Mașina de spălat nouă curge, poate veni cineva să o repare?
/// agent: Prima vizită a tehnicianului e peste două săptămâni.   # fires
/// customer: Două săptămâni fără mașină de spălat. Minunat.
/// ```
/// ```conversation lang=ro ok
/// customer: Mașina de spălat nouă curge, poate veni cineva să o repare?
/// agent: Un tehnician poate veni mâine dimineață.
/// customer: Minunat. Cam la ce oră?
/// ```
/// ```conversation lang=fi bad
/// customer: Uusi pesukone vuotaa, voiko joku tulla korjaamaan sen?
/// agent: Ensimmäinen vapaa huoltokäynti on kahden viikon päästä.   # fires
/// customer: Kaksi viikkoa ilman pesukonetta. Mahtavaa.
/// ```
/// ```conversation lang=fi ok
/// customer: Uusi pesukone vuotaa, voiko joku tulla korjaamaan sen?
/// agent: Huoltomies voi tulla huomenna aamulla.
/// customer: Mahtavaa. Mihin aikaan suunnilleen?
/// ```
/// ```conversation lang=en bad
/// customer: I'm looking for a used bike, 400 euros at most.
/// agent: This one is a great deal at 650.   # fires
/// customer: I said 400. Anything at that price?
/// ```
/// ```conversation lang=en ok
/// customer: I'm looking for a used bike, 400 euros at most.
/// agent: This one is 380 and in very good shape.
/// customer: I said to my brother I'd get one today. Can I see it?
/// ```
/// ```conversation lang=it bad
/// customer: Cerco una bici usata, al massimo 400 euro.
/// agent: Questa è un affare a 650.   # fires
/// customer: Ho detto 400. C'è qualcosa a quel prezzo?
/// ```
/// ```conversation lang=it ok
/// customer: Cerco una bici usata, al massimo 400 euro.
/// agent: Questa costa 380 ed è in ottimo stato.
/// customer: Ho detto a mio fratello che ne prendo una oggi. Posso vederla?
/// ```
/// ```conversation lang=el bad
/// customer: Ψάχνω μεταχειρισμένο ποδήλατο, μέχρι 400 ευρώ.
/// agent: Αυτό εδώ είναι ευκαιρία στα 650.   # fires
/// customer: Είπα 400. Έχετε κάτι σε αυτή την τιμή;
/// ```
/// ```conversation lang=el ok
/// customer: Ψάχνω μεταχειρισμένο ποδήλατο, μέχρι 400 ευρώ.
/// agent: Αυτό κοστίζει 380 και είναι σε πολύ καλή κατάσταση.
/// customer: Είπα στον αδερφό μου ότι θα πάρω ένα σήμερα. Μπορώ να το δω;
/// ```
/// ```conversation lang=ro bad
/// customer: Caut o bicicletă second-hand, maximum 400 de euro.
/// agent: Asta e o ocazie la 650.   # fires
/// customer: Am zis 400. Aveți ceva la prețul ăsta?
/// ```
/// ```conversation lang=ro ok
/// customer: Caut o bicicletă second-hand, maximum 400 de euro.
/// agent: Asta costă 380 și e în stare foarte bună.
/// customer: Am zis fratelui meu că îmi iau una azi. Pot s-o văd?
/// ```
/// ```conversation lang=fi bad
/// customer: Etsin käytettyä pyörää, enintään 400 euroa.
/// agent: Tämä on loistava diili 650 eurolla.   # fires
/// customer: Sanoin 400. Onko mitään siihen hintaan?
/// ```
/// ```conversation lang=fi ok
/// customer: Etsin käytettyä pyörää, enintään 400 euroa.
/// agent: Tämä maksaa 380 ja on tosi hyvässä kunnossa.
/// customer: Sanoin veljelle, että ostan tänään yhden. Voinko nähdä sen?
/// ```
/// ```conversation lang=en bad
/// customer: My fridge stopped cooling, can someone come this week?
/// agent: I'm sorry, we have no technician free before the 20th.   # fires
/// customer: Great. So I can't keep any food for two weeks?
/// ```
/// ```conversation lang=en ok
/// customer: My fridge stopped cooling, can someone come this week?
/// agent: I'm sorry about that, a technician can come tomorrow morning.
/// customer: Great. Can they come before nine?
/// ```
/// ```conversation lang=it bad
/// customer: Il frigo non raffredda più, può venire qualcuno questa settimana?
/// agent: Mi dispiace, non abbiamo tecnici liberi prima del 20.   # fires
/// customer: Fantastico. Quindi per due settimane non posso tenere niente in frigo?
/// ```
/// ```conversation lang=it ok
/// customer: Il frigo non raffredda più, può venire qualcuno questa settimana?
/// agent: Mi dispiace, un tecnico può passare domani mattina.
/// customer: Fantastico. Può venire prima delle nove?
/// ```
/// ```conversation lang=el bad
/// customer: Το ψυγείο σταμάτησε να ψύχει, μπορεί να έρθει κάποιος αυτή την εβδομάδα;
/// agent: Λυπάμαι, δεν έχουμε ελεύθερο τεχνικό πριν τις 20.   # fires
/// customer: Υπέροχα. Δηλαδή δύο εβδομάδες δεν μπορώ να έχω τίποτα στο ψυγείο;
/// ```
/// ```conversation lang=el ok
/// customer: Το ψυγείο σταμάτησε να ψύχει, μπορεί να έρθει κάποιος αυτή την εβδομάδα;
/// agent: Λυπάμαι γι' αυτό, ένας τεχνικός μπορεί να έρθει αύριο το πρωί.
/// customer: Υπέροχα. Μπορεί να έρθει πριν τις εννιά;
/// ```
/// ```conversation lang=ro bad
/// customer: Frigiderul nu mai răcește, poate veni cineva săptămâna asta?
/// agent: Îmi pare rău, nu avem niciun tehnician liber înainte de 20.   # fires
/// customer: Super. Deci două săptămâni nu pot ține nimic în frigider?
/// ```
/// ```conversation lang=ro ok
/// customer: Frigiderul nu mai răcește, poate veni cineva săptămâna asta?
/// agent: Îmi pare rău, un tehnician poate veni mâine dimineață.
/// customer: Super. Poate veni înainte de ora nouă?
/// ```
/// ```conversation lang=fi bad
/// customer: Jääkaappi lakkasi kylmentämästä, voiko joku tulla tällä viikolla?
/// agent: Pahoittelen, meillä ei ole vapaata huoltomiestä ennen 20. päivää.   # fires
/// customer: Hienoa. Eli kahteen viikkoon en voi pitää mitään jääkaapissa?
/// ```
/// ```conversation lang=fi ok
/// customer: Jääkaappi lakkasi kylmentämästä, voiko joku tulla tällä viikolla?
/// agent: Pahoittelen, huoltomies voi tulla huomenna aamulla.
/// customer: Hienoa. Voiko hän tulla ennen yhdeksää?
/// ```
/// ```conversation lang=en bad
/// customer: When can the sofa be delivered?
/// agent: The first delivery slot is Wednesday.   # fires
/// customer: Wednesday? But I move in on Saturday!
/// ```
/// ```conversation lang=en ok
/// customer: When can the sofa be delivered?
/// agent: The first delivery slot is Wednesday.
/// customer: Wednesday? Can you do Tuesday instead?
/// ```
/// ```conversation lang=it bad
/// customer: Quando potete consegnare il divano?
/// agent: La prima consegna disponibile è mercoledì.   # fires
/// customer: Mercoledì? Ma io trasloco sabato!
/// ```
/// ```conversation lang=it ok
/// customer: Quando potete consegnare il divano?
/// agent: La prima consegna disponibile è mercoledì.
/// customer: Mercoledì? Si può fare martedì?
/// ```
/// ```conversation lang=el bad
/// customer: Πότε μπορείτε να φέρετε τον καναπέ;
/// agent: Η πρώτη διαθέσιμη παράδοση είναι την Τετάρτη.   # fires
/// customer: Τετάρτη; Αλλά εγώ μετακομίζω το Σάββατο!
/// ```
/// ```conversation lang=el ok
/// customer: Πότε μπορείτε να φέρετε τον καναπέ;
/// agent: Η πρώτη διαθέσιμη παράδοση είναι την Τετάρτη.
/// customer: Τετάρτη; Γίνεται την Τρίτη;
/// ```
/// ```conversation lang=ro bad
/// customer: Când puteți livra canapeaua?
/// agent: Prima livrare disponibilă e miercuri.   # fires
/// customer: Miercuri? Dar eu mă mut sâmbătă!
/// ```
/// ```conversation lang=ro ok
/// customer: Când puteți livra canapeaua?
/// agent: Prima livrare disponibilă e miercuri.
/// customer: Miercuri? Se poate marți?
/// ```
/// ```conversation lang=fi bad
/// customer: Milloin sohva voidaan toimittaa?
/// agent: Ensimmäinen vapaa toimitusaika on keskiviikkona.   # fires
/// customer: Keskiviikkona? Mutta mä muutan lauantaina!
/// ```
/// ```conversation lang=fi ok
/// customer: Milloin sohva voidaan toimittaa?
/// agent: Ensimmäinen vapaa toimitusaika on keskiviikkona.
/// customer: Keskiviikkona? Onnistuuko tiistaina?
/// ```
///
/// ```conversation lang=en ok
/// agent: Congratulations! Where would you like to go?
/// customer: Somewhere hot!!! We're getting married in June and the budget is tight?? haha 😍
/// ```
/// ```conversation lang=it ok
/// agent: Congratulazioni! Dove vi piacerebbe andare?
/// customer: Al caldo!!! Ci sposiamo a giugno e il budget è poco?? ahah 😍
/// ```
/// ```conversation lang=el ok
/// agent: Συγχαρητήρια! Πού θα θέλατε να πάτε;
/// customer: Κάπου ζεστά!!! Παντρευόμαστε τον Ιούνιο και ο προϋπολογισμός είναι μικρός;; χαχα 😍
/// ```
/// ```conversation lang=ro ok
/// agent: Felicitări! Unde ați vrea să mergeți?
/// customer: Undeva la cald!!! Ne căsătorim în iunie și bugetul e mic?? haha 😍
/// ```
/// ```conversation lang=fi ok
/// agent: Onnea! Minne haluaisitte lähteä?
/// customer: Jonnekin lämpimään!!! Mennään naimisiin kesäkuussa ja budjetti on pieni?? haha 😍
/// ```
/// ```conversation lang=en ok
/// customer: Two parts are missing from the wardrobe box.
/// agent: Sorry about that. I've ordered them free of charge, they come from the factory and take about two weeks.
/// customer: Two weeks?? Is there no way you have them in the shop?
/// ```
/// ```conversation lang=it ok
/// customer: Mancano due pezzi nella scatola dell'armadio.
/// agent: Mi scusi. Li ho ordinati gratis, arrivano dalla fabbrica in circa due settimane.
/// customer: Due settimane?? Non li avete in magazzino in negozio?
/// ```
/// ```conversation lang=el ok
/// customer: Λείπουν δύο κομμάτια από το κουτί της ντουλάπας.
/// agent: Συγγνώμη γι' αυτό. Τα παρήγγειλα δωρεάν, έρχονται από το εργοστάσιο σε δύο εβδομάδες περίπου.
/// customer: Δύο εβδομάδες?? Μήπως τα έχετε στην αποθήκη του καταστήματος;
/// ```
/// ```conversation lang=ro ok
/// customer: Lipsesc două piese din cutia dulapului.
/// agent: Îmi pare rău. Le-am comandat gratuit, vin de la fabrică în aproximativ două săptămâni.
/// customer: Două săptămâni?? Le aveți cumva în depozitul magazinului?
/// ```
/// ```conversation lang=fi ok
/// customer: Vaatekaapin laatikosta puuttuu kaksi osaa.
/// agent: Pahoittelut. Tilasin ne maksutta, ne tulevat tehtaalta noin kahdessa viikossa.
/// customer: Kahdessa viikossa?? Onko teillä niitä myymälän varastossa?
/// ```
/// ```conversation lang=en bad
/// customer: Why is my bill 20 euros higher this month?
/// agent: The monthly fee went up in March for all plans.   # fires
/// customer: Nobody told me that. Can I keep the old price?
/// ```
/// ```conversation lang=en ok
/// customer: Why is my bill 20 euros higher this month?
/// agent: The monthly fee went up in March; we sent a letter in January.
/// customer: My neighbour says "nobody told me". Did I get the letter too?
/// ```
/// ```conversation lang=en ok
/// agent: How can I help you?
/// customer: HELP ME GET IN THE DOOR, I LEFT THE KEYS INSIDE
/// ```
/// ```conversation lang=it bad
/// customer: Perché la bolletta è più alta di 20 euro questo mese?
/// agent: Il canone è aumentato a marzo per tutte le offerte.   # fires
/// customer: Perché non me l'avete detto? Posso tenere il prezzo vecchio?
/// ```
/// ```conversation lang=it ok
/// customer: Perché la bolletta è più alta di 20 euro questo mese?
/// agent: Il canone è aumentato a marzo; a gennaio abbiamo inviato una lettera.
/// customer: Mia sorella dice "nessuno me l'ha detto". A me la lettera è arrivata?
/// ```
/// ```conversation lang=it ok
/// agent: Come posso aiutarla?
/// customer: MI AIUTI AD APRIRE LA PORTA, HO LASCIATO LE CHIAVI DENTRO
/// ```
/// ```conversation lang=el bad
/// customer: Γιατί ο λογαριασμός είναι 20 ευρώ πιο ακριβός αυτόν τον μήνα;
/// agent: Το πάγιο αυξήθηκε τον Μάρτιο για όλα τα προγράμματα.   # fires
/// customer: Κανείς δεν με ενημέρωσε. Μπορώ να κρατήσω την παλιά τιμή;
/// ```
/// ```conversation lang=el ok
/// customer: Γιατί ο λογαριασμός είναι 20 ευρώ πιο ακριβός αυτόν τον μήνα;
/// agent: Το πάγιο αυξήθηκε τον Μάρτιο· τον Ιανουάριο στείλαμε επιστολή.
/// customer: Η γειτόνισσα λέει "κανείς δεν με ενημέρωσε". Σε μένα ήρθε η επιστολή;
/// ```
/// ```conversation lang=el ok
/// agent: Τι κουζίνα θα θέλατε απόψε;
/// customer: ΟΤΙΔΗΠΟΤΕ ΕΚΤΟΣ ΑΠΟ ΣΟΥΣΙ, ΦΑΓΑΜΕ ΧΘΕΣ
/// ```
/// ```conversation lang=ro bad
/// customer: De ce e factura mai mare cu 20 de lei luna asta?
/// agent: Abonamentul a crescut în martie pentru toate ofertele.   # fires
/// customer: De ce nu m-ați anunțat? Pot păstra prețul vechi?
/// ```
/// ```conversation lang=ro ok
/// customer: De ce e factura mai mare cu 20 de lei luna asta?
/// agent: Abonamentul a crescut în martie; în ianuarie am trimis o scrisoare.
/// customer: Vecinul zice "nimeni nu mi-a spus". Mie mi-a venit scrisoarea?
/// ```
/// ```conversation lang=ro ok
/// agent: Ce bucătărie ați dori în seara asta?
/// customer: ORICE ÎN AFARĂ DE SUSHI, AM MÂNCAT IERI
/// ```
/// ```conversation lang=fi bad
/// customer: Miksi lasku on tässä kuussa 20 euroa isompi?
/// agent: Kuukausimaksu nousi maaliskuussa kaikissa liittymissä.   # fires
/// customer: Miksi tästä ei varoitettu? Voinko pitää vanhan hinnan?
/// ```
/// ```conversation lang=fi ok
/// customer: Miksi lasku on tässä kuussa 20 euroa isompi?
/// agent: Kuukausimaksu nousi maaliskuussa; lähetimme kirjeen tammikuussa.
/// customer: Naapuri sanoo "kukaan ei kertonut". Tuliko minulle se kirje?
/// ```
/// ```conversation lang=fi ok
/// agent: Miten voin auttaa?
/// customer: AUTTAKAA AVAAMAAN OVI, AVAIMET JÄI SISÄLLE
/// ```
/// ```conversation lang=en ok
/// customer: Hello, this is the third time I ask you about this: my internet drops every evening around nine. My customer number is 55120.
/// agent: Good evening, sorry it keeps happening. I can see the two earlier tickets; let me run a line test now.
/// ```
/// ```conversation lang=it ok
/// customer: Buonasera, è la terza volta che scrivo per la stessa cosa: la connessione cade tutte le sere verso le nove. Il mio codice cliente è 55120.
/// agent: Buonasera, mi dispiace che succeda ancora. Vedo le due segnalazioni precedenti, faccio subito un test della linea.
/// ```
/// ```conversation lang=el ok
/// customer: Καλησπέρα, σας γράφω για τρίτη φορά για το ίδιο θέμα: το ίντερνετ πέφτει κάθε βράδυ γύρω στις εννιά. Ο κωδικός πελάτη μου είναι 55120.
/// agent: Καλησπέρα σας, λυπάμαι που συνεχίζεται. Βλέπω τα δύο προηγούμενα αιτήματα, κάνω τώρα έλεγχο γραμμής.
/// ```
/// ```conversation lang=ro ok
/// customer: Bună seara, vă scriu a treia oară pentru aceeași problemă: internetul cade în fiecare seară pe la nouă. Codul meu de client este 55120.
/// agent: Bună seara, îmi pare rău că se repetă. Văd cele două sesizări anterioare, fac acum un test pe linie.
/// ```
/// ```conversation lang=fi ok
/// customer: Hei, kirjoitan tästä jo kolmatta kertaa: netti katkeaa joka ilta yhdeksän aikaan. Asiakasnumeroni on 55120.
/// agent: Hei, pahoittelen että vika jatkuu. Näen kaksi aiempaa ilmoitusta, teen nyt linjatestin.
/// ```
///
/// ## Suggested instead
/// Read the turn that provoked the reaction: name the customer's problem in their words,
/// apologise once for the wait or the repetition, and answer with something concrete — a fact,
/// a date, an action you take now — instead of sending them back to do the work.
///
/// ## Options
/// - `caps_words` (default 3): how many words in capitals make a shout (they must also be most of
///   the turn's words; words with digits, like codes, never count).
///
/// An echo is one to three words before a run of marks holding a "?", at the start of the turn
/// right after an agent turn, repeating a content word or a figure of that turn; thanks, a yes or an agreement in the turn make it cheer, and the
/// learned sentiment is not asked (on a turn this short it is noise). A single "?" is an echo
/// only when the next sentence protests: it opens with a "but" and ends in "!" (lexicon
/// `contrast_turn`), holds a frustration, complaint or anger cue, or draws a consequence with a
/// negation and is no question ("Quindi non…"), and it has no praise, thanks, yes or laugh;
/// "Wednesday? Can you do Tuesday instead?" asks and "5 euros? Less than I expected!" is pleased.
/// A turn that opens with such a "??" (only question marks; an echo or not) and goes on to ask
/// a yes-or-no question for practical help ("Two weeks?? Is there no way you have them in the
/// shop?") is a customer looking for a way out, not frustration, unless something after the
/// opening exclaims, protests (as above), voices frustration, impatience, anger or a complaint,
/// or draws a consequence ("48 hours?? so I'm without internet until Friday?"); a sigh or an emoji does not
/// change it, and the opening's marks are not read again as a run (later ones are).
///
/// Capitals stress a sentence when two words in capitals stand together, no letter or digit
/// between them, and one of them is a function word (lexicon `stopwords`: codes and acronyms are not,
/// nor labels around a number such as "AN: 9341…, PIN 3941"). Shouting and stress in capitals
/// count only in a turn that also protests in one of its sentences (as above: a frustration,
/// complaint or anger cue, a "but…!" or a consequence drawn): capitals alone are loud, not
/// angry, and "HELP ME", "HURRY WE ARE DYING" cry for help while "NO THAI" stresses a wish;
/// the blind labellers confirmed one of eleven such moments. A run of two or more marks
/// counts only when the learned sentiment of the turn is below −0.2: excited questions ("Do they
/// have pizza??") and cheerful news ("The answer is three!!!!!") are not frustration. Neither
/// marks nor capitals count in a turn that laughs or smiles (lexicon `cheer`: "haha", "non vedo
/// l'ora", "χαχα", "abia aștept", "odotan innolla", 😂, 😊, 🎉, ":D", ":)") and does not complain (lexicons
/// `customer_complaint`, `negative_emotion`): "We're getting married!! 😍" is joy, "haha very
/// funny, still no refund, this is ridiculous!!" is not. A laugh in a complaint worded without
/// those cues ("haha sure, a fourth week of waiting!!") still hides the marks.
///
/// Sarcasm is a sentence that is only a word of praise (lexicon `sarcastic_praise`), not the
/// turn's first and not exclaimed, after a sentence that carries bad news (a negation, a
/// "without", a complaint cue, or a consequence drawn: "so…", "quindi…", "δηλαδή…", "deci…",
/// "eli…", lexicon `recap_opener`) and neither praises, thanks, agrees nor opens with a yes or
/// an "alright", or before a sentence that complains (a negation, a "without" or a complaint
/// cue: "A text. Brilliant. I'm not reading every text you send.") and does not cheer, in a
/// turn with no thanks elsewhere and no yes or agreement. Praise that opens the turn (alone, or
/// after an "ok" or another word of praise) is sarcasm only right after an agent turn that
/// refused (lexicon `seller_refusal`) or said no with an apology (`negator` and `apology`) and
/// when the next sentence complains and does not cheer ("Super. Deci două săptămâni nu pot…?"); "Great. Can
/// they come before nine?" stays sincere. It is read on its
/// words alone, like an echo: the praise word lifts the sentiment of the turn it mocks.
///
/// A reproach for not being told or warned is frustration aimed at the service (lexicon
/// `not_informed`: "nobody told me", "perché non me l'avete detto", "γιατί δεν μου το είπατε",
/// "de ce nu m-ați anunțat", "miksi tästä ei varoitettu"), when the customer says it rather
/// than quotes or reports it, in a turn that does not thank, agree or laugh.
///
/// Impatience and exasperation come from the lexicons `impatience`, `frustration` and
/// `exasperation` (disbelief on its own, anger said of oneself, cursing at a thing: "unbelievable.",
/// "sono arrabbiato", "δεν το πιστεύω", "cum adică", "ootko tosissas", "stupid system"; the last
/// not in a turn that thanks, says yes, agrees or laughs, nor negated); a short
/// ping ("hello?", "ci sei?", lexicon `are_you_there`) counts only right after the customer's own
/// unanswered turn. Capitals and "!!!" runs do not count in a turn that thanks or cheers
/// (lexicon `gratitude`: "THANK YOU!!!", "GRAZIE MILLE!!!"). Quoted, reported or negated cues
/// ("my son said \"this is ridiculous\"", "it's not ridiculous") are not the customer's own.
///
/// ## Known limits
/// Most frustration the labellers of the blind sets saw and tact missed is told calmly, in
/// complaints ("I pay 60 a month for this"), rhetorical questions or sarcasm, which no cue here
/// reads. A single stressed word ("NOT") is
/// not read: on real chats it stressed a preference more often than it showed anger.
/// Sarcasm that opens the turn without a complaint after it ("Great. Just great.", "Perfect, so I
/// wait another week", "Right. Great. So I'm just stuck then.") is read as thanks: opening
/// praise is far more often sincere. Praise that is also a yes ("perfetto", "τέλεια", lexicon
/// `affirm`) is read as one. An echo with one "?" before a calm sentence ("The 16th?
/// That's a week away.") is read as a question, and so is a "??" opening followed by a calm
/// practical question even when the customer meant it as a reproach. Frustration spread over
/// several calm sentences, or expressed only by tone of voice, is missed. The provoking turn is
/// taken to be the agent turn right before; a reaction to something said earlier is pointed at
/// the wrong turn. Capitals about a wait or a loss worded without a protest cue ("WHERE IS MY
/// REFUND, IT HAS BEEN THREE WEEKS") are missed, the price of not reading cries for help as
/// anger.
pub struct CustomerFrustration;

/// Whether a word of the original text is written in capitals: at least two letters, all of
/// them upper-case, and no digit (codes like "IT60X" are not shouting).
fn is_caps_word(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && !w.chars().any(|c| c.is_ascii_digit())
        && w.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// The span from the first to the last word in capitals, when the turn shouts: at least
/// `min_words` such words, more than half of its words.
fn shout(c: &Analyzed<'_>, i: usize, min_words: usize) -> Option<Span> {
    let t = &c.turns[i].text;
    let words: Vec<_> = t
        .tokens
        .iter()
        .filter(|k| {
            c.quote(i, k.span)
                .chars()
                .filter(|ch| ch.is_alphabetic())
                .count()
                >= 2
        })
        .collect();
    let caps: Vec<_> = words
        .iter()
        .filter(|k| is_caps_word(c.quote(i, k.span)))
        .collect();
    if caps.len() < min_words.max(1) || caps.len() * 2 <= words.len() {
        return None;
    }
    let (first, last) = (caps.first()?, caps.last()?);
    Some(Span::new(first.span.start, last.span.end))
}

/// Words in capitals used for stress inside an ordinary sentence ("I said NO OFFERS", "AM DAT
/// RESTART", "NO!! BYE"): two capitalised words in a row, no letter or digit between them, of
/// which one is a function word (lexicon `stopwords`: codes and acronyms are not, nor labels around a number:
/// "AN: 9341…, PIN 3941").
fn emphasis(c: &Analyzed<'_>, i: usize) -> Option<Span> {
    let t = &c.turns[i].text;
    let words: Vec<_> = t
        .tokens
        .iter()
        .filter(|k| c.quote(i, k.span).chars().any(char::is_alphabetic))
        .collect();
    let caps = |k: &&tact_lang::Token| is_caps_word(c.quote(i, k.span));
    let function = |k: &&tact_lang::Token, lex| covered(&c.turns[i], lex, k.norm_start, k.norm_end);
    for pair in words.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let adjacent = c
            .text(i)
            .get(a.span.end..b.span.start)
            .is_some_and(|gap| !gap.chars().any(char::is_alphanumeric));
        if adjacent
            && caps(a)
            && caps(b)
            && (function(a, lex::STOPWORDS) || function(b, lex::STOPWORDS))
        {
            return Some(Span::new(a.span.start, b.span.end));
        }
    }
    None
}

/// Whether a character asks or exclaims: "!" and "?", their full-width forms, and the Greek
/// question mark (U+037E, or ";" as Greek keyboards type it).
fn is_mark(ch: char, greek: bool) -> bool {
    matches!(ch, '!' | '?' | '！' | '？' | '\u{37e}') || (greek && ch == ';')
}

/// A run of at least `min` "!" and "?" ("!!!", "??", "?!?") from byte `from` on, widened to its
/// sentence.
fn mark_run(c: &Analyzed<'_>, i: usize, min: usize, from: usize) -> Option<Span> {
    let text = c.text(i);
    let greek = c.turns[i].lang == tact_lang::Lang::El;
    let mut run_start = None;
    let mut len = 0;
    for (pos, ch) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if is_mark(ch, greek) {
            if run_start.is_none() {
                run_start = Some(pos);
            }
            len += 1;
            continue;
        }
        if let Some(s) = run_start.take() {
            if len >= min && s >= from {
                let run = Span::new(s, pos);
                let sentence = c.turns[i]
                    .sentences
                    .iter()
                    .find(|st| st.span.start <= run.start && st.span.end >= run.end)
                    .map_or(run, |st| st.span);
                return Some(sentence);
            }
        }
        len = 0;
    }
    None
}

/// An incredulous echo that opens the turn right after the agent spoke: one to three words that
/// repeat a word or figure of the agent's, then "??" ("27??", "3 days??", "All'una??").
fn echo(c: &Analyzed<'_>, i: usize) -> Option<Span> {
    if i == 0 || !c.is_seller(i - 1) {
        return None;
    }
    let (start, marks) = opening_question(c, i)?;
    // It echoes the agent: a content word or a figure of the agent's turn comes back.
    let theirs = c.content_stems(i - 1);
    let echoes = c
        .content_tokens(i)
        .filter(|k| k.span.end <= start)
        .any(|k| theirs.iter().any(|s| s == c.stem_of(i, k)));
    // One "?" is enough when the next sentence protests ("Wednesday? But that's a week away!").
    let end = start + marks.len();
    let marked = marks.chars().count() >= 2 || protests(c, i, end);
    (marked && echoes).then(|| Span::new(0, end))
}

/// One to three words that open turn `i` before a run of marks holding a "?" ("27??", "Kaks
/// viikkoa??", "Mercoledì 16?"): where the run starts, and the run.
fn opening_question<'a>(c: &'a Analyzed<'_>, i: usize) -> Option<(usize, &'a str)> {
    let text = c.text(i);
    let greek = c.turns[i].lang == tact_lang::Lang::El;
    let start = text.find(|ch| is_mark(ch, greek))?;
    let len: usize = text[start..]
        .chars()
        .take_while(|&ch| is_mark(ch, greek))
        .map(char::len_utf8)
        .sum();
    let marks = &text[start..start + len];
    let asks = marks.chars().any(|ch| ch != '!' && ch != '！');
    let before = c.turns[i]
        .text
        .tokens
        .iter()
        .filter(|k| k.span.end <= start)
        .count();
    (asks && (1..=3).contains(&before)).then_some((start, marks))
}

/// Lexicons whose cue in a sentence makes it a protest: frustration, exasperation, impatience,
/// a complaint or anger.
const PROTEST_CUES: [tact_lang::LexId; 5] = [
    lex::FRUSTRATION,
    lex::EXASPERATION,
    lex::IMPATIENCE,
    lex::CUSTOMER_COMPLAINT,
    lex::NEGATIVE_EMOTION,
];

/// Whether customer turn `i`, after its opening (up to byte `from`), asks a yes-or-no question
/// for practical help ("is there no way…?", "non c'è niente in magazzino?", "Eikö niitä saa
/// nopeammin?") and protests nowhere: no exclamation, no protest cue, and no consequence drawn
/// ("so I'm without internet until Friday?" is a protest put as a question). A sigh or an
/// emoji does not change it.
fn asks_for_help(c: &Analyzed<'_>, i: usize, from: usize) -> bool {
    let t = &c.turns[i];
    let after = |st: &&tact_lang::Sentence| st.span.start >= from;
    let protest = protests(c, i, from)
        || t.sentences.iter().filter(after).any(|st| {
            let (a, b) = (st.norm_start, st.norm_end);
            c.quote(i, st.span).trim_end().ends_with(['!', '！'])
                || opened_by(&t.text, lex::RECAP_OPENER, a, b)
                || PROTEST_CUES
                    .into_iter()
                    .any(|l| t.text.cues_in(l, a, b).any(|m| said(t, m)))
        });
    !protest
        && c.dialogue.turns[i].questions.iter().any(|q| {
            q.kind == tact_dialogue::QuestionKind::YesNo
                && t.sentences.get(q.sentence).is_some_and(|st| after(&st))
        })
}

/// Whether the first sentence of turn `i` from byte `from` on protests: it turns against the agent
/// with a "but" and an exclamation, voices frustration or a complaint, or draws a consequence
/// with a negation in it, not as a question ("Quindi non…", "Δηλαδή δεν…"); never when it cheers.
fn protests(c: &Analyzed<'_>, i: usize, from: usize) -> bool {
    let t = &c.turns[i];
    let Some(st) = t.sentences.iter().find(|st| st.span.start >= from) else {
        return false;
    };
    let (a, b) = (st.norm_start, st.norm_end);
    let has = |l| t.text.cues_in(l, a, b).any(|m| said(t, m));
    let cheers = [
        lex::SARCASTIC_PRAISE,
        lex::GRATITUDE,
        lex::AGREEMENT,
        lex::AFFIRM,
        lex::CHEER,
    ]
    .into_iter()
    .any(has);
    // An exclamation protests when it turns against what the agent said ("But I move in on
    // Saturday!"); "That's less than I expected!" is pleased.
    let exclaims = c.quote(i, st.span).trim_end().ends_with(['!', '！'])
        && opened_by(&t.text, lex::CONTRAST_TURN, a, b);
    !cheers
        && (exclaims
            || PROTEST_CUES.into_iter().any(has)
            || (opened_by(&t.text, lex::RECAP_OPENER, a, b)
                && !st.is_question
                && [lex::NEGATOR, lex::EXCLUSION].into_iter().any(has)))
}

/// Praise standing alone as a sentence, with nothing in the turn that cheers, where the words
/// around it say that the news was bad: the customer is being sarcastic.
/// - After something else in the same turn ("So I collect it myself. Brilliant.", "Tre giorni.
///   Fantastico."): the sentence before carries bad news or the one after complains. Praise
///   after a sentence that already cheers or agrees is taken at face value.
/// - Opening the turn, alone or after an "ok" ("Super. Și nu puteți măcar…?", "Ωραία… Και δεν
///   μπορώ…;"): only right after an agent turn that refused, or said no with an apology, and when
///   the next sentence complains and does not cheer. "Great! Can you also…" and "Perfect. What
///   time?" stay sincere.
fn sarcasm(c: &Analyzed<'_>, i: usize) -> Option<Span> {
    let t = &c.turns[i];
    let acts = &c.dialogue.turns[i];
    if acts.agreement || acts.answer == Some(tact_dialogue::Answer::Yes) {
        return None;
    }
    let words = |st: &tact_lang::Sentence| words_in(&t.text, st.norm_start, st.norm_end).len();
    // A sentence cheers when it praises, thanks or agrees anywhere, or opens with a yes or an
    // "alright" ("Alright. Perfect."); those short words inside a clause ("niin", "ok") do not.
    let cheers = |st: &tact_lang::Sentence| {
        let (a, b) = (st.norm_start, st.norm_end);
        has_any(
            &t.text,
            &[
                lex::SARCASTIC_PRAISE,
                lex::GRATITUDE,
                lex::AGREEMENT,
                lex::CHEER,
            ],
            a,
            b,
        ) || [lex::AFFIRM, lex::BACKCHANNEL]
            .into_iter()
            .any(|l| opened_by(&t.text, l, a, b))
    };
    // "Right.", "Ok.", "Perfect.": a word or two that cheers, leading into what follows.
    let lead_in = |st: &tact_lang::Sentence| words(st) <= 2 && cheers(st);
    let complains = |st: &tact_lang::Sentence| {
        has_any(
            &t.text,
            &[
                lex::NEGATOR,
                lex::EXCLUSION,
                lex::FRUSTRATION,
                lex::EXASPERATION,
                lex::IMPATIENCE,
            ],
            st.norm_start,
            st.norm_end,
        )
    };
    // The agent said no: a refusal, or a "no" with an apology ("Sorry, we have no technician
    // before the 20th"); "No problem!" and "Sorry for the wait!" are no bad news.
    let turned_down = i > 0 && c.is_seller(i - 1) && {
        let agent = &c.turns[i - 1].text;
        agent.has(lex::SELLER_REFUSAL) || (agent.has(lex::NEGATOR) && agent.has(lex::APOLOGY))
    };
    t.text.cues_of(lex::SARCASTIC_PRAISE).find_map(|m| {
        let k = sentence_index(t, m.norm_start)?;
        let s = &t.sentences[k];
        let alone = words(s) == words_in(&t.text, m.norm_start, m.norm_end).len();
        // Praise words are thanks too ("great", "perfetto"): only thanks elsewhere in the turn
        // make it sincere.
        let thanks_elsewhere = t
            .text
            .cues_of(lex::GRATITUDE)
            .any(|g| g.norm_end <= s.norm_start || g.norm_start >= s.norm_end);
        // "Brilliant!" is excitement far more often than irony.
        let exclaimed = c.quote(i, s.span).trim_end().ends_with(['!', '！']);
        if !alone || !own_words(t, m) || thanks_elsewhere || exclaimed {
            return None;
        }
        let sarcastic = match k.checked_sub(1).map(|j| &t.sentences[j]) {
            // The sentence before carries bad news: a negation, a "without", a complaint, or it
            // draws the consequence ("So I collect it myself.", "Quindi è colpa vostra."); or
            // the sentence after complains ("A text. Brilliant. I'm not reading every text you
            // send."). A plain fact before ("Tomorrow at 9. Perfect.") is taken at face value.
            Some(before) if !cheers(before) => {
                let (a, b) = (before.norm_start, before.norm_end);
                complains(before)
                    || opened_by(&t.text, lex::RECAP_OPENER, a, b)
                    || t.sentences
                        .get(k + 1)
                        .is_some_and(|after| !cheers(after) && complains(after))
            }
            _ if t.sentences[..k].iter().all(lead_in) => {
                let after = t.sentences[k + 1..].iter().find(|st| !lead_in(st));
                turned_down && after.is_some_and(|after| !cheers(after) && complains(after))
            }
            _ => false,
        };
        sarcastic.then_some(s.span)
    })
}

/// A customer who answers the agent with a blunt "I said …" opening a sentence ("ho detto 600.",
/// "am zis 3000.", lexicon `insist_said`) and then, in the same sentence, says again something of
/// their own earlier turns: they have to repeat themselves and let it show. A "said" with nothing
/// of theirs after it ("I said maybe we should…") is ordinary narration, and a repetition the
/// agent asked for ("sorry, how much did you say?") is no frustration.
/// The customer's words before a turn, by stem, and their figures ("600") as written (stems
/// drop numbers): gathered as the turns go by, only once a turn says "I said", so that a long
/// conversation costs one pass however many turns say it.
#[derive(Default)]
struct Earlier<'a> {
    upto: usize,
    words: HashSet<&'a str>,
}

fn figure<'a>(c: &'a Analyzed<'_>, j: usize, w: &tact_lang::Token) -> Option<&'a str> {
    let q = c.quote(j, w.span);
    q.bytes().all(|b| b.is_ascii_digit()).then_some(q)
}

fn insists<'a>(c: &'a Analyzed<'_>, i: usize, earlier: &mut Earlier<'a>) -> Option<Span> {
    // "Sorry, how much did you say?" asks for the repetition.
    if i == 0 || !c.is_seller(i - 1) || c.turns[i - 1].text.has(lex::NOT_UNDERSTOOD) {
        return None;
    }
    let t = &c.turns[i];
    if !t.text.has(lex::INSIST_SAID) {
        return None;
    }
    for j in (earlier.upto..i).filter(|&j| c.is_customer(j)) {
        earlier
            .words
            .extend(c.content_tokens(j).map(|w| c.stem_of(j, w)));
        earlier.words.extend(
            c.turns[j]
                .text
                .tokens
                .iter()
                .filter_map(|w| figure(c, j, w)),
        );
    }
    earlier.upto = earlier.upto.max(i);
    let earlier = &earlier.words;
    t.text.cues_of(lex::INSIST_SAID).find_map(|m| {
        let k = sentence_index(t, m.norm_start)?;
        let st = &t.sentences[k];
        let opening = opens(&t.text, st.norm_start, st.norm_end, m.norm_start);
        // What follows the "said" in its own sentence ("I said I'd call back. Is my parcel…"
        // repeats nothing).
        let after = |w: &&tact_lang::Token| w.norm_start >= m.norm_end && w.norm_end <= st.norm_end;
        let again = c
            .content_tokens(i)
            .filter(after)
            .any(|w| earlier.contains(c.stem_of(i, w)))
            || t.text
                .tokens
                .iter()
                .filter(after)
                .filter_map(|w| figure(c, i, w))
                .any(|q| earlier.contains(q));
        (opening && said(t, m) && again).then_some(st.span)
    })
}

/// What shows frustration in customer turn `i` (a code the catalogue's `$sign` select words),
/// and its evidence span.
/// Sentiment (P(positive) − P(negative)) above which marks and capitals read as excitement.
/// An outburst of lexicon `exasperation` in the customer's own, unnegated words ("unbelievable.",
/// "sono arrabbiato"), unless the turn thanks, says yes, agrees or laughs: disbelief is happy
/// surprise as often ("Seriously? Thank you so much!", "Ei oo totta, se toimii!").
fn exasperation(c: &Analyzed<'_>, i: usize) -> Option<tact_lang::CueMatch> {
    if pleased(c, i) {
        return None;
    }
    own_cue(c, i, lex::EXASPERATION)
}

/// Whether customer turn `i` thanks, says yes, agrees or laughs: disbelief and "nobody told
/// me" there are happy surprise ("nobody told me it came with a free case, great!").
fn pleased(c: &Analyzed<'_>, i: usize) -> bool {
    let t = &c.turns[i];
    let acts = &c.dialogue.turns[i];
    acts.answer == Some(tact_dialogue::Answer::Yes)
        || acts.agreement
        || [lex::GRATITUDE, lex::CHEER]
            .into_iter()
            .any(|l| t.text.cues_of(l).any(|m| own_words(t, m)))
}

const POSITIVE: f32 = 0.3;
/// Sentiment under which two marks ("??", "!!") read as frustration.
const NEGATIVE: f32 = -0.2;

fn frustration<'a>(
    c: &'a Analyzed<'_>,
    i: usize,
    caps_words: usize,
    earlier: &mut Earlier<'a>,
) -> Option<(&'static str, Span)> {
    let t = &c.turns[i];
    // "This is the third time I call" in the customer's opening turn reports what happened
    // before this conversation, calmly as often as not: a cue made of that count alone is no
    // frustration there (the capitals, marks and protests below still are).
    let opening = !(0..i).any(|j| c.is_customer(j));
    let counts_contacts = |m: &CueMatch| {
        opening
            && t.text
                .cues_of(lex::CONTACT_COUNT)
                .any(|n| n.norm_start < m.norm_end && m.norm_start < n.norm_end)
    };
    let cue = |l: LexId| {
        t.text
            .cues_of(l)
            .find(|m| said(t, m) && !counts_contacts(m))
            .copied()
    };
    if let Some(m) = cue(lex::FRUSTRATION) {
        return Some(("exasperation", m.span));
    }
    if let Some(m) = exasperation(c, i).filter(|m| !counts_contacts(m)) {
        return Some(("exasperation", m.span));
    }
    if let Some(m) = cue(lex::IMPATIENCE) {
        return Some(("impatience", m.span));
    }
    if let Some(m) = said_cue(c, i, lex::NOT_INFORMED).filter(|_| !pleased(c, i)) {
        return Some(("reproach", m.span));
    }
    // "hello?" right after one's own unanswered message.
    if i > 0 && c.is_customer(i - 1) && t.word_count() <= 4 {
        if let Some(m) = said_cue(c, i, lex::ARE_YOU_THERE) {
            return Some(("silence", m.span));
        }
    }
    // Capitals and "!!!" around thanks, a yes, a deal, a greeting, laughter or a smiling emoji
    // are enthusiasm or a joke, not anger;
    // so are they in a turn the sentiment model reads as clearly positive.
    let acts = &c.dialogue.turns[i];
    let cheers_in_words = t.text.cues_of(lex::GRATITUDE).any(|m| said(t, m))
        || acts.answer == Some(tact_dialogue::Answer::Yes)
        || acts.agreement
        || acts.greeting;
    // An echo is read on its words alone: the learned sentiment of a turn this short is noise.
    // An opening "??" that goes on to ask for a faster way ("two weeks?? is there no way you
    // have them in the shop?") is a customer looking for help: no echo, and only marks after
    // it (where it ends) are read as a run below.
    let practical = opening_question(c, i).and_then(|(start, marks)| {
        let end = start + marks.len();
        (marks.chars().count() >= 2
            && !marks.contains(['!', '！'])
            && c.content_tokens(i).any(|k| k.span.end <= start)
            && asks_for_help(c, i, end))
        .then_some(end)
    });
    if !cheers_in_words && practical.is_none() {
        if let Some(span) = echo(c, i) {
            return Some(("marks", span));
        }
    }
    if let Some(span) = insists(c, i, earlier) {
        return Some(("repeating", span));
    }
    // So is sarcasm: the praise word lifts the sentiment of the very turn it mocks.
    if let Some(span) = sarcasm(c, i) {
        return Some(("sarcasm", span));
    }
    // Laughter and a smile make marks and capitals a joke, unless the turn also complains
    // ("haha very funny, still no refund!!"); an echo ("3 weeks?? 😂") stays incredulous.
    let laughs = t.text.cues_of(lex::CHEER).any(|m| own_words(t, m))
        && ![lex::CUSTOMER_COMPLAINT, lex::NEGATIVE_EMOTION]
            .iter()
            .any(|&l| t.text.cues_of(l).any(|m| own_words(t, m)));
    let cheers = cheers_in_words || laughs || c.signals(i).sentiment > POSITIVE;
    // Capitals are loud, not angry: "HELP ME", "HURRY WE ARE DYING" or "NO THAI" cry for help
    // or stress a wish. They show frustration in a turn that also protests somewhere.
    let protest = || t.sentences.iter().any(|st| protests(c, i, st.span.start));
    if !cheers {
        if let Some(span) = shout(c, i, caps_words).filter(|_| protest()) {
            return Some(("shouting", span));
        }
        if let Some(span) = emphasis(c, i).filter(|_| protest()) {
            return Some(("shouting", span));
        }
        // Runs of marks ("??", "!!!") are common in calm and excited chat too ("Do they have
        // pizza??", "The answer is three!!!"): they count only when the turn reads as negative.
        if c.signals(i).sentiment < NEGATIVE {
            if let Some(span) = mark_run(c, i, 2, practical.unwrap_or(0)) {
                return Some(("marks", span));
            }
        }
    }
    None
}

impl Rule for CustomerFrustration {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Finding>) {
        let c = cx.conv;
        let caps_words = cx.config.usize("caps_words", 3);
        let mut earlier = Earlier::default();
        for i in c.customer_turns() {
            let Some((sign, span)) = frustration(c, i, caps_words, &mut earlier) else {
                continue;
            };
            let quote = c.quote(i, span);
            match i.checked_sub(1).filter(|&j| c.is_seller(j)) {
                Some(j) => out.push(Finding {
                    confidence: Confidence::DEFAULT,
                    turn: j,
                    span: whole_turn(c, j),
                    message: Message::new("moment-customer-frustration-reaction")
                        .text("sign", sign)
                        .text("quote", quote),
                }),
                None => out.push(Finding {
                    confidence: Confidence::DEFAULT,
                    turn: i,
                    span,
                    message: Message::new("moment-customer-frustration")
                        .text("sign", sign)
                        .text("quote", quote),
                }),
            }
        }
    }
}
