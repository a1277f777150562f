/* The search box's help (issue 17), loaded by search.js when search is first used, with the handbook's word list
   (search/words.js: the index's own words, most used first; filler words; everyday phrases from
   data/search_phrases.yml; suggestions; the addresses of three pages that help when nothing is found).

   rewrite(query) gives the query Material's worker searches for:
   - a word of 5 or more letters that no indexed word starts with is corrected to the most used handbook word
     within 2 edits (a swap of two letters is one edit), so "afgørlse" finds "afgørelse";
   - an everyday phrase ("stoppe helt", "sagsbehandler") is replaced by the words the phrase list gives for it;
   - question words and filler ("hvornår", "skal", "borgeren") go, as long as other words remain, and so does a
     lone letter (a word just begun).
   show(rewrite, hits) adds "Mente du …?" under the result count when a word was corrected, and suggestions and
   links when nothing was found. Everything shown is set as text, never as markup. */
window.handbookSearchHelp = function (data) {
  "use strict";
  var MIN_TYPO = 5;  // shorter words are too often a different word
  var MAX_EDITS = 2;
  var INFLECTION = 4;  // a phrase word also matches with an ending this long (visitator → visitatorerne)
  var separator = new RegExp(data.separator);
  var words = data.words;  // most used first
  var sorted = words.slice().sort();
  var filler = new Set(data.filler);
  var phrases = data.phrases
    .map(function (p) { return { words: p[0], search: p[1].split(" ") }; })
    .sort(function (a, b) { return b.words.length - a.words.length; });
  var phraseWords = [];
  phrases.forEach(function (p) { p.words.forEach(function (w) { if (phraseWords.indexOf(w) < 0) phraseWords.push(w); }); });
  var candidates = words.concat(phraseWords.filter(function (w) { return words.indexOf(w) < 0; }));

  function tokens(text) {
    var out = [];
    text.toLowerCase().split(/\s+/).forEach(function (part) {
      part.split(separator).forEach(function (t) { if (t) out.push(t); });
    });
    return out;
  }

  function isWord(token) {
    return /^[a-zæøåéü]+$/.test(token);
  }

  // True if some indexed word starts with the token (lunr finds prefixes).
  function indexed(token) {
    var lo = 0, hi = sorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] < token) lo = mid + 1; else hi = mid;
    }
    return lo < sorted.length && sorted[lo].indexOf(token) === 0;
  }

  function inflected(token, word) {
    return token.indexOf(word) === 0 && token.length - word.length <= INFLECTION;
  }

  function known(token) {
    return filler.has(token) || indexed(token) || phraseWords.some(function (w) { return inflected(token, w); });
  }

  // Edit distance with adjacent swaps (optimal string alignment); anything above `max` is max + 1.
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var before = null, previous = [], row, i, j;
    for (j = 0; j <= b.length; j++) previous.push(j);
    for (i = 1; i <= a.length; i++) {
      row = [i];
      var least = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
        if (before && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
        row.push(value);
        if (value < least) least = value;
      }
      if (least > max) return max + 1;
      before = previous;
      previous = row;
    }
    return previous[b.length];
  }

  // The closest handbook word, the most used one among equally close words; null if none is within MAX_EDITS.
  function correction(token) {
    var best = null, bestDistance = MAX_EDITS + 1;
    for (var k = 0; k < candidates.length && bestDistance > 1; k++) {
      var d = distance(token, candidates[k], bestDistance - 1);
      if (d < bestDistance) { best = candidates[k]; bestDistance = d; }
    }
    return best;
  }

  // Where a phrase that starts at list[at] ends (filler between its words is skipped: "måler vi kvaliteten"
  // is "måler kvaliteten"), or -1.
  function phraseEnd(list, at, phrase) {
    var j = at;
    for (var k = 0; k < phrase.length; k++, j++) {
      while (k > 0 && j < list.length && filler.has(list[j]) && !inflected(list[j], phrase[k])) j++;
      if (j >= list.length || !inflected(list[j], phrase[k])) return -1;
    }
    return j;
  }

  function rewrite(query) {
    if (!query.trim()) return null;
    // lunr's own syntax (+word, -word, word~1, word^2, field:word, "…"): the reader knows what they want
    if (/(^|\s)[+-]\S|[~^*:"]/.test(query)) return { query: query, corrected: null };
    var typed = tokens(query);
    var fixed = typed.map(function (t) {
      return isWord(t) && t.length >= MIN_TYPO && !known(t) ? correction(t) || t : t;
    });
    var phrase = fixed.map(function () { return false; });
    var extra = [];
    phrases.forEach(function (p) {
      for (var at = 0; at < fixed.length; at++) {
        var end = phrase[at] ? -1 : phraseEnd(fixed, at, p.words);
        if (end < 0 || phrase.slice(at, end).some(Boolean)) continue;
        for (var k = at; k < end; k++) phrase[k] = true;
        extra = extra.concat(p.search);
      }
    });
    // a phrase's words give way to the words it stands for; filler goes if anything else is left
    var kept = fixed.filter(function (t, i) { return !phrase[i]; });
    // a lone letter is the start of a word being typed (as a prefix it matches thousands of words, which is
    // slow and says nothing), unless it follows a number: "§ 101 a"
    var content = kept.filter(function (t, i) {
      return !filler.has(t) && (t.length > 1 || !/^[a-zæøå]$/.test(t) || /\d$/.test(kept[i - 1] || ""));
    });
    var terms = (content.length || extra.length ? content : kept).concat(extra);
    terms = terms.filter(function (t, i) { return terms.indexOf(t) === i; });
    var changed = fixed.some(function (t, i) { return t !== typed[i]; });
    return { query: terms.join(" ") || query, corrected: changed ? fixed.join(" ") : null };
  }

  // --- the help under the result count ---------------------------------------------------------------------

  var root = new URL(JSON.parse(document.getElementById("__config").textContent).base, location.href);
  var LINKS = [
    ["glossary", "Ordliste", "fagord og forkortelser forklaret"],
    ["lovkrav", "Alle lovkrav", "samlet efter fase og lov"],
    ["pathway", "Hvor er borgeren nu?", "det, der gælder i hver fase af forløbet"]
  ];

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  // A link that searches for `text` in place (and, without this script, opens search with it: ?q=).
  function searchLink(text) {
    var link = element("a", "", text);
    var url = new URL(location.href);
    url.hash = "";
    url.searchParams.set("q", text);
    link.href = url.href;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      event.stopPropagation();  // the theme closes search on a click on any link in it
      var input = document.querySelector(".md-search__input");
      input.value = text;
      input.focus();
      input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    });
    return link;
  }

  function list(items) {
    var ul = element("ul");
    items.forEach(function (item) { var li = element("li"); item.forEach(function (n) { li.append(n); }); ul.appendChild(li); });
    return ul;
  }

  function empty() {
    var part = element("div", "hb-search-help__empty");
    part.appendChild(element("p", "", "Prøv et andet ord eller et kortere ord, fx:"));
    part.appendChild(list(data.suggestions.map(function (s) { return [searchLink(s)]; })));
    part.appendChild(element("p", "", "Eller find vej her:"));
    part.appendChild(list(LINKS.map(function (l) {
      var link = element("a", "", l[1]);
      link.href = new URL(data.links[l[0]], root).href;
      return [link, " – " + l[2]];
    })));
    return part;
  }

  function box() {
    var found = document.querySelector(".hb-search-help");
    var meta = document.querySelector(".md-search-result__meta");
    if (found || !meta) return found;
    found = element("div", "hb-search-help");
    meta.after(found);
    return found;
  }

  function show(rewritten, hits) {
    var el = box();
    if (!el) return;
    el.textContent = "";
    if (rewritten && rewritten.corrected) {
      var guess = element("p", "hb-search-help__guess", "Mente du: ");
      guess.append(searchLink(rewritten.corrected), "?");
      el.appendChild(guess);
    }
    if (rewritten && hits === 0) el.appendChild(empty());
    el.hidden = !el.firstChild;
  }

  return { rewrite: rewrite, show: show };
};
