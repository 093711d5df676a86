"""Where the graph lives: an external Neo4j named by NEO4J_* variables, else the managed one."""

from __future__ import annotations

import os
from dataclasses import dataclass

import neo4j

from convene.graph import server


@dataclass(frozen=True)
class Settings:
    uri: str
    user: str
    password: str
    database: str
    managed: bool  # True: the local server that `convene neo4j start` runs

    def __repr__(self) -> str:  # the password never reaches logs, tracebacks or the console
        hidden = "***" if self.password else ""
        return (f"Settings(uri={self.uri!r}, user={self.user!r}, password={hidden!r}, "
                f"database={self.database!r}, managed={self.managed})")

    __str__ = __repr__


def settings() -> Settings:
    """NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) if set, else the local server.

    For the local server, raises server.ServerError if it has never been started (no password).
    """
    uri = os.environ.get("NEO4J_URI")
    if uri:
        return Settings(
            uri=uri,
            user=os.environ.get("NEO4J_USER") or "neo4j",
            password=os.environ.get("NEO4J_PASSWORD", ""),
            database=os.environ.get("NEO4J_DATABASE") or "neo4j",
            managed=False,
        )
    p = server.paths()
    return Settings(
        uri=f"bolt://{server.HOST}:{server.recorded_port(p)}",
        user=server.USER,
        password=server.read_password(p),
        database="neo4j",
        managed=True,
    )


def driver(s: Settings | None = None) -> neo4j.Driver:
    """An official neo4j driver for the settings (default: settings()); the caller closes it."""
    s = s or settings()
    # Server notifications (deprecations, unknown property keys in an empty graph) are for
    # query authors, not for users: they would drown the CLI's own messages.
    return neo4j.GraphDatabase.driver(
        s.uri, auth=(s.user, s.password), notifications_min_severity="OFF"
    )
