#!/usr/bin/env python3
"""Turn the rustc oracle's JSON for one .rs file into a compact expected file.

Usage:
    rustc-oracle -q FILE.rs | oracle_to_expected.py --lowering [-o OUT] [-]

Modes (exactly one):
    --lowering   the state machines rustc builds: per future its name, kind,
                 position, size, upvars (and their sizes and offsets) and, per state,
                 its size, the saved locals (and their sizes), each named local's and
                 the awaitee's size and offset, awaitee, temporaries and drop flags.

The input is the oracle's JSON (a file name or '-' for stdin). The source file
named in the JSON's "input" is read to place futures at their source positions.
Python 3 standard library only.
"""

import argparse
import json
import os
import re
import sys

# --------------------------------------------------------------------------
# A light scan of Rust source: where every fn is, its body, and its path.
# --------------------------------------------------------------------------

IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def mask_source(src):
    """Blank out comments, string and char literals (same length, newlines kept)."""
    out = list(src)
    i, n = 0, len(src)

    def blank(a, b):
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            blank(i, j)
            i = j
        elif src.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if src.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif src.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            blank(i, j)
            i = j
        elif re.match(r'b?r#*"', src[i:i + 260]) and not _ident_before(src, i):
            m = re.match(r'b?r(#*)"', src[i:])
            end = src.find('"' + m.group(1), i + m.end())
            j = n if end < 0 else end + 1 + len(m.group(1))
            blank(i, j)
            i = j
        elif c == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            blank(i, j + 1)
            i = j + 1
        elif c == "'":
            # char literal ('a', '\n', '\u{..}') or a lifetime ('a)
            m = re.match(r"'(\\(u\{[0-9a-fA-F]*\}|x..|.)|[^\\'])'", src[i:])
            if m:
                blank(i, i + m.end())
                i += m.end()
            else:
                i += 1
        else:
            i += 1
    return "".join(out)


def _ident_before(src, i):
    return i > 0 and (src[i - 1].isalnum() or src[i - 1] == "_")


def tokenize(masked):
    """Identifiers and single punctuation characters with their offsets."""
    toks = []
    i, n = 0, len(masked)
    while i < n:
        c = masked[i]
        if c.isspace():
            i += 1
            continue
        m = IDENT_RE.match(masked, i)
        if m:
            toks.append((m.group(0), i))
            i = m.end()
        else:
            toks.append((c, i))
            i += 1
    return toks


def _impl_prefix(header):
    """`impl<T> Trait for Type<T>` -> `<Type<T> as Trait>`; `impl S` -> `S`."""
    h = re.sub(r"\s+", " ", header).strip()
    h = re.sub(r"\bwhere\b.*$", "", h).strip()
    if h.startswith("<"):
        depth = 0
        for k, ch in enumerate(h):
            depth += {"<": 1, ">": -1}.get(ch, 0)
            if depth == 0:
                h = h[k + 1:].strip()
                break
    m = re.match(r"(.*?)\s+for\s+(.*)$", h)
    if m:
        return "<%s as %s>" % (m.group(2).strip(), m.group(1).strip())
    return h


def scan_fns(src):
    """Every `fn` item: name, offsets of the name and body, owner, path."""
    masked = mask_source(src)
    toks = tokenize(masked)
    fns, stack = [], []  # stack entries: (kind, name, close_index_or_None)
    pending = None        # ("mod"|"trait"|"impl", name) waiting for its `{`
    depth = 0
    i = 0
    while i < len(toks):
        t, off = toks[i]
        if t == "{":
            depth += 1
            stack.append((pending or ("block", None), depth))
            pending = None
        elif t == "}":
            if stack:
                stack.pop()
            depth -= 1
        elif t == ";":
            pending = None
        elif t in ("mod", "trait") and i + 1 < len(toks) and IDENT_RE.fullmatch(toks[i + 1][0]):
            pending = (t, toks[i + 1][0])
        elif t == "impl" and _is_item_impl(toks, i):
            j = _find_open_brace(toks, i + 1)
            if j is not None:
                pending = ("impl", _impl_prefix(masked[toks[i][1] + 4:toks[j][1]]))
        elif t == "fn" and i + 1 < len(toks) and IDENT_RE.fullmatch(toks[i + 1][0]):
            name, name_off = toks[i + 1]
            j = _find_open_brace(toks, i + 2)
            body = None
            if j is not None:
                body = (toks[j][1], _matching_brace(toks, j))
            fns.append(_make_fn(src, toks, i, name, name_off, body, stack))
        i += 1
    return fns


