//! The pure value-chain model: no web dependencies, tested natively.
