//! The `#chain=` link: a whole chain in the address's fragment, so that it travels with no
//! server. The wasm carries no compressor: the page's script compresses the chain's JSON
//! with the browser's `CompressionStream('deflate-raw')` and decompresses it with
//! `DecompressionStream`; this side writes and reads the base64url text of those bytes,
//! and reads the decompressed JSON as hostile input, like an import, within tighter
//! limits (a link is anyone's): products, steps, text lengths, bytes, and no markup in a
//! name.
use crate::model::{Dataset, DatasetErrors, Name, Prose, Source};

/// The fragment's key: `#chain=<base64url>`.
pub const KEY: &str = "chain=";
/// The longest base64url text read (about 48 KB of compressed chain).
pub const MAX_FRAGMENT_CHARS: usize = 65_536;
/// The largest decompressed chain read, bytes.
pub const MAX_CHAIN_BYTES: usize = 512 * 1024;
pub const MAX_PRODUCTS: usize = 200;
pub const MAX_STEPS: usize = 1_000;
/// The longest name (of the chain, its metal, a product or a preset), characters.
pub const MAX_NAME_CHARS: usize = 120;
/// The longest citation or source address, characters.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// A link longer than this may be cut or refused by common chat apps: the page says so and
/// offers the JSON file instead.
pub const MAX_SHARED_LINK_CHARS: usize = 4_000;

/// Why a `#chain=` link could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum FragmentError {
    TooLong {
        chars: usize,
        max: usize,
    },
    /// Not base64url text (a character outside `A–Z a–z 0–9 - _`, or a cut-off end).
    NotBase64,
    /// The browser could not decompress it (the page's script says so).
    NotCompressed,
    TooLarge {
        bytes: usize,
        max: usize,
    },
    /// The decompressed bytes are not UTF-8 text.
    NotText,
    /// Not a valid dataset: the import's own errors.
    Dataset(DatasetErrors),
    TooManyProducts {
        count: usize,
        max: usize,
    },
    TooManySteps {
        count: usize,
        max: usize,
    },
    /// A name or citation over its length (`what`: the item's id or the field).
    TextTooLong {
        what: String,
        max: usize,
    },
    /// A name with markup or control characters in it (`what`: the item's id or the field).
    Markup {
        what: String,
    },
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Bytes as base64url without padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let digits = chunk.len() + 1;
        for k in 0..digits {
            let index = (n >> (18 - 6 * k)) & 63;
            if let Some(&c) = ALPHABET.get(index as usize) {
                out.push(char::from(c));
            }
        }
    }
    out
}

fn digit(c: u8) -> Option<u32> {
    let value = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(value))
}

