# tact moments, English. The explanation of each kind of OOPS moment; the English file is the wording the rules print.
moment-reoffer-after-refusal = the customer declined ("{ $refusal }") and the agent pitched the same offer again ("{ $offer }")
moment-reoffer-after-refusal-new = the customer said no ("{ $refusal }") and the agent came back with another offer ("{ $offer }")
moment-reoffer-after-refusal-argued = the customer turned it down ("{ $refusal }") and the agent argued for it again ("{ $offer }")
moment-reoffer-after-refusal-reminded = the customer turned it down ("{ $refusal }") and the agent brought it back later ("{ $offer }")
moment-false-urgency-asked = the customer asked about timing or stock ("{ $question }") and the agent answered with pressure ("{ $pressure }")
moment-false-urgency-push = the agent pushed the customer to decide at once ("{ $push }")
moment-false-urgency-push-claim = the agent pushed the customer to decide at once ("{ $push }"), on top of "{ $claim }"
moment-false-urgency-push-claims = the agent pushed the customer to decide at once ("{ $push }"), on top of "{ $claim }" and "{ $second_claim }"
moment-false-urgency-unasked = the agent pressed a deadline or scarcity ("{ $claim }") that the customer had not asked about
moment-agent-monologue = the agent talked for { $words } words{ $turns ->
        [1] {""}
       *[other] {" "}over { $turns } turns
    } without handing the floor to the customer (limit { $max_words } words); the longest turn opens "{ $opening }"
moment-agent-monologue-timed = the agent talked for { $words } words and { $seconds } s{ $turns ->
        [1] {""}
       *[other] {" "}over { $turns } turns
    } without handing the floor to the customer (limit { $max_words } words or { $max_seconds } s); the longest turn opens "{ $opening }"
moment-talks-over-customer = the agent started "{ $started }" { $overlap } s before the customer had finished ("…{ $cut }")
moment-ignored-need-limit = the customer set a limit ("{ $limit }") and the agent pitched "{ $pitch }", above it, without acknowledging it
moment-ignored-need-hours = the customer can only come at certain hours ("{ $limit }") and the agent proposed { $time }, outside them
moment-ignored-need-instalments = the customer set a limit ("{ $limit }") and the agent answered with instalments ("{ $instalments }") instead of something within it
moment-ignored-need-cancel = the customer asked to cancel ("{ $request }") and the agent pitched "{ $pitch }" instead
moment-ignored-need-alternative = the customer said what they want ("{ $request }") and the agent proposed something else in its place ("{ $pitch }")
moment-ignored-need-unacknowledged = the customer said "{ $need }" and the agent's reply pitched "{ $pitch }" without a word about it
moment-pitch-before-discovery = the agent pitched ("{ $pitch }") before asking the customer a single question about what they need
moment-unanswered-question = the customer asked "{ $question }" and the agent moved on without answering it
moment-customer-repeats-themselves-said = after this reply the customer had to say it again ("{ $marker }")
moment-customer-repeats-themselves-asked = after this reply the customer had to ask again ("{ $question }")
moment-customer-repeats-themselves-restated = after this reply the customer repeated an earlier request nearly word for word ("{ $request }")
moment-customer-repeats-themselves-given = this question asked for what the customer had already given, and they gave it again ("{ $value }")
moment-choice-overload = the agent asked { $count } choice questions in a row, from "{ $first }" to "{ $last }", and the customer never asked for options
moment-scripted-praise-senseless = the customer { $reply ->
        [complaint] complained
       *[decline] said
    } ("{ $said }") and the agent answered with formula praise ("{ $praise }")
