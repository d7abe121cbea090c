"""Reading analyst Cypher the way a parser would, to refuse whatever could do more than read.

Comments, strings and quoted names are set apart before looking for keywords, and the query is
read several ways at once (as written, with full-width letters folded by NFKC, with backslashes
taken literally, with ``\\uXXXX`` escapes decoded), so none of these tricks hides a keyword. This
is the first wall only: the stores also run analyst queries read-only (see
:mod:`graph_service.analyst.run`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from graph_service.errors import QueryRefusedError

MAX_QUERY_CHARS = 20_000
MAX_NESTING = 12
"""Deepest nesting of brackets of any kind: ``(``, ``[``, ``{``.

FalkorDB's parser takes about twice as long for each level: 0.01 s at 12, a minute at 24, all
spent before its time limit starts to count."""
MAX_LIST_NESTING = 1
"""Deepest nesting of list iterations (``[x IN …]``, ``reduce``, ``any``/``all``/``none``/``single``).

Neither store checks its time limit inside one expression, so a list iteration inside another
runs to its end; the same iteration written with ``UNWIND`` goes row by row, and stops in time."""
_ITERATING_CALLS = frozenset({"reduce", "any", "all", "none", "single", "filter", "extract"})
_REASONS = {
    "analyst queries only read the graph": (
        *("CREATE", "MERGE", "SET", "DELETE", "DETACH", "NODETACH", "REMOVE", "FOREACH"),
        *("INSERT", "TRANSACTIONS", "PERIODIC"),
    ),
    "analyst queries run no schema or administration commands": (
        *("DROP", "ALTER", "RENAME", "GRANT", "DENY", "REVOKE", "SHOW", "START", "STOP"),
        *("TERMINATE", "ENABLE"),
    ),
    "analyst queries cannot read files or URLs": ("LOAD",),
    "analyst queries read only this graph": ("USE",),
    "send the query itself, without EXPLAIN, PROFILE or CYPHER options": (
        *("EXPLAIN", "PROFILE", "CYPHER"),
    ),
}
FORBIDDEN_WORDS = {word: reason for reason, words in _REASONS.items() for word in words}
ALLOWED_PROCEDURES = frozenset(
    {
        *("db.labels", "db.relationshiptypes", "db.propertykeys", "db.indexes"),
        *("db.constraints", "db.schema.visualization"),
        *("db.idx.fulltext.querynodes", "db.idx.fulltext.queryrelationships"),
        *("db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships"),
    }
)
# Namespaces of built-in functions that only compute on their arguments, on either store.
ALLOWED_FUNCTION_SPACES = frozenset(
    {
        *("point", "date", "datetime", "localdatetime", "localtime", "time", "duration"),
        *("vector", "vec", "string", "list"),
    }
)
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# Any of these ends a // comment here, even where a database reads on: more code, more checks.
_LINE_END = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


class Token(NamedTuple):
    """One lexical token: its kind, its text and where it starts and ends in the query."""

    kind: str
    text: str
    start: int
    end: int


def _lexer(escapes: bool) -> re.Pattern[str]:
    body = r"(?:\\.|[^{0}\\])*" if escapes else r"[^{0}]*"
    parts = {
        "comment": rf"//[^{_LINE_END}]*|/\*.*?\*/",
        "string": "'" + body.format("'") + "'|\"" + body.format('"') + '"',
        "name": r"`(?:[^`]|``)*`",
        "open": r"/\*|['\"`]",
        "word": r"[^\W\d]\w*",
        "param": r"\$(?:\w+|`[^`]*`)",
        "number": r"\d\w*(?:\.\d\w*)?",
        "space": r"\s+",
        "symbol": r".",
    }
    return re.compile("|".join(f"(?P<{k}>{v})" for k, v in parts.items()), re.DOTALL)


_LEXERS = {True: _lexer(True), False: _lexer(False)}


def tokens(query: str, *, escapes: bool = True, strict: bool = True) -> list[Token]:
    """Return the significant tokens of ``query``: no spaces or comments.

    Args:
        query: Cypher text.
        escapes: whether a backslash escapes the next character inside strings.
        strict: refuse an unterminated string, name or comment; otherwise read on as code.

    Returns:
        The tokens, in order; string and quoted-name tokens keep their quotes.

    Raises:
        QueryRefusedError: ``strict`` and something is left open.

    >>> [t.text for t in tokens("MATCH (n) // all\\nRETURN n.`id` AS 'x'")]
    ['MATCH', '(', 'n', ')', 'RETURN', 'n', '.', '`id`', 'AS', "'x'"]
    """
    found = []
    for match in _LEXERS[escapes].finditer(query):
        kind = match.lastgroup or "symbol"
        if kind == "open" and strict:
            raise QueryRefusedError(f"unterminated {match.group()} at character {match.start()}")
        if kind not in ("comment", "space"):
            found.append(Token(kind, match.group(), match.start(), match.end()))
    return found


def readings(query: str) -> Iterator[list[Token]]:
    """Yield the query's tokens under each reading a database might apply.

    As written; with full-width and other compatibility letters folded (NFKC); with backslashes
    taken literally; with ``\\uXXXX`` escapes decoded. A check passes only if it passes on all.

    >>> len(list(readings("RETURN 1")))
    4
    """
    yield tokens(query)
    folded = unicodedata.normalize("NFKC", query)
    yield tokens(folded, strict=False)
    yield tokens(query, escapes=False, strict=False)
    yield tokens(_UNICODE_ESCAPE.sub(_decode_escape, folded), strict=False)


def _decode_escape(match: re.Match[str]) -> str:
    code = int(match.group(1) or match.group(2), 16)
    return chr(code) if code <= 0x10FFFF else match.group()


def _name_parts(token: Token) -> list[str]:
    text = token.text[1:-1].replace("``", "`") if token.kind == "name" else token.text
    return text.lower().split(".")


def dotted_names(found: list[Token]) -> Iterator[tuple[int, int, str]]:
    """Yield ``(first, last token index, lower-case name)`` for each name like ``db.labels``.

    >>> list(dotted_names(tokens("CALL `db`.Labels()")))
    [(0, 0, 'call'), (1, 3, 'db.labels')]
    """
    k = 0
    while k < len(found):
        if found[k].kind not in ("word", "name"):
            k += 1
            continue
        start, parts = k, _name_parts(found[k])
        while (
            k + 2 < len(found)
            and found[k + 1].text == "."
            and found[k + 2].kind in ("word", "name")
        ):
            parts += _name_parts(found[k + 2])
            k += 2
        yield start, k, ".".join(parts)
        k += 1


def _is_name(found: list[Token], k: int) -> bool:
    """Tell whether word ``k`` names something: a property key, a label or type, a map key.

    After a dot a word is a property key (``n.set``), after a colon a label or a relationship
    type (``n:Load``), and before a colon a map key (``{load: 1}``); never a clause.
    """
    before = found[k - 1].text if k > 0 else ""
    after = found[k + 1].text if k + 1 < len(found) else ""
    return before in (".", ":") or after == ":"


def check_nesting(found: list[Token]) -> None:
    """Refuse brackets nested deeper than :data:`MAX_NESTING`, list iterations than :data:`MAX_LIST_NESTING`.

    Raises:
        QueryRefusedError: the message names the limit and what to write instead.

    >>> check_nesting(tokens("RETURN [x IN range(1, 3) | x * 2]"))
    >>> check_nesting(tokens("RETURN [x IN range(1, 3) | [y IN range(1, x) | y]]"))
    Traceback (most recent call last):
    graph_service.errors.QueryRefusedError: a list iteration inside another is not allowed in analyst queries (at most 1 deep): write the outer one as UNWIND … AS x, which stops at the time limit
    """
    opened: list[bool] = []  # for each open bracket, whether it iterates over a list
    for k, token in enumerate(found):
        if token.kind == "symbol" and token.text in ")]}":
            if opened:
                opened.pop()
        elif token.kind == "symbol" and token.text in "([{":
            opened.append(_iterates(found, k))
            if len(opened) > MAX_NESTING:
                raise QueryRefusedError(
                    f"brackets nest more than {MAX_NESTING} deep at character {token.start}: "
                    "analyst queries allow at most that; remove redundant parentheses or split "
                    "the expression with WITH"
                )
            if sum(opened) > MAX_LIST_NESTING:
                raise QueryRefusedError(
                    "a list iteration inside another is not allowed in analyst queries (at most "
                    f"{MAX_LIST_NESTING} deep): write the outer one as UNWIND … AS x, which stops "
                    "at the time limit"
                )


def _iterates(found: list[Token], k: int) -> bool:
    """Tell whether the bracket at ``k`` opens a list iteration: ``[x IN``, ``any(x IN``, ``reduce(``."""
    called = found[k - 1].text.lower() if k > 0 and found[k - 1].kind == "word" else ""
    if found[k].text == "(" and called in _ITERATING_CALLS:
        return True
    ahead = found[k + 1 : k + 3]
    return (
        found[k].text == "["
        and len(ahead) == 2
        and ahead[0].kind in ("word", "name")
        and ahead[1].text.upper() == "IN"
    )


def _check_reading(found: list[Token]) -> None:
    check_nesting(found)
    for k, token in enumerate(found):
        if token.text == ";":
            raise QueryRefusedError("one statement per query: remove the ';' between statements")
        word = token.text.upper() if token.kind == "word" else ""
        if word in FORBIDDEN_WORDS and not _is_name(found, k):
            shown = "LOAD CSV" if word == "LOAD" else word
            raise QueryRefusedError(f"{shown} is not allowed: {FORBIDDEN_WORDS[word]}")
    for first, last, name in dotted_names(found):
        after_call = first > 0 and found[first - 1].text.upper() == "CALL"
        if after_call and name not in ALLOWED_PROCEDURES:
            allowed = ", ".join(sorted(ALLOWED_PROCEDURES))
            raise QueryRefusedError(f"procedure {name} is not allowed; allowed: {allowed}")
        called = last + 1 < len(found) and found[last + 1].text == "("
        namespace = name.split(".")[0] if "." in name else None
        if called and not after_call and namespace and namespace not in ALLOWED_FUNCTION_SPACES:
            raise QueryRefusedError(f"function {name} is not allowed in analyst queries")


def check_query(query: str) -> str:
    """Return ``query`` ready to run, or refuse it when it could do more than read the graph.

    Args:
        query: the analyst's Cypher; one trailing ``;`` is dropped.

    Returns:
        The query to run.

    Raises:
        QueryRefusedError: the query is empty, too long, nested too deep (see
            :func:`check_nesting`), several statements, or would write, change the schema,
            administer the server, call a procedure off the allow-list or reach files and URLs;
            the message says which.

    >>> check_query("MATCH (b:Bureau) RETURN b.name;")
    'MATCH (b:Bureau) RETURN b.name'
    >>> check_query("MATCH (n) /* x */ DeTaCh DELETE n")
    Traceback (most recent call last):
    graph_service.errors.QueryRefusedError: DETACH is not allowed: analyst queries only read the graph
    """
    text = query.strip().removesuffix(";").rstrip()
    if not text:
        raise QueryRefusedError("the query is empty")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryRefusedError(f"the query is longer than {MAX_QUERY_CHARS} characters")
    if "\x00" in text:
        raise QueryRefusedError("the query contains a NUL character")
    for found in readings(text):
        _check_reading(found)
    return text


def cap_rows(query: str, cap: int) -> str:
    """Return ``query`` with its final ``RETURN`` (each, around ``UNION``) limited to ``cap`` rows.

    The database then stops producing rows at the cap. A ``LIMIT`` larger than the cap is
    lowered; a ``LIMIT`` given by a parameter or an expression is left to the store's own cap.

    >>> cap_rows("MATCH (n) RETURN n // all", 5)
    'MATCH (n) RETURN n\\nLIMIT 5 // all'
    >>> cap_rows("MATCH (n) RETURN n LIMIT 50", 5)
    'MATCH (n) RETURN n LIMIT 5'
    """
    edits = [edit for branch in _branches(tokens(query)) if (edit := _branch_cap(branch, cap))]
    for start, end, text in reversed(edits):
        query = query[:start] + text + query[end:]
    return query


def _branches(found: list[Token]) -> list[list[Token]]:
    """Split into the parts around top-level ``UNION``, keeping only top-level tokens."""
    depth, branches = 0, [list[Token]()]
    for token in found:
        if token.kind == "symbol" and token.text in ")]}":
            depth -= 1
        if depth == 0 and token.kind == "word" and token.text.upper() == "UNION":
            branches.append([])
        elif depth == 0:
            branches[-1].append(token)
        if token.kind == "symbol" and token.text in "([{":
            depth += 1
    return branches


def _branch_cap(branch: list[Token], cap: int) -> tuple[int, int, str] | None:
    words = [token.text.upper() if token.kind == "word" else "" for token in branch]
    if "RETURN" not in words:
        return None
    tail = words[len(words) - words[::-1].index("RETURN") :]
    if "LIMIT" not in tail:
        return branch[-1].end, branch[-1].end, f"\nLIMIT {cap}"
    at = len(words) - len(tail) + tail.index("LIMIT") + 1
    value = branch[at] if at < len(branch) else None
    if value and value.text.isdigit() and int(value.text) > cap:
        return value.start, value.end, str(cap)
    return None
