# tact advice, Finnish: each rule's advice (its docs' "Suggested instead" in English).
