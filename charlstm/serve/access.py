"""Who may use `charlstm serve`: the host it may listen on, the token, and the check of each
request against them (the reasons are in server.py's docstring, under Safety)."""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from http import HTTPStatus

from charlstm.errors import CharlstmError
from charlstm.serve.request import RequestError

TOKEN_ALPHABET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_binding(host: str, token: str | None) -> str | None:
    """The token to require (a new one for "auto"), or None; refuses a non-loopback host
    without a token, and a token a URL cannot carry as it is."""
    if token == "auto":
        return secrets.token_urlsafe(24)
    if token is not None:
        if len(token) < 16 or not set(token) <= TOKEN_ALPHABET:
            raise CharlstmError(
                "--token must be at least 16 characters from A-Z a-z 0-9 - _ . ~ (or auto)"
            )
        return token
    if not is_loopback(host):
        raise CharlstmError(
            f"--host {host} is not a loopback address: anyone who can reach it could use the "
            "server; add --token auto (or your own token) to require one on every request"
        )
    return None


def authorise(token: str | None, host_header: str | None, given: str) -> None:
    """Refuse a request without the token (when one is set), or, without a token, one whose
    Host header is not a loopback name. `given`: the X-Token header or the ?token= value."""
    if token is None:
        host = (host_header or "").rsplit(":", 1)[0]
        if not is_loopback(host):
            raise RequestError(
                f"Host {host!r} is not a loopback name; open the URL the server printed",
                HTTPStatus.FORBIDDEN,
            )
        return
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise RequestError(
            "missing or wrong token: open the URL the server printed",
            HTTPStatus.FORBIDDEN,
        )


def url(host: str, port: int, token: str | None) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/" + ("" if token is None else f"?token={token}")
