// A guarded match arm binds in two steps: while the guard runs, each by-value binding is
// only a reference into the matched place (so that place is borrowed), and the binding
// itself is filled in once the guard holds. A `ref` binding exists before the guard.
async fn ready() -> bool {
    true
}

async fn pause() {}

// `n` is bound after the guard: at the guard's await only the scrutinee is kept.
pub async fn guard_awaits(items: Vec<u32>) -> usize {
    match items.len() {
        n if ready().await => n,
        _ => 0,
    }
}

// The guard's reference borrowed `code`, so `code` stays saved to the end of its scope,
// although nothing uses it after the match.
pub async fn guarded_match_borrows(code: Option<u16>) {
    match code {
        Some(c) if c > 400 => {}
        _ => {}
    }
    pause().await;
}

// Without a guard nothing is borrowed: `code` is copied out and not kept.
pub async fn unguarded_match(code: Option<u16>) {
    match code {
        Some(c) => {
            let _ = c;
        }
        _ => {}
    }
    pause().await;
}

// A `ref` binding is made before the guard and read through a reference of its own.
pub async fn ref_binding_in_guard(name: Option<String>) {
    match name {
        Some(ref s) if s.len() > 3 && ready().await => {}
        _ => {}
    }
}

// No binding, no reference: a `_` pattern with a guard borrows nothing.
pub async fn wildcard_guard(flag: Option<u8>, label: String) {
    match flag {
        Some(_) if ready().await => {}
        _ => {}
    }
    drop(label);
}

fn main() {}
