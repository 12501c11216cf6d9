#!/usr/bin/env python3
"""Turn the rustc oracle's JSON for one .rs file into a Send expected file.

Usage:
    rustc-oracle -q FILE.rs | oracle_send_to_expected.py [-o OUT] [-]
    oracle_send_to_expected.py ORACLE.json -o NAME.expected.json

rustc emits one error per failing leaf type, so one call site that needs `Send`
can produce several errors. This script merges them: one entry per call site
(the primary span of the error), one cause per blamed value (variable, kind,
position, type), every leaf type listed under the causes whose errors named it
and again, deduplicated, at the site. Errors that are not about Send/Sync
(borrowck's E0597, E0373, lints denied by default, ...) go to "other_errors".

Output (see tests/data/send/README.md):
    {source, edition, rustc, deps, compiled,
     sites: [{line, column, end_line, end_column, text, label, future,
              future_source, required_by, required_by_bound, trait, codes,
              causes: [{kind, variable, binding, is_temporary, type, line,
                        column, await, because, note, leaves}],
              leaves, messages, chain, notes}],
     other_errors: [{code, message, line, column, end_line, end_column, text,
                     labels (E0505/E0506/E0502/E0499 only): [{line, column, text, label}]}]}

Python 3 standard library only.
"""

import argparse
import json
import os
import re
import sys

KIND_MAP = {
    "held_across_await": "held_across_await",
    "captured_value": "captured",
    "awaits_non_send_future": "awaits_non_send_future",
}

# A help line naming a leaf. rustc prints the trait path-qualified
# (`std::marker::Send`) when the bound comes from another crate's re-export
# (futures); the oracle's own `leaf` parser misses those, so we parse them here.
LEAF_RE = re.compile(
    r"^(?:within `(?P<within>.*)`, )?the trait `(?:(?:std|core)::marker::)?"
    r"(?P<trait>Send|Sync)` is not implemented for `(?P<type>.*)`$"
)


def pos(span):
    """(line, column) of a span's start, or (None, None)."""
    if not span:
        return None, None
    return span.get("line"), span.get("col")


def leaves_of(err):
    """The leaf types an oracle SendSync error names, in order, deduplicated."""
    raw = list(err.get("leaves") or [])
    if not raw and err.get("leaf"):
        raw = [err["leaf"]]
    out = [{"trait": leaf["trait"], "type": leaf["type"]} for leaf in raw
           if leaf.get("trait") and leaf.get("type")]
    if not out:
        for note in err.get("other_notes") or []:
            m = LEAF_RE.match(note.get("message") or "")
            if note.get("level") == "help" and m:
                out.append({"trait": m.group("trait"), "type": m.group("type")})
    return dedup(out)


def leaf_help_message(note):
    return note.get("level") == "help" and LEAF_RE.match(note.get("message") or "")


