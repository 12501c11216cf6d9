#!/usr/bin/env python3
"""Writes the hostile inputs of issue 18 into a directory, one file each.

Usage: gen_hostile_inputs.py OUT_DIR

Each file is either valid Rust that rustc accepts (deep nesting, long lines, a large
generated file) or bytes that are not valid UTF-8; tests/tools/check_hostile_inputs.sh
runs the command line on each and checks that it ends with exit 0 or 2 within 20 s.
"""
import os
import sys

CALLEE = "async fn step() -> u32 { 1 }\n"


def nested_blocks(depth=10_000):
    return "fn main() " + "{" * depth + "}" * depth + "\n"


def nested_parentheses(depth=20_000):
    return "fn main() { let x = " + "(" * depth + "1" + ")" * depth + "; let _ = x; }\n"


def nested_generics(depth=5_000):
    ty = "Vec<" * depth + "u8" + ">" * depth
    return (CALLEE + "async fn f() { let v: " + ty + " = Vec::new(); step().await; drop(v); }\n"
            "fn main() {}\n")


def nested_async_blocks(depth=2_000):
    opening = "".join("async move { let _a%d = step().await; " % i for i in range(depth))
    closing = "}.await; " * (depth - 1) + "}"
    return (CALLEE + "fn main() { let _f = " + opening + "1u32 " + closing + "; }\n")


def nested_lets_with_awaits(depth=5_000):
    # Level i: { let v(i+1) = <level i+1>; step().await + v(i+1) }: each await keeps one
    # local, so the state machine grows linearly with the nesting (as rustc's does).
    opening = "".join("{ let v%d = " % (i + 1) for i in range(depth - 1))
    closing = "".join("; step().await + v%d }" % (i + 1) for i in reversed(range(depth - 1)))
    return (CALLEE + "async fn f() -> u32 { let v0 = " + opening + "{ step().await }" + closing +
            "; v0 }\nfn main() {}\n")


def long_line(length=200_000):
    literal = "x" * length
    return CALLEE + 'async fn f() { let s = "' + literal + '"; step().await; drop(s); }\nfn main() {}\n'


def long_sum_line(terms=50_000):
    return CALLEE + "async fn f() -> u32 { let a = step().await; " + " + ".join(["a"] * terms) + " }\nfn main() {}\n"


def string_with(raw: bytes):
    return b'fn main() { let s = "ok ' + raw + b' ok"; let _ = s; }\n'


def snippet_cut_in_character():
    return "fn main() {}\n$" + "x" * 38 + "\u00e9\n"


def generated_file(target_bytes=3_900_000):
    parts = ["use std::rc::Rc;\n", CALLEE]
    size = sum(len(p) for p in parts)
    i = 0
    while size < target_bytes:
        part = ("async fn task%d(n: u32) -> u32 {\n    let shared = Rc::new(n);\n"
                "    let doubled = step().await * 2;\n    let more = step().await + *shared;\n"
                "    doubled + more\n}\n" % i)
        parts.append(part)
        size += len(part)
        i += 1
    parts.append("fn main() {}\n")
    return "".join(parts)


INPUTS = {
    "nested_blocks_10000.rs": nested_blocks,
    "nested_parentheses_20000.rs": nested_parentheses,
    "nested_generics_5000.rs": nested_generics,
    "nested_async_blocks_2000.rs": nested_async_blocks,
    "nested_lets_with_awaits_5000.rs": nested_lets_with_awaits,
    "long_line_200000.rs": long_line,
    "long_sum_line_50000_terms.rs": long_sum_line,
    "overlong_c0_80.rs": lambda: string_with(b"\xc0\x80"),
    "overlong_e0_80_80.rs": lambda: string_with(b"\xe0\x80\x80"),
    "surrogate_ed_a0_80.rs": lambda: string_with(b"\xed\xa0\x80"),
    "lead_byte_f5.rs": lambda: string_with(b"\xf5\x80\x80\x80"),
    "lead_byte_f6.rs": lambda: string_with(b"\xf6\x80\x80\x80"),
    "lead_byte_f7.rs": lambda: string_with(b"\xf7\x80\x80\x80"),
    "above_10ffff_f4_90.rs": lambda: string_with(b"\xf4\x90\x80\x80"),
    "truncated_sequence_at_end.rs": lambda: b"fn main() {}\n// \xe2\x82",
    "snippet_cut_in_character.rs": snippet_cut_in_character,
    "generated_3_9_mb.rs": generated_file,
}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, make in INPUTS.items():
        text = make()
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
