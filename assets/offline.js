// The "not saved for offline use" page (src/ui/shell/offline_page.rs), which the service
// worker (scripts/sw.template.js) serves offline at the address of a page of the site it has
// not kept: names the page asked for in the page's live region, shows the pages of its
// list this device has saved (the same product's, in another region, first), and reloads
// when the network is back, which then brings the page itself. A file, not inline: the CSP
// allows it without a hash.
(function () {
  const page = document.querySelector('[data-testid="offline-page"]');
  if (!page) return;
  const base = page.getAttribute('data-base') || '/';
  let path = location.pathname.replace(/index\.html$/, '');
  if (path.startsWith(base)) path = path.slice(base.length);
  try { path = decodeURIComponent(path); } catch (e) { /* keep it as it came */ }
  const list = page.querySelector('[data-testid="offline-saved"]');
  const heading = page.querySelector('[data-testid="offline-saved-heading"]');
  const status = page.querySelector('[data-testid="offline-status"]');
  const items = list ? [...list.querySelectorAll('li[data-path]')] : [];
  const asked = items.find((li) => li.getAttribute('data-path') === path);

  // Set in the next frame: a live region announces a change, not its first content.
  const named = page.getAttribute('data-named');
  if (asked && status && named) {
    const text = named.replace('{page}', asked.textContent);
    requestAnimationFrame(() => { status.textContent = text; });
  }

  // What the service worker keeps, by path (any of its caches: they are this site's).
  async function savedPaths() {
    const saved = new Set();
    if (!('caches' in window)) return saved;
    for (const name of await caches.keys()) {
      if (!name.startsWith('value-chain-')) continue;
      for (const request of await (await caches.open(name)).keys()) saved.add(new URL(request.url).pathname);
    }
    return saved;
  }

  savedPaths().then((saved) => {
    if (!list || !heading) return;
    const shown = items.filter((li) => li !== asked && saved.has(base + li.getAttribute('data-path')));
    const product = asked ? asked.getAttribute('data-product') : '';
    const same = product ? shown.filter((li) => li.getAttribute('data-product') === product) : [];
    for (const li of same.reverse()) list.prepend(li);
    for (const li of shown) li.hidden = false;
    heading.hidden = shown.length === 0;
    page.setAttribute('data-saved', String(shown.length));
  }).catch(() => {
    page.setAttribute('data-saved', '0');
  });

  // Back online: the page itself (the worker asks the network for it first).
  addEventListener('online', () => location.reload());
})();
