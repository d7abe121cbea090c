/* The Cypher console: runs POST /api/cypher, shows rows as a table (and as a graph when nodes
   come back), downloads CSV and JSON. The query goes into the address (a link to share), into
   the history and, when named, into the saved queries (both kept in this browser). The schema
   beside the editor comes from GET /api/schema. Values are shown as text only. */
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
  var HISTORY_KEY = "minutes-kg.console.history";
  var SAVED_KEY = "minutes-kg.console.saved";
  var HISTORY_MAX = 30;

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

  function clearResult() {
    last = null;
    tableBox.replaceChildren();
    graphBox.hidden = true;
    tabGraph.disabled = true;
    selectTab(false);
    document.getElementById("csv").disabled = true;
    document.getElementById("json").disabled = true;
  }

  function fail(kind, message) {
    error.textContent = message;
    error.dataset.kind = kind;
    error.hidden = false;
    status.textContent = "";
    clearResult();
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
    error.hidden = true;  // an error is about the query that was run: never left over the next one
    error.textContent = "";
    try { values = params.value.trim() ? JSON.parse(params.value) : {}; } catch (e) {
      fail("params", "参数不是有效的 JSON：" + e.message); return;
    }
    share();
    remember({ query: query.value, params: params.value.trim() || "{}" });
    status.textContent = "正在运行…";
    fetch("/api/cypher", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: query.value, params: values }) })
      .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, status: r.status, body: b }; }); })
      .then(function (res) { return window.MinutesGraph.fontReady.then(function () { return res; }); })
      .then(function (res) {
        if (res.ok) { shown(res.body); return; }
        var why = data.errors[res.body.error] || "出错";
        fail(res.body.error || "error", why + "：" + (res.body.message || res.status));
      })
      .catch(function (e) { fail("network", "无法连接服务：" + e); });
  }

  /* The address holds the query and its parameters, so the page can be shared as a link. */
  function link() {
    var url = new URL(window.location.href);
    url.search = "";
    url.searchParams.set("q", query.value);
    var p = params.value.trim();
    if (p && p !== "{}") url.searchParams.set("params", p);
    return url;
  }

  function share() { window.history.replaceState(null, "", link()); }

  function stored(key) {
    try { return JSON.parse(localStorage.getItem(key) || "[]"); } catch { return []; }
  }

  function keep(key, list) {
    try { localStorage.setItem(key, JSON.stringify(list)); } catch { /* storage full or off */ }
  }

  function same(a, b) { return a.query === b.query && a.params === b.params; }

  function remember(entry) {
    var list = stored(HISTORY_KEY).filter(function (old) { return !same(old, entry); });
    list.unshift(entry);
    keep(HISTORY_KEY, list.slice(0, HISTORY_MAX));
    showLists();
  }

  function open(entry) {
    query.value = entry.query;
    params.value = entry.params;
    run();
  }

  function listItems(box, empty, key, caption) {
    var list = stored(key);
    box.replaceChildren();
    empty.hidden = list.length > 0;
    list.forEach(function (entry, i) {
      var li = el("li");
      var pick = li.appendChild(el("button", "q-open", caption(entry)));
      pick.type = "button";
      pick.title = entry.query;
      pick.addEventListener("click", function () { open(entry); });
      var drop = li.appendChild(el("button", "q-drop", "×"));
      drop.type = "button";
      drop.setAttribute("aria-label", "删除");
      drop.addEventListener("click", function () {
        var rest = stored(key);
        rest.splice(i, 1);
        keep(key, rest);
        showLists();
      });
      box.appendChild(li);
    });
  }

  function showLists() {
    listItems(document.getElementById("saved-list"), document.getElementById("saved-empty"),
      SAVED_KEY, function (e) { return e.name; });
    listItems(document.getElementById("history-list"), document.getElementById("history-empty"),
      HISTORY_KEY, function (e) { return e.query.replace(/\s+/g, " "); });
  }

  function saveQuery() {
    var nameBox = document.getElementById("save-name");
    var name = nameBox.value.trim();
    if (!name) { nameBox.focus(); status.textContent = "请先给查询起个名字。"; return; }
    var entry = { name: name, query: query.value, params: params.value.trim() || "{}" };
    var list = stored(SAVED_KEY).filter(function (old) { return old.name !== name; });
    list.unshift(entry);
    keep(SAVED_KEY, list);
    nameBox.value = "";
    status.textContent = "已保存“" + name + "”。";
    showLists();
  }

  /* Puts `text` where the cursor is in the query, for the schema's names. */
  function insert(text) {
    var at = query.selectionStart, end = query.selectionEnd;
    query.value = query.value.slice(0, at) + text + query.value.slice(end);
    query.focus();
    query.selectionStart = query.selectionEnd = at + text.length;
  }

  function chip(text, insertText, title) {
    var button = el("button", "chip", text);
    button.type = "button";
    if (title) button.title = title;
    button.addEventListener("click", function () { insert(insertText); });
    return button;
  }

  function schemaGroup(title, entries, names, prefix) {
    var box = el("div");
    box.appendChild(el("h3", null, title));
    var dl = box.appendChild(el("dl"));
    entries.forEach(function (entry) {
      var dt = dl.appendChild(el("dt"));
      dt.appendChild(chip(prefix + entry.name, prefix + entry.name, (names[entry.name] || {}).name));
      dt.appendChild(el("span", "muted small", " " + ((names[entry.name] || {}).name || "") + " · " + entry.count));
      var dd = dl.appendChild(el("dd"));
      entry.keys.forEach(function (key) { dd.appendChild(chip(key, "." + key, data.style.props[key])); });
    });
    return box;
  }

  function showSchema(schema) {
    var box = document.getElementById("schema");
    box.replaceChildren(schemaGroup("节点标签", schema.labels, data.style.nodes, ":"),
      schemaGroup("关系类型", schema.types, data.style.edges, ":"));
    var kinds = box.appendChild(el("div"));
    kinds.appendChild(el("h3", null, "RELATED_TO 的 kind 取值"));
    var dd = kinds.appendChild(el("p"));
    schema.kinds.forEach(function (kind) {
      dd.appendChild(chip(kind, "'" + kind + "'", data.style.kinds[kind]));
    });
  }

  function loadSchema() {
    fetch("/api/schema", { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, body: b }; }); })
      .then(function (res) {
        if (res.ok) { showSchema(res.body); return; }
        document.getElementById("schema").replaceChildren(el("p", "error",
          (data.errors[res.body.error] || "出错") + "：" + res.body.message));
      })
      .catch(function (e) { document.getElementById("schema").replaceChildren(el("p", "error", "无法读取图谱结构：" + e)); });
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
  document.getElementById("save").addEventListener("click", saveQuery);
  document.getElementById("copy-link").addEventListener("click", function () {
    share();
    var done = function () { status.textContent = "链接已复制：" + link(); };
    if (navigator.clipboard) navigator.clipboard.writeText(String(link())).then(done, done); else done();
  });
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
  showLists();
  loadSchema();
  if (data.run) run();
})();
