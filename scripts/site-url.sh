# Where the site will be served, for scripts/dist.sh (sourced): SITE_URL, or the local
# default with a loud warning on stderr. Never fails: the tests build without it.
#   . scripts/site-url.sh; site_url_warning   (prints the warning again, e.g. at the end)
SITE_URL_DEFAULT=http://127.0.0.1:8080/
site_url_warning() {
  [ "${SITE_URL_SET:-}" = 0 ] || return 0
  cat >&2 <<EOT
[dist] ======================================================================
[dist] WARNING: SITE_URL is not set.
[dist]   sitemap.xml, robots.txt, every page's canonical and Open Graph addresses
[dist]   and its share card name $SITE_URL_DEFAULT, and the 404 pages
[dist]   load their files from /. For a deployment, set it to where the site is
[dist]   served, e.g.:
[dist]     SITE_URL=https://example.org/tools/aluminium/ make dist
[dist] ======================================================================
EOT
}
if [ -n "${SITE_URL:-}" ]; then SITE_URL_SET=1; else SITE_URL_SET=0; SITE_URL=$SITE_URL_DEFAULT; fi
site_url_warning
