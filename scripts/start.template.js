// Starts the app on a pre-rendered page (written by scripts/postbuild.mjs as start-<hash>.js;
// README, "Pre-rendered pages"). The page already shows its answer; the wasm (about 410 KiB
// brotli) is only needed to change it. So it starts:
//  - at once when the address asks for more than the page shows (a query, a fragment) or
//    inside a host page's frame (the host-page API talks to the app);
//  - otherwise at the visitor's first sign of use: a pointer moving or pressed, a touch, a
//    wheel, a key, a focus. What they did before the app was there is done again once it
//    has taken the page over (hydration keeps the very same elements): clicks on controls
//    that need the app, the values typed or picked, keys on the app's own widgets, and a
//    form's submission (held back, so it never reloads the page);
//  - but a pick of another product before it has started opens that product's own
//    pre-rendered page instead (`productPage` below), which is that pick's answer; the page
//    opened so then starts the app once it has loaded.
// While it starts, what a visitor's tap or pick will change (the figure, the path, the
// stages) is marked as updating at once, in words a screen reader announces; so is a page
// whose link asks for more than it shows (`data-pending`, set by the page's own script,
// src/ui/shell/page_script.js), until the app has answered.
// The service worker is registered once the page has loaded and the browser is idle, and
// not at all when the visitor asks to save data (README, "Offline").
const BOOT = '__BOOT__';
// What the boot script loads in turn (scripts/postbuild.mjs): asked for at the same moment.
const LOADS = __LOADS__;
const html = document.documentElement;
const queue = [];
let started = false;

const zh = html.lang.startsWith('zh');
const WORDS = {
  updating: zh ? '计算中…' : 'Calculating…',
  failed: zh ? '计算器未能加载，页面上的数字尚未更新。再点一次即可重试。' : 'The calculator did not load: the figures shown are not updated. Tap again to try again.',
};
// Outside the app's element, which hydration must find exactly as it was rendered.
const status = document.createElement('p');
status.className = 'app-status';
status.setAttribute('role', 'status');
status.setAttribute('data-testid', 'app-status');
document.body.append(status);
// Set in the next frame: a live region announces a change, not its first content.
const say = (text) => requestAnimationFrame(() => { status.textContent = text; });
const updating = () => {
  if (ready() || html.hasAttribute('data-updating')) return;
  html.setAttribute('data-updating', '');
  say(WORDS.updating);
};
if (html.hasAttribute('data-pending')) say(WORDS.updating);

const ready = () => html.getAttribute('data-app') === 'ready';

// Another product's own page. Before the app has started, a pick of another product on a
// pre-rendered path page goes to that product's pre-rendered page: the very answer the app
// would show, in one page of about 20 KB rather than after the wasm's 420 KB (issue 28's
// first tap: 2.7 s on a phone network waiting for the wasm). Only while nothing else has
// been done (nothing queued) and the page is its own answer (no query, fragment or frame);
// `replace`, as the app's own address writes add no history entry. On a region's page
// (`en/baotou/furniture/`) it is that region's page of the product; a region picked on a
// product's page opens that region's page of the product (the default region's is the
// plain one, `en/furniture/`).
const page = document.querySelector('meta[name="value-chain-page"]');
function ownPage(product, region) {
  if (!page || !product || ready() || queue.length || html.hasAttribute('data-pending')
    || location.search || location.hash || window.top !== window) return null;
  const attr = (name) => page.getAttribute(name) || '';
  const regions = attr('data-regions').split(' ');
  if (attr('data-view') !== 'path' || page.hasAttribute('data-embed')
    || (product === attr('data-product') && region === attr('data-region'))
    || !attr('data-products').split(' ').includes(product)
    || !(region === '' || regions.slice(1).includes(region))) return null;
  const here = attr('content');
  const path = location.pathname.replace(/index\.html$/, '');
  if (!path.endsWith(here)) return null;
  return `${path.slice(0, path.length - here.length)}${attr('data-lang')}/${region ? `${region}/` : ''}${product}/`;
}
const productPage = (product) => ownPage(product, page ? page.getAttribute('data-region') || '' : '');
// The region picker's value as a page path's region: none for the default one (listed first).
function regionPage(region) {
  if (!page) return null;
  const regions = (page.getAttribute('data-regions') || '').split(' ');
  return ownPage(page.getAttribute('data-product') || '', region === regions[0] ? '' : region);
}
// The visitor has used the page: the page opened next in this tab starts the app once it
// has loaded, so that a second tap finds it.
const USED = 'value-chain:used';
function openPage(url) {
  updating();
  try { sessionStorage.setItem(USED, '1'); } catch (e) { /* storage off: the next page waits for a sign of use */ }
  location.replace(url);
}
// Controls that do nothing without the app; links, labels, summaries and native inputs act
// on their own and are not clicked again.
const APP_CONTROL = 'button, [role="button"], [role="tab"]';

