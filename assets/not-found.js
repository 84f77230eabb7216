// The "page not found" page (src/ui/shell/not_found.rs): offers first the page of its list whose
// address is closest to the one asked for (`/en/furnture/` → furniture), when one is close
// enough to be what was meant. A file, not inline: the CSP allows it without a hash. Without
// it the page still lists every page.
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

  let best = null;
  let bestDistance = Infinity;
  for (const link of page.querySelectorAll('a[data-slug]')) {
    const slug = link.getAttribute('data-slug');
    for (const word of words) {
      // One edit in four letters is a typo; more is another word. The start of a name
      // (`furn`) counts as one edit.
      const d = slug.startsWith(word) && word.length >= 4 && word !== slug ? 1 : distance(word, slug);
      if (d <= Math.max(1, Math.floor(Math.max(word.length, slug.length) / 4)) && d < bestDistance) {
        best = link;
        bestDistance = d;
      }
    }
  }
  if (!best) return;
  const a = offer.querySelector('a');
  a.href = best.href;
  a.textContent = best.textContent;
  a.setAttribute('data-testid', 'not-found-nearest');
  offer.hidden = false;
})();
