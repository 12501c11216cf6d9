// A recursive type is Send only if everything in it is: `Node` holds an `Rc`, so `Node` is
// not Send, and neither is the `Option<Box<Node>>` that links to it. The cycle through
// `next` is assumed to hold only while `Node` itself is being decided; the link held by the
// second future is not Send although the first future decided `Node` before it. The
// same with the futures in the other order (`Tree` / `Option<Box<Tree>>`).
use std::rc::Rc;

pub struct Node {
    pub next: Option<Box<Node>>,
    pub tag: Rc<u8>,
}

pub struct Tree {
    pub children: Vec<Tree>,
    pub parent: Option<Rc<Tree>>,
}

async fn step() {}

fn require_send<T: Send>(_: T) {}

pub async fn holds_node(node: Node) {
    step().await;
    drop(node);
}

pub async fn holds_link(link: Option<Box<Node>>) {
    step().await;
    drop(link);
}

pub async fn holds_children(children: Vec<Tree>) {
    step().await;
    drop(children);
}

pub async fn holds_tree(tree: Tree) {
    step().await;
    drop(tree);
}

fn main() {
    require_send(holds_node(Node { next: None, tag: Rc::new(1) }));
    require_send(holds_link(None));
    require_send(holds_children(Vec::new()));
    require_send(holds_tree(Tree { children: Vec::new(), parent: None }));
}
