/* "Hvor er borgeren nu?": the date helper and the one-phase-at-a-time chooser.
   Plain JS, no network, works from file://. Without JS the page lists every phase and the rules. */
(function () {
  "use strict";

  var WEEKDAYS = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];
  var MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
    "september", "oktober", "november", "december"];

  /* ---- Pure date logic: plain {year, month (1-12), day} records, calendar arithmetic in UTC
     so daylight-saving changes can never shift a day. ---- */

  function utc(year, month, day) {
    var d = new Date(Date.UTC(2000, 0, 1));
    d.setUTCFullYear(year, month - 1, day); // setUTCFullYear keeps years 0-99 literal
    return d;
  }

  function fromUtc(d) {
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }

  function daysInMonth(year, month) {
    return utc(year, month + 1, 0).getUTCDate(); // day 0 of the next month = last day of this one
  }

  /** "2027-02-05" -> {year: 2027, month: 2, day: 5}; null for anything that is not a real date. */
  function parseIso(value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || "");
    if (!m) return null;
    var year = +m[1], month = +m[2], day = +m[3];
    if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return { year: year, month: month, day: day };
  }

  /** The date n calendar days later (every day counts: weekends and holidays too). */
  function addDays(date, n) {
    return fromUtc(utc(date.year, date.month, date.day + n));
  }

  /** Same day n calendar months later; a day the month lacks becomes its last day (clamped: true). */
  function addMonths(date, n) {
    var index = date.month - 1 + n;
    var year = date.year + Math.floor(index / 12);
    var month = ((index % 12) + 12) % 12 + 1;
    var last = daysInMonth(year, month);
    return { year: year, month: month, day: Math.min(date.day, last), clamped: date.day > last };
  }

  function weekday(date) {
    return utc(date.year, date.month, date.day).getUTCDay();
  }

  /** "fredag den 5. februar 2027" */
  function formatLong(date) {
    return WEEKDAYS[weekday(date)] + " den " + date.day + ". " + MONTHS[date.month - 1] + " " + date.year;
  }

  /** "05.02.2027" */
  function formatShort(date) {
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return pad(date.day) + "." + pad(date.month) + "." + date.year;
  }

  function isWeekend(date) {
    var w = weekday(date);
    return w === 0 || w === 6;
  }

  /** Latest start under the 14-day guarantee (SEL § 101, stk. 4): request date + 14 calendar days. */
  function latestStart(iso) {
    var request = parseIso(iso);
    return request && { request: request, start: addDays(request, 14) };
  }

  /** Follow-ups after discharge (BEK 1477/2019 § 4, stk. 2): + 1 and + 6 calendar months. */
  function followUps(iso) {
    var discharge = parseIso(iso);
    return discharge && { discharge: discharge, first: addMonths(discharge, 1), second: addMonths(discharge, 6) };
  }

  window.HandbookDates = {
    parseIso: parseIso, addDays: addDays, addMonths: addMonths, daysInMonth: daysInMonth,
    formatLong: formatLong, formatShort: formatShort, isWeekend: isWeekend,
    latestStart: latestStart, followUps: followUps
  };

  /* ---- The forms ---- */

  function para(text, className) {
    var p = document.createElement("p");
    if (className) p.className = className;
    p.textContent = text;
    return p;
  }

  function strongPara(label, date, rest) {
    var p = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = label + formatLong(date);
    p.appendChild(strong);
    p.appendChild(document.createTextNode(" (" + formatShort(date) + ")" + (rest || "")));
    return p;
  }

  function weekendNote(date, what) {
    return para(what + " falder på en " + WEEKDAYS[weekday(date)] + ". Håndbogen kender ingen regel, der " +
      "flytter fristen. Her gælder kommunens egen praksis.", "date-helper__warn");
  }

  function guaranteeResult(iso) {
    var r = latestStart(iso);
    if (!r) return [para("Skriv en gyldig dato.")];
    var out = [
      strongPara("Behandlingen skal være i gang senest ", r.start, "."),
      para("Henvendelsen var " + formatLong(r.request) + ". Fristen er 14 kalenderdage senere (SEL § 101, stk. 4).")
    ];
    if (isWeekend(r.start)) out.push(weekendNote(r.start, "Datoen"));
    return out;
  }

  function followUpResult(iso) {
    var r = followUps(iso);
    if (!r) return [para("Skriv en gyldig dato.")];
    var out = [
      strongPara("1. opfølgning senest ", r.first, "."),
      strongPara("2. opfølgning ", r.second, "."),
      para("Forløbet blev afsluttet " + formatLong(r.discharge) + ". Fristerne er 1 og 6 kalendermåneder senere " +
        "(BEK 1477/2019 § 4, stk. 2).")
    ];
    [["1. opfølgning", r.first], ["2. opfølgning", r.second]].forEach(function (item) {
      if (item[1].clamped) {
        out.push(para("Den " + r.discharge.day + ". findes ikke i " + MONTHS[item[1].month - 1] + " " + item[1].year +
          ". Derfor bruger hjælperen månedens sidste dag til " + item[0] + ".", "date-helper__note"));
      }
      if (isWeekend(item[1])) out.push(weekendNote(item[1], "Datoen for " + item[0]));
    });
    return out;
  }

  var TOOLS = { "datohjaelper-garanti": guaranteeResult, "datohjaelper-opfoelgning": followUpResult };

  function initDateHelpers(root) {
    root.querySelectorAll("[data-date-tool]").forEach(function (form) {
      var compute = TOOLS[form.getAttribute("data-date-tool")];
      if (!compute || form.getAttribute("data-enhanced")) return;
      form.setAttribute("data-enhanced", "1");
      var input = form.querySelector("[data-date-input]");
      var result = form.querySelector("[data-date-result]");
      var update = function () {
        var nodes = input.value ? compute(input.value) : [];
        result.textContent = "";
        nodes.forEach(function (node) { result.appendChild(node); });
      };
      input.addEventListener("change", update);
      input.addEventListener("input", update);
      form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
      form.hidden = false;
    });
    root.querySelectorAll(".date-helper__nojs").forEach(function (note) { note.hidden = true; });
  }

  /* ---- One phase at a time ---- */

  function initChooser(root) {
    var chooser = root.querySelector("[data-pathway-chooser]");
    var box = root.querySelector("[data-pathway-phases]");
    if (!chooser || !box || box.getAttribute("data-enhanced")) return;
    box.setAttribute("data-enhanced", "1");
    var sections = Array.prototype.slice.call(box.querySelectorAll(".pathway-phase"));
    var choices = Array.prototype.slice.call(chooser.querySelectorAll("a[href^='#']"));
    var status = para("", "pathway-status");
    status.setAttribute("role", "status");
    var all = document.createElement("button");
    all.type = "button";
    all.className = "md-button pathway-all";
    all.textContent = "Vis alle faser";
    all.hidden = true;
    chooser.appendChild(status);
    chooser.appendChild(all);

    function sectionOf(id) {
      var target = id && document.getElementById(id);
      return target && target.closest ? target.closest(".pathway-phase") : null;
    }

    function show(section) {
      sections.forEach(function (s) { s.hidden = section !== null && s !== section; });
      choices.forEach(function (a) {
        var chosen = section !== null && sectionOf(a.getAttribute("href").slice(1)) === section;
        if (chosen) a.setAttribute("aria-current", "step"); else a.removeAttribute("aria-current");
      });
      all.hidden = section === null;
      var heading = section && section.querySelector("h2");
      status.textContent = section ? "Viser kun fasen " + heading.textContent.replace(/¶$/, "").trim() + "." : "";
    }

    function go(id, push) {
      var section = sectionOf(id);
      if (!section) return false;
      show(section);
      if (push && history.pushState) history.pushState(null, "", "#" + id);
      var target = document.getElementById(id);
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
      target.scrollIntoView();
      return true;
    }

    document.addEventListener("click", function (event) {
      var a = event.target.closest ? event.target.closest("a[href^='#fase-']") : null;
      if (!a || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (go(decodeURIComponent(a.getAttribute("href").slice(1)), true)) event.preventDefault();
    });
    all.addEventListener("click", function () {
      show(null);
      if (history.pushState) history.pushState(null, "", location.pathname + location.search);
      chooser.scrollIntoView();
    });

    function fromHash() {
      var id = decodeURIComponent(location.hash.slice(1));
      if (!id) { show(null); return; }
      var section = sectionOf(id);
      if (!section) return;
      var wasHidden = section.hidden;
      show(section);
      // the browser could not scroll to a target that was hidden when the hash changed
      if (wasHidden) document.getElementById(id).scrollIntoView();
    }
    window.addEventListener("popstate", fromHash);
    window.addEventListener("hashchange", fromHash);
    fromHash();
    // hiding the other phases moved the target the browser had scrolled to on load
    var initial = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (initial && sectionOf(initial.id)) initial.scrollIntoView();
  }

  function init() {
    if (!document.querySelector("[data-pathway]")) return;
    initDateHelpers(document);
    initChooser(document);
  }

  window.handbookOnPage(init);
})();