/// The fragment's bytes (still compressed). Takes the fragment with or without its `#`
/// and key; refuses text over `MAX_FRAGMENT_CHARS` before reading it.
pub fn decode(fragment: &str) -> Result<Vec<u8>, FragmentError> {
    let text = fragment.strip_prefix('#').unwrap_or(fragment);
    let text = text.strip_prefix(KEY).unwrap_or(text);
    if text.len() > MAX_FRAGMENT_CHARS {
        return Err(FragmentError::TooLong {
            chars: text.len(),
            max: MAX_FRAGMENT_CHARS,
        });
    }
    // Padding is not written, but a link pasted from elsewhere may carry it.
    let text = text.trim_end_matches('=').as_bytes();
    if text.len() % 4 == 1 {
        return Err(FragmentError::NotBase64);
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.chunks(4) {
        let mut n = 0u32;
        for (k, &c) in chunk.iter().enumerate() {
            n |= digit(c).ok_or(FragmentError::NotBase64)? << (18 - 6 * k);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let count = chunk.len() - 1;
        // The bits past the last byte must be zero: one text per byte sequence.
        let spare = match count {
            1 => n & 0xFFFF,
            2 => n & 0xFF,
            _ => 0,
        };
        if spare != 0 {
            return Err(FragmentError::NotBase64);
        }
        out.extend(bytes.iter().take(count));
    }
    Ok(out)
}

/// A chain's JSON as the link carries it (compact: the page compresses it).
pub fn chain_json(dataset: &Dataset) -> Result<String, crate::model::ModelError> {
    serde_json::to_string(dataset.file()).map_err(|error| crate::model::ModelError::Serialize {
        message: error.to_string(),
    })
}

/// Reads a link's decompressed chain: within the link's limits, a valid dataset, no markup
/// in names.
pub fn read_chain(json: &[u8]) -> Result<Dataset, FragmentError> {
    if json.len() > MAX_CHAIN_BYTES {
        return Err(FragmentError::TooLarge {
            bytes: json.len(),
            max: MAX_CHAIN_BYTES,
        });
    }
    let text = std::str::from_utf8(json).map_err(|_| FragmentError::NotText)?;
    let dataset = Dataset::from_json(text).map_err(FragmentError::Dataset)?;
    check_limits(&dataset)?;
    Ok(dataset)
}

/// The link's own limits on a dataset the model accepts.
pub fn check_limits(dataset: &Dataset) -> Result<(), FragmentError> {
    let file = dataset.file();
    if file.products.len() > MAX_PRODUCTS {
        return Err(FragmentError::TooManyProducts {
            count: file.products.len(),
            max: MAX_PRODUCTS,
        });
    }
    if file.steps.len() > MAX_STEPS {
        return Err(FragmentError::TooManySteps {
            count: file.steps.len(),
            max: MAX_STEPS,
        });
    }
    check_name("name", &file.name)?;
    if let Some(metal) = &file.metal {
        check_name("metal", metal)?;
    }
    check_text("currency", &file.currency, MAX_NAME_CHARS)?;
    for product in &file.products {
        check_name(&product.id, &product.name)?;
    }
    for preset in &file.presets {
        check_name(&preset.id, &preset.name)?;
        check_source(&preset.id, &preset.source)?;
    }
    for (what, source) in [
        ("metal_price", &file.metal_price.source),
        ("melt_loss", &file.melt_loss.source),
        ("scrap_price", &file.scrap_price.source),
        ("vat", &file.vat.source),
        ("region", &file.region.source),
    ] {
        check_source(what, source)?;
    }
    for step in &file.steps {
        let what = format!("{} → {}", step.from, step.to);
        for source in [
            Some(&step.source),
            step.yield_source.as_ref(),
            step.kwh_source.as_ref(),
            step.jobs_source.as_ref(),
            step.co2_source.as_ref(),
            step.melt_loss.as_ref().map(|m| &m.source),
            step.value_added_share.as_ref().map(|v| &v.source),
        ]
        .into_iter()
        .flatten()
        {
            check_source(&what, source)?;
        }
    }
    Ok(())
}

fn check_text(what: &str, text: &str, max: usize) -> Result<(), FragmentError> {
    if text.chars().count() > max {
        return Err(FragmentError::TextTooLong {
            what: clip(what),
            max,
        });
    }
    Ok(())
}

/// A name: within its length, with no markup (`<`, `>`) and no control characters.
fn check_name(what: &str, name: &Name) -> Result<(), FragmentError> {
    for text in [&name.en, &name.zh] {
        check_text(what, text, MAX_NAME_CHARS)?;
        if text.chars().any(|c| c == '<' || c == '>' || c.is_control()) {
            return Err(FragmentError::Markup { what: clip(what) });
        }
    }
    Ok(())
}

fn check_source(what: &str, source: &Source) -> Result<(), FragmentError> {
    let texts: Vec<&str> = match &source.citation {
        Prose::Plain(text) => vec![text.as_str()],
        Prose::Translated { en, zh } => {
            [en, zh].into_iter().flatten().map(String::as_str).collect()
        }
    };
    for text in texts.into_iter().chain(source.url.as_deref()) {
        check_text(what, text, MAX_TEXT_CHARS)?;
    }
    Ok(())
}

/// An item's id or field as a message names it: at most 64 characters of it.
fn clip(what: &str) -> String {
    what.chars().take(64).collect()
}

/// Whether a link of this many characters is too long to share in common chat apps.
pub fn too_long_to_share(link_chars: usize) -> bool {
    link_chars > MAX_SHARED_LINK_CHARS
}
