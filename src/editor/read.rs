//! Reading one row's cells: numbers, years, choices, ranges and sources, each problem kept
//! with its cell. A cell that cannot be read stands in with the row's earlier value (or a
//! neutral one), so that the model still checks the rest of the chain.
use super::column::{Cell, Column, RangePart, SourcePart};
use super::draft::Row;
use super::problem::{CellError, CellProblem};
use super::render::{self, source_cells};
use crate::model::{Badge, Prose, Source, ValueRange};

pub(super) struct Reader<'a> {
    pub(super) row: &'a Row,
    pub(super) index: usize,
    pub(super) errors: &'a mut Vec<CellError>,
}

/// The words a yes/no cell takes besides its codes (`yes`, `no`), in lower case.
const YES: [&str; 4] = ["yes", "true", "y", "1"];
const NO: [&str; 4] = ["no", "false", "n", "0"];

/// Why a cell is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberProblem {
    Blank,
    NotANumber,
}

/// A number as a cell holds it: Rust's exact form first (so the shortest form written by
/// `render::number` reads back to the same bits), then with thousands separators
/// (`6,460,000`, `6 460 000`) as spreadsheets copy them. Never NaN or infinite.
pub fn read_number(text: &str) -> Result<f64, NumberProblem> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(NumberProblem::Blank);
    }
    let plain = |t: &str| t.parse::<f64>().ok().filter(|v| v.is_finite());
    if let Some(value) = plain(trimmed) {
        return Ok(value);
    }
    // Separators only in the whole part, between groups of three digits.
    let (sign, rest) = match trimmed.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", trimmed.strip_prefix('+').unwrap_or(trimmed)),
    };
    let split = rest.find(['.', 'e', 'E']).unwrap_or(rest.len());
    let (whole, tail) = (
        rest.get(..split).unwrap_or_default(),
        rest.get(split..).unwrap_or_default(),
    );
    let groups: Vec<&str> = whole.split([',', ' ', '\u{a0}', '_']).collect();
    let grouped = groups.len() > 1
        && groups.iter().enumerate().all(|(i, group)| {
            let size_ok = if i == 0 {
                (1..=3).contains(&group.len())
            } else {
                group.len() == 3
            };
            size_ok && group.bytes().all(|b| b.is_ascii_digit())
        });
    grouped
        .then(|| plain(&format!("{sign}{}{tail}", groups.concat())))
        .flatten()
        .ok_or(NumberProblem::NotANumber)
}

