"""The ``minutes-kg`` command and ``python -m graph_service``: the command line with the benchmarks.

The benchmark commands drive the API and the loader, so they sit above the command line of
:mod:`graph_service.cli.app` and join it here, where nothing imports them back.
"""

from graph_service.bench.cli import bench_app, synth
from graph_service.cli.app import app, main

app.add_typer(bench_app, name="bench")
app.command()(synth)

if __name__ == "__main__":
    main()
