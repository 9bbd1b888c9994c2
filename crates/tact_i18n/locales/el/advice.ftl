# tact advice, Greek: each rule's advice (its docs' "Suggested instead" in English).
