//! `sqlx::migrate!` embeds the migrations at compile time; a new migration file alone would not
//! make Cargo rebuild this crate, so the folder is watched (as sqlx's docs advise).
fn main() {
    println!("cargo::rerun-if-changed=migrations");
}
