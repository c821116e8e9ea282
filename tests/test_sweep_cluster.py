"""charlstm sweep --address on a two-node Ray cluster on this machine, with token
authentication: trials run on both nodes, every run directory is complete, and a client
without the token is refused. Both nodes listen on 127.0.0.1 only."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from charlstm import sweep

from .test_sweep import ONE_RAY_AT_A_TIME, RUN_FILES, TINY

pytestmark = [
    pytest.mark.slow,
    ONE_RAY_AT_A_TIME,
    pytest.mark.usefixtures("ray_extra"),
]


@pytest.fixture(scope="module")
def cluster():
    """A head node and a worker node, one CPU each, on loopback, with a token that this
    process (and the clients it starts) holds in RAY_AUTH_TOKEN."""
    sweep.ray_runner._ray_environment(local=True)  # loopback, token auth, no usage statistics
    from ray.cluster_utils import Cluster

    nodes = Cluster(
        initialize_head=True,
        head_node_args={"num_cpus": 1, "node_ip_address": "127.0.0.1", "include_dashboard": False},
    )
    nodes.add_node(num_cpus=1, node_ip_address="127.0.0.1")
    nodes.wait_for_nodes()
    yield nodes
    nodes.shutdown()


def test_a_sweep_runs_on_both_nodes_of_a_cluster(cluster, corpus_file, tmp_path):
    out = str(tmp_path / "s")
    sets = [arg for pair in TINY for arg in ("--set", pair)]
    command = [sys.executable, "-m", "charlstm", "sweep", "--address", cluster.address]
    command += ["--data", corpus_file, "--grid", "train.lr=0.003,0.01", "--seeds", "2"]
    command += ["--max-steps", "400", *sets, "--out", out]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"on the Ray cluster at {cluster.address}" in done.stderr
    found = json.load(open(os.path.join(out, "sweep.json")))
    assert [r["status"] for r in found["trials"]] == ["finished"] * 4
    nodes = {node.node_id for node in [cluster.head_node, *cluster.worker_nodes]}
    assert {r["node"] for r in found["trials"]} == nodes  # trials ran on both nodes
    for r in found["trials"]:
        assert all(os.path.exists(os.path.join(r["run_dir"], f)) for f in RUN_FILES)
        assert r["steps"] == 400


def test_a_client_without_the_token_is_refused(cluster, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAY_AUTH_TOKEN")}
    env.update(
        HOME=str(tmp_path),  # no ~/.ray/auth_token either
        RAY_AUTH_MODE="disabled",  # sends no token at all
        RAY_gcs_rpc_server_reconnect_timeout_s="5",  # give up after 5 s, not a minute
    )
    connect = f"import ray; ray.init(address={cluster.address!r}); print('connected')"
    refused = subprocess.run(
        [sys.executable, "-c", connect], env=env, capture_output=True, text=True, timeout=300
    )
    assert refused.returncode != 0 and "connected" not in refused.stdout
    # what ray.init raises (through ray._raylet.check_status) when the head refuses the token;
    # the GCS client's retry warnings before it say "Unauthenticated: RPC error: …"
    refusal = (
        "ray.exceptions.AuthenticationError: RPC error: InvalidAuthToken: "
        "Authentication token is missing or incorrect"
    )
    assert refusal in refused.stderr, refused.stderr
    # the same client with the token gets in: the refusal was the token's doing
    env["RAY_AUTH_MODE"] = "token"
    env["RAY_AUTH_TOKEN"] = os.environ["RAY_AUTH_TOKEN"]
    admitted = subprocess.run(
        [sys.executable, "-c", connect], env=env, capture_output=True, text=True, timeout=300
    )
    assert admitted.returncode == 0 and "connected" in admitted.stdout, admitted.stderr
