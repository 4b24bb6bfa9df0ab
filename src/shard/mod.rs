//! shard (to be written).
