"""Roles and aliases of one actor, each said once.

An article names a person with many roles ("Congressman", "South Carolina Congressman";
"Maj-Gen.", "Major General") and with its names plus a role ("President Donald Trump").
A role that a longer one already says, or that abbreviates it word by word, is dropped; an
alias that only puts a role or a title before a name already listed is not an alias.
"""

from __future__ import annotations

import re

from . import names

_PART = re.compile(r"[^\W\d_]+|\d+")
#: Letters an abbreviated word of a role must have ("Gen" for "General", not "G").
MIN_ABBREVIATION = 2


def tidy_roles(roles: tuple[str, ...]) -> tuple[str, ...]:
    """The roles without any that another role says too: contained in it, or abbreviating
    it word by word. The fuller role stays, in its first place."""
    kept: list[str] = []
    for role in sorted(roles, key=lambda r: (-len(_parts(r)), -len(r))):
        if not any(_covered(role, other) for other in kept):
            kept.append(role)
    return tuple(r for r in roles if r in kept)


def tidy_aliases(name: str, aliases: tuple[str, ...], roles: tuple[str, ...]) -> tuple[str, ...]:
    """The aliases without those that are a listed name with a role or title before it."""
    names = [_parts(name), *(_parts(a) for a in aliases)]
    role_parts = [_parts(r) for r in roles]
    kept = []
    for alias in aliases:
        parts = _parts(alias)
        if not any(_adds_role(parts, other, role_parts) for other in names if other != parts):
            kept.append(alias)
    return tuple(kept)


def _adds_role(alias: list[str], name: list[str], roles: list[list[str]]) -> bool:
    """``alias`` is ``name`` with a role (or an abbreviated title: "Sen.") before it; a
    nationality before the role says nothing more ("Iranian General Qassem Soleimani")."""
    if not name or len(alias) <= len(name) or alias[-len(name) :] != name:
        return False
    prefix = [w for w in alias[: -len(name)] if w.casefold() not in names.DEMONYMS]
    return any(_covered(prefix, role) for role in roles) or _title(prefix)


def _title(prefix: list[str]) -> bool:
    """A short title before a name, such as "Mr", "Dr" or "Sen" (one short word)."""
    return len(prefix) == 1 and len(prefix[0]) <= 4 and prefix[0][:1].isupper()


def _covered(role: list[str] | str, other: list[str] | str) -> bool:
    a = _parts(role) if isinstance(role, str) else role
    b = _parts(other) if isinstance(other, str) else other
    if not a:
        return True
    lower_a, lower_b = [w.casefold() for w in a], [w.casefold() for w in b]
    if any(lower_b[i : i + len(a)] == lower_a for i in range(len(b) - len(a) + 1)):
        return True
    return _abbreviates(a, b)


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """Each word of ``short`` begins the word of ``full`` in its place ("Maj Gen" of "Major
    General")."""
    if len(short) != len(full) or short == full:
        return False
    return all(
        len(s) >= MIN_ABBREVIATION and f.casefold().startswith(s.casefold())
        for s, f in zip(short, full, strict=True)
    )


def _parts(text: str) -> list[str]:
    return _PART.findall(text)
