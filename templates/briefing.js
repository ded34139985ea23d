// The HTML briefing's script: choosing an actor (click, Enter or Space on its button) marks
// every mention of it in the article. Inlined into each page, allowed by its hash.
(function () {
  "use strict";
  var status = document.getElementById("status");
  var reduced = window.matchMedia("(prefers-reduced-motion: reduce)");
  var besideText = window.matchMedia("(min-width: 60rem)"); // the list stays in view

  function mentions(actor) {
    return document.querySelectorAll('.mention[data-actor="' + actor + '"]');
  }

  function report(count) {
    if (!status) { return; }
    if (count === null) { status.textContent = ""; return; }
    var noun = count === 1 ? status.dataset.mention : status.dataset.mentions;
    status.textContent = count + " " + noun + " " + status.dataset.shown;
  }

  function choose(button) {
    var on = button.getAttribute("aria-pressed") !== "true";
    var found = mentions(button.dataset.actor);
    button.setAttribute("aria-pressed", on ? "true" : "false");
    for (var i = 0; i < found.length; i += 1) {
      found[i].classList.toggle("chosen", on);
    }
    report(on ? found.length : null);
    if (on && found.length && besideText.matches) {
      found[0].scrollIntoView({ block: "center", behavior: reduced.matches ? "auto" : "smooth" });
    }
  }

  var buttons = document.querySelectorAll("button[data-actor]");
  for (var i = 0; i < buttons.length; i += 1) {
    buttons[i].addEventListener("click", function (event) { choose(event.currentTarget); });
  }
})();
