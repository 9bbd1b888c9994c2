# tact moments, English. The explanation of each kind of OOPS moment; the English file is the wording the rules print.
moment-reoffer-after-refusal = the customer declined ("{ $refusal }") and the agent pitched the same offer again ("{ $offer }")
