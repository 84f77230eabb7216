//! Edits: a change to one figure, applied by re-validating the whole dataset, and the
//! figures a dataset changed against another.

use super::*;

/// A change to one figure, as the UI's assumption editors make it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "edit", rename_all = "kebab-case")]
pub enum Edit {
    /// Moves the base; the range widens to include it when it falls outside.
    MetalPrice {
        base: f64,
    },
    MetalPriceRange {
        range: ValueRange,
    },
    /// Moves the base; the range widens to include it when it falls outside.
    StepAddedValue {
        from: String,
        to: String,
        base: f64,
    },
    StepAddedValueRange {
        from: String,
        to: String,
        range: ValueRange,
    },
    /// Moves the base yield; the range widens to include it when it falls outside.
    StepYield {
        from: String,
        to: String,
        value: f64,
    },
    /// Moves the base; the range widens to include it.
    ScrapPrice {
        base: f64,
    },
    /// Moves the base; the range widens to include it.
    MeltLoss {
        base: f64,
    },
    RegionTonnes {
        value: f64,
    },
    /// Moves the base of a step's own melt loss (from the dataset's, when the step has
    /// none); the range widens to include it.
    StepMeltLoss {
        from: String,
        to: String,
        base: f64,
    },
    ProductLocal {
        id: String,
        local: bool,
    },
    /// Moves the base of a processing level's value-added share; the range widens to
    /// include it.
    ValueAddedShare {
        level: ProcessingLevel,
        base: f64,
    },
    /// Moves the base of a step's own value-added share (from its level's, when it has
    /// none); the range widens to include it.
    StepValueAddedShare {
        from: String,
        to: String,
        base: f64,
    },
    /// Sets a step's own CO₂ per ton (t CO₂ per ton it makes); for the smelting step whose
    /// figure is the region's, the region's range widens to include it.
    StepCo2 {
        from: String,
        to: String,
        base: f64,
    },
}

impl Edit {
    /// The figure this edit changes: two edits of the same figure replace each other.
    pub fn figure(&self) -> Figure {
        match self {
            Edit::MetalPrice { .. } | Edit::MetalPriceRange { .. } => Figure::MetalPrice,
            Edit::StepAddedValue { from, to, .. } | Edit::StepAddedValueRange { from, to, .. } => {
                Figure::StepAddedValue {
                    from: from.clone(),
                    to: to.clone(),
                }
            }
            Edit::StepYield { from, to, .. } => Figure::StepYield {
                from: from.clone(),
                to: to.clone(),
            },
            Edit::ScrapPrice { .. } => Figure::ScrapPrice,
            Edit::MeltLoss { .. } => Figure::MeltLoss,
            Edit::RegionTonnes { .. } => Figure::RegionTonnes,
            Edit::ProductLocal { id, .. } => Figure::ProductLocal { id: id.clone() },
            Edit::StepMeltLoss { from, to, .. } => Figure::StepMeltLoss {
                from: from.clone(),
                to: to.clone(),
            },
            Edit::ValueAddedShare { level, .. } => Figure::ValueAddedShare { level: *level },
            Edit::StepValueAddedShare { from, to, .. } => Figure::StepValueAddedShare {
                from: from.clone(),
                to: to.clone(),
            },
            Edit::StepCo2 { from, to, .. } => Figure::StepCo2 {
                from: from.clone(),
                to: to.clone(),
            },
        }
    }
}

/// A figure of a dataset, used to mark edits and to label tornado bars.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "figure", rename_all = "kebab-case")]
pub enum Figure {
    MetalPrice,
    ScrapPrice,
    MeltLoss,
    RegionTonnes,
    StepAddedValue {
        from: String,
        to: String,
    },
    StepYield {
        from: String,
        to: String,
    },
    ProductLocal {
        id: String,
    },
    /// A step's own melt loss (steps without one use `MeltLoss`).
    StepMeltLoss {
        from: String,
        to: String,
    },
    /// A processing level's value-added share (steps with their own share do not take it).
    ValueAddedShare {
        level: ProcessingLevel,
    },
    /// A step's own value-added share (a step without one takes its level's).
    StepValueAddedShare {
        from: String,
        to: String,
    },
    /// A step's CO₂ per ton (the smelting step's is the chain's CO₂ per ton of primary
    /// metal, with the region's range where the region gives one).
    StepCo2 {
        from: String,
        to: String,
    },
}

