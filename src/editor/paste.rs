//! Rows pasted from a spreadsheet: tab-separated, one row a line, fields quoted the way
//! spreadsheets copy a cell with a tab or a line break in it. A first line whose every
//! field names a column of the table (its code in the file; `header_as_codes` first turns
//! the headers the page shows, in either language, into codes) is a header row: the fields
//! then go to those columns; otherwise they fill the columns from the cell pasted at, in
//! the table's order.
use super::column::{Cell, Column, TableId};
use super::draft::{Draft, Row};
use super::history::Op;

/// The most rows one paste may bring (the model's limit on steps).
pub const MAX_PASTE_ROWS: usize = crate::model::limits::MAX_STEPS;
/// The most characters one pasted cell keeps (a citation is long; a page is not).
pub const MAX_CELL_CHARS: usize = 2_000;

/// Why a paste was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum PasteError {
    /// Nothing but blank lines.
    Empty,
    /// More rows than a table may hold.
    TooManyRows { max: usize },
    /// The chain's figures are one row.
    OneRowOnly,
}

/// The lines and fields of tab-separated text.
pub fn parse_tsv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_field_start => {
                // A quoted field: up to the closing quote, `""` standing for one quote.
                while let Some(q) = chars.next() {
                    if q == '"' {
                        if chars.peek() == Some(&'"') {
                            chars.next();
                            field.push('"');
                        } else {
                            break;
                        }
                    } else {
                        field.push(q);
                    }
                }
                at_field_start = false;
            }
            '\t' => {
                row.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_field_start = true;
            }
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    // Blank lines (a trailing line break) bring no row.
    rows.retain(|r| r.iter().any(|f| !f.trim().is_empty()));
    rows
}

/// The column a header field names: its code in the file.
fn column_named(table: TableId, name: &str) -> Option<Column> {
    let name = name.trim().to_lowercase();
    table
        .columns()
        .into_iter()
        .find(|&column| column.code() == name)
}

/// The text with its first line's headers, as `names` gives each column's (the page's, in
/// either language), written as the columns' codes; the text unchanged when its first line
/// is not such a header row.
pub fn header_as_codes(
    table: TableId,
    text: &str,
    names: impl Fn(Column) -> Vec<String>,
) -> String {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let first = first.strip_suffix('\r').unwrap_or(first);
    let columns = table.columns();
    let mut codes = Vec::new();
    for field in first.split('\t') {
        let wanted = field.trim().to_lowercase();
        if wanted.is_empty() {
            codes.push(String::new());
            continue;
        }
        let found = columns.iter().find(|&&column| {
            column.code() == wanted
                || names(column)
                    .iter()
                    .any(|name| name.trim().to_lowercase() == wanted)
        });
        match found {
            Some(column) => codes.push(column.code()),
            None => return text.to_string(),
        }
    }
    format!("{}\n{rest}", codes.join("\t"))
}

/// The columns of a header row, if the first line is one (blank fields are skipped).
fn header(table: TableId, first: &[String]) -> Option<Vec<Option<Column>>> {
    let columns: Vec<Option<Column>> = first
        .iter()
        .map(|field| column_named(table, field))
        .collect();
    let named = first
        .iter()
        .zip(&columns)
        .all(|(field, column)| field.trim().is_empty() || column.is_some());
    (named && columns.iter().any(Option::is_some)).then_some(columns)
}

fn clip(text: &str) -> String {
    text.trim().chars().take(MAX_CELL_CHARS).collect()
}

/// The operations that paste `text` at `at`: cells of existing rows set, rows past the
/// end appended.
pub fn paste_ops(draft: &Draft, at: Cell, text: &str) -> Result<Vec<Op>, PasteError> {
    let table = at.table();
    let mut lines = parse_tsv(text);
    if lines.is_empty() {
        return Err(PasteError::Empty);
    }
    let columns: Vec<Option<Column>> = match lines.first().and_then(|first| header(table, first)) {
        Some(columns) => {
            lines.remove(0);
            columns
        }
        None => {
            let all = table.columns();
            let from = all.iter().position(|&c| c == at.column).unwrap_or(0);
            all.into_iter().skip(from).map(Some).collect()
        }
    };
    if lines.is_empty() {
        return Err(PasteError::Empty);
    }
    let existing = draft.rows(table).len();
    if !table.has_rows() && (lines.len() > 1 || at.row > 0) {
        return Err(PasteError::OneRowOnly);
    }
    let max = match table {
        TableId::Products => crate::model::limits::MAX_PRODUCTS,
        TableId::Presets => crate::model::limits::MAX_PRESETS,
        _ => MAX_PASTE_ROWS,
    };
    let first = at.row.min(existing);
    let end = first.saturating_add(lines.len());
    if lines.len() > MAX_PASTE_ROWS || end.max(existing) > max {
        return Err(PasteError::TooManyRows { max });
    }
    let mut ops = Vec::new();
    let mut new_rows = Vec::new();
    for (n, fields) in lines.iter().enumerate() {
        let row = first + n;
        let cells = columns
            .iter()
            .zip(fields)
            .filter_map(|(column, field)| Some(((*column)?, clip(field))));
        if row < existing {
            ops.extend(cells.map(|(column, text)| Op::Set {
                cell: Cell::new(row, column),
                text,
            }));
        } else {
            let mut new = Row::blank();
            for (column, text) in cells {
                new.set(column, text);
            }
            new_rows.push(new);
        }
    }
    if !new_rows.is_empty() {
        ops.push(Op::Insert {
            table,
            at: existing,
            rows: new_rows,
        });
    }
    Ok(ops)
}
