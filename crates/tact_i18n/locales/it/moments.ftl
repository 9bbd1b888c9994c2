# tact moments, Italian. The explanation of each kind of OOPS moment; the English file is the wording the rules print.
moment-reoffer-after-refusal = il cliente ha rifiutato («{ $refusal }») e l'operatore ha riproposto la stessa offerta («{ $offer }»)
moment-reoffer-after-refusal-new = il cliente ha detto di no («{ $refusal }») e l'operatore è tornato alla carica con un'altra offerta («{ $offer }»)
moment-reoffer-after-refusal-argued = il cliente l'ha rifiutata («{ $refusal }») e l'operatore è tornato a sostenerla («{ $offer }»)
moment-reoffer-after-refusal-reminded = il cliente ha rifiutato («{ $refusal }») e l'operatore l'ha riproposto più avanti («{ $offer }»)
moment-false-urgency-asked = il cliente ha chiesto informazioni su tempi o disponibilità («{ $question }») e l'operatore ha risposto facendo pressione («{ $pressure }»)
moment-false-urgency-push = l'operatore ha spinto il cliente a decidere subito («{ $push }»)
moment-false-urgency-push-claim = l'operatore ha spinto il cliente a decidere subito («{ $push }»), oltre a «{ $claim }»
moment-false-urgency-push-claims = l'operatore ha spinto il cliente a decidere subito («{ $push }»), oltre a «{ $claim }» e «{ $second_claim }»
moment-false-urgency-unasked = l'operatore ha fatto leva su una scadenza o sulla scarsità («{ $claim }») senza che il cliente avesse chiesto nulla in merito
moment-agent-monologue = l'operatore ha detto { $words } parole{ $turns ->
        [1] {""}
       *[other] {" "}in { $turns } turni
    } senza cedere la parola al cliente (limite { $max_words } parole); il turno più lungo inizia con «{ $opening }»
moment-agent-monologue-timed = l'operatore ha parlato per { $seconds } s dicendo { $words } parole{ $turns ->
        [1] {""}
       *[other] {" "}in { $turns } turni
    } senza cedere la parola al cliente (limite { $max_words } parole o { $max_seconds } s); il turno più lungo inizia con «{ $opening }»
moment-talks-over-customer = l'operatore ha iniziato a dire «{ $started }» { $overlap } s prima che il cliente finisse («…{ $cut }»)
moment-ignored-need-limit = il cliente ha posto un limite («{ $limit }») e l'operatore ha proposto «{ $pitch }», che lo supera, senza tenerne conto
moment-ignored-need-hours = il cliente può venire solo in certi orari («{ $limit }») e l'operatore ha proposto le { $time }, fuori da quegli orari
moment-ignored-need-instalments = il cliente ha posto un limite («{ $limit }») e l'operatore ha risposto con un pagamento a rate («{ $instalments }») invece di proporre qualcosa che lo rispettasse
moment-ignored-need-cancel = il cliente ha chiesto la disdetta («{ $request }») e l'operatore ha invece proposto «{ $pitch }»
moment-ignored-need-alternative = il cliente ha detto che cosa vuole («{ $request }») e l'operatore ha proposto altro al suo posto («{ $pitch }»)
moment-ignored-need-unacknowledged = il cliente ha detto «{ $need }» e l'operatore ha risposto proponendo «{ $pitch }» senza farvi alcun cenno
moment-pitch-before-discovery = l'operatore ha fatto una proposta («{ $pitch }») prima di fare al cliente anche una sola domanda su ciò di cui ha bisogno
moment-unanswered-question = il cliente ha chiesto «{ $question }» e l'operatore è passato oltre senza rispondere
moment-customer-repeats-themselves-said = dopo questa risposta il cliente ha dovuto ripeterlo («{ $marker }»)
moment-customer-repeats-themselves-asked = dopo questa risposta il cliente ha dovuto chiedere di nuovo («{ $question }»)
moment-customer-repeats-themselves-restated = dopo questa risposta il cliente ha ripetuto quasi parola per parola una richiesta precedente («{ $request }»)
moment-customer-repeats-themselves-given = questa domanda chiedeva un dato che il cliente aveva già dato, e ha dovuto ripeterlo («{ $value }»)
moment-choice-overload = l'operatore ha fatto { $count } domande di scelta di fila, da «{ $first }» a «{ $last }», senza che il cliente avesse mai chiesto delle opzioni
moment-scripted-praise-senseless = il cliente { $reply ->
        [complaint] si è lamentato
       *[decline] ha detto
    } («{ $said }») e l'operatore ha risposto con un complimento di circostanza («{ $praise }»)
moment-scripted-praise-repeated = l'operatore ha ripetuto un complimento di circostanza («{ $praise }», dopo un precedente «{ $earlier }»): sembra letto da un copione
moment-upsell-barrage-priced = in un solo turno l'operatore ha proposto { $count } extra a pagamento che nessuno aveva chiesto («{ $pitch }» … { $prices })
moment-upsell-barrage-priced-one = il cliente aveva chiesto «{ $request }» e l'operatore ha proposto un extra a pagamento che nessuno aveva chiesto («{ $pitch }» … { $price })
moment-upsell-barrage-on-problem = il cliente era venuto per un problema («{ $request }») e l'operatore gli ha proposto in più un extra a pagamento («{ $pitch }» … { $price })
moment-upsell-barrage-stacked-unasked = senza che il cliente chiedesse nulla, l'operatore ha accumulato { $count } offerte non richieste ({ $offers }{ $more ->
        [0] {""}
       *[other] { $more ->
            [one] {" "}e { $more } altra
           *[other] {" "}e altre { $more }
        }
    })
