// The "page not found" page (src/ui/shell/not_found.rs): offers first the page whose address
// is closest to the one asked for (`/en/furnture/` → furniture), when one is close enough to
// be what was meant; in a region's address, that region's page (`/en/baotou/furnture/` and
// `/en/baotuo/furniture/` → Baotou · furniture, `/en/baotou/` → Baotou's page of the home
// page's product). A file, not inline: the CSP allows it without a hash. Without it the
// page still lists every plain page.
(function () {
  const page = document.querySelector('[data-testid="not-found"]');
  const offer = document.querySelector('[data-testid="not-found-suggestion"]');
  if (!page || !offer) return;
  const base = page.getAttribute('data-base') || '/';
  let path = location.pathname;
  if (path.startsWith(base)) path = path.slice(base.length);
  try { path = decodeURIComponent(path); } catch (e) { /* keep it as it came */ }
  // The words of the address that could name a page: not a language, a card or a file type.
  const skip = new Set(['', 'en', 'zh', 'embed', 'index', 'html', 'htm']);
  const words = path.toLowerCase().split(/[/.]+/).filter((w) => !skip.has(w));

  // Edits (insert, delete, replace, swap two neighbours) from a to b.
  function distance(a, b) {
    const d = [];
    for (let i = 0; i <= a.length; i++) d.push([i]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  // One edit in four letters is a typo; more is another word. The start of a name
  // (`furn`) counts as one edit. Infinity: not this name.
  function typo(word, name) {
    const d = name.startsWith(word) && word.length >= 4 && word !== name ? 1 : distance(word, name);
    return d <= Math.max(1, Math.floor(Math.max(word.length, name.length) / 4)) ? d : Infinity;
  }

  // The closest name among `names` to any of the words but the one at `skipIndex`:
  // { name, d, index }, or null.
  function closest(names, skipIndex) {
    let found = null;
    words.forEach((word, index) => {
      if (index === skipIndex) return;
      for (const name of names) {
        const d = typo(word, name);
        if (d < Infinity && (!found || d < found.d)) found = { name, d, index };
      }
    });
    return found;
  }

  // The pages: the plain ones listed (the default region's, no `data-region`) and the
  // regions' (a hidden list, `en/baotou/furniture/`), each a product or view (`data-slug`).
  const links = [...page.querySelectorAll('a[data-slug]')];
  const defaultRegion = page.getAttribute('data-default-region') || '';
  const regionOf = (link) => link.getAttribute('data-region') || defaultRegion;
  const regions = [...new Set([defaultRegion, ...links.map(regionOf)])].filter(Boolean);
  const slugs = [...new Set(links.map((link) => link.getAttribute('data-slug')))];
  // A region named in the address (`baotou`, `baotuo`), then a product or view in another
  // of its words (`furnture`); a word closer to a product than to any region is the product.
  let region = closest(regions, -1);
  let slug = closest(slugs, region ? region.index : -1);
  const alone = closest(slugs, -1);
  if (alone && region && alone.index === region.index && alone.d < region.d) {
    region = null;
    slug = alone;
  }
  // A region's address without its product (`en/baotou/`): the region's page of the home
  // page's product.
  if (!slug && region) slug = { name: page.getAttribute('data-default-product') || '' };
  const find = (name, inRegion) => links.find((link) => link.getAttribute('data-slug') === name && regionOf(link) === inRegion);
  // The region's page of the product, else (a view, which no region has a page of) the plain one.
  const best = slug ? (region && find(slug.name, region.name)) || find(slug.name, defaultRegion) : null;
  if (!best) return;
  const a = offer.querySelector('a');
  a.href = best.href;
  a.textContent = best.textContent;
  a.setAttribute('data-testid', 'not-found-nearest');
  offer.hidden = false;
})();
