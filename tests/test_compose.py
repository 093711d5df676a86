"""docker-compose.yml validates, and refuses to run without a password."""

from __future__ import annotations

import os
import shutil
import subprocess

import yaml
from conftest import ROOT, unavailable


def compose(*args: str, password: str | None) -> subprocess.CompletedProcess:
    exe = shutil.which("docker-compose")
    if not exe:
        unavailable("docker-compose not installed (apt-get install docker-compose)")
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    if password is not None:
        env["NEO4J_PASSWORD"] = password
    return subprocess.run([exe, *args], cwd=ROOT, env=env, capture_output=True, text=True)


def test_config_validates_with_a_password():
    result = compose("config", password="s3cret-for-test")
    assert result.returncode == 0, result.stderr
    config = yaml.safe_load(result.stdout)
    neo4j = config["services"]["neo4j"]
    assert neo4j["image"].startswith("neo4j:5.26")
    assert "healthcheck" in neo4j
    assert neo4j["environment"]["NEO4J_AUTH"] == "neo4j/s3cret-for-test"
    ports = [p for s in config["services"].values() for p in s.get("ports", [])]
    assert len(ports) == 3
    # compose v1 prints "127.0.0.1:8501:8501/tcp", v2 a mapping with host_ip.
    assert all((p["host_ip"] if isinstance(p, dict) else p).startswith("127.0.0.1") for p in ports)


def test_config_refuses_to_run_without_a_password():
    result = compose("config", password=None)
    assert result.returncode != 0
    assert "NEO4J_PASSWORD" in result.stderr
