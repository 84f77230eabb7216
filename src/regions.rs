//! The regions shipped with the app (`data/regions/*.json`, compiled in by the model:
//! `model::region::REGIONS`), as the page offers them: listed by id and name without being
//! resolved, and each resolved onto its chain only when first asked for (a pick, a link),
//! then kept for the page's life. The default region (`binzhou`) is the chain's own: the
//! page's default dataset is it, resolved.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use serde::Deserialize;

use crate::model::{region, Dataset, DatasetErrors, Name};

/// The region shown when a link names none (`region=` absent): its addresses never change.
pub const DEFAULT: &str = "binzhou";

/// The region the two-regions view holds the default one against when a link names none:
/// Wenshan smelts on hydropower, the default on coal, the contrast the view is for.
pub const DEFAULT_OTHER: &str = "wenshan";

/// A shipped region as a picker lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionEntry {
    pub id: &'static str,
    pub name: Name,
}

thread_local! {
    /// The regions resolved so far, by id (an error is kept too: it would not change).
    static RESOLVED: RefCell<BTreeMap<&'static str, Result<Rc<Dataset>, DatasetErrors>>> =
        const { RefCell::new(BTreeMap::new()) };
    static LIST: Vec<RegionEntry> = read_list();
}

/// The name of a region file, read without the rest of it.
#[derive(Deserialize)]
struct Probe {
    name: Name,
}

fn read_list() -> Vec<RegionEntry> {
    region::REGIONS
        .iter()
        .filter_map(|&(id, text)| {
            let probe: Probe = serde_json::from_str(text).ok()?;
            Some(RegionEntry {
                id,
                name: probe.name,
            })
        })
        .collect()
}

/// The shipped regions, the default first (a file whose name cannot be read is left out;
/// the native tests check that none is).
pub fn list() -> Vec<RegionEntry> {
    LIST.with(Clone::clone)
}

/// The shipped region's own id for `id`, if it is one.
pub fn known(id: &str) -> Option<&'static str> {
    region::builtin_ids().find(|known| *known == id)
}

/// A shipped region resolved onto its chain; None for an id that is not one.
pub fn resolve(id: &str) -> Option<Result<Rc<Dataset>, DatasetErrors>> {
    let id = known(id)?;
    if let Some(done) = RESOLVED.with(|r| r.borrow().get(id).cloned()) {
        return Some(done);
    }
    let resolved = region::builtin(id)?.map(Rc::new);
    RESOLVED.with(|r| r.borrow_mut().insert(id, resolved.clone()));
    Some(resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_region_is_listed_with_its_name_and_resolves() {
        let listed: Vec<&str> = list().iter().map(|r| r.id).collect();
        let shipped: Vec<&str> = region::builtin_ids().collect();
        assert_eq!(listed, shipped);
        assert_eq!(listed.first(), Some(&DEFAULT));
        for entry in list() {
            assert!(!entry.name.en.is_empty() && !entry.name.zh.is_empty());
            let ds = resolve(entry.id).expect("known").expect("resolves");
            assert_eq!(ds.name(), &entry.name, "{}", entry.id);
            let profile = ds.region().profile.as_ref().expect("profile");
            assert_eq!(profile.id, entry.id);
        }
        assert!(resolve("atlantis").is_none());
        assert!(known("Baotou").is_none());
    }

    #[test]
    fn a_region_is_resolved_once() {
        let (Some(Ok(a)), Some(Ok(b))) = (resolve("baotou"), resolve("baotou")) else {
            panic!("baotou resolves");
        };
        assert!(Rc::ptr_eq(&a, &b));
    }
}
