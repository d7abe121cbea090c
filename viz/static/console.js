/* The Cypher console: runs POST /api/cypher, shows rows as a table (and as a graph when nodes
   come back), downloads CSV and JSON. Values are shown as text only. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("console-data").textContent);
  var query = document.getElementById("query");
  var params = document.getElementById("params");
  var status = document.getElementById("status");
  var error = document.getElementById("error");
  var tableBox = document.getElementById("result-table");
  var graphBox = document.getElementById("result-graph");
  var tabTable = document.getElementById("tab-table");
  var tabGraph = document.getElementById("tab-graph");
  var last = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function isNode(v) { return v && typeof v === "object" && "label" in v && "name" in v && "id" in v; }
  function isEdge(v) { return v && typeof v === "object" && "type" in v && "source" in v && "target" in v; }

  function cellText(v) {
    if (v === null || v === undefined) return "";
    if (isNode(v)) return v.name + " (" + v.id + ")";
    if (isEdge(v)) return v.type + " " + v.source + " → " + v.target;
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  }

  function cell(v) {
    var td = el("td");
    if (isNode(v)) {
      var a = el("a", "node-link", v.name);
      a.href = (v.label === "Meeting" ? "/meetings/" : "/nodes/") + encodeURIComponent(v.id);
      td.appendChild(a);
      td.appendChild(el("span", "tag", (data.style.nodes[v.label] || {}).name || v.label));
    } else if (isEdge(v)) {
      td.textContent = v.type + ((v.props || {}).evidence ? "：" + v.props.evidence : "");
    } else {
      td.textContent = cellText(v);
    }
    return td;
  }

  function showTable(result) {
    var table = el("table", "facts");
    var head = el("tr");
    result.columns.forEach(function (c) { head.appendChild(el("th", null, c)); });
    table.appendChild(el("thead")).appendChild(head);
    var body = table.appendChild(el("tbody"));
    result.rows.forEach(function (row) {
      var tr = body.appendChild(el("tr"));
      row.forEach(function (v) { tr.appendChild(cell(v)); });
    });
    tableBox.replaceChildren(table);
  }

  function collect(result) {
    var nodes = {}, edges = {};
    function walk(v) {
      if (Array.isArray(v)) { v.forEach(walk); return; }
      if (isNode(v)) nodes[v.id] = v;
      else if (isEdge(v)) edges[v.id] = v;
    }
    result.rows.forEach(walk);
    return { nodes: Object.values(nodes), edges: Object.values(edges) };
  }

  /* The server draws the nodes and edges (places, sizes, captions); the page only shows them. */
  function showGraph(found) {
    return fetch("/views/graph", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(found) })
      .then(function (r) { return r.json(); })
      .then(function (view) {
        graphBox.hidden = false;
        var handle = window.MinutesGraph.create(graphBox, view,
          function (text) { status.dataset.graph = text; });
        graphBox.hidden = tabGraph.getAttribute("aria-selected") !== "true";
        return handle;
      });
  }

  function selectTab(graph) {
    tabTable.setAttribute("aria-selected", String(!graph));
    tabGraph.setAttribute("aria-selected", String(graph));
    tableBox.hidden = graph;
    graphBox.hidden = !graph;
    if (graph && last && last.graph) last.graph.then(function (g) { g.network.fit(); });
  }

  // A cell a spreadsheet would run as a formula gets an apostrophe in front (numbers stay numbers).
  function csvField(v) {
    var text = cellText(v);
    if (typeof v !== "number" && /^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function save(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = el("a");
    link.href = url; link.download = name;
    document.body.appendChild(link); link.click(); link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function fail(message) {
    error.textContent = message;
    error.hidden = false;
    status.textContent = "";
  }

  function shown(result) {
    error.hidden = true;
    status.textContent = "返回 " + result.rows.length + " 行，用时 " + result.elapsed_ms + " 毫秒" +
      (result.truncated ? "；已截断：超出行数上限的行未返回。" : "。");
    showTable(result);
    var found = collect(result);
    tabGraph.disabled = found.nodes.length === 0;
    last = { result: result, graph: found.nodes.length ? showGraph(found) : null };
    if (!last.graph) selectTab(false);
    document.getElementById("csv").disabled = false;
    document.getElementById("json").disabled = false;
  }

  function run() {
    var values;
    try { values = params.value.trim() ? JSON.parse(params.value) : {}; } catch (e) {
      fail("参数不是有效的 JSON：" + e.message); return;
    }
    status.textContent = "正在运行…";
    fetch("/api/cypher", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: query.value, params: values }) })
      .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, status: r.status, body: b }; }); })
      .then(function (res) { return window.MinutesGraph.fontReady.then(function () { return res; }); })
      .then(function (res) {
        if (res.ok) { shown(res.body); return; }
        var why = { query_refused: "查询被拒绝", query_timeout: "查询超时", invalid_request: "请求有误",
          store_unavailable: "数据库不可用" }[res.body.error] || "出错";
        fail(why + "：" + (res.body.message || res.status));
      })
      .catch(function (e) { fail("无法连接服务：" + e); });
  }

  document.querySelectorAll(".saved-q").forEach(function (button) {
    button.addEventListener("click", function () {
      var q = data.questions.find(function (item) { return item.key === button.dataset.key; });
      query.value = q.query;
      params.value = JSON.stringify(q.params);
      run();
    });
  });
  document.getElementById("run").addEventListener("click", run);
  query.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); run(); }
  });
  tabTable.addEventListener("click", function () { selectTab(false); });
  tabGraph.addEventListener("click", function () { selectTab(true); });
  document.getElementById("csv").addEventListener("click", function () {
    var r = last.result;
    var lines = [r.columns.map(csvField).join(",")].concat(r.rows.map(function (row) {
      return row.map(csvField).join(",");
    }));
    save("minutes-kg-query.csv", "text/csv", "\ufeff" + lines.join("\r\n") + "\r\n");
  });
  document.getElementById("json").addEventListener("click", function () {
    save("minutes-kg-query.json", "application/json", JSON.stringify(last.result, null, 1));
  });
})();
