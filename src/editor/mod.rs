//! Building a chain in the page: the chain as tables of text cells (its own figures,
//! products, steps with each figure's source, presets), typed edits with undo and redo
//! across every table, the draft read back into the dataset file format and checked by the
//! model's own validation, each problem placed at its cell; and the `#chain=` link that
//! carries a whole chain. Pure (no web dependency), so it is tested natively; the words are
//! the catalog's (`catalog::editor`, which imports this module; nothing here reads a word,
//! so the page's state may hold the editor without a module cycle).
//!
//! One concern per file, imported in one direction: `column` (tables, columns, a cell's
//! address) and `problem` are leaves; `render` writes a file as cells and `draft` holds
//! them; `read` and `convert` read them back; `locate` places the model's errors;
//! `history` and `paste` make changes; `session` is the editor; `fragment` the link;
//! `stored` a draft as the browser keeps it, `shelf` the index of the drafts kept.
mod column;
mod convert;
mod draft;
pub mod fragment;
mod history;
mod locate;
mod paste;
mod problem;
mod read;
mod render;
mod session;
pub mod shelf;
mod stored;

pub use column::{
    Cell, ChainColumn, ChainFigure, Column, PresetColumn, ProductColumn, ProductFigure, RangePart,
    SourcePart, StepColumn, StepFigure, TableId,
};
pub use convert::to_file;
pub use draft::{Draft, Origin, Row};
pub use history::LIMIT as UNDO_LIMIT;
pub use locate::cells_of;
pub use paste::{header_as_codes, parse_tsv, PasteError, MAX_CELL_CHARS, MAX_PASTE_ROWS};
pub use problem::{CellError, CellProblem};
pub use read::{read_number, NumberProblem};
pub use session::{EditAction, EditRefusal, Editor, MAX_DRAFT_NAME_CHARS};
pub use stored::{draft_from_json, draft_to_json, MAX_STORED_BYTES};

use std::rc::Rc;

use crate::model::{Dataset, Name};

impl Editor {
    /// A blank chain with one start product, named in both languages (the catalog's
    /// `blank_chain_names`): every figure still to be written, each missing one shown at
    /// its cell.
    pub fn blank(chain: Name, product: Name) -> Editor {
        let mut file = Dataset::placeholder().file().clone();
        file.name = chain;
        file.start = BLANK_START.to_string();
        if let Some(first) = file.products.first_mut() {
            first.id = BLANK_START.to_string();
            first.name = product;
        }
        let mut editor = Editor::from_file(&file);
        // The figures and their sources are the visitor's to give: blank, not placeholders.
        let mut cells = Vec::new();
        for figure in ChainFigure::ALL {
            for part in SourcePart::ALL {
                cells.push(ChainColumn::Source(figure, part));
            }
        }
        for figure in [
            ChainFigure::MetalPrice,
            ChainFigure::ScrapPrice,
            ChainFigure::MeltLoss,
        ] {
            for part in RangePart::ALL {
                cells.push(ChainColumn::Range(figure, part));
            }
        }
        cells.extend([ChainColumn::RegionTonnes, ChainColumn::VatRate]);
        editor.clear_without_history(cells.into_iter().map(|c| Cell::new(0, Column::Chain(c))));
        editor
    }

    /// An editor on a dataset shared by the page (the `Rc` the state holds).
    pub fn on(dataset: &Rc<Dataset>) -> Editor {
        Editor::from_dataset(Rc::clone(dataset))
    }
}

/// The start product's id in a blank chain.
pub const BLANK_START: &str = "metal";
