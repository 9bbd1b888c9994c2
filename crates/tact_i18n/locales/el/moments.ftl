# tact moments, Greek. The explanation of each kind of OOPS moment; the English file is the wording the rules print.
moment-reoffer-after-refusal = ο πελάτης αρνήθηκε («{ $refusal }») και ο εκπρόσωπος πρότεινε ξανά την ίδια προσφορά («{ $offer }»)
moment-reoffer-after-refusal-new = ο πελάτης είπε όχι («{ $refusal }») και ο εκπρόσωπος επανήλθε με άλλη προσφορά («{ $offer }»)
moment-reoffer-after-refusal-argued = ο πελάτης την απέρριψε («{ $refusal }») και ο εκπρόσωπος επέμεινε ξανά υπέρ της («{ $offer }»)
moment-reoffer-after-refusal-reminded = ο πελάτης το αρνήθηκε («{ $refusal }») και ο εκπρόσωπος το ξανάφερε αργότερα («{ $offer }»)
moment-false-urgency-asked = ο πελάτης ρώτησε για προθεσμίες ή διαθεσιμότητα («{ $question }») και ο εκπρόσωπος απάντησε ασκώντας πίεση («{ $pressure }»)
moment-false-urgency-push = ο εκπρόσωπος πίεσε τον πελάτη να αποφασίσει αμέσως («{ $push }»)
moment-false-urgency-push-claim = ο εκπρόσωπος πίεσε τον πελάτη να αποφασίσει αμέσως («{ $push }»), πέρα από το «{ $claim }»
moment-false-urgency-push-claims = ο εκπρόσωπος πίεσε τον πελάτη να αποφασίσει αμέσως («{ $push }»), πέρα από το «{ $claim }» και το «{ $second_claim }»
moment-false-urgency-unasked = ο εκπρόσωπος επικαλέστηκε προθεσμία ή περιορισμένη διαθεσιμότητα («{ $claim }») χωρίς να έχει ρωτήσει κάτι σχετικό ο πελάτης
moment-agent-monologue = ο εκπρόσωπος είπε { $words } λέξεις{ $turns ->
        [1] {""}
       *[other] {" "}σε { $turns } παρεμβάσεις
    } χωρίς να δώσει τον λόγο στον πελάτη (όριο { $max_words } λέξεις)· η μεγαλύτερη παρέμβαση ξεκινά με «{ $opening }»
moment-agent-monologue-timed = ο εκπρόσωπος μίλησε { $seconds } δευτ. και είπε { $words } λέξεις{ $turns ->
        [1] {""}
       *[other] {" "}σε { $turns } παρεμβάσεις
    } χωρίς να δώσει τον λόγο στον πελάτη (όριο { $max_words } λέξεις ή { $max_seconds } δευτ.)· η μεγαλύτερη παρέμβαση ξεκινά με «{ $opening }»
moment-talks-over-customer = ο εκπρόσωπος άρχισε να λέει «{ $started }» { $overlap } δευτ. πριν τελειώσει ο πελάτης («…{ $cut }»)
moment-ignored-need-limit = ο πελάτης έθεσε ένα όριο («{ $limit }») και ο εκπρόσωπος πρότεινε «{ $pitch }», πάνω από αυτό το όριο, χωρίς να το λάβει υπόψη
moment-ignored-need-hours = ο πελάτης μπορεί μόνο ορισμένες ώρες («{ $limit }») και ο εκπρόσωπος πρότεινε { $time }, εκτός αυτών
moment-ignored-need-instalments = ο πελάτης έθεσε ένα όριο («{ $limit }») και ο εκπρόσωπος απάντησε με δόσεις («{ $instalments }») αντί για κάτι εντός του ορίου
moment-ignored-need-cancel = ο πελάτης ζήτησε ακύρωση («{ $request }») και ο εκπρόσωπος πρότεινε αντί γι' αυτό «{ $pitch }»
moment-ignored-need-alternative = ο πελάτης είπε τι θέλει («{ $request }») και ο εκπρόσωπος πρότεινε κάτι άλλο στη θέση του («{ $pitch }»)
moment-ignored-need-unacknowledged = ο πελάτης είπε «{ $need }» και ο εκπρόσωπος απάντησε προτείνοντας «{ $pitch }» χωρίς ούτε μία λέξη γι' αυτό
moment-pitch-before-discovery = ο εκπρόσωπος έκανε πρόταση («{ $pitch }») πριν κάνει στον πελάτη έστω μία ερώτηση για το τι χρειάζεται
moment-unanswered-question = ο πελάτης ρώτησε «{ $question }» και ο εκπρόσωπος προχώρησε χωρίς να απαντήσει
moment-customer-repeats-themselves-said = μετά από αυτή την απάντηση ο πελάτης χρειάστηκε να το πει ξανά («{ $marker }»)
moment-customer-repeats-themselves-asked = μετά από αυτή την απάντηση ο πελάτης χρειάστηκε να ρωτήσει ξανά («{ $question }»)
moment-customer-repeats-themselves-restated = μετά από αυτή την απάντηση ο πελάτης επανέλαβε σχεδόν κατά λέξη ένα προηγούμενο αίτημά του («{ $request }»)
moment-customer-repeats-themselves-given = αυτή η ερώτηση ζήτησε κάτι που ο πελάτης είχε ήδη πει, και χρειάστηκε να το πει ξανά («{ $value }»)
moment-choice-overload = ο εκπρόσωπος έκανε { $count } ερωτήσεις επιλογής στη σειρά, από «{ $first }» έως «{ $last }», ενώ ο πελάτης δεν ζήτησε ποτέ επιλογές
moment-scripted-praise-senseless = ο πελάτης { $reply ->
        [complaint] παραπονέθηκε
       *[decline] είπε
    } («{ $said }») και ο εκπρόσωπος απάντησε με ένα τυποποιημένο κομπλιμέντο («{ $praise }»)
