# tact advice, Romanian: each rule's advice (its docs' "Suggested instead" in English).
