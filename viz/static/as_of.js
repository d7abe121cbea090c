/* A page opened with ?as_of=YYYY-MM-DD keeps that date in its links to other pages and to the
   JSON API, so an analyst clicking through stays at the same point in time. Links marked
   data-all leave the date behind on purpose. */
(function () {
  "use strict";
  var asOf = document.body.getAttribute("data-as-of");
  if (!asOf) { return; }
  document.querySelectorAll("a[href^='/']").forEach(function (link) {
    var href = link.getAttribute("href");
    if (link.hasAttribute("data-all") || href.indexOf("/assets/") === 0) { return; }
    var url = new URL(href, window.location.origin);
    if (!url.searchParams.has("as_of")) {
      url.searchParams.set("as_of", asOf);
      link.setAttribute("href", url.pathname + url.search + url.hash);
    }
  });
  document.querySelectorAll("form[action='/']").forEach(function (form) {
    if (form.querySelector("[name=as_of]")) { return; }
    var field = document.createElement("input");
    field.type = "hidden"; field.name = "as_of"; field.value = asOf;
    form.appendChild(field);
  });
})();