impl Figure {
    /// The edit that sets this figure to `value` (the base of a ranged figure; `local` is
    /// true for any non-zero value). One place maps a figure and a typed number to an edit,
    /// so an editor needs only the figure it shows.
    pub fn set_to(&self, value: f64) -> Edit {
        match self.clone() {
            Figure::MetalPrice => Edit::MetalPrice { base: value },
            Figure::ScrapPrice => Edit::ScrapPrice { base: value },
            Figure::MeltLoss => Edit::MeltLoss { base: value },
            Figure::RegionTonnes => Edit::RegionTonnes { value },
            Figure::StepAddedValue { from, to } => Edit::StepAddedValue {
                from,
                to,
                base: value,
            },
            Figure::StepYield { from, to } => Edit::StepYield { from, to, value },
            Figure::ProductLocal { id } => Edit::ProductLocal {
                id,
                local: value != 0.0,
            },
            Figure::StepMeltLoss { from, to } => Edit::StepMeltLoss {
                from,
                to,
                base: value,
            },
            Figure::ValueAddedShare { level } => Edit::ValueAddedShare { level, base: value },
            Figure::StepValueAddedShare { from, to } => Edit::StepValueAddedShare {
                from,
                to,
                base: value,
            },
            Figure::StepCo2 { from, to } => Edit::StepCo2 {
                from,
                to,
                base: value,
            },
        }
    }
}

impl Dataset {
    /// Applies one edit and re-validates the whole dataset.
    pub fn with_edit(&self, edit: &Edit) -> Result<Dataset, DatasetErrors> {
        self.with_edits(std::slice::from_ref(edit))
    }

    /// Applies edits in order and validates the result once: edits of different figures
    /// commute, and one validation costs what one edit does (a link with many edits, or
    /// replacing an edit from the middle of the list, would otherwise validate per edit).
    /// The first edit that names nothing in the dataset, or sets a non-finite number, is
    /// the error.
    pub fn with_edits(&self, edits: &[Edit]) -> Result<Dataset, DatasetErrors> {
        let mut file = self.file.clone();
        for edit in edits {
            apply(&mut file, edit).map_err(|error| DatasetErrors(vec![error]))?;
        }
        Dataset::try_from(file)
    }
}

