# tact moments, Romanian. The explanation of each kind of OOPS moment; the English file is the wording the rules print.
moment-reoffer-after-refusal = clientul a refuzat („{ $refusal }”), iar agentul a propus din nou aceeași ofertă („{ $offer }”)
moment-reoffer-after-refusal-new = clientul a spus nu („{ $refusal }”), iar agentul a revenit cu o altă ofertă („{ $offer }”)
moment-reoffer-after-refusal-argued = clientul a refuzat-o („{ $refusal }”), iar agentul a pledat din nou pentru ea („{ $offer }”)
moment-reoffer-after-refusal-reminded = clientul a refuzat („{ $refusal }”), iar agentul a adus oferta din nou în discuție mai târziu („{ $offer }”)
moment-false-urgency-asked = clientul a întrebat despre termene sau stoc („{ $question }”), iar agentul a răspuns făcând presiune („{ $pressure }”)
moment-false-urgency-push = agentul l-a presat pe client să decidă pe loc („{ $push }”)
moment-false-urgency-push-claim = agentul l-a presat pe client să decidă pe loc („{ $push }”), pe lângă „{ $claim }”
moment-false-urgency-push-claims = agentul l-a presat pe client să decidă pe loc („{ $push }”), pe lângă „{ $claim }” și „{ $second_claim }”
moment-false-urgency-unasked = agentul a insistat pe un termen-limită sau pe un stoc limitat („{ $claim }”), deși clientul nu întrebase despre așa ceva
moment-agent-monologue = agentul a spus { $words ->
        [one] { $words } cuvânt
        [few] { $words } cuvinte
       *[other] { $words } de cuvinte
    }{ $turns ->
        [1] {""}
       *[other] {" "}în { $turns ->
            [few] { $turns } replici
           *[other] { $turns } de replici
        }
    } fără să-i dea cuvântul clientului (limita: { $max_words ->
        [one] { $max_words } cuvânt
        [few] { $max_words } cuvinte
       *[other] { $max_words } de cuvinte
    }); cea mai lungă replică începe cu „{ $opening }”
moment-agent-monologue-timed = agentul a vorbit { $seconds } s și a spus { $words ->
        [one] { $words } cuvânt
        [few] { $words } cuvinte
       *[other] { $words } de cuvinte
    }{ $turns ->
        [1] {""}
       *[other] {" "}în { $turns ->
            [few] { $turns } replici
           *[other] { $turns } de replici
        }
    } fără să-i dea cuvântul clientului (limita: { $max_words ->
        [one] { $max_words } cuvânt
        [few] { $max_words } cuvinte
       *[other] { $max_words } de cuvinte
    } sau { $max_seconds } s); cea mai lungă replică începe cu „{ $opening }”
moment-talks-over-customer = agentul a început să spună „{ $started }” cu { $overlap } s înainte ca clientul să termine („…{ $cut }”)
moment-ignored-need-limit = clientul a stabilit o limită („{ $limit }”), iar agentul a propus „{ $pitch }”, peste această limită, fără s-o ia în seamă
moment-ignored-need-hours = clientul poate veni doar la anumite ore („{ $limit }”), iar agentul a propus ora { $time }, în afara lor
moment-ignored-need-instalments = clientul a stabilit o limită („{ $limit }”), iar agentul a răspuns cu plata în rate („{ $instalments }”) în loc să propună ceva care să se încadreze în ea
moment-ignored-need-cancel = clientul a cerut anularea („{ $request }”), iar agentul a propus în schimb „{ $pitch }”
moment-ignored-need-alternative = clientul a spus ce vrea („{ $request }”), iar agentul a propus altceva în locul lui („{ $pitch }”)
moment-ignored-need-unacknowledged = clientul a spus „{ $need }”, iar agentul a răspuns propunând „{ $pitch }”, fără niciun cuvânt despre asta
moment-pitch-before-discovery = agentul a prezentat o ofertă („{ $pitch }”) înainte să-i pună clientului măcar o întrebare despre ce îi trebuie
moment-unanswered-question = clientul a întrebat „{ $question }”, iar agentul a trecut mai departe fără să răspundă
moment-customer-repeats-themselves-said = după acest răspuns, clientul a trebuit să repete ce spusese („{ $marker }”)
moment-customer-repeats-themselves-asked = după acest răspuns, clientul a trebuit să întrebe din nou („{ $question }”)
moment-customer-repeats-themselves-restated = după acest răspuns, clientul a repetat aproape cuvânt cu cuvânt o cerere anterioară („{ $request }”)
moment-customer-repeats-themselves-given = această întrebare a cerut ceva ce clientul spusese deja, iar clientul a trebuit să o spună din nou („{ $value }”)
moment-choice-overload = agentul a pus la rând { $count ->
        [one] { $count } întrebare
        [few] { $count } întrebări
       *[other] { $count } de întrebări
    } cu variante de ales, de la „{ $first }” la „{ $last }”, deși clientul nu ceruse deloc opțiuni
