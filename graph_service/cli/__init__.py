"""The `minutes-kg` command line: thin commands over the library."""
