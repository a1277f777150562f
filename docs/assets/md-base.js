/* Material's storage helpers, moved out of an inline script so a strict Content-Security-Policy works
   (see overrides/partials/javascripts/base.html). Globals on purpose: the theme's bundle uses them. */
/* eslint-disable no-implicit-globals */
var __md_scope = new URL(document.currentScript.dataset.mdScope, location);
var __md_hash = function (value) {
  return [...value].reduce(function (hash, char) { return (hash << 5) - hash + char.charCodeAt(0); }, 0);
};
var __md_get = function (key, storage, scope) {
  storage = storage || localStorage;
  scope = scope || __md_scope;
  return JSON.parse(storage.getItem(scope.pathname + "." + key));
};
var __md_set = function (key, value, storage, scope) {
  storage = storage || localStorage;
  scope = scope || __md_scope;
  try { storage.setItem(scope.pathname + "." + key, JSON.stringify(value)); } catch (error) { /* storage full or blocked */ }
};
