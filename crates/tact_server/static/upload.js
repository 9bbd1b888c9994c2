// Drag-and-drop uploads with progress. Without JavaScript the same form posts normally.
(function () {
  var form = document.getElementById("upload-form");
  if (!form || !window.fetch) return;
  var drop = document.getElementById("drop");
  var input = document.getElementById("file");
  var bar = document.getElementById("progress");
  var results = document.getElementById("results");
  var csrf = form.querySelector("input[name=csrf]").value;
  var format = document.getElementById("format");

  ["dragenter", "dragover"].forEach(function (e) {
    drop.addEventListener(e, function (ev) { ev.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (e) {
    drop.addEventListener(e, function (ev) { ev.preventDefault(); drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (ev) { send(Array.prototype.slice.call(ev.dataTransfer.files)); });
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    send(Array.prototype.slice.call(input.files));
  });

  function text(tag, content, cls) {
    var el = document.createElement(tag);
    el.textContent = content;
    if (cls) el.className = cls;
    return el;
  }

  function show(name, answer, failed) {
    var art = document.createElement("article");
    art.className = "result";
    art.appendChild(text("h2", name));
    if (failed) {
      art.appendChild(text("p", failed, "error"));
    } else {
      art.appendChild(text("p", form.dataset.stored.replace("{n}", answer.stored)));
      if (answer.errors.length) {
        art.appendChild(text("p", form.dataset.errors.replace("{n}", answer.errors.length), "error"));
        var ul = document.createElement("ul");
        ul.className = "errors";
        answer.errors.forEach(function (e) {
          ul.appendChild(text("li", (e.line ? form.dataset.line.replace("{n}", e.line) + ": " : "") + e.reason));
        });
        art.appendChild(ul);
      }
    }
    results.appendChild(art);
  }

  function send(files) {
    if (!files.length) return;
    results.textContent = "";
    bar.hidden = false;
    var i = 0;
    (function next() {
      if (i >= files.length) { bar.value = 100; return; }
      var f = files[i++];
      var xhr = new XMLHttpRequest();
      var url = "/api/v1/conversations?name=" + encodeURIComponent(f.name) +
        (format.value ? "&format=" + encodeURIComponent(format.value) : "");
      xhr.open("POST", url);
      xhr.setRequestHeader("X-CSRF-Token", csrf);
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) bar.value = Math.round(((i - 1) + e.loaded / e.total) / files.length * 100);
      };
      xhr.onload = function () {
        if (xhr.status === 200) show(f.name, JSON.parse(xhr.responseText));
        else show(f.name, null, xhr.status + " " + xhr.responseText);
        next();
      };
      xhr.onerror = function () { show(f.name, null, "network error"); next(); };
      xhr.send(f);
    })();
  }
})();
