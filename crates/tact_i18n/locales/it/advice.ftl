# tact advice, Italian: each rule's advice (its docs' "Suggested instead" in English).
