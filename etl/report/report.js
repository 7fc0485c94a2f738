// Tooltips for chart points on hover and keyboard focus; tables open for printing.
// Texts are set with textContent only, so nothing in them is ever read as markup.
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  function textOf(point) {
    var title = point.querySelector("title");
    if (title) {
      point.setAttribute("data-tip", title.textContent);
      point.setAttribute("aria-label", title.textContent);
      title.parentNode.removeChild(title);
    }
    return point.getAttribute("data-tip") || "";
  }
  function show(point) {
    tip.textContent = textOf(point);
    tip.hidden = false;
    var box = point.getBoundingClientRect();
    var left = box.left + window.scrollX + box.width / 2 - tip.offsetWidth / 2;
    var maxLeft = window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8;
    tip.style.left = Math.max(window.scrollX + 8, Math.min(left, maxLeft)) + "px";
    var above = box.top + window.scrollY - tip.offsetHeight - 10;
    tip.style.top = (above > window.scrollY ? above : box.bottom + window.scrollY + 10) + "px";
  }
  function hide() { tip.hidden = true; }
  var points = document.querySelectorAll(".chart .pt");
  for (var i = 0; i < points.length; i++) {
    var point = points[i];
    textOf(point);
    point.addEventListener("mouseenter", function () { show(this); });
    point.addEventListener("focus", function () { show(this); });
    point.addEventListener("mouseleave", hide);
    point.addEventListener("blur", hide);
  }
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  window.addEventListener("beforeprint", function () {
    var all = document.querySelectorAll("details");
    for (var j = 0; j < all.length; j++) all[j].open = true;
  });
})();
