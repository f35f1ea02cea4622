"""`diplograph neo4j start|stop|status`: the project-managed local Neo4j, thin over graph_schema.local_server."""

from __future__ import annotations

from collections.abc import Callable

import typer

from graph_schema import local_server
from graph_schema.errors import DiploGraphError
from graph_schema.local_server import ServerStatus
from graph_schema.settings import Settings, get_settings

neo4j_app = typer.Typer(
    help="The project-managed local Neo4j (jars from Maven Central, no Docker).", no_args_is_help=True
)


@neo4j_app.command()
def start() -> None:
    """Start the local Neo4j (fetching its jars with Maven the first time) and wait until Bolt answers."""
    typer.echo("Starting the local Neo4j (the first run fetches the jars with Maven)...", err=True)
    _show(_run(local_server.start))


@neo4j_app.command()
def stop() -> None:
    """Stop the local Neo4j; its data are kept."""
    _show(_run(local_server.stop))


@neo4j_app.command()
def status() -> None:
    """Show whether the local Neo4j is running, and where."""
    _show(_run(local_server.status))


def _run(action: Callable[[Settings], ServerStatus]) -> ServerStatus:
    try:
        return action(get_settings())
    except DiploGraphError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=1) from exc


def _show(server: ServerStatus) -> None:
    typer.echo(f"running: {'yes' if server.running else 'no'}")
    if server.pid is not None:
        typer.echo(f"pid:     {server.pid}")
    typer.echo(f"bolt:    {server.bolt_uri}")
    typer.echo(f"browser: {server.http_url}/browser/")
    typer.echo(f"home:    {server.home}")
