# tact advice, English: each rule's advice (its docs' "Suggested instead" in English).
