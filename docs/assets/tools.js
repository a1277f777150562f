/* The handbook's tools, loaded only by the pages that have one (their page values say so, macros/render/page.py): the self-assessment, the
   pathway's phase chooser and date helper, and the courses' projector view. Each starts only where its markup is.
   Needs handbook.js (handbookOnPage, HandbookStore), which every page loads first. */

/* ==================== checklist ==================== */
/* Self-assessment (selvevaluering): a status and a note per item, stored only in this browser.
   Filters, a progress summary, CSV export (UTF-8 with BOM, ';', Danish headers: opens in Danish Excel) and a
   CSV import that checks everything first and changes nothing if the file is malformed.
   Without JS the page is a printable paper checklist. Saves through the local-store section above. */
(function () {
  "use strict";

  var KEY = "stofhaandbog.selvevaluering.v1"; // bump the version with data-version on the page
  var UNDO_KEY = KEY + ".fortryd"; // the answers before the last import or clearing
  var VERSION = 1;
  var STATUSES = [
    ["opfyldt", "Opfyldt"],
    ["delvist", "Delvist"],
    ["ikke opfyldt", "Ikke opfyldt"],
    ["ikke relevant", "Ikke relevant"]
  ];
  var NOT_ASSESSED = "ikke vurderet"; // filter value for items without a status
  var HEADER = ["id", "type", "titel", "status", "note"];
  var MAX_SHOWN_ERRORS = 6;

  var Store = window.HandbookStore;

  function isStatus(value) {
    return STATUSES.some(function (s) { return s[0] === value; });
  }

  function statusLabel(value) {
    var found = STATUSES.filter(function (s) { return s[0] === value; })[0];
    return found ? found[1] : "Ikke vurderet";
  }

  /** Why a stored value is not a version-1 state, or "" if it is. */
  function checkState(value) {
    if (!value || typeof value !== "object" || Array.isArray(value)) return "dataene har en ukendt form";
    if (value.version !== VERSION) return "dataene er gemt i et andet format (version " + value.version + ")";
    if (!value.items || typeof value.items !== "object" || Array.isArray(value.items)) return "listen over svar mangler";
    var bad = Object.keys(value.items).filter(function (id) {
      var entry = value.items[id];
      return !entry || typeof entry !== "object" || (entry.status && !isStatus(entry.status)) ||
        (entry.note !== undefined && typeof entry.note !== "string");
    });
    return bad.length ? "svarene for " + bad.slice(0, 3).join(", ") + " kan ikke læses" : "";
  }

  function emptyState() {
    return { version: VERSION, items: {} };
  }

  /* ---- CSV ---- */

  function csvField(value) {
    var text = String(value == null ? "" : value);
    // a cell starting with = + - @ (or a tab or CR before one) is a formula to Excel: a leading apostrophe keeps it text (removed on import)
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[";\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function unguard(text) {
    return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
  }

  /** Rows of fields from CSV text; throws an Error with a Danish message on an unclosed quote. */
  function parseCsv(text) {
    var firstLine = text.split(/\r?\n/, 1)[0];
    var sep = firstLine.indexOf(";") !== -1 ? ";" : firstLine.indexOf(",") !== -1 ? "," : "\t";
    var rows = [];
    var row = [];
    var field = "";
    var quoted = false;
    var line = 1;
    var rowStart = 1;
    var quoteLine = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') { field += '"'; i++; } else { quoted = false; }
        } else {
          if (c === "\n") line++;
          field += c;
        }
      } else if (c === '"' && field === "") {
        quoted = true;
        quoteLine = line;
      } else if (c === sep) {
        row.push(field); field = "";
      } else if (c === "\n" || c === "\r") {
        if (c === "\r" && text[i + 1] === "\n") i++;
        row.push(field); field = "";
        row.line = rowStart;
        rows.push(row); row = [];
        line++;
        rowStart = line;
      } else {
        field += c;
      }
    }
    if (quoted) throw new Error("Et felt, der begynder med anførselstegn i linje " + quoteLine + ", bliver aldrig afsluttet.");
    if (field !== "" || row.length) { row.push(field); row.line = rowStart; rows.push(row); }
    return rows.filter(function (r) { return r.some(function (f) { return f.trim() !== ""; }); });
  }

  function normalStatus(value) {
    return value.trim().toLowerCase().replace(/[\s_-]+/g, " ");
  }

  /**
   * Check a CSV file against the page's items. Returns {rows: [{id, status, note}], errors: [messages]};
   * rows are only usable when errors is empty.
   */
  function readCsv(text, known) {
    var errors = [];
    var rows;
    try {
      rows = parseCsv(text.replace(/^\uFEFF/, ""));
    } catch (e) {
      return { rows: [], errors: [e.message] };
    }
    if (!rows.length) return { rows: [], errors: ["Filen er tom."] };
    var header = rows[0].map(function (f) { return f.trim().toLowerCase(); });
    while (header.length > HEADER.length && header[header.length - 1] === "") header.pop();
    if (header.join(";") !== HEADER.join(";")) {
      return {
        rows: [],
        errors: ["Første linje skal være overskrifterne " + HEADER.join(";") + ", men er " + rows[0].join(";") + "."]
      };
    }
    if (rows.length < 2) return { rows: [], errors: ["Filen har overskrifter, men ingen punkter."] };
    var seen = {};
    var out = [];
    rows.slice(1).forEach(function (row) {
      var where = "Linje " + row.line + ": ";
      var fields = row.slice();
      while (fields.length > HEADER.length && fields[fields.length - 1].trim() === "") fields.pop();
      if (fields.length > HEADER.length) {
        errors.push(where + "har " + fields.length + " felter i stedet for " + HEADER.length +
          " (står der et semikolon i en note uden anførselstegn?).");
        return;
      }
      var id = (fields[0] || "").trim();
      var status = normalStatus(fields[3] || "");
      if (!id) { errors.push(where + "id mangler."); return; }
      if (!known[id]) { errors.push(where + "id '" + id + "' findes ikke i tjeklisten."); return; }
      if (seen[id]) { errors.push(where + "id '" + id + "' står også i linje " + seen[id] + "."); return; }
      seen[id] = row.line;
      if (status && !isStatus(status)) {
        errors.push(where + "status '" + fields[3].trim() + "' for " + id + " kendes ikke. Brug " +
          STATUSES.map(function (s) { return s[0]; }).join(", ") + " eller lad feltet stå tomt.");
        return;
      }
      out.push({ id: id, status: status, note: unguard(fields[4] || "") });
    });
    return { rows: out, errors: errors };
  }

  /* ---- The page ---- */

  function Checklist(list, tools) {
    this.list = list;
    this.tools = tools;
    this.items = Array.prototype.slice.call(list.querySelectorAll("[data-item]"));
    this.byId = {};
    this.items.forEach(function (el) { this.byId[el.getAttribute("data-item")] = el; }, this);
    this.message = tools.querySelector("[data-checklist-message]");
    this.summary = tools.querySelector("[data-checklist-summary]");
    this.canSave = true;
    this.state = emptyState();
  }

  Checklist.prototype.load = function () {
    var result = Store.read(KEY, checkState);
    if (!result.available) {
      this.canSave = false;
      this.say("warning", "Din browser tillader ikke, at siden gemmer data. Du kan godt udfylde listen, men svarene " +
        "forsvinder, når du lukker siden. Eksportér dem som CSV, før du går.");
      return;
    }
    if (result.value) {
      this.state = result.value;
      return;
    }
    if (!result.problem) return;
    var raw = result.raw;
    var download = { label: "Hent de gemte data som fil", run: function () {
      Store.download("selvevaluering-gemte-data.txt", raw);
    } };
    if (result.readOnly) {
      this.canSave = false;
      this.say("alert", "De svar, der er gemt i denne browser, kunne ikke læses (" + result.problem + "). Vi har ladet " +
        "dem ligge urørt, og nye svar bliver ikke gemt, så intet går tabt. Hent dataene som fil, og kontakt den, " +
        "der hjælper jer med it.", [download]);
    } else {
      this.say("alert", "De svar, der var gemt i denne browser, kunne ikke læses (" + result.problem + "). Intet er " +
        "tabt: En kopi ligger i browseren under navnet " + result.backup + ", og du kan hente den som fil. Listen " +
        "starter forfra.", [download]);
    }
  };

  Checklist.prototype.save = function () {
    if (!this.canSave) return;
    this.state.saved = new Date().toISOString();
    if (!Store.write(KEY, this.state)) {
      this.canSave = false;
      this.say("alert", "Svarene kunne ikke gemmes i browseren (lageret er fuldt eller blokeret). Eksportér dem " +
        "som CSV, så du ikke mister dem.");
    }
  };

  Checklist.prototype.entry = function (id) {
    return this.state.items[id] || { status: "", note: "" };
  };

  Checklist.prototype.set = function (id, status, note) {
    if (!status && !note) delete this.state.items[id];
    else this.state.items[id] = { status: status, note: note };
  };

  Checklist.prototype.label = function (el) {
    var id = el.getAttribute("data-item");
    var match = /^kvalitetsstandard-(\d+)$/.exec(id);
    return match ? "kvalitetsstandardens punkt " + match[1] : "anvisning " + id;
  };

  Checklist.prototype.enhance = function (el) {
    var self = this;
    var id = el.getAttribute("data-item");
    var paper = el.querySelector(".check-item__paper");
    var box = document.createElement("div");
    box.className = "check-item__answer";
    var fieldset = document.createElement("fieldset");
    fieldset.className = "check-item__status";
    var legend = document.createElement("legend");
    legend.textContent = "Status for " + self.label(el);
    legend.className = "sr-only";
    fieldset.appendChild(legend);
    [["", "Ikke vurderet"]].concat(STATUSES).forEach(function (s) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "radio";
      input.name = "status-" + id;
      input.value = s[0];
      input.addEventListener("change", function () {
        self.set(id, input.value, self.entry(id).note || "");
        self.save();
        self.paint(el);
        self.refresh();
      });
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + s[1]));
      fieldset.appendChild(label);
    });
    var noteLabel = document.createElement("label");
    noteLabel.className = "check-item__note-label";
    noteLabel.htmlFor = "note-" + id;
    noteLabel.textContent = "Note";
    var hidden = document.createElement("span");
    hidden.className = "sr-only";
    hidden.textContent = " til " + self.label(el);
    noteLabel.appendChild(hidden);
    var note = document.createElement("textarea");
    note.id = "note-" + id;
    note.rows = 2;
    note.className = "check-item__note";
    note.addEventListener("input", function () {
      self.set(id, self.entry(id).status || "", note.value);
      self.save();
    });
    box.appendChild(fieldset);
    box.appendChild(noteLabel);
    box.appendChild(note);
    if (paper) paper.replaceWith(box); else el.appendChild(box);
  };

  /** Show an item's stored answer in its inputs. */
  Checklist.prototype.paint = function (el) {
    var id = el.getAttribute("data-item");
    var entry = this.entry(id);
    el.querySelectorAll("input[type=radio]").forEach(function (input) {
      input.checked = input.value === (entry.status || "");
    });
    var note = el.querySelector("textarea");
    if (note && note.value !== (entry.note || "")) note.value = entry.note || "";
    el.setAttribute("data-answer", entry.status || NOT_ASSESSED);
  };

  Checklist.prototype.filters = function () {
    var values = {};
    this.tools.querySelectorAll("[data-filter]").forEach(function (select) {
      values[select.getAttribute("data-filter")] = select.value;
    });
    return values;
  };

  Checklist.prototype.matches = function (el, f) {
    var status = this.entry(el.getAttribute("data-item")).status || NOT_ASSESSED;
    if (f.theme && el.getAttribute("data-theme") !== f.theme) return false;
    if (f.phase && el.getAttribute("data-phase") !== f.phase) return false;
    if (f.type === "lovkrav" && el.getAttribute("data-lovkrav") !== "true") return false;
    if (f.type && f.type !== "lovkrav" && el.getAttribute("data-type") !== f.type) return false;
    if (f.status && status !== f.status) return false;
    return true;
  };

  /** Apply the filters and update the summary. */
  Checklist.prototype.refresh = function () {
    var f = this.filters();
    var self = this;
    var shown = 0;
    this.items.forEach(function (el) {
      var visible = self.matches(el, f);
      el.hidden = !visible;
      if (visible) shown++;
    });
    this.list.querySelectorAll(".checklist-group, .checklist-theme").forEach(function (group) {
      group.hidden = !group.querySelector("[data-item]:not([hidden])");
    });
    var counts = {};
    STATUSES.forEach(function (s) { counts[s[0]] = 0; });
    var done = 0;
    this.items.forEach(function (el) {
      var status = self.entry(el.getAttribute("data-item")).status;
      if (status) { counts[status]++; done++; }
    });
    var total = this.items.length;
    var percent = total ? Math.round((done / total) * 100) : 0;
    this.summary.textContent = "";
    var progress = document.createElement("progress");
    progress.max = total;
    progress.value = done;
    progress.setAttribute("aria-label", "Vurderet");
    var line = document.createElement("p");
    line.className = "checklist-summary__line";
    line.textContent = "Vurderet: " + done + " af " + total + " punkter (" + percent + " %). " +
      STATUSES.map(function (s) { return s[1] + ": " + counts[s[0]]; }).join(" · ") +
      " · Ikke vurderet: " + (total - done) + ".";
    var filtered = document.createElement("p");
    filtered.className = "checklist-summary__filter";
    filtered.textContent = shown === total ? "Viser alle " + total + " punkter." : "Filteret viser " + shown + " af " + total + " punkter.";
    this.summary.appendChild(progress);
    this.summary.appendChild(line);
    this.summary.appendChild(filtered);
  };

  Checklist.prototype.paintAll = function () {
    this.items.forEach(this.paint, this);
    this.refresh();
  };

  /** A message above the list; kind "alert" for errors, "status" or "warning" otherwise. */
  Checklist.prototype.say = function (kind, text, actions, details) {
    var box = this.message;
    box.textContent = "";
    box.className = "checklist-message checklist-message--" + kind;
    box.setAttribute("role", kind === "alert" ? "alert" : "status");
    var p = document.createElement("p");
    p.textContent = text;
    box.appendChild(p);
    if (details && details.length) {
      var ul = document.createElement("ul");
      details.forEach(function (d) {
        var li = document.createElement("li");
        li.textContent = d;
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    (actions || []).forEach(function (action) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-button";
      button.textContent = action.label;
      button.addEventListener("click", action.run);
      box.appendChild(button);
    });
    box.hidden = false;
  };

  Checklist.prototype.rows = function () {
    var self = this;
    return this.items.map(function (el) {
      var id = el.getAttribute("data-item");
      var entry = self.entry(id);
      return [id, el.getAttribute("data-type"), el.getAttribute("data-title"), entry.status || "", entry.note || ""];
    });
  };

  Checklist.prototype.exportCsv = function () {
    var lines = [HEADER].concat(this.rows()).map(function (row) { return row.map(csvField).join(";"); });
    var today = new Date().toISOString().slice(0, 10);
    // the BOM makes Excel read UTF-8 (æ, ø, å); ';' is the list separator Danish Excel expects
    Store.download("selvevaluering-" + today + ".csv", "\uFEFF" + lines.join("\r\n") + "\r\n", "text/csv;charset=utf-8");
    this.say("status", "CSV-filen med " + this.items.length + " punkter er hentet.");
  };

  Checklist.prototype.keepForUndo = function () {
    Store.write(UNDO_KEY, this.state);
  };

  Checklist.prototype.undoAction = function (what) {
    var self = this;
    return { label: "Fortryd " + what, run: function () {
      var result = Store.read(UNDO_KEY, checkState);
      if (!result.value) {
        self.say("alert", "Der er ikke noget at fortryde.");
        return;
      }
      self.state = result.value;
      self.save();
      self.paintAll();
      self.say("status", "Svarene fra før " + what + " er sat tilbage.");
    } };
  };

  Checklist.prototype.importCsv = function (file) {
    var self = this;
    var reader = new FileReader();
    reader.onerror = function () {
      self.say("alert", "Filen " + file.name + " kunne ikke læses. Intet er ændret.");
    };
    reader.onload = function () {
      var result = readCsv(String(reader.result), self.byId);
      if (result.errors.length) {
        var shown = result.errors.slice(0, MAX_SHOWN_ERRORS);
        if (result.errors.length > shown.length) shown.push("… og " + (result.errors.length - shown.length) + " fejl mere.");
        self.say("alert", "Filen " + file.name + " blev ikke importeret, fordi den har fejl. Intet er ændret. " +
          "Ret fejlene, eller eksportér en ny fil fra denne side, og prøv igen.", [], shown);
        return;
      }
      self.keepForUndo();
      result.rows.forEach(function (row) { self.set(row.id, row.status, row.note); });
      self.save();
      self.paintAll();
      self.say("status", "Importeret: " + result.rows.length + " punkter fra " + file.name + ".", [self.undoAction("importen")]);
    };
    reader.readAsText(file, "utf-8");
  };

  Checklist.prototype.clear = function () {
    this.keepForUndo();
    this.state = emptyState();
    this.save();
    this.paintAll();
    this.say("status", "Alle svar er ryddet.", [this.undoAction("rydningen")]);
  };

  Checklist.prototype.start = function () {
    var self = this;
    this.load();
    this.items.forEach(this.enhance, this);
    this.paintAll();
    this.tools.querySelectorAll("[data-filter]").forEach(function (select) {
      select.addEventListener("change", function () { self.refresh(); });
    });
    this.tools.querySelector("[data-action=export]").addEventListener("click", function () { self.exportCsv(); });
    this.tools.querySelector("[data-action=print]").addEventListener("click", function () { window.print(); });
    this.tools.querySelector("[data-action=clear]").addEventListener("click", function () { self.clear(); });
    var input = this.tools.querySelector("[data-action=import]");
    input.addEventListener("change", function () {
      if (input.files && input.files[0]) self.importCsv(input.files[0]);
      input.value = ""; // the same file can be chosen again after a fix
    });
    // another tab changed the answers: show them here too
    window.addEventListener("storage", function (event) {
      if (event.key !== KEY || !self.canSave) return;
      var result = Store.read(KEY, checkState);
      if (result.value) { self.state = result.value; self.paintAll(); }
    });
    this.tools.hidden = false;
    document.documentElement.classList.add("checklist-ready");
  };

  function init() {
    var list = document.querySelector("[data-checklist]");
    var tools = document.querySelector("[data-checklist-tools]");
    if (!list || !tools || list.getAttribute("data-enhanced") || !Store) return;
    list.setAttribute("data-enhanced", "1");
    new Checklist(list, tools).start();
  }

  // exposed for the browser tests and for reuse: parsing is the part most worth checking on its own
  window.HandbookChecklist = { parseCsv: parseCsv, readCsv: readCsv, csvField: csvField };

  window.handbookOnPage(init);
})();

