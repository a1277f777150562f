/* Material's inline script, moved to a file for a strict Content-Security-Policy: when the URL names a
   content tab (#__tabbed_…), select it before the page paints. */
(function () {
  var target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.startsWith("__tabbed_");
})();