moment-upsell-barrage-stacked-after-request = dopo che il cliente aveva chiesto «{ $request }», l'operatore ha accumulato { $count } offerte non richieste ({ $offers }{ $more ->
        [0] {""}
       *[other] { $more ->
            [one] {" "}e { $more } altra
           *[other] {" "}e altre { $more }
        }
    })
moment-upsell-barrage-streak-unasked = senza che il cliente chiedesse nulla, l'operatore ha proposto un extra in { $count } turni di fila ({ $offers }{ $more ->
        [0] {""}
       *[other] { $more ->
            [one] {" "}e { $more } altra
           *[other] {" "}e altre { $more }
        }
    })
moment-upsell-barrage-streak-after-request = dopo che il cliente aveva chiesto «{ $request }», l'operatore ha proposto un extra in { $count } turni di fila ({ $offers }{ $more ->
        [0] {""}
       *[other] { $more ->
            [one] {" "}e { $more } altra
           *[other] {" "}e altre { $more }
        }
    })
moment-robotic-script-template = l'operatore ha letto un modello visto { $times } volte in questa analisi («{ $template }») e non ha ripreso nulla di ciò che il cliente aveva detto
moment-robotic-script-formulas = il cliente si è lamentato («{ $complaint }») e l'operatore ha risposto solo con frasi da copione («{ $formula }»)
moment-robotic-script-not-understood = l'operatore ha detto di non aver capito («{ $line }») e non ha chiesto nulla per capire cosa intendeva il cliente («{ $customer }»)
moment-unsolicited-callback-unprompted = l'operatore ha insistito per una telefonata che nessuno aveva chiesto («{ $call }») prima che il cliente dicesse qualsiasi cosa
moment-unsolicited-callback-after = l'operatore ha insistito per una telefonata che nessuno aveva chiesto («{ $call }») dopo che il cliente aveva detto «{ $customer }»
moment-contradicts-customer = il cliente ha detto «{ $claim }» e l'operatore gli ha detto che si sbagliava («{ $contradiction }»)
moment-cites-rules-at-customer = l'operatore ha usato il regolamento contro il cliente: «{ $rule }» insieme a «{ $refusal }»
moment-blames-customer = l'operatore ha dato la colpa al cliente («{ $blame }»)
moment-condescension-talked-down = l'operatore si è rivolto al cliente con sufficienza («{ $remark }»)
moment-condescension-obvious = il cliente ha chiesto «{ $question }» e l'operatore ha risposto come se fosse ovvio («{ $remark }»)
moment-agent-rudeness = l'operatore { $abuse ->
        [swore] ha rivolto parolacce al cliente
        [swore-in-reply] ha usato parolacce in una risposta al cliente
        [belittled] ha sminuito il cliente
        [insulted] ha insultato il cliente
       *[insult-in-reply] ha usato un insulto in una risposta al cliente
    } («{ $words }»)
moment-buyer-rudeness = il cliente { $abuse ->
        [swore] ha rivolto parolacce all'operatore
       *[insulted] ha insultato l'operatore
    } («{ $words }»)
moment-dismissive-reply = il cliente ha posto un problema («{ $concern }») e l'operatore l'ha liquidato («{ $dismissal }») senza indicare nessuno che potesse aiutarlo
moment-slow-first-response = il cliente ha atteso la prima risposta dell'operatore per { $waited } in orario di apertura (limite per { $channel ->
        [chat] la chat
        [email] l'e-mail
       *[sms] gli SMS
    }: { $limit })
moment-after-hours-unanswered-late = il cliente ha scritto in data { $written }, fuori dall'orario di apertura ({ $hours }), e la prima risposta dell'operatore è arrivata solo in data { $replied }
moment-after-hours-unanswered-never = il cliente ha scritto in data { $written }, fuori dall'orario di apertura ({ $hours }), e nessun operatore ha mai risposto
moment-no-next-step = il cliente ha mostrato interesse («{ $interest }») ma la conversazione si chiude senza un passo successivo: nessun appuntamento, nessuna telefonata, nessun preventivo, nessun ordine
moment-no-next-step-failed = la richiesta non è andata a buon fine («{ $failure }») e l'operatore non ha proposto un nuovo tentativo, un'alternativa o un seguito
moment-customer-frustration-reaction = il cliente ha reagito a questo turno con { $sign ->
        [exasperation] esasperazione
        [impatience] impazienza
        [shouting] frasi urlate in maiuscolo
        [marks] una raffica di punti esclamativi o interrogativi
        [repeating] il fastidio di doverlo ripetere
        [sarcasm] sarcasmo
        [reproach] il rimprovero di non essere stato avvisato
       *[silence] impazienza per il silenzio
    }: «{ $quote }»
moment-customer-frustration = il cliente manifesta { $sign ->
        [exasperation] esasperazione
        [impatience] impazienza
        [shouting] irritazione urlando in maiuscolo
        [marks] nervosismo con una raffica di punti esclamativi o interrogativi
        [repeating] il fastidio di doverlo ripetere
        [sarcasm] sarcasmo
        [reproach] il rimprovero di non essere stato avvisato
       *[silence] impazienza per il silenzio
    }: «{ $quote }»
moment-escalation-threat = il cliente { $threat ->
        [escalate] ha minacciato di portare la questione più in alto
        [authority] ha citato un'autorità per la tutela dei consumatori
       *[leave] ha minacciato di andarsene
    }: «{ $quote }»
moment-mood-drop = l'umore del cliente è sceso da { $before } a { $after } subito dopo questo turno («{ $reply }»)
moment-customer-disengages = dopo questo turno le risposte del cliente si sono ridotte da circa { $average } parole a { $answers }
