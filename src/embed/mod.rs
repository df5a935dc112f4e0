//! Where Kindred lives on a page: the standalone page, the iframe page, or
//! a `<kindred-check>` element on someone else's site (mounted by the embed
//! script, `embed/kindred-embed.js`).

mod config;
mod mount;

pub use config::{parse_options, Options, Theme, OPTION_NAMES};
pub use mount::{mount_page, mount_widget, Widget};