moment-scripted-praise-repeated = ο εκπρόσωπος επανέλαβε ένα τυποποιημένο κομπλιμέντο («{ $praise }», μετά από ένα προηγούμενο «{ $earlier }»): ακούγεται σαν να διαβάζεται από σενάριο
moment-upsell-barrage-priced = σε μία μόνο παρέμβαση ο πωλητής πρότεινε { $count } επιπλέον πράγματα με τιμή που δεν ζήτησε κανείς («{ $pitch }» … { $prices })
moment-upsell-barrage-priced-one = ο πελάτης ζήτησε «{ $request }» και ο πωλητής πρότεινε ένα επιπλέον προϊόν επί πληρωμή που κανείς δεν ζήτησε («{ $pitch }» … { $price })
moment-upsell-barrage-on-problem = ο πελάτης ήρθε για ένα πρόβλημα («{ $request }») και ο πωλητής του πρότεινε επιπλέον ένα προϊόν επί πληρωμή («{ $pitch }» … { $price })
moment-upsell-barrage-stacked-unasked = χωρίς να του ζητηθεί, ο εκπρόσωπος φόρτωσε τον πελάτη με { $count } προσφορές που δεν είχε ζητήσει ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}και { $more } ακόμη
    })
moment-upsell-barrage-stacked-after-request = αφού ο πελάτης ζήτησε «{ $request }», ο εκπρόσωπος τον φόρτωσε με { $count } προσφορές που δεν είχε ζητήσει ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}και { $more } ακόμη
    })
moment-upsell-barrage-streak-unasked = χωρίς να του ζητηθεί, ο εκπρόσωπος πρότεινε κάτι επιπλέον σε { $count } συνεχόμενες παρεμβάσεις ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}και { $more } ακόμη
    })
moment-upsell-barrage-streak-after-request = αφού ο πελάτης ζήτησε «{ $request }», ο εκπρόσωπος πρότεινε κάτι επιπλέον σε { $count } συνεχόμενες παρεμβάσεις ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}και { $more } ακόμη
    })
moment-robotic-script-template = ο εκπρόσωπος διάβασε ένα πρότυπο κείμενο που εμφανίστηκε { $times } φορές σε αυτή την ανάλυση («{ $template }») και δεν έπιασε τίποτα από όσα είχε πει ο πελάτης
moment-robotic-script-formulas = ο πελάτης παραπονέθηκε («{ $complaint }») και ο εκπρόσωπος απάντησε μόνο με τυποποιημένες φράσεις («{ $formula }»)
moment-robotic-script-not-understood = ο εκπρόσωπος είπε ότι δεν κατάλαβε («{ $line }») και δεν ρώτησε τίποτα για να καταλάβει τι εννοούσε ο πελάτης («{ $customer }»)
moment-unsolicited-callback-unprompted = ο εκπρόσωπος πίεσε για ένα τηλεφώνημα που δεν είχε ζητήσει κανείς («{ $call }») πριν πει οτιδήποτε ο πελάτης
moment-unsolicited-callback-after = ο εκπρόσωπος πίεσε για ένα τηλεφώνημα που δεν είχε ζητήσει κανείς («{ $call }») αφού ο πελάτης είπε «{ $customer }»
moment-contradicts-customer = ο πελάτης είπε «{ $claim }» και ο εκπρόσωπος του είπε ότι κάνει λάθος («{ $contradiction }»)
moment-cites-rules-at-customer = ο εκπρόσωπος χρησιμοποίησε τους κανονισμούς εναντίον του πελάτη: «{ $rule }» μαζί με «{ $refusal }»
moment-blames-customer = ο εκπρόσωπος έριξε το φταίξιμο στον πελάτη («{ $blame }»)
moment-condescension-talked-down = ο εκπρόσωπος μίλησε στον πελάτη με ύφος ανωτερότητας («{ $remark }»)
moment-condescension-obvious = ο πελάτης ρώτησε «{ $question }» και ο εκπρόσωπος απάντησε σαν να ήταν αυτονόητο («{ $remark }»)
moment-agent-rudeness = ο εκπρόσωπος { $abuse ->
        [swore] είπε βρισιές στον πελάτη
        [swore-in-reply] είπε βρισιές σε μια απάντηση προς τον πελάτη
        [belittled] φέρθηκε υποτιμητικά στον πελάτη
        [insulted] πρόσβαλε τον πελάτη
       *[insult-in-reply] χρησιμοποίησε προσβλητικό χαρακτηρισμό σε μια απάντηση προς τον πελάτη
    } («{ $words }»)