moment-scripted-praise-repeated = the agent repeated formula praise ("{ $praise }", after "{ $earlier }" earlier): it sounds read from a script
moment-upsell-barrage-priced = in one turn the agent pitched { $count } priced extras nobody asked for ("{ $pitch }" … { $prices })
moment-upsell-barrage-priced-one = the customer asked for "{ $request }" and the agent pitched a paid extra nobody asked for ("{ $pitch }" … { $price })
moment-upsell-barrage-on-problem = the customer came with a problem ("{ $request }") and the agent pitched a paid extra on top of it ("{ $pitch }" … { $price })
moment-upsell-barrage-stacked-unasked = without being asked, the agent stacked { $count } unrequested offers ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    })
moment-upsell-barrage-stacked-after-request = after the customer asked for "{ $request }", the agent stacked { $count } unrequested offers ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    })
moment-upsell-barrage-streak-unasked = without being asked, the agent pushed an extra in { $count } turns in a row ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    })
moment-upsell-barrage-streak-after-request = after the customer asked for "{ $request }", the agent pushed an extra in { $count } turns in a row ({ $offers }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    })
moment-robotic-script-template = the agent read out a template seen { $times } times in this run ("{ $template }") and took up nothing of what the customer said
moment-robotic-script-formulas = the customer complained ("{ $complaint }") and the agent answered only with script formulas ("{ $formula }")
moment-robotic-script-not-understood = the agent said it did not understand ("{ $line }") and asked nothing to find out what the customer meant ("{ $customer }")
moment-unsolicited-callback-unprompted = the agent pushed a call nobody asked for ("{ $call }") before the customer had said anything
moment-unsolicited-callback-after = the agent pushed a call nobody asked for ("{ $call }") after the customer said "{ $customer }"
moment-contradicts-customer = the customer said "{ $claim }" and the agent told them they were wrong ("{ $contradiction }")
moment-cites-rules-at-customer = the agent turned the rules against the customer: "{ $rule }" with "{ $refusal }"
moment-blames-customer = the agent put the fault on the customer ("{ $blame }")
moment-condescension-talked-down = the agent talked down to the customer ("{ $remark }")
moment-condescension-obvious = the customer asked "{ $question }" and the agent answered as if it were obvious ("{ $remark }")
moment-agent-rudeness = the agent { $abuse ->
        [swore] swore at the customer
        [swore-in-reply] swore in a reply to the customer
        [belittled] belittled the customer
        [insulted] insulted the customer
       *[insult-in-reply] used an insult in a reply to the customer
    } ("{ $words }")
moment-buyer-rudeness = the customer { $abuse ->
        [swore] swore at the agent
       *[insulted] insulted the agent
    } ("{ $words }")
moment-dismissive-reply = the customer raised "{ $concern }" and the agent brushed it off ("{ $dismissal }") without pointing to anyone who can help
moment-slow-first-response = the customer waited { $waited } of opening hours for the first agent reply (limit for { $channel ->
        [chat] chat
        [email] email
       *[sms] sms
    }: { $limit })
moment-after-hours-unanswered-late = the customer wrote on { $written }, outside opening hours ({ $hours }), and the first agent reply came only on { $replied }
moment-after-hours-unanswered-never = the customer wrote on { $written }, outside opening hours ({ $hours }), and no agent ever replied
moment-no-next-step = the customer showed interest ("{ $interest }") but the conversation ends without a next step: no appointment, call, quote or order
moment-no-next-step-failed = the request failed ("{ $failure }") and the agent offered no retry, alternative or follow-up
moment-customer-frustration-reaction = the customer reacted to this turn with { $sign ->
        [exasperation] exasperation
        [impatience] impatience
        [shouting] shouting in capitals
        [marks] a run of exclamation or question marks
        [repeating] irritation at having to say it again
        [sarcasm] sarcasm
        [reproach] a reproach that nobody told them
       *[silence] impatience at the silence
    }: "{ $quote }"
moment-customer-frustration = the customer shows { $sign ->
        [exasperation] exasperation
        [impatience] impatience
        [shouting] shouting in capitals
        [marks] a run of exclamation or question marks
        [repeating] irritation at having to say it again
        [sarcasm] sarcasm
        [reproach] a reproach that nobody told them
       *[silence] impatience at the silence
    }: "{ $quote }"
moment-escalation-threat = the customer { $threat ->
        [escalate] threatened to escalate
        [authority] named a consumer authority
       *[leave] threatened to leave
    }: "{ $quote }"
moment-mood-drop = the customer's mood fell from { $before } to { $after } right after this turn ("{ $reply }")
moment-customer-disengages = after this turn the customer's answers shrank from about { $average } words to { $answers }
