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
