//! The files the visitor downloads, built as text (pure, tested natively): CSV of the
//! comparison and of the scenario, JSON of the assumptions. CSV is UTF-8 with a BOM so that
//! Excel opens the Chinese correctly, quoted per RFC 4180, with CRLF line ends.
use crate::catalog::files::{badge_label, price_basis_label_on, price_basis_short, region_cell};
use crate::catalog::files::{money_unit, per_ton_unit, side_column, with_unit, with_unit_on, Csv};
use crate::catalog::metal::{self, Metal};
use crate::i18n::Lang;
use crate::model::{
    years_of_dataset, years_of_paths, CarbonPrice, Dataset, Edit, ModelError, MoneyBasis,
    RankedProduct, ScenarioComparison, ScenarioResult, YearSpan,
};

/// Excel reads a file as UTF-8 only when it starts with this.
pub const BOM: &str = "\u{FEFF}";

pub const COMPARE_CSV_FILE: &str = "value-chain-compare.csv";
pub const SCENARIO_CSV_FILE: &str = "value-chain-scenario.csv";
pub const ASSUMPTIONS_JSON_FILE: &str = "value-chain-assumptions.json";

/// One CSV cell: text from the dataset or the interface, or a number we computed.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    /// A number as the visitor typed it (plain digits, sign, point, exponent): written as is.
    Typed(String),
    Empty,
}

impl Cell {
    fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    fn opt(value: Option<f64>) -> Cell {
        value.map_or(Cell::Empty, Cell::Number)
    }
}

