(function () {
  "use strict";
  var pinned = null;
  function show(n) {
    var all = document.querySelectorAll("[data-entity]");
    for (var i = 0; i < all.length; i++) {
      all[i].classList.toggle("active", n !== null && all[i].getAttribute("data-entity") === n);
    }
  }
  function entityOf(ev) {
    var el = ev.target.closest ? ev.target.closest("[data-entity]") : null;
    return el ? el.getAttribute("data-entity") : null;
  }
  document.addEventListener("mouseover", function (ev) {
    var n = entityOf(ev);
    if (n !== null && pinned === null) { show(n); }
  });
  document.addEventListener("mouseout", function (ev) {
    if (pinned === null && entityOf(ev) !== null) { show(null); }
  });
  document.addEventListener("click", function (ev) {
    var n = entityOf(ev);
    pinned = (n === null || n === pinned) ? null : n;
    document.body.classList.toggle("pinned", pinned !== null);
    show(pinned !== null ? pinned : n);
  });
})();
