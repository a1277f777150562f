/* Saving on the device for the self-assessment and the favourites: versioned keys in localStorage, and a
   safety net. A stored value that cannot be read is copied to a backup key before anything else happens,
   so nothing the reader entered is ever lost; the caller shows a clear message. No server is involved. */
(function () {
  "use strict";

  function storage() {
    try {
      var probe = "stofhaandbog.probe";
      window.localStorage.setItem(probe, probe);
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null; // blocked (private mode, file:// in some browsers, cookies off): work in memory
    }
  }

  function stamp() {
    return new Date().toISOString().replace(/[:.]/g, "-");
  }

  /**
   * Read and check the JSON stored under key. check(parsed) returns "" when the value is good, else a
   * Danish reason. Returns {value, available, problem, backup, raw, readOnly}:
   * - value: the good value, or null (nothing stored, or unreadable);
   * - problem: the reason, when the stored value was unreadable;
   * - backup: the key the unreadable value was copied to (the original key is then freed);
   * - readOnly: true when the copy failed, so the original must not be overwritten.
   */
  function read(key, check) {
    var store = storage();
    if (!store) return { value: null, available: false };
    var raw = store.getItem(key);
    if (raw === null) return { value: null, available: true };
    var parsed;
    var problem = "";
    try {
      parsed = JSON.parse(raw);
      problem = check(parsed) || "";
    } catch (e) {
      problem = "dataene er ikke gyldig JSON";
    }
    if (!problem) return { value: parsed, available: true };
    var backup = key + ".backup-" + stamp();
    try {
      store.setItem(backup, raw);
      store.removeItem(key); // the copy is safe; the next save starts clean
      return { value: null, available: true, problem: problem, backup: backup, raw: raw };
    } catch (e) {
      return { value: null, available: true, problem: problem, backup: null, raw: raw, readOnly: true };
    }
  }

  /** Store value as JSON under key; false if the browser refused (full or blocked). */
  function write(key, value) {
    var store = storage();
    if (!store) return false;
    try {
      store.setItem(key, JSON.stringify(value));
      return true;
    } catch (e) {
      return false;
    }
  }

  /** The raw text stored under key, or null. */
  function raw(key) {
    var store = storage();
    return store ? store.getItem(key) : null;
  }

  /** Offer text as a file download (works offline and from file://). */
  function download(filename, text, type) {
    var blob = new Blob([text], { type: type || "text/plain;charset=utf-8" });
    var url = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    window.setTimeout(function () {
      URL.revokeObjectURL(url);
      link.remove();
    }, 1000);
  }

  window.HandbookStore = { read: read, write: write, raw: raw, download: download, available: function () { return !!storage(); } };
})();
