"""The app's only door to Neo4j: a cached driver and cached named-query results.

Pages call `guarded(table, "query_name", **params)`: if Neo4j is down the page says so, offers a
retry and stops; the next run builds a fresh driver, so the app recovers without a restart.
"""

from __future__ import annotations

import neo4j
import pandas as pd
import streamlit as st
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

from convene.graph import connection, server
from convene.queries import library

# Failures that mean "the database is not there", as opposed to a bad query or parameter.
UNREACHABLE = (ServiceUnavailable, SessionExpired, AuthError, server.ServerError, OSError)
# A page waits a few seconds for a Neo4j that is gone, not the driver's default 30 s of retries.
RETRY_SECONDS = 3.0


@st.cache_resource(show_spinner=False, on_release=lambda d: d.close())
def driver():
    s = connection.settings()
    d = neo4j.GraphDatabase.driver(s.uri, auth=(s.user, s.password), connection_timeout=5,
                                   max_transaction_retry_time=RETRY_SECONDS)
    try:
        d.verify_connectivity()
    except Exception:
        d.close()  # not cached: the next run builds a new one
        raise
    return d


def database() -> str | None:
    return connection.settings().database


@st.cache_data(ttl=60, show_spinner=False, max_entries=1000)
def rows(name: str, **params) -> list[dict]:
    return library.run(driver(), name, database=database(), **params)


def table(name: str, **params) -> pd.DataFrame:
    return pd.DataFrame(rows(name, **params))


def one(name: str, **params) -> dict | None:
    found = rows(name, **params)
    return found[0] if found else None


def guarded(fn, *args, **kwargs):
    """Run a query; if Neo4j is unreachable, say so on the page instead of a traceback."""
    try:
        return fn(*args, **kwargs)
    except UNREACHABLE as exc:
        driver.clear()  # the next run connects afresh
        st.error(
            f"Neo4j is not reachable ({exc.__class__.__name__}). "
            "Start it with `convene neo4j start`, then retry — the app keeps running."
        )
        st.button("Retry", key="neo4j-retry", on_click=rows.clear)
        st.stop()
    except (library.UnknownQuery, library.ParamError) as exc:
        st.error(str(exc))
        st.stop()
    except Neo4jError as exc:
        st.error(f"The query failed in Neo4j: {exc.message or exc}")
        st.stop()