moment-buyer-rudeness = ο πελάτης { $abuse ->
        [swore] είπε βρισιές στον εκπρόσωπο
       *[insulted] πρόσβαλε τον εκπρόσωπο
    } («{ $words }»)
moment-dismissive-reply = ο πελάτης έθεσε ένα ζήτημα («{ $concern }») και ο εκπρόσωπος το προσπέρασε βιαστικά («{ $dismissal }») χωρίς να υποδείξει κάποιον που μπορεί να βοηθήσει
moment-slow-first-response = ο πελάτης περίμενε { $waited } εντός ωραρίου την πρώτη απάντηση του εκπροσώπου (όριο για { $channel ->
        [chat] το chat
        [email] το email
       *[sms] τα SMS
    }: { $limit })
moment-after-hours-unanswered-late = ο πελάτης έγραψε στις { $written }, εκτός ωραρίου λειτουργίας ({ $hours }), και η πρώτη απάντηση εκπροσώπου ήρθε μόλις στις { $replied }
moment-after-hours-unanswered-never = ο πελάτης έγραψε στις { $written }, εκτός ωραρίου λειτουργίας ({ $hours }), και κανένας εκπρόσωπος δεν απάντησε ποτέ
moment-no-next-step = ο πελάτης έδειξε ενδιαφέρον («{ $interest }») αλλά η συνομιλία κλείνει χωρίς επόμενο βήμα: ούτε ραντεβού ούτε τηλεφώνημα ούτε οικονομική προσφορά ούτε παραγγελία
moment-no-next-step-failed = το αίτημα δεν ολοκληρώθηκε («{ $failure }») και ο εκπρόσωπος δεν πρότεινε νέα προσπάθεια, εναλλακτική ή συνέχεια
moment-customer-frustration-reaction = ο πελάτης αντέδρασε σε αυτή την παρέμβαση με { $sign ->
        [exasperation] αγανάκτηση
        [impatience] ανυπομονησία
        [shouting] φωνές, γράφοντας με κεφαλαία
        [marks] μια σειρά από θαυμαστικά ή ερωτηματικά
        [repeating] ενόχληση που πρέπει να το ξαναπεί
        [sarcasm] σαρκασμό
        [reproach] παράπονο ότι κανείς δεν τον ενημέρωσε
       *[silence] ανυπομονησία για τη σιωπή
    }: «{ $quote }»
moment-customer-frustration = ο πελάτης δείχνει { $sign ->
        [exasperation] αγανάκτηση
        [impatience] ανυπομονησία
        [shouting] ότι φωνάζει, γράφοντας με κεφαλαία
        [marks] εκνευρισμό με μια σειρά από θαυμαστικά ή ερωτηματικά
        [repeating] ενόχληση που πρέπει να το ξαναπεί
        [sarcasm] σαρκασμό
        [reproach] παράπονο ότι κανείς δεν τον ενημέρωσε
       *[silence] ανυπομονησία για τη σιωπή
    }: «{ $quote }»
moment-escalation-threat = ο πελάτης { $threat ->
        [escalate] απείλησε να πάει το θέμα πιο ψηλά
        [authority] ανέφερε μια αρχή προστασίας καταναλωτών
       *[leave] απείλησε να φύγει
    }: «{ $quote }»
moment-mood-drop = η διάθεση του πελάτη έπεσε από { $before } σε { $after } αμέσως μετά από αυτή την παρέμβαση («{ $reply }»)
moment-customer-disengages = μετά από αυτή την παρέμβαση οι απαντήσεις του πελάτη μειώθηκαν από περίπου { $average } λέξεις σε { $answers }
