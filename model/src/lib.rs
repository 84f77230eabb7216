//! The pure value-chain model: no web, no clock, no filesystem; compiles natively and to
//! wasm32. Every computation returns `Result` with a typed error naming what to fix. The
//! definitions it implements are written down in `docs/model.md`.
//!
//! Nothing here may panic on input: a panic in the browser kills the page. The workspace
//! lints (Cargo.toml, `[workspace.lints]`) refuse the usual ways and unsafe code.

pub mod basis;
pub use basis::{
    Estimate, FirmBoundaries, MoneyBasis, PerTon, Reading, YearSpan, MAX_YEARS_FROM_PRICE_YEAR,
};
pub mod carbon;
pub use carbon::{
    carbon_cost, cbam_example_source, smelting_co2, CarbonCurrency, CarbonPrice, CarbonPriceError,
    PathCarbon, PathElectricity, CBAM_2026_Q1_EUR, MAX_CARBON_PRICE,
};
pub mod dataset;
pub mod error;
pub mod flows;
pub mod goal_seek;
pub mod lang;
pub mod limits;
pub mod metal;
pub mod metric;
// Migration is part of loading a dataset; `migrate` stays its public name.
pub use dataset::migrate;
// Regional files extend a chain; `region` is their public name.
pub use dataset::region;
pub mod paths;
mod rng;
pub mod scenario;
pub mod sensitivity;
pub mod sort;
pub mod trajectory;
pub mod two_regions;
pub mod verdict;

pub use dataset::{
    valid_id, Badge, Baseline, ChinaOutput, Dataset, DatasetFile, Edit, Figure, Level, MetalPrice,
    Name, NationalNote, Power, PowerKind, Preset, PresetTarget, ProcessingLevel, Product,
    ProductKind, Prose, Region, RegionProfile, RegionalFigure, Reported, ReportedMetric, Source,
    SourcedRange, Step, TargetBasis, ValueRange, Vat,
};
pub use error::{
    DatasetError, DatasetErrors, Field, Item, Language, ModelError, Reference, SourceField,
};
pub use flows::{scenario_flows, Flow, FlowKind};
pub use goal_seek::{goal_seek, goal_seek_read, GoalSeek, Mix};
pub use metal::{MetalBalance, ScrapFate};
pub use migrate::ImportNotice;
pub use paths::{
    all_paths, default_path, evaluate_default_path, evaluate_path, evaluate_path_at,
    evaluate_path_range, path_carbon, path_electricity, paths_to, rank_end_products, rank_products,
    sold_products, weakest_badge, years_of_dataset, years_of_paths, PathEvaluation, PathRange,
    PathStage, PriceBasis, RankedProduct,
};
pub use scenario::{
    change_of, compare_scenarios, compare_scenarios_read, evaluate_scenario, evaluate_scenario_at,
    evaluate_scenario_read, room_for, BaselineKind, GrossOutputRange, Metric,
    NationalOutputWarning, ProductOutcome, Scenario, ScenarioChange, ScenarioComparison,
    ScenarioResult, StepUplift, MAX_UPLIFT_PERCENT, MAX_YEARS, SHARE_TOLERANCE,
};
pub use sensitivity::{
    monte_carlo_path, monte_carlo_scenario, monte_carlo_scenario_read, tornado_path,
    tornado_scenario, tornado_scenario_read, Measure, MonteCarloSummary, PathMetric, Tornado,
    TornadoBar,
};
pub use trajectory::{trajectory, trajectory_read, Ramp, Target, Trajectory, TrajectoryYear};
pub use two_regions::{lower_co2, region_figures, Lower, PairSide, RegionFigures};
pub use verdict::{
    admissible_readings, target_verdicts, target_verdicts_on, verdict_of, verdict_on,
    ReadingFilter, ReadingValue, TargetVerdict, VerdictKind,
};
