"""Reading: bytes of a file to normalised text (encodings, HTML, PDF, DOCX)."""
