# tact moments, Finnish. The explanation of each kind of OOPS moment; the English file is the wording the rules print.
moment-reoffer-after-refusal = asiakas kieltäytyi (”{ $refusal }”), ja asiakaspalvelija tarjosi saman tarjouksen uudelleen (”{ $offer }”)
moment-reoffer-after-refusal-new = asiakas sanoi ei (”{ $refusal }”), ja asiakaspalvelija palasi asiaan toisella tarjouksella (”{ $offer }”)
moment-reoffer-after-refusal-argued = asiakas torjui sen (”{ $refusal }”), ja asiakaspalvelija puolusti sitä uudelleen (”{ $offer }”)
moment-reoffer-after-refusal-reminded = asiakas torjui sen (”{ $refusal }”), ja asiakaspalvelija toi sen myöhemmin uudelleen esiin (”{ $offer }”)
moment-false-urgency-asked = asiakas kysyi aikataulusta tai varastotilanteesta (”{ $question }”), ja asiakaspalvelija vastasi painostamalla (”{ $pressure }”)
moment-false-urgency-push = asiakaspalvelija painosti asiakasta päättämään heti (”{ $push }”)
moment-false-urgency-push-claim = asiakaspalvelija painosti asiakasta päättämään heti (”{ $push }”) sen lisäksi, että oli sanonut: ”{ $claim }”
moment-false-urgency-push-claims = asiakaspalvelija painosti asiakasta päättämään heti (”{ $push }”) sen lisäksi, että oli sanonut: ”{ $claim }” ja ”{ $second_claim }”
moment-false-urgency-unasked = asiakaspalvelija korosti määräaikaa tai rajallista saatavuutta (”{ $claim }”), vaikka asiakas ei ollut kysynyt asiasta
moment-agent-monologue = asiakaspalvelija puhui { $words ->
        [one] { $words } sanan
       *[other] { $words } sanaa
    }{ $turns ->
        [1] {""}
       *[other] {" "}{ $turns } puheenvuoron aikana
    } antamatta vuoroa asiakkaalle (raja { $max_words ->
        [one] { $max_words } sana
       *[other] { $max_words } sanaa
    }); pisin puheenvuoro alkoi: ”{ $opening }”
moment-agent-monologue-timed = asiakaspalvelija puhui { $seconds } s ({ $words ->
        [one] { $words } sana
       *[other] { $words } sanaa
    }){ $turns ->
        [1] {""}
       *[other] {" "}{ $turns } puheenvuoron aikana
    } antamatta vuoroa asiakkaalle (raja { $max_words ->
        [one] { $max_words } sana
       *[other] { $max_words } sanaa
    } tai { $max_seconds } s); pisin puheenvuoro alkoi: ”{ $opening }”
moment-talks-over-customer = asiakaspalvelija alkoi puhua { $overlap } s ennen kuin asiakas oli puhunut loppuun (”…{ $cut }”): ”{ $started }”
moment-ignored-need-limit = asiakas asetti rajan (”{ $limit }”), ja asiakaspalvelija tarjosi sen ylittävää vaihtoehtoa (”{ $pitch }”) ottamatta rajaa lainkaan huomioon
moment-ignored-need-hours = asiakas pääsee vain tiettyinä aikoina (”{ $limit }”), ja asiakaspalvelija ehdotti aikaa { $time }, niiden ulkopuolelta
moment-ignored-need-instalments = asiakas asetti rajan (”{ $limit }”), ja asiakaspalvelija tarjosi osamaksua (”{ $instalments }”) sen sijaan, että olisi ehdottanut jotain rajan puitteissa
moment-ignored-need-cancel = asiakas pyysi peruutusta (”{ $request }”), ja asiakaspalvelija yritti sen sijaan myydä: ”{ $pitch }”
moment-ignored-need-alternative = asiakas sanoi, mitä haluaa (”{ $request }”), ja asiakaspalvelija tarjosi sen tilalle jotain muuta (”{ $pitch }”)
moment-ignored-need-unacknowledged = asiakas sanoi: ”{ $need }”, ja asiakaspalvelija tarjosi vastauksessaan (”{ $pitch }”) sanallakaan asiaan puuttumatta
moment-pitch-before-discovery = asiakaspalvelija esitteli tarjouksen (”{ $pitch }”) ennen kuin oli esittänyt asiakkaalle yhtäkään kysymystä tämän tarpeista
moment-unanswered-question = asiakas kysyi: ”{ $question }”, ja asiakaspalvelija siirtyi eteenpäin vastaamatta
moment-customer-repeats-themselves-said = tämän vastauksen jälkeen asiakas joutui sanomaan asiansa uudelleen (”{ $marker }”)
moment-customer-repeats-themselves-asked = tämän vastauksen jälkeen asiakas joutui kysymään uudelleen (”{ $question }”)
moment-customer-repeats-themselves-restated = tämän vastauksen jälkeen asiakas toisti aiemman pyyntönsä lähes sanasta sanaan (”{ $request }”)
moment-customer-repeats-themselves-given = tämä kysymys pyysi tietoa, jonka asiakas oli jo antanut, ja hän joutui antamaan sen uudelleen (”{ $value }”)
moment-choice-overload = asiakaspalvelija esitti { $count ->
        [one] { $count } vaihtoehtokysymyksen
       *[other] { $count } vaihtoehtokysymystä
    } peräkkäin (ensimmäinen: ”{ $first }”, viimeinen: ”{ $last }”), vaikka asiakas ei ollut kertaakaan pyytänyt vaihtoehtoja
