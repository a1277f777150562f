/* Favourites: a ☆ toggle on each guideline page and each direction, stored only in this browser, and the
   list on favoritter/. Progressive enhancement: without JS there are no buttons and the page says so.
   Needs assets/local-store.js. The keys (g:3-4, d:3.4.2) match macros/render/favourites.py. */
(function () {
  "use strict";

  var KEY = "stofhaandbog.favoritter.v1";
  var VERSION = 1;
  var Store = window.HandbookStore;
  var favourites = [];
  var problem = null;

  function check(value) {
    if (!value || typeof value !== "object" || value.version !== VERSION || !Array.isArray(value.items)) {
      return "dataene har en ukendt form";
    }
    return value.items.every(function (k) { return typeof k === "string"; }) ? "" : "listen indeholder ugyldige poster";
  }

  function load() {
    var result = Store.read(KEY, check);
    favourites = result.value ? result.value.items.slice() : [];
    if (result.problem) problem = result;
  }

  function save() {
    return Store.write(KEY, { version: VERSION, items: favourites });
  }

  function has(key) {
    return favourites.indexOf(key) !== -1;
  }

  function toggle(key) {
    if (has(key)) favourites = favourites.filter(function (k) { return k !== key; });
    else favourites.push(key);
    save();
    sync();
  }

  function announce(text) {
    var box = document.querySelector(".fav-announcer");
    if (!box) {
      box = document.createElement("div");
      box.className = "fav-announcer sr-only";
      box.setAttribute("role", "status");
      document.body.appendChild(box);
    }
    box.textContent = "";
    window.setTimeout(function () { box.textContent = text; }, 50);
  }

  function button(key, name, withText) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "fav-toggle" + (withText ? " fav-toggle--text" : "");
    b.setAttribute("data-fav-key", key);
    b.setAttribute("aria-pressed", "false");
    // the name stays the same; aria-pressed says whether it is a favourite
    b.setAttribute("aria-label", "Favorit: " + name);
    b.title = "Gem eller fjern " + name + " som favorit";
    var star = document.createElement("span");
    star.className = "fav-toggle__star";
    star.setAttribute("aria-hidden", "true");
    b.appendChild(star);
    if (withText) {
      var text = document.createElement("span");
      text.className = "fav-toggle__text";
      text.setAttribute("aria-hidden", "true");
      text.textContent = " Favorit";
      b.appendChild(text);
    }
    b.addEventListener("click", function () {
      toggle(key);
      announce(has(key) ? name + " er gemt som favorit." : name + " er fjernet fra favoritter.");
    });
    return b;
  }

  /** Make every button and the favourites list match the stored favourites. */
  function sync() {
    document.querySelectorAll("[data-fav-key]").forEach(function (b) {
      var on = has(b.getAttribute("data-fav-key"));
      b.setAttribute("aria-pressed", on ? "true" : "false");
      b.querySelector(".fav-toggle__star").textContent = on ? "★" : "☆";
    });
    var list = document.querySelector("[data-favourites]");
    if (!list) return;
    var shown = 0;
    list.querySelectorAll("[data-fav]").forEach(function (item) {
      var on = has(item.getAttribute("data-fav"));
      item.hidden = !on;
      if (on) shown++;
    });
    var status = document.querySelector("[data-favourites-status]");
    if (status) {
      var text = shown === 0
        ? "Du har ingen favoritter endnu. Tryk på ☆ ved en retningslinje eller en anvisning for at gemme den her."
        : "Du har " + shown + (shown === 1 ? " favorit." : " favoritter.");
      if (problem) {
        text = "Dine gemte favoritter kunne ikke læses (" + problem.problem + ")" +
          (problem.backup ? ". En kopi ligger i browseren under navnet " + problem.backup + ", så intet er tabt. " : ". ") + text;
      }
      status.textContent = text;
    }
  }

  function initGuidelinePage() {
    var article = document.querySelector("article.guideline[data-guideline]");
    if (article && !document.querySelector(".fav-bar")) {
      var number = article.getAttribute("data-guideline");
      var heading = document.querySelector(".md-content__inner h1");
      var bar = document.createElement("p");
      bar.className = "fav-bar";
      bar.appendChild(button("g:" + number.replace(".", "-"), "retningslinje " + number, true));
      if (heading) heading.insertAdjacentElement("afterend", bar);
      else article.insertAdjacentElement("beforebegin", bar);
    }
    document.querySelectorAll(".direction[data-direction]").forEach(function (direction) {
      if (direction.querySelector(".fav-toggle")) return;
      var id = direction.getAttribute("data-direction");
      var head = direction.querySelector(".direction__head") || direction;
      head.appendChild(document.createTextNode(" "));
      head.appendChild(button("d:" + id, "anvisning " + id, false));
    });
  }

  function initFavouritesPage() {
    var list = document.querySelector("[data-favourites]");
    if (!list) return;
    list.querySelectorAll("[data-fav]").forEach(function (item) {
      if (item.querySelector(".fav-remove")) return;
      var key = item.getAttribute("data-fav");
      var link = item.querySelector("a");
      var name = (link ? link.textContent : key).trim();
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "fav-remove";
      remove.textContent = "Fjern";
      remove.setAttribute("aria-label", "Fjern " + name + " fra favoritter");
      remove.addEventListener("click", function () {
        toggle(key);
        announce(name + " er fjernet fra favoritter.");
      });
      (item.querySelector("p") || item).appendChild(remove);
    });
  }

  function init() {
    if (!Store) return;
    load();
    initGuidelinePage();
    initFavouritesPage();
    document.documentElement.classList.add("favourites-ready");
    sync();
  }

  window.addEventListener("storage", function (event) {
    if (event.key === KEY) { load(); sync(); }
  });

  window.handbookOnPage(init);
})();
