//! Every bound the model checks, in one leaf module: the dataset's validation, the
//! scenario's, the errors that name them and the page's inputs read the same numbers, and
//! this module uses nothing of the crate (so no import of it can close a cycle).

/// The current dataset schema; files of `OLDEST_SCHEMA` and later load (older ones
/// through `dataset::migrate`).
pub const SCHEMA_VERSION: u32 = 3;
pub const OLDEST_SCHEMA: u32 = 1;
/// Larger files are refused before parsing so a pasted file cannot stall the page.
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_PRODUCTS: usize = 1_000;
pub const MAX_STEPS: usize = 5_000;
/// Caps keep every sum and product of figures far from overflow.
pub const MAX_MONEY_PER_T: f64 = 1e9;
pub const MAX_TONNES: f64 = 1e10;
pub const MAX_KWH_PER_T: f64 = 1e6;
pub const MAX_JOBS_PER_10KT: f64 = 1e6;
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2100;
pub const MAX_ID_LEN: usize = 64;
/// Melt loss is a share of the scrap remelted; half of it lost would be no remelting.
pub const MAX_MELT_LOSS: f64 = 0.5;
pub const MAX_CO2_T_PER_T: f64 = 1e3;
/// An electricity price per kWh: no tariff comes near a hundred units of money a kWh.
pub const MAX_PRICE_PER_KWH: f64 = 100.0;
/// A figure a region's source reports (money or tonnes): far above any economy's total.
pub const MAX_REPORTED: f64 = 1e15;
pub const MAX_PRESETS: usize = 50;
/// A VAT rate above half the price is no VAT any country levies on metal.
pub const MAX_VAT_RATE: f64 = 0.5;
/// Shares (value-added shares, metal contents) are parts of a whole.
pub const MAX_SHARE: f64 = 1.0;
/// A scenario warns when a product needs more than this share of the country's output.
pub const NATIONAL_OUTPUT_WARNING_SHARE: f64 = 0.1;

/// The largest R&D uplift of a step, percent: an elevenfold added value is already far past
/// any plan; links, the field and the model share the limit.
pub const MAX_UPLIFT_PERCENT: f64 = 1_000.0;
pub const MAX_YEARS: u32 = 50;
/// Shares may sum to 1 + this, so that e.g. 0.1 + 0.2 + 0.7 is accepted.
pub const SHARE_TOLERANCE: f64 = 1e-9;