function record(event) {
  if (ready() || !(event.target instanceof Element)) return;
  // A click or a value can come without a pointer or key first (a screen reader's
  // activation, autofill): it is a sign of use too.
  start();
  const target = event.target;
  switch (event.type) {
    case 'click': {
      const control = target.closest(APP_CONTROL);
      if (control && !control.closest('a[href], label, summary')) {
        const url = productPage(control.getAttribute('data-product'));
        if (url) {
          event.preventDefault();
          openPage(url);
          break;
        }
        queue.push({ type: 'click', el: control });
        updating();
      }
      break;
    }
    case 'input':
    case 'change': {
      if (!('value' in target)) break;
      // The picker's `input` comes before its `change`: the first of the two decides.
      const url = target.id === 'product-picker' ? productPage(target.value)
        : target.id === 'region-picker' ? regionPage(target.value) : null;
      if (url) {
        openPage(url);
        break;
      }
      updating();
      const last = queue[queue.length - 1];
      const entry = { type: event.type, el: target, value: target.value, checked: target.checked };
      // Typing "15000" is one edit, not five.
      if (last && last.type === event.type && last.el === target) queue[queue.length - 1] = entry;
      else queue.push(entry);
      break;
    }
    case 'keydown': {
      // Native buttons turn Enter and Space into clicks themselves (recorded above).
      const widget = target.closest('[role="button"]:not(button), [role="tablist"]');
      const url = widget && /^(Enter| )$/.test(event.key) ? productPage(widget.getAttribute('data-product')) : null;
      if (url) {
        event.preventDefault();
        openPage(url);
        break;
      }
      if (widget && /^(Enter| |Arrow\w+|Home|End)$/.test(event.key)) {
        queue.push({ type: 'keydown', el: target, key: event.key, shiftKey: event.shiftKey });
        updating();
        if (event.key === ' ') event.preventDefault();
      }
      break;
    }
    case 'submit':
      event.preventDefault();
      queue.push({ type: 'submit', el: target });
      break;
  }
}

function replay() {
  for (const entry of queue.splice(0)) {
    const el = entry.el;
    if (!el.isConnected) continue;
    if (entry.type === 'click') {
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    } else if (entry.type === 'keydown') {
      el.dispatchEvent(new KeyboardEvent('keydown', { key: entry.key, shiftKey: entry.shiftKey, bubbles: true, cancelable: true }));
    } else if (entry.type === 'submit') {
      el.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    } else {
      // Hydration writes the page's own value back into inputs: put the visitor's back.
      if (el.value !== entry.value) el.value = entry.value;
      if (typeof entry.checked === 'boolean' && el.checked !== entry.checked) el.checked = entry.checked;
      el.dispatchEvent(new Event(entry.type, { bubbles: true }));
    }
  }
}

const INTENTS = ['pointerover', 'pointerdown', 'touchstart', 'wheel', 'keydown', 'focusin'];
const RECORDED = ['click', 'input', 'change', 'keydown', 'submit'];

function start() {
  if (started) return;
  started = true;
  for (const type of INTENTS) removeEventListener(type, start, true);
  html.setAttribute('data-app', 'starting');
  for (const { href, as } of LOADS) {
    const link = document.createElement('link');
    link.rel = as === 'script' ? 'modulepreload' : 'preload';
    if (as !== 'script') link.as = as;
    // As the boot script's own fetch asks (same origin, credentials), so the browser reuses it.
    link.crossOrigin = 'anonymous';
    link.href = new URL(href, import.meta.url).href;
    document.head.append(link);
  }
  import(BOOT).catch((error) => {
    // Offline without the service worker, or a dropped connection: the page keeps its
    // answer, and the next sign of use tries again.
    console.warn('value-chain: the app did not load', error);
    started = false;
    html.removeAttribute('data-app');
    // What was tapped is not done: the page says so rather than dim for ever. A link's
    // answer stays marked as not yet this link's.
    html.removeAttribute('data-updating');
    queue.length = 0;
    say(WORDS.failed);
    for (const type of INTENTS) addEventListener(type, start, { capture: true, passive: true });
  });
}

for (const type of RECORDED) addEventListener(type, record, true);
const whenReady = new MutationObserver(() => {
  if (!ready()) return;
  whenReady.disconnect();
  for (const type of RECORDED) removeEventListener(type, record, true);
  // After the app's own effects of the same render have run.
  setTimeout(() => {
    replay();
    // The app renders what was replayed in its next frame; the marks go after it.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      html.removeAttribute('data-updating');
      html.removeAttribute('data-pending');
      status.textContent = '';
    }));
  }, 0);
});
whenReady.observe(html, { attributes: true, attributeFilter: ['data-app'] });

// In a host page's frame, a pre-rendered compact card tells the host its height at once,
// before the app has loaded (the app then keeps it up to date, src/ui/share/embed_bar.rs): the
// frame has its height before it is shown, not a moment after. Not the home page a query
// embed is served from (`?embed=1`): that is no card yet.
if (window.parent !== window && document.querySelector('.app.embed')) {
  window.parent.postMessage({ type: 'value-chain:height', height: document.body.scrollHeight, version: 1 }, '*');
}

const used = () => { try { return sessionStorage.getItem(USED) === '1'; } catch (e) { return false; } };
// A page marked pending (its link asks for more than it shows; or a stand-in the service
// worker serves offline for a region's page it has not kept, scripts/sw.template.js) starts
// the app at once too.
if (location.search || location.hash || window.top !== window || html.hasAttribute('data-pending')) start();
else {
  for (const type of INTENTS) addEventListener(type, start, { capture: true, passive: true });
  // Opened by a pick on another page (openPage): after the load, so that it never delays
  // this page's own answer.
  if (used()) {
    const soon = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 1000 }) : setTimeout(start, 200));
    if (document.readyState === 'complete') soon();
    else addEventListener('load', soon, { once: true });
  }
}

// The service worker (scripts/sw.template.js) precaches the pages and styles when it is
// installed, and the app's own script and wasm only once the app has started (the app tells
// it, src/ui/shell/update_notice.rs): a reader who never taps downloads no wasm in the
// background. Registered when the browser is idle after the load, so it never competes with
// the page or a first tap; not with Save-Data (the app does the same).
if ('serviceWorker' in navigator && !(navigator.connection && navigator.connection.saveData)) {
  // It keeps the page being read too: the next visit opens it offline.
  const register = () => navigator.serviceWorker.register(new URL('./sw.js', import.meta.url))
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active && registration.active.postMessage('value-chain:keep-page'))
    .catch(() => {});
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
