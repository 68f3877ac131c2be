"""Training the learned parts of the annotator (the attribution cue classifier and lexicon)."""
