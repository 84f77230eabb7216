//! Regional files: a region names the chain it extends and gives only its own figures
//! (name, what it covers, capacity, metal price, local fees, power, CO₂, presets, reported
//! figures), or says that the national figure applies. `RegionFile::resolve_onto` writes it
//! onto its chain as a plain `Dataset`, so everything downstream works unchanged, and that
//! dataset's JSON is the region exported as a self-contained file.

use super::validate::{check_name, check_range, check_source, valid_id};
use super::{
    json_error, Dataset, DatasetError, DatasetErrors, DatasetFile, MetalPrice, Name, NationalNote,
    Power, Preset, Reference, Region, RegionProfile, RegionalFigure, Reported, Source, SourceField,
    SourcedRange, ValueRange,
};
use crate::error::Item;
use crate::limits::{MAX_INPUT_BYTES, MAX_MONEY_PER_T, SCHEMA_VERSION};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The chains this build knows, by id: a region file names one in `extends`.
pub const CHAINS: [(&str, &str); 1] = [("binzhou-aluminium", super::BINZHOU_JSON)];

/// The regions shipped with the app, by id, in the order a picker lists them (the default
/// first).
pub const REGIONS: [(&str, &str); 6] = [
    (
        "binzhou",
        include_str!("../../../data/regions/binzhou.json"),
    ),
    ("baotou", include_str!("../../../data/regions/baotou.json")),
    ("baise", include_str!("../../../data/regions/baise.json")),
    ("gongyi", include_str!("../../../data/regions/gongyi.json")),
    (
        "xinjiang",
        include_str!("../../../data/regions/xinjiang.json"),
    ),
    (
        "wenshan",
        include_str!("../../../data/regions/wenshan.json"),
    ),
];

/// A region's local fee: the added value of an existing step, with its regional source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeeOverride {
    pub from: String,
    pub to: String,
    pub added_value: ValueRange,
    pub source: Source,
}

/// A region's change to a product of its chain: whether the region makes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProductOverride {
    pub id: String,
    pub local: bool,
    pub source: Source,
}

/// A region's capacity: the tonnage of the chain's start product a year; the source's year
/// is the capacity's year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Capacity {
    pub primary_tonnes_per_year: f64,
    pub source: Source,
}

/// A region file as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionFile {
    pub schema: u32,
    /// The id of the chain it extends (`binzhou-aluminium`).
    pub extends: String,
    pub id: String,
    pub name: Name,
    pub covers: Name,
    pub capacity: Capacity,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metal_price: Option<MetalPrice>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power: Option<Power>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub electricity_price: Option<SourcedRange>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub co2_primary: Option<SourcedRange>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fees: Vec<FeeOverride>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub products: Vec<ProductOverride>,
    /// Ids of the chain's presets the region keeps (the chain's own region's plans).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chain_presets: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presets: Vec<Preset>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reported: Vec<Reported>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub national: Vec<NationalNote>,
}

