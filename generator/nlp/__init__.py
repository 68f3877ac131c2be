"""The spaCy side of the generator: the pipeline and pure Doc -> items extractors."""
