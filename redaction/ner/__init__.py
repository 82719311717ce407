"""Token-classifier NER for personal data: labels, synthetic training text, training and tagging."""