impl RegionFile {
    /// Parses a region file (size, syntax and schema checked first, as for datasets).
    pub fn from_json(text: &str) -> Result<RegionFile, DatasetErrors> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(DatasetErrors(vec![DatasetError::TooLarge {
                bytes: text.len(),
                limit: MAX_INPUT_BYTES,
            }]));
        }
        let region: RegionFile =
            serde_json::from_str(text).map_err(|e| DatasetErrors(vec![json_error(&e)]))?;
        if region.schema != SCHEMA_VERSION {
            return Err(DatasetErrors(vec![DatasetError::UnsupportedSchema {
                found: region.schema.to_string(),
                oldest: SCHEMA_VERSION,
                supported: SCHEMA_VERSION,
            }]));
        }
        Ok(region)
    }

    /// Whether the region gives a figure of its own.
    pub fn gives(&self, figure: RegionalFigure) -> bool {
        match figure {
            RegionalFigure::MetalPrice => self.metal_price.is_some(),
            RegionalFigure::PowerSource => self.power.is_some(),
            RegionalFigure::ElectricityPrice => self.electricity_price.is_some(),
            RegionalFigure::Co2Primary => self.co2_primary.is_some(),
            RegionalFigure::Fees => !self.fees.is_empty(),
        }
    }

    /// The region written onto its chain, validated as a whole: every problem of the
    /// region's own rules and of the resulting dataset, each naming its item.
    pub fn resolve_onto(&self, chain_id: &str, chain: &Dataset) -> Result<Dataset, DatasetErrors> {
        let mut errors = Vec::new();
        if self.extends != chain_id {
            errors.push(DatasetError::UnknownChain {
                found: self.extends.clone(),
                known: vec![chain_id.to_string()],
            });
            return Err(DatasetErrors(errors));
        }
        self.check(chain, &mut errors);
        let file = self.written_onto(chain.file().clone());
        match Dataset::try_from(file) {
            Ok(dataset) if errors.is_empty() => Ok(dataset),
            Ok(_) => Err(DatasetErrors(errors)),
            Err(DatasetErrors(more)) => {
                // The region's own checks name most problems first; the dataset's repeat
                // some (a name, a source): each is reported once.
                for error in more {
                    if !errors.contains(&error) {
                        errors.push(error);
                    }
                }
                Err(DatasetErrors(errors))
            }
        }
    }

    /// The rules of a region file that the resolved dataset cannot check: ids, the figures
    /// given or declared national, and overrides that name the chain's steps, products
    /// and presets.
    fn check(&self, chain: &Dataset, errors: &mut Vec<DatasetError>) {
        if !valid_id(&self.id) {
            errors.push(DatasetError::InvalidId {
                id: self.id.clone(),
                max_len: crate::limits::MAX_ID_LEN,
            });
        }
        check_name(errors, Item::Dataset, &self.name);
        for figure in RegionalFigure::ALL {
            let noted = self.national.iter().any(|n| n.figure == figure);
            let given = self.gives(figure);
            if noted == given {
                errors.push(DatasetError::RegionalFigure {
                    figure: figure.code().to_string(),
                    given,
                });
            }
        }
        let mut seen = BTreeSet::new();
        for fee in &self.fees {
            let item = Item::Step {
                from: fee.from.clone(),
                to: fee.to.clone(),
            };
            if chain.step(&fee.from, &fee.to).is_none() {
                errors.push(DatasetError::UnknownStep {
                    from: fee.from.clone(),
                    to: fee.to.clone(),
                });
            }
            if !seen.insert((fee.from.as_str(), fee.to.as_str())) {
                errors.push(DatasetError::DuplicateStep {
                    from: fee.from.clone(),
                    to: fee.to.clone(),
                });
            }
            check_range(errors, &item, fee.added_value, MAX_MONEY_PER_T, false);
            check_source(errors, &item, SourceField::Source, &fee.source);
        }
        let mut seen = BTreeSet::new();
        for product in &self.products {
            if chain.product(&product.id).is_none() {
                errors.push(DatasetError::UnknownProduct {
                    id: product.id.clone(),
                    referenced_by: Reference::Region,
                });
            }
            if !seen.insert(product.id.as_str()) {
                errors.push(DatasetError::DuplicateProduct {
                    id: product.id.clone(),
                });
            }
            let item = Item::Product {
                id: product.id.clone(),
            };
            check_source(errors, &item, SourceField::Source, &product.source);
        }
        for id in &self.chain_presets {
            if chain.preset(id).is_none() {
                errors.push(DatasetError::UnknownPreset { id: id.clone() });
            }
        }
    }

    /// The chain's file with the region's figures written in. Overrides that name nothing
    /// in the chain are skipped here (`check` reports them).
    fn written_onto(&self, mut file: DatasetFile) -> DatasetFile {
        file.name = self.name.clone();
        file.region = Region {
            primary_tonnes_per_year: self.capacity.primary_tonnes_per_year,
            source: self.capacity.source.clone(),
            profile: Some(RegionProfile {
                id: self.id.clone(),
                extends: self.extends.clone(),
                covers: self.covers.clone(),
                power: self.power.clone(),
                electricity_price: self.electricity_price.clone(),
                co2_primary: self.co2_primary.clone(),
                reported: self.reported.clone(),
                national: self.national.clone(),
            }),
        };
        if let Some(price) = &self.metal_price {
            file.metal_price = price.clone();
        }
        for fee in &self.fees {
            let Some(step) = file
                .steps
                .iter_mut()
                .find(|s| s.from == fee.from && s.to == fee.to)
            else {
                continue;
            };
            // The step's source was also that of its other figures: they keep it.
            let old = std::mem::replace(&mut step.source, fee.source.clone());
            step.yield_source.get_or_insert_with(|| old.clone());
            if step.kwh_per_t.is_some() {
                step.kwh_source.get_or_insert_with(|| old.clone());
            }
            if step.jobs_per_10kt.is_some() {
                step.jobs_source.get_or_insert_with(|| old.clone());
            }
            if step.co2_t_per_t.is_some() {
                step.co2_source.get_or_insert_with(|| old.clone());
            }
            step.added_value = fee.added_value;
        }
        for change in &self.products {
            if let Some(product) = file.products.iter_mut().find(|p| p.id == change.id) {
                product.local = change.local;
            }
        }
        if let Some(co2) = &self.co2_primary {
            // The smelting steps: those that make the start product.
            for step in file
                .steps
                .iter_mut()
                .filter(|s| !s.recycling && s.to == file.start)
            {
                step.co2_t_per_t = Some(co2.base);
                step.co2_source = Some(co2.source.clone());
            }
        }
        let kept: Vec<Preset> = file
            .presets
            .iter()
            .filter(|p| self.chain_presets.contains(&p.id))
            .cloned()
            .collect();
        file.presets = kept;
        file.presets.extend(self.presets.iter().cloned());
        file
    }
}

