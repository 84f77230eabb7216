// Host-page script of the value-chain calculator: resizes its iframes to their content.
// Usage on the host page:
//   <iframe src="https://example.org/tools/aluminium/?embed=1&lang=zh&product=furniture"
//           data-value-chain title="铝产业链增值计算器" width="100%" height="640"></iframe>
//   <script src="https://example.org/tools/aluminium/assets/embed.js" defer></script>
// Each message must come from one of these iframes' windows and from the origin of its
// src; anything else is ignored.
(function () {
  'use strict';
  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'value-chain:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 50 || height > 50000) return;
    var frames = document.querySelectorAll('iframe[data-value-chain]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try { origin = new URL(frame.src, window.location.href).origin; } catch (e) { continue; }
      if (event.origin !== origin) continue;
      frame.style.height = Math.ceil(height) + 'px';
    }
  }
  window.addEventListener('message', onMessage);
})();