moment-scripted-praise-senseless = asiakas { $reply ->
        [complaint] valitti
       *[decline] sanoi
    } (”{ $said }”), ja asiakaspalvelija vastasi kaavamaisella kehulla (”{ $praise }”)
moment-scripted-praise-repeated = asiakaspalvelija toisti kaavamaista kehua (”{ $praise }”, aiemmin ”{ $earlier }”): se kuulosti käsikirjoituksesta luetulta
moment-upsell-barrage-priced = yhdessä puheenvuorossa myyjä tarjosi { $count } maksullista lisää, joita kukaan ei pyytänyt (”{ $pitch }” … { $prices })
moment-upsell-barrage-priced-one = asiakas pyysi: ”{ $request }”, ja myyjä tarjosi maksullista lisää, jota kukaan ei pyytänyt (”{ $pitch }” … { $price })
moment-upsell-barrage-on-problem = asiakas tuli ongelman takia (”{ $request }”), ja myyjä tarjosi sen päälle maksullista lisää (”{ $pitch }” … { $price })
moment-upsell-barrage-stacked-unasked = asiakaspalvelija kasasi oma-aloitteisesti { $count ->
        [one] { $count } pyytämättömän lisätarjouksen
       *[other] { $count } pyytämätöntä lisätarjousta
    } ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}ja { $more ->
            [one] { $more } muu
           *[other] { $more } muuta
        }
    })
moment-upsell-barrage-stacked-after-request = asiakas pyysi: ”{ $request }”, minkä jälkeen asiakaspalvelija kasasi { $count ->
        [one] { $count } pyytämättömän lisätarjouksen
       *[other] { $count } pyytämätöntä lisätarjousta
    } ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}ja { $more ->
            [one] { $more } muu
           *[other] { $more } muuta
        }
    })
moment-upsell-barrage-streak-unasked = asiakaspalvelija tyrkytti oma-aloitteisesti lisätuotetta { $count } puheenvuorossa peräkkäin ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}ja { $more ->
            [one] { $more } muu
           *[other] { $more } muuta
        }
    })
moment-upsell-barrage-streak-after-request = asiakas pyysi: ”{ $request }”, minkä jälkeen asiakaspalvelija tyrkytti lisätuotetta { $count } puheenvuorossa peräkkäin ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}ja { $more ->
            [one] { $more } muu
           *[other] { $more } muuta
        }
    })
moment-robotic-script-template = asiakaspalvelija käytti valmista pohjaa, joka esiintyi tässä analyysissä { $times ->
        [one] { $times } kerran
       *[other] { $times } kertaa
    } (”{ $template }”), eikä tarttunut mihinkään, mitä asiakas oli sanonut
