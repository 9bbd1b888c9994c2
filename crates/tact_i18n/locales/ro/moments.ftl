# tact moments, Romanian. The explanation of each kind of OOPS moment; the English file is the wording the rules print.
