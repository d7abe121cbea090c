/* The review page: each button posts one decision to /api/review/… and reloads the page. */
(function () {
  "use strict";
  var status = document.getElementById("review-status");
  var error = document.getElementById("review-error");
  var keyField = document.getElementById("api-key");
  if (keyField) { keyField.value = sessionStorage.getItem("mkg-api-key") || ""; }

  function post(url, body) {
    // X-Requested-With: open writes (no key set) are taken only from requests that carry it.
    var headers = { "Content-Type": "application/json", Accept: "application/json",
                    "X-Requested-With": "minutes-kg" };
    if (keyField && keyField.value) {
      sessionStorage.setItem("mkg-api-key", keyField.value);
      headers["X-API-Key"] = keyField.value;
    }
    error.hidden = true;
    status.textContent = "正在应用决定，并重写相关纪要…";
    fetch(url, { method: "POST", headers: headers, body: body ? JSON.stringify(body) : null })
      .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, body: b }; }); })
      .then(function (res) {
        if (!res.ok) {
          status.textContent = "";
          error.textContent = "未能应用：" + (res.body.message || "未知错误");
          error.hidden = false;
          return;
        }
        status.textContent = "已应用，重写了 " + Object.keys(res.body.files || {}).length + " 份纪要。";
        window.location.reload();
      })
      .catch(function () { status.textContent = ""; error.textContent = "无法连接服务。"; error.hidden = false; });
  }

  document.querySelectorAll(".review-item").forEach(function (item) {
    var base = function () {
      var from = item.querySelector(".valid-from").value;
      return { government: item.dataset.government, name: item.dataset.name, valid_from: from || null };
    };
    item.querySelectorAll("button.merge").forEach(function (button) {
      button.addEventListener("click", function () {
        var body = base(); body.into = button.dataset.into;
        post("/api/review/merge", body);
      });
    });
    item.querySelector("button.split").addEventListener("click", function () {
      post("/api/review/split", base());
    });
  });
  document.querySelectorAll("button.withdraw").forEach(function (button) {
    button.addEventListener("click", function () {
      post("/api/review/decisions/" + encodeURIComponent(button.dataset.id) + "/withdraw", null);
    });
  });
})();
