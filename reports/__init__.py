"""PDF documents (reportlab): one renderer per document, fed app dataclasses, returning bytes."""
