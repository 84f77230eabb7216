// The home page (`/`) is Chinese, the default. A visitor whose browser prefers English is
// sent to its English twin (`en/`) before anything is painted: this classic script runs in
// <head>, before the body is parsed, and hides the page while the browser leaves it. Only
// the home page loads it; a link that names its language (`?lang=`) stays where it is.
// The same rule as the app's (`Lang::from_preferences`): the first of the browser's
// languages that is zh or en, English when none is.
(function () {
  var query = location.search;
  if (/[?&]lang=/.test(query)) return;
  var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (var i = 0; i < langs.length; i++) {
    var lang = String(langs[i]).toLowerCase();
    if (lang.indexOf('zh') === 0) return;
    if (lang.indexOf('en') === 0) break;
  }
  document.documentElement.style.visibility = 'hidden';
  location.replace('en/' + query + location.hash);
})();
