"""A static-site report generator for news: content/ -> annotated corpus -> Markdown -> MkDocs."""

__version__ = "0.1.0"
