// An edition-2021 crate awaiting the async fns of its edition-2018 dependency `elder`:
// their futures are laid out as elder's edition captures.
pub async fn call(p: elder::Peer) -> usize {
    elder::name_len(p).await
}

pub async fn call_both(p: elder::Peer) -> usize {
    elder::both_len(p).await
}

pub async fn own(p: elder::Peer) -> usize {
    let f = async move { p.name.len() };
    f.await
}