moment-scripted-praise-senseless = clientul { $reply ->
        [complaint] s-a plâns
       *[decline] a spus
    } („{ $said }”), iar agentul a răspuns cu o laudă stereotipă („{ $praise }”)
moment-scripted-praise-repeated = agentul a repetat o laudă stereotipă („{ $praise }”, după „{ $earlier }” mai devreme): pare citită dintr-un script
moment-upsell-barrage-priced = într-o singură replică agentul a propus { $count } extra cu preț pe care nu le-a cerut nimeni („{ $pitch }” … { $prices })
moment-upsell-barrage-priced-one = clientul a cerut „{ $request }”, iar agentul a propus un extra cu plată pe care nu l-a cerut nimeni („{ $pitch }” … { $price })
moment-upsell-barrage-on-problem = clientul a venit cu o problemă („{ $request }”), iar agentul i-a propus pe deasupra un extra cu plată („{ $pitch }” … { $price })
moment-upsell-barrage-stacked-unasked = fără să i se ceară, agentul a înșirat { $count ->
        [one] { $count } ofertă nesolicitată
        [few] { $count } oferte nesolicitate
       *[other] { $count } de oferte nesolicitate
    } ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}și încă { $more }
    })
moment-upsell-barrage-stacked-after-request = după ce clientul a cerut „{ $request }”, agentul a înșirat { $count ->
        [one] { $count } ofertă nesolicitată
        [few] { $count } oferte nesolicitate
       *[other] { $count } de oferte nesolicitate
    } ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}și încă { $more }
    })
moment-upsell-barrage-streak-unasked = fără să i se ceară, agentul a încercat să vândă ceva în plus în { $count ->
        [one] { $count } replică
        [few] { $count } replici
       *[other] { $count } de replici
    } la rând ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}și încă { $more }
    })
moment-upsell-barrage-streak-after-request = după ce clientul a cerut „{ $request }”, agentul a încercat să vândă ceva în plus în { $count ->
        [one] { $count } replică
        [few] { $count } replici
       *[other] { $count } de replici
    } la rând ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}și încă { $more }
    })
