"""Run the command line as ``python -m graph_service``."""

from graph_service.cli import main

main()
