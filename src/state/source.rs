//! Where the dataset in force came from.

/// Where the dataset in force came from: what a link must say so that another visitor gets
/// the same figures.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum DataSource {
    /// The chain compiled into the app.
    #[default]
    Builtin,
    /// A dataset file on the page's own site (`data=<path>`), e.g. a promotion page's chain.
    Url(String),
    /// A file the visitor imported, kept in this browser's storage under its content hash
    /// (`data=stored:<hash>`).
    Stored(String),
    /// A region shipped with the app other than the default one (`region=<id>`), resolved
    /// onto its chain (`crate::regions`).
    Region(String),
}

impl DataSource {
    /// Where a shipped region's dataset comes from, as a link says it: the default region
    /// is the built-in dataset (no `region=` in its links).
    pub fn of_region(id: &str) -> DataSource {
        if id == crate::regions::DEFAULT {
            DataSource::Builtin
        } else {
            DataSource::Region(id.to_string())
        }
    }

    /// The shipped region: the default one for the built-in dataset, none for a file
    /// (`data=`, an import).
    pub fn region(&self) -> Option<&str> {
        match self {
            DataSource::Builtin => Some(crate::regions::DEFAULT),
            DataSource::Region(id) => Some(id),
            DataSource::Url(_) | DataSource::Stored(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_region_is_the_builtin_source() {
        let default = crate::regions::DEFAULT;
        assert_eq!(DataSource::of_region(default), DataSource::Builtin);
        assert_eq!(
            DataSource::of_region("baotou"),
            DataSource::Region("baotou".into())
        );
        assert_eq!(DataSource::Builtin.region(), Some(default));
        assert_eq!(DataSource::of_region("baotou").region(), Some("baotou"));
        assert_eq!(DataSource::Url("/x.json".into()).region(), None);
        assert_eq!(DataSource::Stored("ab".into()).region(), None);
    }
}