moment-robotic-script-template = agentul a citit un șablon întâlnit { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } în această analiză („{ $template }”) și nu a preluat nimic din ce spusese clientul
moment-robotic-script-formulas = clientul s-a plâns („{ $complaint }”), iar agentul a răspuns doar cu formule standard („{ $formula }”)
moment-robotic-script-not-understood = agentul a spus că nu a înțeles („{ $line }”) și n-a întrebat nimic ca să afle ce voia să spună clientul („{ $customer }”)
moment-unsolicited-callback-unprompted = agentul a insistat pentru un apel telefonic pe care nu-l ceruse nimeni („{ $call }”) înainte ca clientul să fi spus ceva
moment-unsolicited-callback-after = agentul a insistat pentru un apel telefonic pe care nu-l ceruse nimeni („{ $call }”) după ce clientul a spus „{ $customer }”
moment-contradicts-customer = clientul a spus „{ $claim }”, iar agentul i-a spus că se înșală („{ $contradiction }”)
moment-cites-rules-at-customer = agentul a întors regulile împotriva clientului: „{ $rule }”, împreună cu „{ $refusal }”
moment-blames-customer = agentul a dat vina pe client („{ $blame }”)
moment-condescension-talked-down = agentul i-a vorbit clientului de sus („{ $remark }”)
moment-condescension-obvious = clientul a întrebat „{ $question }”, iar agentul a răspuns ca și cum ar fi fost evident („{ $remark }”)
moment-agent-rudeness = agentul { $abuse ->
        [swore] l-a înjurat pe client
        [swore-in-reply] a folosit înjurături într-un răspuns către client
        [belittled] l-a tratat pe client cu dispreț
        [insulted] l-a jignit pe client
       *[insult-in-reply] a folosit o insultă într-un răspuns către client
    } („{ $words }”)
moment-buyer-rudeness = clientul { $abuse ->
        [swore] l-a înjurat pe agent
       *[insulted] l-a jignit pe agent
    } („{ $words }”)
moment-dismissive-reply = clientul a semnalat o problemă („{ $concern }”), iar agentul a expediat-o („{ $dismissal }”), fără să-i indice pe cineva care l-ar putea ajuta
moment-slow-first-response = clientul a așteptat primul răspuns al unui agent { $waited } în timpul programului de lucru (limita pentru { $channel ->
        [chat] chat
        [email] e-mail
       *[sms] SMS
    }: { $limit })
moment-after-hours-unanswered-late = clientul a scris pe { $written }, în afara programului ({ $hours }), iar primul răspuns al unui agent a venit abia pe { $replied }
moment-after-hours-unanswered-never = clientul a scris pe { $written }, în afara programului ({ $hours }), și niciun agent nu i-a mai răspuns
moment-no-next-step = clientul și-a arătat interesul („{ $interest }”), dar conversația s-a încheiat fără un pas următor: fără programare, apel, ofertă de preț sau comandă
moment-no-next-step-failed = cererea nu a reușit („{ $failure }”), iar agentul nu a propus o nouă încercare, o alternativă sau o continuare
moment-customer-frustration-reaction = clientul a reacționat la această replică { $sign ->
        [exasperation] cu exasperare
        [impatience] cu nerăbdare
        [shouting] strigând cu majuscule
        [marks] cu un șir de semne de exclamare sau de întrebare
        [repeating] cu iritarea că trebuie să repete
        [sarcasm] cu sarcasm
        [reproach] reproșând că nu a fost anunțat
       *[silence] cu nerăbdare din cauza tăcerii
    }: „{ $quote }”
moment-customer-frustration = clientul { $sign ->
        [exasperation] și-a arătat exasperarea
        [impatience] și-a arătat nerăbdarea
        [shouting] a strigat cu majuscule
        [marks] a folosit un șir de semne de exclamare sau de întrebare
        [repeating] a fost iritat că trebuie să repete
        [sarcasm] a fost sarcastic
        [reproach] a reproșat că nu a fost anunțat
       *[silence] și-a arătat nerăbdarea din cauza tăcerii
    }: „{ $quote }”
moment-escalation-threat = clientul { $threat ->
        [escalate] a amenințat că va duce problema mai sus
        [authority] a pomenit de o autoritate pentru protecția consumatorilor
       *[leave] a amenințat că renunță
    }: „{ $quote }”
moment-mood-drop = dispoziția clientului a scăzut de la { $before } la { $after } imediat după această replică („{ $reply }”)
moment-customer-disengages = după această replică, răspunsurile clientului s-au scurtat la { $answers } (media de cuvinte pe răspuns era înainte de circa { $average })
