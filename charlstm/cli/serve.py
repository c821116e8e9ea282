"""charlstm serve: a local page to read, ask, sample and watch runs live."""

from __future__ import annotations

import click

from charlstm.serve import access, server, session


@click.command("serve")
@click.argument("models", nargs=-1, metavar="[RUN_OR_CHECKPOINT]...")
@click.option(
    "--runs", "runs_dir", metavar="DIR", help="Show the loss curves of the runs under DIR."
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port (0: any free one).",
)
@click.option(
    "--token",
    metavar="TOKEN|auto",
    help="Require this token on every request (auto: make one and print it in the "
    "URL); needed for a --host other than loopback.",
)
def serve_cmd(models, runs_dir, host, port, token):
    """Serve a page where you type a text and watch the model read it: surprise and top
    guesses per character, answer bars, what an answer depends on (the gradient, two models
    side by side), the cells, streamed samples, and the loss curves of training runs.

    Each model is a checkpoint or a run directory (its averaged.npz, best.npz or last.npz).
    Without models, those of the runs under --runs. Ctrl-C stops the server.

    \b
    Examples:
      charlstm serve runs/demo
      charlstm serve runs/compare/lstm-seed0 runs/compare/rnn-seed0 --runs runs/compare
      charlstm serve --runs runs --port 8080
      charlstm serve runs/demo --host 0.0.0.0 --token auto
    """
    required = access.check_binding(host, token)
    app = session.build_app(list(models), runs_dir, required)
    httpd = server.make_server(app, host, port)
    for entry in app.entries.values():
        click.echo(f"{entry.id}: {entry.name}", err=True)
    click.echo(f"serving {access.url(host, httpd.server_address[1], required)}", err=True)
    click.echo("Ctrl-C stops it", err=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    click.echo("stopped", err=True)
