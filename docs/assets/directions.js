/* Guideline pages: the "Vis kun lovkrav" toggle and the copy-citation buttons.
   Progressive enhancement: without JS the page shows the plain lovkrav list and permanent links. */
(function () {
  "use strict";

  var announcer;

  function announce(text) {
    if (!announcer) {
      announcer = document.createElement("div");
      announcer.className = "sr-only";
      announcer.setAttribute("role", "status");
      document.body.appendChild(announcer);
    }
    announcer.textContent = "";
    window.setTimeout(function () { announcer.textContent = text; }, 50);
  }

  /* ---- Lovkrav toggle ---- */

  function initFilter(box) {
    if (box.getAttribute("data-enhanced")) return;
    var list = document.getElementById(box.getAttribute("data-lovkrav-filter"));
    if (!list) return;
    var directions = Array.prototype.slice.call(list.querySelectorAll(".direction[data-kind]"));
    var others = directions.filter(function (d) { return d.getAttribute("data-kind") !== "lovkrav"; });
    var lovkrav = directions.length - others.length;
    if (!lovkrav || !others.length) return; // nothing to filter
    box.setAttribute("data-enhanced", "1");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button lovkrav-toggle";
    button.setAttribute("aria-pressed", "false");
    button.setAttribute("aria-controls", list.id);
    button.textContent = "Vis kun lovkrav";
    var status = document.createElement("p");
    status.className = "lovkrav-status";
    status.setAttribute("role", "status");
    box.appendChild(button);
    box.appendChild(status);

    function set(pressed) {
      button.setAttribute("aria-pressed", pressed ? "true" : "false");
      others.forEach(function (d) { d.hidden = pressed; });
      status.textContent = pressed
        ? "Viser kun de " + lovkrav + " lovkrav. " + others.length + " anbefalinger er skjult."
        : "Viser alle " + directions.length + " anvisninger.";
    }
    button.addEventListener("click", function () { set(button.getAttribute("aria-pressed") !== "true"); });
    // a link to a hidden recommendation must still reach it
    window.addEventListener("hashchange", function () {
      var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target && others.indexOf(target) !== -1 && target.hidden) {
        set(false);
        target.scrollIntoView();
      }
    });
  }

  /* ---- Copy citation ---- */

  function pageUrl() {
    var canonical = document.querySelector("link[rel='canonical']");
    return (canonical && canonical.href ? canonical.href : location.href).split("#")[0];
  }

  /** The citation written at build time, plus the permanent link to the direction. */
  // the direction names itself; the publication is named once, on the list of directions
  function citationFor(direction) {
    var list = direction.closest("[data-citation-source]");
    var source = list ? " " + list.getAttribute("data-citation-source") : "";
    return direction.getAttribute("data-citation") + source + " " + pageUrl() + "#" + direction.id;
  }

  function feedback(button, text, message) {
    var label = button.querySelector(".direction__cite-label");
    label.textContent = text;
    announce(message);
    window.clearTimeout(button._reset);
    button._reset = window.setTimeout(function () { label.textContent = "Kopiér henvisning"; }, 3000);
  }

  function fallback(direction, button, text) {
    // No clipboard access (e.g. plain http): show the text selected so the reader can copy it.
    var field = direction.querySelector(".direction__cite-text");
    if (!field) {
      field = document.createElement("textarea");
      field.className = "direction__cite-text";
      field.readOnly = true;
      field.rows = 3;
      field.setAttribute("aria-label", "Henvisning til anvisning " + direction.getAttribute("data-direction"));
      button.parentNode.insertBefore(field, button.nextSibling);
    }
    field.value = text;
    field.focus();
    field.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
    if (copied) feedback(button, "Kopieret", "Henvisningen er kopieret.");
    else feedback(button, "Markér og kopiér teksten", "Kopiér henvisningen fra tekstfeltet.");
  }

  function copy(direction, button) {
    var text = citationFor(direction);
    var id = direction.getAttribute("data-direction");
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { feedback(button, "Kopieret", "Henvisningen til anvisning " + id + " er kopieret."); },
        function () { fallback(direction, button, text); }
      );
    } else {
      fallback(direction, button, text);
    }
  }

  function initCitation(direction) {
    if (direction.querySelector(".direction__cite")) return;
    var head = direction.querySelector(".direction__head") || direction;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "direction__cite";
    var label = document.createElement("span");
    label.className = "direction__cite-label";
    label.textContent = "Kopiér henvisning";
    var hidden = document.createElement("span");
    hidden.className = "sr-only";
    hidden.textContent = " til anvisning " + direction.getAttribute("data-direction");
    button.appendChild(label);
    button.appendChild(hidden);
    button.addEventListener("click", function () { copy(direction, button); });
    head.appendChild(document.createTextNode(" "));
    head.appendChild(button);
  }

  function init() {
    document.querySelectorAll("[data-lovkrav-filter]").forEach(initFilter);
    document.querySelectorAll(".direction[data-citation]").forEach(initCitation);
  }

  window.HandbookCitation = { citationFor: citationFor };

  window.handbookOnPage(init);
})();
