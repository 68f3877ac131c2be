"""Who claims what: attributions (source, cue, content) found over the dependency parse."""
