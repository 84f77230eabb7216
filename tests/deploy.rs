//! Deploying: `make dist` (scripts/dist.sh, through scripts/site-url.sh) says loudly when
//! `SITE_URL` is not set, and never fails for it (the tests build without it); README's
//! deploy section shows the one variable to set.
#![cfg(not(target_arch = "wasm32"))]
use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Sources scripts/site-url.sh as dist.sh does, with `SITE_URL` as given (None: unset), and
/// checks the address the build uses and whether stderr warns.
#[track_caller]
fn check_site_url(given: Option<&str>, url: &str, warns: bool) {
    let mut command = Command::new("bash");
    command
        .current_dir(root())
        .args([
            "-c",
            "set -euo pipefail; . scripts/site-url.sh; printf %s \"$SITE_URL\"",
        ])
        .env_remove("SITE_URL");
    if let Some(given) = given {
        command.env("SITE_URL", given);
    }
    let out = command.output().expect("bash runs");
    assert!(out.status.success(), "{given:?}: {out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), url, "{given:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    if warns {
        // Several lines, naming the variable, what the default names, and an example.
        assert!(stderr.lines().count() >= 5, "{stderr}");
        for what in [
            "WARNING: SITE_URL is not set",
            "sitemap.xml",
            "canonical",
            "127.0.0.1:8080",
            "SITE_URL=https://example.org/tools/aluminium/ make dist",
        ] {
            assert!(stderr.contains(what), "{what:?} not in {stderr}");
        }
    } else {
        assert_eq!(stderr, "", "{given:?}");
    }
}

#[test]
fn dist_warns_when_site_url_is_not_set_and_still_builds() {
    check_site_url(None, "http://127.0.0.1:8080/", true);
    check_site_url(Some(""), "http://127.0.0.1:8080/", true);
    check_site_url(
        Some("https://example.org/tools/aluminium/"),
        "https://example.org/tools/aluminium/",
        false,
    );
}

#[test]
fn dist_sh_uses_the_check_and_says_it_again_at_the_end() {
    let dist = std::fs::read_to_string(root().join("scripts/dist.sh")).expect("dist.sh");
    let sourced = dist
        .find(". scripts/site-url.sh")
        .expect("dist.sh sources it");
    let build = dist.find("\ntrunk build").expect("dist.sh builds");
    assert!(sourced < build, "the warning comes before the long build");
    let last = dist
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.starts_with('#'));
    assert_eq!(last, Some("site_url_warning"), "and again last");
}

#[test]
fn the_readme_shows_the_one_variable_to_set() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let section = readme
        .split("\n## ")
        .find(|s| s.starts_with("Deploying"))
        .expect("README has a Deploying section");
    assert!(
        section.contains("```sh\nSITE_URL=https://example.org/tools/aluminium/ make dist\n```"),
        "{section}"
    );
}
