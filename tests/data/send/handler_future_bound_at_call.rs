// Lesson: a router-style fn that takes a handler `F: FnOnce() -> Fut` and bounds `Fut: Send`
// checks the handler's future where it is called, not where it is spawned: an async fn holding
// an Rc across an await is rejected at `serve(greet)` (the whole call: no argument has the type
// `Fut`), at the method name for `Router.route(count)`, and at the turbofish's `_` for `Fut`.
// Expect: NOT Send at `serve(greet)`, at `route` and at the second `_` of `serve::<_, _>`;
// held `name` / `hits` (Rc); `serve(plain)` compiles.
use std::future::Future;
use std::rc::Rc;

async fn pause() {}

pub fn serve<F, Fut>(handler: F)
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    tokio::spawn(async move { handler().await });
}

pub struct Router;

impl Router {
    pub fn route<H, Fut>(self, _handler: H) -> Router
    where
        H: Fn() -> Fut + Clone + Send + 'static,
        Fut: Future<Output = usize> + Send,
    {
        self
    }
}

async fn greet() {
    let name = Rc::new(String::from("world"));
    pause().await;
    println!("hello {name}");
}

async fn count() -> usize {
    let hits = Rc::new(3usize);
    pause().await;
    *hits
}

async fn plain() {
    let n = 5u64;
    pause().await;
    println!("{n}");
}

pub fn by_path() {
    serve(greet);
}

pub fn by_method() -> Router {
    Router.route(count)
}

pub fn by_turbofish() {
    serve::<_, _>(greet);
}

pub fn accepted() {
    serve(plain);
}