moment-robotic-script-formulas = asiakas valitti (”{ $complaint }”), ja asiakaspalvelija vastasi pelkillä vakiofraaseilla (”{ $formula }”)
moment-robotic-script-not-understood = asiakaspalvelija sanoi, ettei ymmärtänyt (”{ $line }”), eikä kysynyt mitään selvittääkseen, mitä asiakas tarkoitti (”{ $customer }”)
moment-unsolicited-callback-unprompted = asiakaspalvelija tyrkytti puhelua, jota kukaan ei ollut pyytänyt (”{ $call }”), ennen kuin asiakas oli sanonut mitään
moment-unsolicited-callback-after = asiakaspalvelija tyrkytti puhelua, jota kukaan ei ollut pyytänyt (”{ $call }”), kun asiakas oli sanonut: ”{ $customer }”
moment-contradicts-customer = asiakas sanoi: ”{ $claim }”, ja asiakaspalvelija sanoi asiakkaan olevan väärässä (”{ $contradiction }”)
moment-cites-rules-at-customer = asiakaspalvelija käänsi säännöt asiakasta vastaan: ”{ $rule }” sekä ”{ $refusal }”
moment-blames-customer = asiakaspalvelija sälytti syyn asiakkaalle (”{ $blame }”)
moment-condescension-talked-down = asiakaspalvelija puhui asiakkaalle alentuvasti (”{ $remark }”)
moment-condescension-obvious = asiakas kysyi: ”{ $question }”, ja asiakaspalvelija vastasi kuin asia olisi ollut itsestään selvä (”{ $remark }”)
moment-agent-rudeness = asiakaspalvelija { $abuse ->
        [swore] kiroili asiakkaalle
        [swore-in-reply] kiroili vastauksessaan asiakkaalle
        [belittled] kohteli asiakasta halveksivasti
        [insulted] solvasi asiakasta
       *[insult-in-reply] käytti solvaavaa ilmausta vastauksessaan asiakkaalle
    } (”{ $words }”)
moment-buyer-rudeness = asiakas { $abuse ->
        [swore] kiroili asiakaspalvelijalle
       *[insulted] solvasi asiakaspalvelijaa
    } (”{ $words }”)
moment-dismissive-reply = asiakas otti esiin asian (”{ $concern }”), ja asiakaspalvelija sivuutti sen (”{ $dismissal }”) kertomatta, kuka voisi auttaa
moment-slow-first-response = asiakas odotti asiakaspalvelijan ensimmäistä vastausta aukioloaikana, ja odotusaika oli { $waited } (raja { $channel ->
        [chat] chatissa
        [email] sähköpostissa
       *[sms] tekstiviesteissä
    }: { $limit })
moment-after-hours-unanswered-late = asiakas kirjoitti aukioloajan ({ $hours }) ulkopuolella (lähetetty { $written }), ja asiakaspalvelijan ensimmäinen vastaus tuli vasta myöhemmin (lähetetty { $replied })
moment-after-hours-unanswered-never = asiakas kirjoitti aukioloajan ({ $hours }) ulkopuolella (lähetetty { $written }), eikä yksikään asiakaspalvelija vastannut koskaan
moment-no-next-step = asiakas osoitti kiinnostusta (”{ $interest }”), mutta keskustelu päättyi ilman seuraavaa askelta: ei tapaamista, puhelua, tarjousta eikä tilausta
moment-no-next-step-failed = pyyntö ei onnistunut (”{ $failure }”), eikä asiakaspalvelija tarjonnut uutta yritystä, vaihtoehtoa tai jatkoa
moment-customer-frustration-reaction = asiakas reagoi tähän puheenvuoroon { $sign ->
        [exasperation] tuskastuneesti
        [impatience] kärsimättömästi
        [shouting] huutamalla isoin kirjaimin
        [marks] sarjalla huuto- tai kysymysmerkkejä
        [repeating] ärtyneenä, kun joutui toistamaan
        [sarcasm] sarkastisesti
        [reproach] moittimalla, ettei kukaan kertonut
       *[silence] kärsimättömästi, koska vastausta ei kuulunut
    }: ”{ $quote }”
moment-customer-frustration = asiakas { $sign ->
        [exasperation] osoitti tuskastumista
        [impatience] osoitti kärsimättömyyttä
        [shouting] huusi isoin kirjaimin
        [marks] käytti sarjaa huuto- tai kysymysmerkkejä
        [repeating] ärtyi, kun joutui toistamaan
        [sarcasm] oli sarkastinen
        [reproach] moitti, ettei kukaan kertonut
       *[silence] osoitti kärsimättömyyttä, koska vastausta ei kuulunut
    }: ”{ $quote }”
moment-escalation-threat = asiakas { $threat ->
        [escalate] uhkasi viedä asian eteenpäin
        [authority] mainitsi kuluttajaviranomaisen
       *[leave] uhkasi siirtyä muualle
    }: ”{ $quote }”
moment-mood-drop = asiakkaan mieliala laski heti tämän puheenvuoron jälkeen arvosta { $before } arvoon { $after } (”{ $reply }”)
moment-customer-disengages = tämän puheenvuoron jälkeen asiakkaan vastaukset lyhenivät (aiemmin keskimäärin noin { $average } sanaa): { $answers }
