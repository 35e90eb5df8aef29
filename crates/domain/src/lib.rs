//! Domain types and rules of Wegweiser. No HTTP, no SQL, no I/O: this crate must not depend on
//! axum, sqlx or any other infrastructure crate.

pub mod accounts;
pub mod ag;
pub mod benefits;
pub mod chains;
pub mod directory;
pub mod editorial;
pub mod employers;
pub mod events;
pub mod freshness;
pub mod geo;
pub mod hours;
pub mod mail;
pub mod needs;
pub mod network;
pub mod news;
pub mod peers;
pub mod phone;
pub mod reports;
pub mod seed;
pub mod site;
pub mod time;
