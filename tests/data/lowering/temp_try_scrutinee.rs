// `x?` matches on `Try::branch(x)`: that ControlFlow is a statement temporary, saved across a later await in the statement when it needs drop (a String error, a String Ok value), also after its value was moved out.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

struct Runner {
    name: String,
}

impl Runner {
    async fn run(&self) -> usize {
        tick().await;
        self.name.len()
    }
}

fn open(name: &str) -> Result<Runner, std::io::Error> {
    Ok(Runner { name: name.to_string() })
}

fn count() -> Result<u64, String> {
    Ok(3)
}

fn find(name: &str) -> Option<Runner> {
    None
}

async fn let_with_method_chain(name: String) -> Result<usize, std::io::Error> {
    let opened = open(&name);
    let n = opened?.run().await;
    Ok(n)
}

async fn expression_statement() -> Result<(), std::io::Error> {
    open("x")?.run().await;
    Ok(())
}

async fn copy_value_droppable_error() -> Result<u64, String> {
    let total = count()? + {
        tick().await;
        1
    };
    Ok(total)
}

async fn option_in_argument() -> Option<usize> {
    let n = find("a")?.run().await + find("b")?.name.len();
    Some(n)
}
