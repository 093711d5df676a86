"""The app's only door to Neo4j: a cached driver and cached named-query results."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from convene.graph import connection
from convene.queries import library


@st.cache_resource(show_spinner=False)
def driver():
    return connection.driver(connection.settings())


def database() -> str | None:
    return connection.settings().database


@st.cache_data(ttl=60, show_spinner=False)
def rows(name: str, **params) -> list[dict]:
    return library.run(driver(), name, database=database(), **params)


def table(name: str, **params) -> pd.DataFrame:
    return pd.DataFrame(rows(name, **params))


def guarded(fn, *args, **kwargs):
    """Run a query; if Neo4j is unreachable, say so on the page instead of a traceback."""
    try:
        return fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - shown to the user, the app keeps running
        st.error(
            f"Neo4j is not reachable ({exc.__class__.__name__}). "
            "Start it with `convene neo4j start`, then reload this page."
        )
        driver.clear()
        st.stop()
