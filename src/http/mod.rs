//! HTTP/1.1 forwarding (placeholder API; the real implementation replaces this).
#![allow(missing_docs, dead_code)]
use std::cell::Cell;
use std::net::SocketAddr;
use std::rc::Rc;
use std::time::Duration;

use monoio::io::{AsyncReadRent, AsyncWriteRent};

use crate::config::TargetGroupConfig;

pub struct HttpLimits {
    pub max_header_bytes: usize,
    pub max_header_count: usize,
    pub header_read_timeout: Duration,
    pub idle_timeout: Duration,
}
pub struct ConnContext {
    pub client_addr: SocketAddr,
    pub listener_port: u16,
    pub identity_headers: Vec<(&'static str, String)>,
    pub limits: HttpLimits,
    pub draining: Rc<Cell<bool>>,
}
#[derive(Debug, Clone, Copy)]
pub enum TargetErrorKind {
    Connect,
    Timeout,
    Reset,
    Protocol,
}
pub trait HttpEvents {
    fn response(&self, status: u16);
    fn target_error(&self, kind: TargetErrorKind);
}
pub struct TargetPool;
impl TargetPool {
    pub fn new(_cfg: &TargetGroupConfig) -> TargetPool {
        TargetPool
    }
}
#[derive(Debug)]
pub struct ServeOutcome;
pub async fn serve<S: AsyncReadRent + AsyncWriteRent>(
    _client: &mut S,
    _ctx: &ConnContext,
    _pool: &TargetPool,
    _events: &dyn HttpEvents,
) -> ServeOutcome {
    ServeOutcome
}