def _is_item_impl(toks, i):
    """`impl` starting an item (not `impl Trait` in a type position)."""
    prev = toks[i - 1][0] if i > 0 else "{"
    return prev in ("{", "}", ";", "]", "unsafe", "default") or prev.startswith("#")


def _find_open_brace(toks, i):
    """Index of the `{` that opens an item body, or None if `;` comes first."""
    paren = 0
    while i < len(toks):
        t = toks[i][0]
        if t in "([":
            paren += 1
        elif t in ")]":
            paren -= 1
        elif paren == 0 and t == ";":
            return None
        elif paren == 0 and t == "{":
            return i
        i += 1
    return None


def _matching_brace(toks, j):
    depth = 0
    for k in range(j, len(toks)):
        if toks[k][0] == "{":
            depth += 1
        elif toks[k][0] == "}":
            depth -= 1
            if depth == 0:
                return toks[k][1]
    return toks[-1][1]


def _make_fn(src, toks, i, name, name_off, body, stack):
    mods = [s[0][1] for s in stack if s[0][0] == "mod"]
    owner = None
    for s in stack:
        if s[0][0] in ("impl", "trait"):
            owner = s[0]
    is_async = any(toks[k][0] == "async" for k in range(max(0, i - 4), i))
    path = mods + ([owner[1]] if owner else []) + [name]
    line, col = offset_to_line_col(src, name_off)
    return {"name": name, "path": "::".join(path), "owner": owner, "async": is_async,
            "line": line, "column": col, "body": body}


def offset_to_line_col(src, off):
    line = src.count("\n", 0, off) + 1
    start = src.rfind("\n", 0, off) + 1
    return line, off - start + 1


def line_col_to_offset(src, line, col):
    start = 0
    for _ in range(line - 1):
        start = src.index("\n", start) + 1
    return start + col - 1


def enclosing_fn(fns, off):
    best = None
    for f in fns:
        b = f["body"]
        if b and b[0] <= off <= b[1] and (best is None or b[0] > best["body"][0]):
            best = f
    return best


# --------------------------------------------------------------------------
# --lowering
# --------------------------------------------------------------------------

def future_identity(lay, src, fns):
    """(name, kind, line, column) of one laid-out future, per analysis-report.md."""
    kind = lay["kind"]
    if kind == "async_fn":
        f = _fn_for_layout(lay, fns)
        if f is None:
            raise SystemExit("cannot find %s in the source" % lay["type"])
        return lay["name"], "async fn", f["line"], f["column"]
    loc = lay["location"]
    off = line_col_to_offset(src, loc["line"], loc["col"])
    encl = enclosing_fn(fns, off)
    encl_name = _future_name_of_fn(encl) if encl else "?"
    if kind == "async_block" and lay.get("macro_generated"):
        # #[tokio::main] async fn main: the macro turns the body into a block
        return encl_name, "async fn", encl["line"], encl["column"]
    if kind == "async_block":
        return encl_name + "::{async block}", "async block", loc["line"], loc["col"]
    if kind == "async_closure_body":
        line_start = src.rfind("\n", 0, off) + 1
        masked = mask_source(src[line_start:off])
        hits = [m.start() for m in re.finditer(r"\basync\b", masked)]
        col = hits[-1] + 1 if hits else loc["col"]
        return encl_name + "::{async closure}", "async closure", loc["line"], col
    raise SystemExit("unsupported future kind %s (%s)" % (kind, lay["type"]))


def _future_name_of_fn(f):
    return f["path"]


def _fn_for_layout(lay, fns):
    async_fns = [f for f in fns if f["async"] and f["body"]]
    for f in async_fns:
        if _future_name_of_fn(f) == lay["name"]:
            return f
    m = re.match(r"<(.*) as (.*)>::(\w+)$", lay["name"])
    if m:  # a trait's default method, laid out for an implementing type
        trait = m.group(2).split("::")[-1]
        for f in async_fns:
            if f["owner"] == ("trait", trait) and f["name"] == m.group(3):
                return f
    same = [f for f in async_fns if f["name"] == lay["simple_name"]]
    return same[0] if same else None