/// The chain this build knows by `id`, loaded.
pub fn chain(id: &str) -> Option<Result<Dataset, DatasetErrors>> {
    CHAINS
        .iter()
        .find(|(known, _)| *known == id)
        .map(|(_, text)| Dataset::from_json(text))
}

/// A region file resolved onto the chain it names (one this build knows).
pub fn resolve_json(text: &str) -> Result<Dataset, DatasetErrors> {
    let region = RegionFile::from_json(text)?;
    let Some(chain) = chain(&region.extends) else {
        return Err(DatasetErrors(vec![DatasetError::UnknownChain {
            found: region.extends.clone(),
            known: CHAINS.iter().map(|(id, _)| id.to_string()).collect(),
        }]));
    };
    region.resolve_onto(&region.extends, &chain?)
}

/// Whether a text is a region file (it names the chain it extends) rather than a dataset.
pub fn is_region(text: &str) -> bool {
    #[derive(Deserialize)]
    struct Probe {
        #[serde(default)]
        extends: Option<serde::de::IgnoredAny>,
    }
    text.len() <= MAX_INPUT_BYTES
        && serde_json::from_str::<Probe>(text).is_ok_and(|probe| probe.extends.is_some())
}

/// A dataset or a region file, whichever the text is: a region is resolved onto its chain.
pub fn load_any(text: &str) -> Result<(Dataset, Vec<super::migrate::ImportNotice>), DatasetErrors> {
    if is_region(text) {
        resolve_json(text).map(|dataset| (dataset, Vec::new()))
    } else {
        Dataset::from_json_with_notices(text)
    }
}

/// A shipped region, resolved; none for an unknown id.
pub fn builtin(id: &str) -> Option<Result<Dataset, DatasetErrors>> {
    REGIONS
        .iter()
        .find(|(known, _)| *known == id)
        .map(|(_, text)| resolve_json(text))
}

/// The ids of the shipped regions, the default first.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    REGIONS.iter().map(|(id, _)| *id)
}
