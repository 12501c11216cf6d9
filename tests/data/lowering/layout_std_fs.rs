// Layouts of std::fs and std::path values kept across an await: File's descriptor niche (Option<File> is 4 bytes), Metadata's stat buffer, ReadDir and DirEntry around an Arc.
#![allow(unused)]
use std::fs;
use std::io;
use std::path::PathBuf;

async fn tick() {}

fn keep<T>(_: &T) {}

pub async fn files(path: PathBuf) {
    let file = fs::File::open(&path).unwrap();
    let meta = fs::metadata(&path).unwrap();
    let perm = meta.permissions();
    let kind = meta.file_type();
    let no_file: Option<fs::File> = None;
    tick().await;
    keep(&file);
    keep(&meta);
    keep(&perm);
    keep(&kind);
    keep(&no_file);
}

pub async fn results(path: PathBuf) {
    let dir = fs::read_dir(&path).unwrap();
    let entry: fs::DirEntry = fs::read_dir(&path).unwrap().next().unwrap().unwrap();
    let meta: io::Result<fs::Metadata> = fs::metadata(&path);
    let synced: io::Result<()> = Ok(());
    let canonical: io::Result<PathBuf> = fs::canonicalize(&path);
    let listing: io::Result<fs::ReadDir> = fs::read_dir(&path);
    tick().await;
    keep(&dir);
    keep(&entry);
    keep(&meta);
    keep(&synced);
    keep(&canonical);
    keep(&listing);
}
