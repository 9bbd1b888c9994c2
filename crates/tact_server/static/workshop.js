// The shared screen follows the meeting: every 3 seconds it fetches the current item's replies
// and votes; when the manager moves to another item it reloads. Without JavaScript a link
// refreshes the page.
(function () {
  var live = document.getElementById("live");
  if (!live || !window.fetch) return;
  var position = live.firstElementChild && live.firstElementChild.dataset.position;
  var typing = function () {
    var a = document.activeElement;
    return a && (a.tagName === "TEXTAREA" || a.tagName === "INPUT");
  };
  setInterval(function () {
    fetch(live.dataset.src, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (html === null) return;
        var box = document.createElement("div");
        box.innerHTML = html;
        var now = box.firstElementChild && box.firstElementChild.dataset.position;
        if (now !== position && !typing()) { location.reload(); return; }
        live.innerHTML = html;
      })
      .catch(function () {});
  }, 3000);
})();