/// A text cell as written: a spreadsheet would run a cell starting with `=`, `+`, `-`, `@`
/// (or a tab / carriage return, which some read before them) as a formula, and imported
/// dataset labels are untrusted, so such text gets a leading apostrophe. Then RFC 4180
/// quoting for commas, quotes and line breaks.
pub fn text_cell(s: &str) -> String {
    let neutral = match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// A number as a spreadsheet reads it: plain digits with a `.`, no grouping, at most six
/// decimals (our figures are far less precise), empty when not finite.
pub fn number_cell(x: f64) -> String {
    if !x.is_finite() {
        return String::new();
    }
    let rounded = (x * 1e6).round() / 1e6;
    if rounded == 0.0 {
        return "0".into();
    }
    let s = format!("{rounded:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

fn cell(c: &Cell) -> String {
    match c {
        Cell::Text(s) => text_cell(s),
        Cell::Number(x) => number_cell(*x),
        Cell::Typed(s) => s.clone(),
        Cell::Empty => String::new(),
    }
}

/// Rows to a CSV file: BOM, comma-separated, CRLF after every row.
pub fn to_csv(rows: &[Vec<Cell>]) -> String {
    let mut out = String::from(BOM);
    for row in rows {
        let line: Vec<String> = row.iter().map(cell).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The last rows of a money table: its price basis, the one its figures are on (the page's).
fn price_basis_row(ds: &Dataset, basis: MoneyBasis, lang: Lang) -> Vec<Cell> {
    vec![
        Cell::text(Csv::PriceBasis.get(lang)),
        Cell::Text(price_basis_label_on(ds, basis, lang)),
    ]
}

/// The row after it: the years of the figures used ("metal price 2019; fees 2013–2025,
/// not indexed").
fn figure_years_row(ds: &Dataset, years: &YearSpan, lang: Lang) -> Vec<Cell> {
    vec![
        Cell::text(Csv::FigureYears.get(lang)),
        Cell::Text(metal::figure_years(Metal::of(ds), years, lang)),
    ]
}

/// The last row, where the figures are a region's (`region.profile`): its name and id.
fn region_row(ds: &Dataset, lang: Lang) -> Option<Vec<Cell>> {
    let profile = ds.region().profile.as_ref()?;
    Some(vec![
        Cell::text(Csv::Region.get(lang)),
        Cell::Text(region_cell(ds.name().get(lang), &profile.id, lang)),
    ])
}

pub use crate::model::weakest_badge;

pub use crate::i18n::product_name;

/// `Primary aluminium → Rod → Cable`, each in the file's language.
pub fn path_label<S: AsRef<str>>(ds: &Dataset, path: &[S], lang: Lang) -> String {
    path.iter()
        .map(|id| product_name(ds, id.as_ref(), lang))
        .collect::<Vec<_>>()
        .join(" → ")
}

/// The comparison of products (as ranked by `model::rank_products`), one row each, its
/// money figures on `basis` (the rows' own: the page's), which every money column names.
pub fn comparison_csv(
    ds: &Dataset,
    ranked: &[RankedProduct],
    basis: MoneyBasis,
    lang: Lang,
) -> String {
    let per_t = per_ton_unit(ds.currency(), lang);
    let on = price_basis_short(ds, basis, lang);
    let money = |label: &str| Cell::Text(with_unit_on(label, &per_t, &on, lang));
    let header = vec![
        Cell::text(Csv::Product.get(lang)),
        Cell::text(Csv::ProductId.get(lang)),
        Cell::text(Csv::Path.get(lang)),
        money(Csv::AddedValuePerTon.get(lang)),
        money(Csv::AddedValueLow.get(lang)),
        money(Csv::AddedValueHigh.get(lang)),
        money(Csv::OutputValuePerTon.get(lang)),
        money(&metal::added_value_per_ton_of_metal(Metal::of(ds), lang)),
        Cell::Text(metal::multiplier_vs_metal(Metal::of(ds), lang)),
        Cell::Text(metal::multiplier_vs_reference(
            ds.reference_product()
                .map(|id| product_name(ds, id, lang))
                .as_deref(),
            lang,
        )),
        Cell::text(Csv::WeakestSource.get(lang)),
    ];
    // CO₂ per ton along each path, where the chain gives a smelting figure (as the table).
    let co2 = ranked.iter().any(|r| r.co2_t_per_t.is_some());
    let mut header = header;
    if co2 {
        header.extend([Csv::Co2PerTon, Csv::Co2Low, Csv::Co2High].map(|c| Cell::text(c.get(lang))));
    }
    let mut rows = vec![header];
    for r in ranked {
        let name = r.name.get(lang).to_string();
        rows.push(vec![
            Cell::Text(name),
            Cell::text(r.product.clone()),
            Cell::Text(path_label(ds, &r.path, lang)),
            Cell::Number(r.added_value_per_t),
            Cell::Number(r.added_value_per_t_low),
            Cell::Number(r.added_value_per_t_high),
            Cell::Number(r.output_value_per_t),
            Cell::Number(r.added_value_per_t_metal),
            Cell::Number(r.multiplier_vs_metal),
            Cell::opt(r.multiplier_vs_rod),
            weakest_badge(ds, &r.path).map_or(Cell::Empty, |b| Cell::text(badge_label(b, lang))),
        ]);
        if co2 {
            let c = r.co2_t_per_t;
            if let Some(row) = rows.last_mut() {
                row.extend([c.map(|c| c.base), c.map(|c| c.low), c.map(|c| c.high)].map(Cell::opt));
            }
        }
    }
    rows.push(price_basis_row(ds, basis, lang));
    let years = years_of_paths(ds, ranked.iter().map(|r| r.path.as_slice()));
    rows.push(figure_years_row(ds, &years, lang));
    rows.extend(region_row(ds, lang));
    to_csv(&rows)
}

/// Baseline and plan side by side: a row per end product, the metal sold unprocessed, the
/// totals and the value retained in the region; every money column names the basis the
/// comparison is on (the page's).
pub fn scenario_csv(ds: &Dataset, cmp: &ScenarioComparison, lang: Lang) -> String {
    let basis = cmp.plan.basis;
    let money = money_unit(ds.currency(), lang);
    let on = price_basis_short(ds, basis, lang);
    let t = Csv::TonUnit.get(lang);
    let side = |which: &str| -> Vec<Cell> {
        let plain = [
            (Csv::Share.get(lang), "0–1".to_string()),
            (Csv::Tonnes.get(lang), t.to_string()),
        ];
        let amounts = [
            Csv::AddedValue.get(lang),
            Csv::OutputValue.get(lang),
            Csv::GrossOutput.get(lang),
        ];
        plain
            .iter()
            .map(|(label, unit)| {
                Cell::Text(with_unit(&side_column(which, label, lang), unit, lang))
            })
            .chain(amounts.iter().map(|label| {
                Cell::Text(with_unit_on(
                    &side_column(which, label, lang),
                    &money,
                    &on,
                    lang,
                ))
            }))
            .collect()
    };
    let mut header = vec![
        Cell::text(Csv::Product.get(lang)),
        Cell::text(Csv::ProductId.get(lang)),
    ];
    header.extend(side(Csv::Baseline.get(lang)));
    header.extend(side(Csv::Plan.get(lang)));
    let mut rows = vec![header];

    // Products in either scenario, plan order first: the plan is what the reader studies.
    let mut ids: Vec<&str> = cmp
        .plan
        .products
        .iter()
        .map(|p| p.product.as_str())
        .collect();
    for p in &cmp.baseline.products {
        if !ids.contains(&p.product.as_str()) {
            ids.push(p.product.as_str());
        }
    }
    let outcome = |r: &ScenarioResult, id: &str| -> Vec<Cell> {
        match r.products.iter().find(|p| p.product == id) {
            Some(p) => vec![
                Cell::Number(p.share),
                Cell::Number(p.tonnes),
                Cell::Number(p.added_value),
                Cell::Number(p.output_value),
                Cell::Number(p.gross_output),
            ],
            None => vec![Cell::Number(0.0); 5],
        }
    };
    for id in ids {
        let mut row = vec![Cell::Text(product_name(ds, id, lang)), Cell::text(id)];
        row.extend(outcome(&cmp.baseline, id));
        row.extend(outcome(&cmp.plan, id));
        rows.push(row);
    }
    let sold = |r: &ScenarioResult| -> Vec<Cell> {
        vec![
            Cell::Number(1.0 - r.allocated_share),
            Cell::Number(r.metal_sold_tonnes),
            Cell::Number(0.0),
            Cell::Number(r.metal_sold_tonnes * r.metal_price),
            Cell::Number(r.metal_sold_tonnes * r.metal_price),
        ]
    };
    let mut row = vec![
        Cell::Text(format!(
            "{}{}",
            product_name(ds, ds.start(), lang),
            Csv::SoldUnprocessed.get(lang)
        )),
        Cell::text(ds.start()),
    ];
    row.extend(sold(&cmp.baseline));
    row.extend(sold(&cmp.plan));
    rows.push(row);

    let total = |r: &ScenarioResult| -> Vec<Cell> {
        vec![
            Cell::Number(1.0),
            Cell::Number(r.tonnage),
            Cell::Number(r.added_value),
            Cell::Number(r.output_value),
            Cell::Number(r.gross_output),
        ]
    };
    let mut row = vec![
        Cell::Text(metal::total_primary_tonnes(Metal::of(ds), lang)),
        Cell::Empty,
    ];
    row.extend(total(&cmp.baseline));
    row.extend(total(&cmp.plan));
    rows.push(row);

    let retained = |r: &ScenarioResult| -> Vec<Cell> {
        vec![
            Cell::Empty,
            Cell::Empty,
            Cell::Number(r.retained_value),
            Cell::Empty,
            Cell::Empty,
        ]
    };
    let mut row = vec![Cell::text(Csv::RetainedValue.get(lang)), Cell::Empty];
    row.extend(retained(&cmp.baseline));
    row.extend(retained(&cmp.plan));
    rows.push(row);
    // Scrap sold out of the region is in the output value at the scrap price.
    if cmp.plan.scrap_sold_tonnes > 0.0 || cmp.baseline.scrap_sold_tonnes > 0.0 {
        let scrap = |r: &ScenarioResult| -> Vec<Cell> {
            let value = r.scrap_sold_tonnes * r.scrap_price;
            vec![
                Cell::Empty,
                Cell::Number(r.scrap_sold_tonnes),
                Cell::Number(0.0),
                Cell::Number(value),
                Cell::Number(value),
            ]
        };
        let mut row = vec![Cell::text(Csv::ScrapSold.get(lang)), Cell::Empty];
        row.extend(scrap(&cmp.baseline));
        row.extend(scrap(&cmp.plan));
        rows.push(row);
    }
    rows.push(price_basis_row(ds, basis, lang));
    let years = cmp.baseline.years.with(cmp.plan.years);
    rows.push(figure_years_row(ds, &years, lang));
    rows.extend(region_row(ds, lang));
    to_csv(&rows)
}

/// `csv` (a file of `to_csv`) with a last row naming the carbon price the page showed a
/// carbon cost at, if any: the amount, its unit and, for the example, where it comes from.
pub fn with_carbon_price(mut csv: String, price: Option<&CarbonPrice>, lang: Lang) -> String {
    let Some(p) = price else {
        return csv;
    };
    let mut row = vec![
        Cell::text(crate::catalog::texts::carbon_price_row_label(lang)),
        Cell::Number(p.per_t_co2()),
        Cell::text(crate::catalog::texts::carbon_price_unit(p.currency(), lang)),
    ];
    if p.is_cbam_example() {
        row.push(Cell::text(
            crate::catalog::texts::carbon_price_example_note(lang),
        ));
    }
    let line: Vec<String> = row.iter().map(cell).collect();
    csv.push_str(&line.join(","));
    csv.push_str("\r\n");
    csv
}

/// `assumptions_json` with the carbon price the page shows a carbon cost at (`carbon_price`:
/// its amount, currency and, for the example, its source); without one, the same file.
pub fn assumptions_json_with(
    ds: &Dataset,
    edits: &[Edit],
    price: Option<&CarbonPrice>,
) -> Result<String, ModelError> {
    let text = assumptions_json(ds, edits)?;
    let Some(p) = price else {
        return Ok(text);
    };
    let not_serialisable = |e: serde_json::Error| ModelError::Serialize {
        message: e.to_string(),
    };
    let mut doc: serde_json::Value = serde_json::from_str(&text).map_err(not_serialisable)?;
    let source = p
        .is_cbam_example()
        .then(crate::model::cbam_example_source)
        .map(|s| serde_json::to_value(s).map_err(not_serialisable))
        .transpose()?;
    if let Some(fields) = doc.as_object_mut() {
        fields.insert(
            "carbon_price".into(),
            serde_json::json!({
                "per_t_co2": p.per_t_co2(),
                "currency": p.currency().code(),
                "example": p.is_cbam_example(),
                "source": source,
                "in_added_value": false,
            }),
        );
    }
    serde_json::to_string_pretty(&doc).map_err(not_serialisable)
}

/// The figures in force: the dataset with the edits applied (in the documented dataset
/// format, so it can be imported again), the list of edits made and the years of the
/// figures.
pub fn assumptions_json(ds: &Dataset, edits: &[Edit]) -> Result<String, ModelError> {
    let not_serialisable = |e: serde_json::Error| ModelError::Serialize {
        message: e.to_string(),
    };
    let dataset: serde_json::Value =
        serde_json::from_str(&ds.to_json()?).map_err(not_serialisable)?;
    let edits = serde_json::to_value(edits).map_err(not_serialisable)?;
    // The years its money figures are of: the metal price's and the span of the fees',
    // which are not indexed to the price year.
    let years = years_of_dataset(ds);
    let mut doc = serde_json::json!({
        "dataset": dataset,
        "edits": edits,
        // The dataset's figures are on its own prices (the market basis), whatever basis
        // the page shows: the file is imported again as it is.
        "price_basis": {
            "basis": MoneyBasis::Market.code(),
            "year": ds.price_basis().year,
            "vat_included": ds.price_basis().vat_included,
        },
        "years": {
            "metal": years.metal,
            "fees_from": years.fees_from,
            "fees_to": years.fees_to,
            "indexed": false,
        },
    });
    // Which region the figures are for (also in the dataset's `region.profile`).
    if let (Some(profile), Some(fields)) = (&ds.region().profile, doc.as_object_mut()) {
        fields.insert(
            "region".into(),
            serde_json::json!({ "id": profile.id, "name": ds.name() }),
        );
    }
    serde_json::to_string_pretty(&doc).map_err(not_serialisable)
}

/// The dataset part of an assumptions file, for re-import.
pub fn dataset_of_assumptions(text: &str) -> Option<String> {
    let doc: serde_json::Value = serde_json::from_str(text).ok()?;
    serde_json::to_string(doc.get("dataset")?).ok()
}

pub const EDITOR_CSV_FILE: &str = "value-chain-tables.csv";
pub const CHAIN_JSON_FILE: &str = "value-chain-chain.json";

/// The editor's tables as one CSV file, each cell as typed: per table its title, a header
/// row of the column names in `lang` (the editor reads them back when the rows are pasted
/// from a spreadsheet) and its rows, a blank line between tables. A cell that reads as a
/// number is written as one.
pub fn editor_csv(draft: &crate::editor::Draft, lang: Lang) -> String {
    use crate::catalog::editor::{column_header, table_title};
    use crate::editor::TableId;
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for table in TableId::ALL {
        if !rows.is_empty() {
            rows.push(Vec::new());
        }
        let columns = table.columns();
        rows.push(vec![Cell::text(table_title(table, lang))]);
        rows.push(
            columns
                .iter()
                .map(|&c| Cell::Text(column_header(c, lang)))
                .collect(),
        );
        for row in draft.rows(table) {
            rows.push(
                columns
                    .iter()
                    .map(|&c| match row.get(c) {
                        "" => Cell::Empty,
                        // Plain digits stay as typed (a spreadsheet reads them as a
                        // number; a sign would otherwise be neutralised as a formula).
                        text if text.trim().parse::<f64>().is_ok_and(f64::is_finite) => {
                            Cell::Typed(text.trim().to_string())
                        }
                        text => Cell::text(text),
                    })
                    .collect(),
            );
        }
    }
    to_csv(&rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_plain() {
        assert_eq!(number_cell(80000.0), "80000");
        assert_eq!(number_cell(-2.5), "-2.5");
        assert_eq!(number_cell(1.0 / 3.0), "0.333333");
        assert_eq!(number_cell(f64::NAN), "");
        assert_eq!(number_cell(-0.0000001), "0");
    }
}
