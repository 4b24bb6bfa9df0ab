//! HTTP/1.1 forwarding: head parsing with limits, header rewrite, body streaming, target pools.

pub mod body;
pub mod buf;
pub mod head;
pub mod rewrite;
