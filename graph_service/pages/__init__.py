"""The web pages' data: home, node, meeting, initiative, console and review pages."""