/// Writes one edit into a dataset file, checking only what validation cannot see (that the
/// edit names an existing item, that a moved base is a number).
fn apply(file: &mut DatasetFile, edit: &Edit) -> Result<(), DatasetError> {
    let fail = Err;
    match edit {
        Edit::MetalPrice { base } => {
            if !base.is_finite() {
                return fail(DatasetError::NotFinite {
                    item: Item::MetalPrice,
                    field: Field::Base,
                });
            }
            let price = &mut file.metal_price;
            let mut range = price.range();
            widen_to(&mut range, *base);
            (price.low, price.base, price.high) = (range.low, range.base, range.high);
        }
        Edit::MetalPriceRange { range } => {
            file.metal_price.low = range.low;
            file.metal_price.base = range.base;
            file.metal_price.high = range.high;
        }
        Edit::StepAddedValue { from, to, base } => {
            let step = step_mut(file, from, to)?;
            if !base.is_finite() {
                return fail(DatasetError::NotFinite {
                    item: step_item(step),
                    field: Field::Base,
                });
            }
            widen_to(&mut step.added_value, *base);
        }
        Edit::StepAddedValueRange { from, to, range } => {
            let step = step_mut(file, from, to)?;
            step.added_value = *range;
        }
        Edit::StepYield { from, to, value } => {
            let step = step_mut(file, from, to)?;
            if !value.is_finite() {
                return fail(DatasetError::NotFinite {
                    item: step_item(step),
                    field: Field::Yield,
                });
            }
            widen_to(&mut step.yield_, *value);
        }
        Edit::ScrapPrice { base } | Edit::MeltLoss { base } => {
            let (item, figure) = match edit {
                Edit::ScrapPrice { .. } => (Item::ScrapPrice, &mut file.scrap_price),
                _ => (Item::MeltLoss, &mut file.melt_loss),
            };
            if !base.is_finite() {
                return fail(DatasetError::NotFinite {
                    item,
                    field: Field::Base,
                });
            }
            let mut range = figure.range();
            widen_to(&mut range, *base);
            (figure.low, figure.base, figure.high) = (range.low, range.base, range.high);
        }
        Edit::RegionTonnes { value } => file.region.primary_tonnes_per_year = *value,
        Edit::StepMeltLoss { from, to, base } => {
            let default = file.melt_loss.clone();
            let step = step_mut(file, from, to)?;
            if !base.is_finite() {
                return fail(DatasetError::NotFinite {
                    item: Item::StepMeltLoss {
                        from: from.clone(),
                        to: to.clone(),
                    },
                    field: Field::Base,
                });
            }
            let own = step.melt_loss.get_or_insert(default);
            let mut range = own.range();
            widen_to(&mut range, *base);
            (own.low, own.base, own.high) = (range.low, range.base, range.high);
        }
        Edit::ProductLocal { id, local } => {
            let Some(product) = file.products.iter_mut().find(|p| &p.id == id) else {
                return fail(DatasetError::UnknownProduct {
                    id: id.clone(),
                    referenced_by: Reference::Edit,
                });
            };
            product.local = *local;
        }
        Edit::ValueAddedShare { level, base } => {
            let item = Item::ValueAddedShare {
                level: level.code().to_string(),
            };
            let Some(share) = file.value_added_shares.get_mut(level) else {
                return fail(DatasetError::NoValueAddedShare { item });
            };
            widen_sourced(share, *base, item)?;
        }
        Edit::StepValueAddedShare { from, to, base } => {
            let item = Item::StepValueAddedShare {
                from: from.clone(),
                to: to.clone(),
            };
            let level = file
                .products
                .iter()
                .find(|p| &p.id == to)
                .map(Product::processing_level);
            let default = level.and_then(|l| file.value_added_shares.get(&l).cloned());
            let step = step_mut(file, from, to)?;
            let share = match (&mut step.value_added_share, default) {
                (Some(own), _) => own,
                (own, Some(level_share)) => own.insert(level_share),
                (None, None) => return fail(DatasetError::NoValueAddedShare { item }),
            };
            widen_sourced(share, *base, item)?;
        }
        Edit::StepCo2 { from, to, base } => {
            let step = step_mut(file, from, to)?;
            if !base.is_finite() {
                return fail(DatasetError::NotFinite {
                    item: step_item(step),
                    field: Field::Base,
                });
            }
            let old = step.co2_t_per_t.replace(*base);
            // The region's range travels with its figure (`carbon::smelting` reads it only
            // while the two agree), so an edit of that figure moves the region's base too.
            if let Some(co2) = file
                .region
                .profile
                .as_mut()
                .and_then(|p| p.co2_primary.as_mut())
                .filter(|c| old == Some(c.base))
            {
                let mut range = co2.range();
                widen_to(&mut range, *base);
                (co2.low, co2.base, co2.high) = (range.low, range.base, range.high);
            }
        }
    }
    Ok(())
}

/// Moves a sourced figure's base, widening its range to include it.
fn widen_sourced(figure: &mut SourcedRange, base: f64, item: Item) -> Result<(), DatasetError> {
    if !base.is_finite() {
        return Err(DatasetError::NotFinite {
            item,
            field: Field::Base,
        });
    }
    let mut range = figure.range();
    widen_to(&mut range, base);
    (figure.low, figure.base, figure.high) = (range.low, range.base, range.high);
    Ok(())
}

/// Sets the base of a range, widening it to include the new base.
///
/// The widened range is the *computational* range: validation, the tornado and the Monte
/// Carlo need low ≤ base ≤ high. It is not the source's range: a page shows the range of
/// the dataset as loaded (`range_of` on the unedited dataset) and the visitor's value
/// beside it, so an edit never reads as if the source had said it.
fn widen_to(range: &mut ValueRange, base: f64) {
    range.base = base;
    range.low = range.low.min(base);
    range.high = range.high.max(base);
}

