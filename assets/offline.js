// The "not saved for offline use" page (src/ui/shell/offline_page.rs), which the service
// worker (scripts/sw.template.js) serves offline at the address of a page of the site it has
// not kept: names the page asked for in the page's live region, shows the pages of its
// list this device has saved (the same product's, in another region, first), and reloads
// once the page can be fetched again. A file, not inline: the CSP allows it without a hash.
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
  }).catch(() => { /* no cache to read: the page says what is missing and links home */ });

  // Back online: the page itself, once it can be fetched (the `online` event can come
  // before the network is reachable, or before the worker's own requests are); the fetch
  // goes through the worker, which keeps the page, so the reload finds it. A few tries,
  // further and further apart, while the browser says it is online.
  let trying = false;
  async function whenBack() {
    if (trying) return;
    trying = true;
    for (let wait = 500; navigator.onLine && wait <= 16000; wait *= 2) {
      try {
        await fetch(location.href, { cache: 'no-store' });
        location.reload();
        return;
      } catch (e) { /* not reachable yet */ }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    trying = false;
  }
  addEventListener('online', whenBack);
  // Served while the browser says it is online: the site was out of reach a moment ago.
  if (navigator.onLine) whenBack();
})();
