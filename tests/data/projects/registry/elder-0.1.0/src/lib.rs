// An edition-2018 library: its closures and async blocks capture whole variables, not
// the places they use (RFC 2229 is edition 2021's), whatever the edition of the crate
// that awaits its async fns.
pub struct Peer {
    pub name: String,
    pub tag: [u8; 64],
}

async fn tick() {}

pub async fn name_len(p: Peer) -> usize {
    let f = async move {
        tick().await;
        p.name.len()
    };
    f.await
}

pub async fn both_len(p: Peer) -> usize {
    let f = async {
        tick().await;
        p.name.len() + p.tag.len()
    };
    let n = f.await;
    n
}