impl Dataset {
    /// A figure's range in this dataset (a certain figure's low = base = high); None for a
    /// figure without one (the region's tonnage, a local flag) or an item it lacks. On an
    /// edited dataset this is the computational range, which includes the edited value.
    pub fn range_of(&self, figure: &Figure) -> Option<ValueRange> {
        match figure {
            Figure::MetalPrice => Some(self.file.metal_price.range()),
            Figure::ScrapPrice => Some(self.file.scrap_price.range()),
            Figure::MeltLoss => Some(self.file.melt_loss.range()),
            Figure::StepAddedValue { from, to } => self.step(from, to).map(|s| s.added_value),
            Figure::StepYield { from, to } => self.step(from, to).map(|s| s.yield_),
            Figure::StepMeltLoss { from, to } => {
                self.step(from, to).map(|s| self.melt_loss_of(s).range())
            }
            Figure::ValueAddedShare { level } => self
                .file
                .value_added_shares
                .get(level)
                .map(SourcedRange::range),
            Figure::StepValueAddedShare { from, to } => self
                .step(from, to)
                .and_then(|s| self.value_added_share(s))
                .map(SourcedRange::range),
            Figure::StepCo2 { from, to } => {
                let step = self.step(from, to)?;
                let base = step.co2_t_per_t?;
                let smelting = self.smelting();
                match smelting {
                    Some(s)
                        if self
                            .steps()
                            .get(s.step)
                            .is_some_and(|m| m.from == *from && m.to == *to) =>
                    {
                        Some(s.range)
                    }
                    _ => Some(ValueRange {
                        low: base,
                        base,
                        high: base,
                    }),
                }
            }
            Figure::RegionTonnes | Figure::ProductLocal { .. } => None,
        }
    }

    /// The value a figure has in this dataset (the base of a ranged one; 1 or 0 for a
    /// local flag), or None for an item it lacks.
    pub fn value_of(&self, figure: &Figure) -> Option<f64> {
        match figure {
            Figure::RegionTonnes => Some(self.file.region.primary_tonnes_per_year),
            Figure::ProductLocal { id } => self.product(id).map(|p| f64::from(u8::from(p.local))),
            ranged => self.range_of(ranged).map(|r| r.base),
        }
    }
}

impl Dataset {
    /// Figures that differ from `reference` (for example the default dataset), so the UI
    /// can mark edited assumptions. Items present in only one of the two are skipped.
    pub fn edited_figures(&self, reference: &Dataset) -> Vec<Figure> {
        let mut edited = Vec::new();
        if self.file.metal_price.range() != reference.file.metal_price.range() {
            edited.push(Figure::MetalPrice);
        }
        if self.file.scrap_price != reference.file.scrap_price {
            edited.push(Figure::ScrapPrice);
        }
        if self.file.melt_loss != reference.file.melt_loss {
            edited.push(Figure::MeltLoss);
        }
        if self.file.region.primary_tonnes_per_year != reference.file.region.primary_tonnes_per_year
        {
            edited.push(Figure::RegionTonnes);
        }
        for step in &self.file.steps {
            let Some(other) = reference.step(&step.from, &step.to) else {
                continue;
            };
            if step.added_value != other.added_value {
                edited.push(Figure::StepAddedValue {
                    from: step.from.clone(),
                    to: step.to.clone(),
                });
            }
            if step.yield_ != other.yield_ {
                edited.push(Figure::StepYield {
                    from: step.from.clone(),
                    to: step.to.clone(),
                });
            }
            if step.melt_loss != other.melt_loss {
                edited.push(Figure::StepMeltLoss {
                    from: step.from.clone(),
                    to: step.to.clone(),
                });
            }
            if step.value_added_share != other.value_added_share {
                edited.push(Figure::StepValueAddedShare {
                    from: step.from.clone(),
                    to: step.to.clone(),
                });
            }
            if step.co2_t_per_t != other.co2_t_per_t {
                edited.push(Figure::StepCo2 {
                    from: step.from.clone(),
                    to: step.to.clone(),
                });
            }
        }
        for (level, share) in &self.file.value_added_shares {
            if reference.file.value_added_shares.get(level) != Some(share) {
                edited.push(Figure::ValueAddedShare { level: *level });
            }
        }
        for product in &self.file.products {
            if let Some(other) = reference.product(&product.id) {
                if product.local != other.local {
                    edited.push(Figure::ProductLocal {
                        id: product.id.clone(),
                    });
                }
            }
        }
        edited
    }
}

/// The step an edit names, or the error that it names none.
fn step_mut<'a>(
    file: &'a mut DatasetFile,
    from: &str,
    to: &str,
) -> Result<&'a mut Step, DatasetError> {
    file.steps
        .iter_mut()
        .find(|s| s.from == from && s.to == to)
        .ok_or_else(|| DatasetError::UnknownStep {
            from: from.to_string(),
            to: to.to_string(),
        })
}
