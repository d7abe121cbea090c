/* The review page: each decision is confirmed, then posted to /api/review/… and the page reloads.
   Besides the suggested bureaus, a curator may pick any bureau of the government as the target:
   the choices come from /api/review/bureaus, and a name not among them is refused here as it
   would be by the server. */
(function () {
  "use strict";
  var status = document.getElementById("review-status");
  var error = document.getElementById("review-error");
  var keyField = document.getElementById("api-key");
  if (keyField) { keyField.value = sessionStorage.getItem("mkg-api-key") || ""; }
  // What each error of the API is called in Chinese, decided on the server (viz/style.py).
  var errorNames = JSON.parse(document.getElementById("review-data").textContent).errors;

  function showError(text) {
    status.textContent = "";
    error.textContent = text;
    error.hidden = false;
  }

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
        if (!res.ok) { showError("未能应用：" + (errorNames[res.body.error] || "服务出错") + "。"); return; }
        status.textContent = "已应用，重写了 " + Object.keys(res.body.files || {}).length + " 份纪要。";
        window.location.reload();
      })
      .catch(function () { showError("无法连接服务。"); });
  }

  // A decision rewrites every minutes file it touches at once: ask before taking it.
  function confirmed(question) {
    return window.confirm(question + "\n\n该决定会立即重写所有相关纪要，之后可在“已作出的决定”中撤销。");
  }

  var choices = {};  // government → promise of its bureaus' names
  function bureausOf(government) {
    if (!choices[government]) {
      choices[government] = fetch("/api/review/bureaus?government=" + encodeURIComponent(government),
                                  { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (list) { return list.map(function (b) { return b.name; }); })
        .catch(function () { return []; });
    }
    return choices[government];
  }

  function addPicker(item, index, merge) {
    var row = item.querySelector(".choices");
    var label = document.createElement("label");
    label.className = "merge-pick";
    label.textContent = "或合并到 ";
    var input = document.createElement("input");
    input.className = "merge-target";
    input.setAttribute("list", "merge-targets-" + index);
    input.setAttribute("aria-label", "合并到的部门");
    input.placeholder = "选择本政府的部门";
    var list = document.createElement("datalist");
    list.id = "merge-targets-" + index;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "merge-picked";
    button.textContent = "合并";
    label.appendChild(input);
    label.appendChild(list);
    row.insertBefore(label, item.querySelector("button.split"));
    row.insertBefore(button, item.querySelector("button.split"));
    var names = bureausOf(item.dataset.government).then(function (all) {
      all.filter(function (name) { return name !== item.dataset.name; }).forEach(function (name) {
        var option = document.createElement("option");
        option.value = name;
        list.appendChild(option);
      });
      return all;
    });
    button.addEventListener("click", function () {
      var target = input.value.trim();
      names.then(function (all) {
        if (all.indexOf(target) < 0 || target === item.dataset.name) {
          showError("请从列表中选择" + item.dataset.government + "已有的部门：“" + target + "”不在其中。");
          return;
        }
        merge(target);
      });
    });
  }

  document.querySelectorAll(".review-item").forEach(function (item, index) {
    var base = function () {
      var from = item.querySelector(".valid-from").value;
      return { government: item.dataset.government, name: item.dataset.name, valid_from: from || null };
    };
    var merge = function (into) {
      if (!confirmed("确定“" + item.dataset.name + "”是“" + into + "”（" + item.dataset.government + "）吗？")) { return; }
      var body = base(); body.into = into;
      post("/api/review/merge", body);
    };
    item.querySelectorAll("button.merge").forEach(function (button) {
      button.addEventListener("click", function () { merge(button.dataset.into); });
    });
    item.querySelector("button.split").addEventListener("click", function () {
      if (!confirmed("确定“" + item.dataset.name + "”是独立单位吗？")) { return; }
      post("/api/review/split", base());
    });
    addPicker(item, index, merge);
  });
  document.querySelectorAll("button.withdraw").forEach(function (button) {
    button.addEventListener("click", function () {
      if (!window.confirm("确定撤销这个决定吗？相关纪要会按撤销后的结果重写。")) { return; }
      post("/api/review/decisions/" + encodeURIComponent(button.dataset.id) + "/withdraw", null);
    });
  });
})();