impl<'a> Reader<'a> {
    pub(super) fn text(&self, column: Column) -> &'a str {
        self.row.get(column).trim()
    }

    /// Whether any of the columns is written.
    pub(super) fn any(&self, columns: &[Column]) -> bool {
        columns.iter().any(|&c| !self.text(c).is_empty())
    }

    fn fail(&mut self, column: Column, problem: CellProblem) {
        self.errors
            .push(CellError::at(Cell::new(self.index, column), problem));
    }

    pub(super) fn number(&mut self, column: Column, fallback: f64) -> f64 {
        match read_number(self.text(column)) {
            Ok(value) => value,
            Err(problem) => {
                self.fail(column, number_problem(problem));
                fallback
            }
        }
    }

    /// A number that may be left blank (unknown).
    pub(super) fn optional_number(&mut self, column: Column) -> Option<f64> {
        if self.text(column).is_empty() {
            None
        } else {
            Some(self.number(column, 0.0))
        }
    }

    pub(super) fn year(&mut self, column: Column, fallback: i32) -> i32 {
        let text = self.text(column);
        if text.is_empty() {
            self.fail(column, CellProblem::Blank);
            return fallback;
        }
        match text.parse::<i32>() {
            Ok(year) => year,
            Err(_) => {
                self.fail(column, CellProblem::Year);
                fallback
            }
        }
    }

    /// Yes or no; blank is `blank`.
    pub(super) fn flag(&mut self, column: Column, blank: bool) -> bool {
        self.optional_flag(column).unwrap_or(blank)
    }

    /// Yes, no, or blank (None).
    pub(super) fn optional_flag(&mut self, column: Column) -> Option<bool> {
        let text = self.text(column).to_lowercase();
        if text.is_empty() {
            return None;
        }
        if YES.contains(&text.as_str()) {
            Some(true)
        } else if NO.contains(&text.as_str()) {
            Some(false)
        } else {
            self.fail(
                column,
                CellProblem::Choice {
                    allowed: vec!["yes".into(), "no".into()],
                },
            );
            None
        }
    }

    /// One of `options` by its code (any case); blank or unknown is a problem.
    pub(super) fn choice<T: Copy>(
        &mut self,
        column: Column,
        options: &[(T, &str)],
        fallback: T,
    ) -> T {
        self.optional_choice(column, options, fallback)
            .unwrap_or_else(|| {
                if self.text(column).is_empty() {
                    self.fail(column, choice_problem(options));
                }
                fallback
            })
    }

    /// One of `options`, or None when blank.
    pub(super) fn optional_choice<T: Copy>(
        &mut self,
        column: Column,
        options: &[(T, &str)],
        fallback: T,
    ) -> Option<T> {
        let text = self.text(column).to_lowercase();
        if text.is_empty() {
            return None;
        }
        match options.iter().find(|(_, code)| *code == text) {
            Some((value, _)) => Some(*value),
            None => {
                self.fail(column, choice_problem(options));
                Some(fallback)
            }
        }
    }

    /// A range; a blank low or high is the base (a certain figure needs only its base).
    pub(super) fn range(
        &mut self,
        column: impl Fn(RangePart) -> Column,
        fallback: ValueRange,
    ) -> ValueRange {
        let base = self.number(column(RangePart::Base), fallback.base);
        let mut end = |part: RangePart| {
            if self.text(column(part)).is_empty() {
                base
            } else {
                self.number(column(part), base)
            }
        };
        ValueRange {
            low: end(RangePart::Low),
            base,
            high: end(RangePart::High),
        }
    }

    /// A source: the row's earlier one while its cells are as it showed them (so a citation
    /// written once for both languages stays so), else read from the cells.
    pub(super) fn source(
        &mut self,
        column: impl Fn(SourcePart) -> Column,
        earlier: Option<&Source>,
    ) -> Source {
        if let Some(earlier) = earlier {
            let unchanged = source_cells(earlier)
                .iter()
                .all(|(part, text)| self.row.get(column(*part)) == text);
            if unchanged {
                return earlier.clone();
            }
        }
        let en = self.text(column(SourcePart::CitationEn)).to_string();
        let zh = self.text(column(SourcePart::CitationZh)).to_string();
        let citation = match (en.is_empty(), zh.is_empty()) {
            (false, false) if en != zh => Prose::Translated {
                en: Some(en),
                zh: Some(zh),
            },
            (true, false) => Prose::Plain(zh),
            _ => Prose::Plain(en),
        };
        let badges = render::BADGES.map(|b| (b, b.code()));
        let fallback_year = earlier.map_or(crate::model::limits::MIN_YEAR, |s| s.year);
        let year = self.year(column(SourcePart::Year), fallback_year);
        let badge = self.choice(
            column(SourcePart::Badge),
            &badges,
            earlier.map_or(Badge::Estimate, |s| s.badge),
        );
        let url = Some(self.text(column(SourcePart::Link)).to_string()).filter(|u| !u.is_empty());
        Source {
            citation,
            year,
            badge,
            url,
        }
    }
}

fn number_problem(problem: NumberProblem) -> CellProblem {
    match problem {
        NumberProblem::Blank => CellProblem::Blank,
        NumberProblem::NotANumber => CellProblem::NotANumber,
    }
}

fn choice_problem<T>(options: &[(T, &str)]) -> CellProblem {
    CellProblem::Choice {
        allowed: options.iter().map(|(_, code)| code.to_string()).collect(),
    }
}

/// The source columns of a figure, all five.
pub(super) fn source_columns(column: impl Fn(SourcePart) -> Column) -> Vec<Column> {
    SourcePart::ALL.into_iter().map(column).collect()
}

/// The range columns of a figure, all three.
pub(super) fn range_columns(column: impl Fn(RangePart) -> Column) -> Vec<Column> {
    RangePart::ALL.into_iter().map(column).collect()
}