/* ==================== pathway ==================== */
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

/* ==================== course ==================== */
/* Course modules: the projector view. One section per screen in large type; arrow keys, space and
   Page Up/Down move, Home/End jump, Escape leaves. The URL hash (#projektor-3) keeps the position, so a reload
   or a shared link opens the same screen. Without JS the module is a normal page (and a printable handout). */
(function () {
  "use strict";

  var HASH = /^#projektor-(\d+)$/;
  var ACTIVE = "projector";
  var NEXT = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": 1, Spacebar: 1 };
  var PREVIOUS = { ArrowLeft: 1, ArrowUp: 1, PageUp: 1 };

  function Projector(course) {
    this.course = course;
    this.sections = Array.prototype.slice.call(course.querySelectorAll(".course-section"));
    this.index = 0;
    this.bar = null;
  }

  Projector.prototype.active = function () {
    return document.documentElement.classList.contains(ACTIVE);
  };

  Projector.prototype.buildBar = function () {
    var self = this;
    var bar = document.createElement("div");
    bar.className = "projector-bar";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "Projektorvisning");
    bar.hidden = true;
    function add(text, label, run) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = text;
      b.setAttribute("aria-label", label);
      b.addEventListener("click", run);
      bar.appendChild(b);
      return b;
    }
    this.previousButton = add("‹ Forrige", "Forrige afsnit", function () { self.show(self.index - 1); });
    this.counter = document.createElement("span");
    this.counter.className = "projector-bar__count";
    this.counter.setAttribute("aria-live", "polite");
    bar.appendChild(this.counter);
    this.nextButton = add("Næste ›", "Næste afsnit", function () { self.show(self.index + 1); });
    add("Luk (Esc)", "Luk projektorvisningen", function () { self.exit(); });
    // inside <main>: every part of the page belongs to a landmark (the bar is fixed to the screen anyway)
    (document.querySelector("main") || document.body).appendChild(bar);
    this.bar = bar;
  };

  Projector.prototype.enter = function (index) {
    document.documentElement.classList.add(ACTIVE);
    this.bar.hidden = false;
    this.show(index);
  };

  Projector.prototype.show = function (index) {
    var last = this.sections.length - 1;
    this.index = Math.max(0, Math.min(last, index));
    var current = this.sections[this.index];
    this.sections.forEach(function (section) {
      section.classList.toggle("is-current", section === current);
    });
    this.counter.textContent = (this.index + 1) + " / " + this.sections.length;
    this.previousButton.disabled = this.index === 0;
    this.nextButton.disabled = this.index === last;
    // replaceState: moving between screens should not fill the back button's history
    history.replaceState(null, "", "#projektor-" + (this.index + 1));
    current.setAttribute("tabindex", "-1");
    current.scrollTop = 0;
    current.focus({ preventScroll: true });
  };

  Projector.prototype.exit = function (keepHash) {
    if (!this.active()) return;
    var current = this.sections[this.index];
    document.documentElement.classList.remove(ACTIVE);
    this.bar.hidden = true;
    this.sections.forEach(function (section) { section.classList.remove("is-current"); });
    var heading = current.querySelector("h2[id]");
    if (!keepHash) history.replaceState(null, "", heading ? "#" + heading.id : location.pathname + location.search);
    if (heading) heading.scrollIntoView();
    var start = this.course.querySelector("[data-projector-start]");
    if (start) start.focus({ preventScroll: true });
  };

  Projector.prototype.onKey = function (event) {
    if (!this.active() || event.altKey || event.ctrlKey || event.metaKey) return;
    var tag = event.target && event.target.tagName;
    var typing = tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
    var onButton = tag === "BUTTON" && (event.key === " " || event.key === "Enter");
    if (typing || onButton) return; // let buttons and form fields do their own thing
    var key = event.key;
    var step = 0;
    if (key === "Escape" || key === "Esc") {
      this.exit();
    } else if (NEXT[key]) {
      step = event.shiftKey && (key === " " || key === "Spacebar") ? -1 : 1;
    } else if (PREVIOUS[key]) {
      step = -1;
    } else if (key === "Home") {
      this.show(0);
    } else if (key === "End") {
      this.show(this.sections.length - 1);
    } else {
      return;
    }
    if (step) this.show(this.index + step);
    event.preventDefault();
    event.stopPropagation(); // the theme's own shortcuts must not act while presenting
  };

  Projector.prototype.fromHash = function () {
    var match = HASH.exec(location.hash);
    if (match) this.enter(parseInt(match[1], 10) - 1);
    else if (this.active()) this.exit(true);
  };

  Projector.prototype.start = function () {
    var self = this;
    if (!this.sections.length) return;
    this.buildBar();
    var tools = this.course.querySelector(".course-tools");
    var startButton = this.course.querySelector("[data-projector-start]");
    if (tools) tools.hidden = false;
    if (startButton) startButton.addEventListener("click", function () { self.enter(0); });
    document.addEventListener("keydown", function (event) { self.onKey(event); }, true);
    window.addEventListener("hashchange", function () { self.fromHash(); });
    this.fromHash();
  };

  function init() {
    var course = document.querySelector("article.course");
    if (!course || course.getAttribute("data-enhanced")) return;
    course.setAttribute("data-enhanced", "1");
    new Projector(course).start();
  }

  window.handbookOnPage(init);
})();