def convert_state(variant):
    state = {"name": variant["name"]}
    locals_, sizes, temps, flags, awaitee = [], [], [], 0, None
    for fld in variant["fields"]:
        if fld["kind"] != "local":
            continue
        if fld["name"] == ".__awaitee":
            awaitee = fld["type"]
        elif fld["name"].startswith("..coroutine_field"):
            if fld["type"] == "bool":
                flags += 1
            else:
                temps.append(fld["type"])
        else:
            locals_.append(fld["name"][1:])
            sizes.append([fld["name"][1:], fld["size"]])
    state["locals"] = sorted(locals_)
    state["local_sizes"] = sorted(sizes)  # bytes, as rustc lays each saved local out
    # bytes the variant needs, as `variant `Suspend0`: N bytes`, and where each saved
    # value lies: [name, size, offset], name "__awaitee" for the awaited future
    state["size"] = variant["size"]
    state["field_offsets"] = sorted(
        [fld["name"][1:], fld["size"], fld["offset"]] for fld in variant["fields"]
        if fld["kind"] == "local" and not fld["name"].startswith("..coroutine_field"))
    if variant["name"].startswith("Suspend"):
        state["awaitee"] = awaitee
        state["temporaries"] = sorted(temps)
        state["drop_flags"] = flags
    return state


def convert_lowering(oracle, src):
    """state machines: per future its states' saved locals, awaitee, temporaries"""
    if not oracle.get("compiled"):
        msgs = [e["message"] for e in oracle.get("errors", [])]
        raise SystemExit("%s did not compile: %s" % (oracle["input"], "; ".join(msgs[:3])))
    fns = scan_fns(src)
    futures = []
    for lay in oracle["async_layouts"]:
        if not lay.get("local"):
            continue
        name, kind, line, col = future_identity(lay, src, fns)
        variants = lay["variants"]
        upvars = [f["name"][1:] for f in variants[0]["fields"] if f["kind"] == "upvar"]
        upvar_sizes = sorted([f["name"][1:], f["size"]] for f in variants[0]["fields"] if f["kind"] == "upvar")
        upvar_offsets = sorted([f["name"][1:], f["size"], f["offset"]]
                               for f in variants[0]["fields"] if f["kind"] == "upvar")
        futures.append({
            "name": name, "kind": kind, "line": line, "column": col,
            "size": lay["size"], "align": lay["align"],
            "upvars": upvars,
            "upvar_sizes": upvar_sizes,
            "upvar_offsets": upvar_offsets,
            "states": [convert_state(v) for v in variants],
        })
    futures.sort(key=lambda f: (f["line"], f["column"], f["name"]))
    return {
        "source": os.path.basename(oracle["input"]),
        "edition": oracle["rustc"]["edition"],
        "rustc": oracle["rustc"]["version"],
        "futures": futures,
    }


# --------------------------------------------------------------------------

# One entry per mode: --NAME selects convert(oracle_json, source_text) -> dict.
MODES = {
    "lowering": convert_lowering,
}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    for name, convert in MODES.items():
        mode.add_argument("--" + name, action="store_true", help=convert.__doc__)
    ap.add_argument("input", nargs="?", default="-", help="oracle JSON file, or - for stdin")
    ap.add_argument("-o", "--output", help="write here instead of stdout")
    ap.add_argument("--source", help="the .rs file (default: the oracle JSON's input)")
    args = ap.parse_args(argv)

    text = sys.stdin.read() if args.input == "-" else open(args.input, encoding="utf-8").read()
    oracle = json.loads(text)
    with open(args.source or oracle["input"], encoding="utf-8") as fh:
        src = fh.read()
    convert = next(fn for name, fn in MODES.items() if getattr(args, name))
    result = convert(oracle, src)
    out = json.dumps(result, indent=1, ensure_ascii=False) + "\n"
    if args.output:
        tmp = args.output + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(out)
        os.replace(tmp, args.output)
    else:
        sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