def dedup(items):
    seen, out = set(), []
    for item in items:
        key = json.dumps(item, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def add_unique(lst, value):
    if value is not None and value not in lst:
        lst.append(value)


def make_cause(reason):
    kind = KIND_MAP.get(reason.get("kind"), "other")
    var_span = reason.get("variable_span")
    await_span = reason.get("await_span")
    variable = reason.get("variable")
    line, column = pos(var_span)
    if kind == "awaits_non_send_future" and var_span is None and await_span:
        # rustc points at the awaited expression (`job` in `job.await`).
        variable = await_span.get("text")
        line, column = pos(await_span)
    cause = {
        "kind": kind,
        "variable": variable,
        "binding": reason.get("binding"),
        "is_temporary": bool(reason.get("variable_is_temporary")),
        "type": reason.get("type"),
        "line": line,
        "column": column,
        "await": None,
        "because": reason.get("because"),
        "note": reason.get("note"),
        "leaves": [],
    }
    if kind == "held_across_await" and await_span:
        a_line, a_col = pos(await_span)
        cause["await"] = {"line": a_line, "column": a_col}
    return cause


def cause_key(cause):
    return (cause["kind"], cause["variable"], cause["line"], cause["column"],
            cause["type"], cause["note"] if cause["variable"] is None else None)


def bound_text(span):
    """The source line of the bound that required Send (`T::Output: Send + 'static`)."""
    if not span:
        return None
    path, line = span.get("file"), span.get("line")
    try:
        with open(path, encoding="utf-8") as f:
            for i, text in enumerate(f, 1):
                if i == line:
                    return text.strip().rstrip(",")
    except (OSError, TypeError, UnicodeDecodeError):
        pass
    return span.get("text")


def new_site(err):
    cs = err["call_site"]
    return {
        "line": cs["line"], "column": cs["col"],
        "end_line": cs["end_line"], "end_column": cs["end_col"],
        "text": cs.get("text"),
        "label": cs.get("label"),
        "future": err.get("future_fn"),
        "future_source": err.get("future_source"),
        "required_by": err.get("required_by"),
        "required_by_bound": bound_text(err.get("required_by_span")),
        "trait": err.get("trait"),
        "codes": [],
        "causes": [],
        "leaves": [],
        "messages": [],
        "chain": [],
        "notes": [],
    }


def merge_into(site, err):
    if site["future"] is None:
        site["future"] = err.get("future_fn")
    for field in ("future_source", "required_by"):
        if site[field] is None:
            site[field] = err.get(field)
    if site["required_by_bound"] is None:
        site["required_by_bound"] = bound_text(err.get("required_by_span"))
    leaves = leaves_of(err)
    add_unique(site["messages"], err.get("message"))
    add_unique(site["codes"], err.get("code"))
    for leaf in leaves:
        add_unique(site["leaves"], leaf)
    for step in err.get("chain") or []:
        add_unique(site["chain"], step.get("message"))
    for note in err.get("other_notes") or []:
        if not leaf_help_message(note):
            add_unique(site["notes"], note.get("message"))
    for reason in err.get("reasons") or []:
        cause = make_cause(reason)
        existing = next((c for c in site["causes"]
                         if cause_key(c) == cause_key(cause)), None)
        if existing is None:
            site["causes"].append(cause)
            existing = cause
        for leaf in leaves:
            add_unique(existing["leaves"], leaf)


def site_key(err):
    cs = err["call_site"]
    return (cs.get("file"), cs["line"], cs["col"], cs["end_line"], cs["end_col"])


# borrowck's "moved / assigned / borrowed while borrowed" errors
MOVE_WHILE_BORROWED = {"E0505", "E0506", "E0502", "E0499"}


def other_errors(data):
    """Errors that are not one of the oracle's send_sync_errors."""
    send_keys = {(e.get("message"), site_key(e)[1:]) for e in data.get("send_sync_errors") or []}
    out = []
    for err in data.get("errors") or []:
        p = err.get("primary") or {}
        key = (err.get("message"), (p.get("line"), p.get("col"), p.get("end_line"), p.get("end_col")))
        if key in send_keys:
            continue
        out.append({
            "code": err.get("code"),
            "message": err.get("message"),
            "line": p.get("line"), "column": p.get("col"),
            "end_line": p.get("end_line"), "end_column": p.get("end_col"),
            "text": p.get("text"),
        })
        if err.get("code") in MOVE_WHILE_BORROWED:
            # where the borrow was made and where it is used later (rustc's labels)
            out[-1]["labels"] = [
                {"line": s.get("line"), "column": s.get("col"), "text": s.get("text"), "label": s.get("label")}
                for s in err.get("spans") or [] if not s.get("primary")]
    return out


def convert(data):
    sites = {}
    for err in data.get("send_sync_errors") or []:
        key = site_key(err)
        if key not in sites:
            sites[key] = new_site(err)
        merge_into(sites[key], err)
    ordered = sorted(sites.values(), key=lambda s: (s["line"], s["column"],
                                                    s["end_line"], s["end_column"]))
    rustc = data.get("rustc") or {}
    deps = data.get("deps") or {}
    return {
        "source": os.path.basename(data.get("input") or ""),
        "edition": rustc.get("edition"),
        "rustc": rustc.get("version"),
        "deps": deps.get("versions") if deps.get("mode") == "real" else None,
        "compiled": bool(data.get("compiled")),
        "sites": ordered,
        "other_errors": other_errors(data),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", nargs="?", default="-", help="oracle JSON file, or - for stdin")
    ap.add_argument("-o", "--output", help="write here instead of stdout")
    args = ap.parse_args(argv)
    if args.input == "-":
        data = json.load(sys.stdin)
    else:
        with open(args.input, encoding="utf-8") as f:
            data = json.load(f)
    if (data.get("deps") or {}).get("mode") != "real":
        print("oracle ran without the real crates (DEPENDENCIES UNAVAILABLE)", file=sys.stderr)
        return 1
    text = json.dumps(convert(data), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
