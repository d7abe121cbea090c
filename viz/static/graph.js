/* Graph views of Minutes KG: draws with vis-network the items the server built (viz/network.py:
   places, sizes, captions, merged edges, tooltips as data), expands a node through /views/graph,
   shows an edge's sentences when it is clicked (a page's graph comes without them), filters and
   searches. Exports are the server's (/api/export). Names and sentences are only ever set as
   text (textContent), never as markup. */
(function () {
  "use strict";

  var EXPAND_LIMIT = 60;
  var MAX_VIEW = 1500;
  /* A canvas draws with whatever font is loaded when it draws and never again: wait for the web
     font (it is only fetched once some text asks for it), or go on without it if it fails. */
  var fontReady = (document.fonts ? document.fonts.load('13px "Noto Sans SC"', "会议部门")
    : Promise.resolve()).catch(function () {});

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /* A tooltip from the server's data: a heading, a line under it, rows and quoted sentences. */
  function tooltip(tip) {
    var box = el("div", "tip");
    box.appendChild(el("div", "tip-head", tip.head));
    box.appendChild(el("div", "tip-sub", tip.sub));
    tip.rows.forEach(function (row) { box.appendChild(el("div", "tip-row", row[0] + "：" + row[1])); });
    tip.quotes.forEach(function (text) { box.appendChild(el("blockquote", "tip-evidence", text)); });
    if (tip.more) box.appendChild(el("div", "tip-row", tip.more));
    return box;
  }

  function withTitle(item) {
    item.title = tooltip(item.tip);
    return item;
  }

  function saveUrl(name, url) {
    var link = el("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function summary(handle) {
    return "共 " + handle.nodeView.length + " 个节点、" + handle.edgeView.length + " 条关系。";
  }

  /* A graph in `container` from a view the server built; returns the handle the pages use. */
  function create(container, view, onStatus) {
    var hidden = { labels: new Set(), types: new Set() };
    var nodes = new vis.DataSet(view.nodes.map(withTitle));
    var edges = new vis.DataSet(view.edges.map(withTitle));
    var nodeView = new vis.DataView(nodes, { filter: function (n) { return !hidden.labels.has(n.kind); } });
    var edgeView = new vis.DataView(edges, { filter: function (e) { return !hidden.types.has(e.type); } });
    var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, view.options);
    network.on("beforeDrawing", function (ctx) {
      ctx.save(); ctx.setTransform(1, 0, 0, 1, 0, 0); ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height); ctx.restore();
    });
    network.on("stabilizationProgress", function (p) {
      onStatus("正在布局… " + Math.round(100 * p.iterations / p.total) + "%");
    });
    var handle = {
      network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
      hidden: hidden,
      /* Adds the nodes and edges of a view, the new nodes placed around `near` as the server laid
         them out around it; answers how many were new. */
      add: function (more, near) {
        var pos = near && network.getPositions([near])[near];
        var origin = more.nodes.filter(function (n) { return n.id === near; })[0];
        var added = more.nodes.filter(function (n) { return !nodes.get(n.id); }).map(function (n) {
          if (pos) {
            var center = origin || { x: 0, y: 0 };
            n.x = pos.x + n.x - center.x;
            n.y = pos.y + n.y - center.y;
          }
          return withTitle(n);
        });
        var newEdges = more.edges.filter(function (e) { return !edges.get(e.id); }).map(withTitle);
        nodes.add(added);
        edges.add(newEdges);
        return { nodes: added, edges: newEdges.length };
      },
      /* Lets only the new nodes move until they settle among the others, then says so. */
      settle: function (added, done) {
        var moving = new Set(added.map(function (n) { return n.id; }));
        nodes.update(nodes.get().map(function (n) { return { id: n.id, fixed: !moving.has(n.id) }; }));
        network.setOptions({ physics: { enabled: true } });
        network.once("stabilizationIterationsDone", function () {
          network.setOptions({ physics: { enabled: false } });
          nodes.update(nodes.get().map(function (n) { return { id: n.id, fixed: false }; }));
          done();
        });
        network.stabilize(150);
      },
      refresh: function () { nodeView.refresh(); edgeView.refresh(); },
      exportPng: function (name) {
        saveUrl(name + ".png", container.querySelector("canvas").toDataURL("image/png"));
      }
    };
    container.dataset.ready = "true";
    onStatus(summary(handle));
    return handle;
  }

  function expand(handle, id, onStatus) {
    if (handle.nodes.length >= MAX_VIEW) {
      onStatus("图中已有 " + handle.nodes.length + " 个节点，不再展开；请打开该节点自己的关系图。");
      return;
    }
    var name = (handle.nodes.get(id) || {}).name || id;
    onStatus("正在展开“" + name + "”…");
    var url = "/views/graph?depth=1&limit=" + EXPAND_LIMIT + "&node=" + encodeURIComponent(id) +
      (handle.asOf ? "&as_of=" + encodeURIComponent(handle.asOf) : "");
    fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (res) {
      if (!res.ok) { onStatus("展开失败：" + (res.body.message || "未知错误")); return; }
      var added = handle.add(res.body, id);
      handle.expanded.add(id);
      var more = res.body.truncated ? "（相邻节点过多，只取了前 " + EXPAND_LIMIT + " 个；打开其关系图可看全部）" : "";
      var told = "展开“" + name + "”：新增 " + added.nodes.length + " 个节点、" + added.edges + " 条关系" + more + "。";
      if (added.nodes.length) {
        handle.settle(added.nodes, function () { onStatus(told + summary(handle)); });
      } else {
        onStatus(told + summary(handle));
      }
    }).catch(function (err) { onStatus("展开失败：" + err); });
  }

  /* Which end of an edge to ask from: the one with the fewest edges, which the store walks to
     find the other end (a meeting holds its own items' facts, a bureau those of every meeting it
     was named in). */
  var FEWEST_EDGES = { Meeting: 0, PolicyPlan: 1, Initiative: 2, Bureau: 3 };

  function fewest(handle, id) {
    var rank = FEWEST_EDGES[(handle.nodes.get(id) || {}).kind];
    return rank === undefined ? 4 : rank;
  }

  /* The sentences of a drawn edge, each once: those of the facts of its pair and type, read from
     the edges between its ends (GET /api/nodes/{id}?other=…), in the order of their ids. */
  function sentences(handle, item) {
    var ends = [item.from, item.to].sort(function (a, b) { return fewest(handle, a) - fewest(handle, b); });
    var url = "/api/nodes/" + encodeURIComponent(ends[0]) + "?other=" + encodeURIComponent(ends[1]) +
      (handle.asOf ? "&as_of=" + encodeURIComponent(handle.asOf) : "");
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    }).then(function (body) {
      var found = new Set();
      body.edges.forEach(function (view) {
        var text = view.edge.props.evidence;
        if (view.other.id === ends[1] && view.edge.type === item.type && text) found.add(text);
      });
      return Array.from(found);
    });
  }

  function showEvidence(panel, item, quotes) {
    panel.replaceChildren(el("div", "tip-head", item.tip.head), el("div", "tip-sub", item.tip.sub));
    item.tip.rows.forEach(function (row) { panel.appendChild(el("div", "tip-row", row[0] + "：" + row[1])); });
    if (!quotes.length) panel.appendChild(el("p", "muted", "这条关系没有记录原句。"));
    quotes.forEach(function (text) { panel.appendChild(el("blockquote", "evidence", text)); });
    panel.hidden = false;
  }

  /* Shows the sentences of the clicked edge in `panel`, fetched once per edge. */
  function openEdge(handle, id, panel, onStatus) {
    var item = handle.edges.get(id);
    if (!item || !panel) return;
    if (handle.quotes.has(id)) { showEvidence(panel, item, handle.quotes.get(id)); return; }
    panel.replaceChildren(el("div", "tip-head", "正在读取“" + item.tip.head + "”的原句…"));
    panel.hidden = false;
    sentences(handle, item).then(function (quotes) {
      handle.quotes.set(id, quotes);
      showEvidence(panel, item, quotes);
    }).catch(function (err) { onStatus("读取原句失败：" + err.message); panel.hidden = true; });
  }

  function wireClicks(handle, onStatus, panel) {
    var timer = null;
    handle.expanded = new Set();
    handle.quotes = new Map();
    handle.network.on("click", function (p) {
      if (p.nodes.length === 0 && p.edges.length === 1) openEdge(handle, p.edges[0], panel, onStatus);
      if (p.nodes.length !== 1) return;
      var id = p.nodes[0];
      clearTimeout(timer);
      timer = setTimeout(function () { if (!handle.expanded.has(id)) expand(handle, id, onStatus); }, 280);
    });
    handle.network.on("doubleClick", function (p) {
      clearTimeout(timer);
      if (p.nodes.length === 1) window.location.href = handle.nodes.get(p.nodes[0]).href;
    });
  }

  function wireSearch(section, handle, onStatus) {
    var input = section.querySelector(".g-search");
    var matches = [], at = 0;
    function find() {
      var q = input.value.trim().toLowerCase();
      matches = q ? handle.nodeView.get().filter(function (n) {
        return n.name.toLowerCase().indexOf(q) >= 0 || n.id.toLowerCase().indexOf(q) >= 0;
      }).map(function (n) { return n.id; }) : [];
      at = 0;
      handle.network.selectNodes(matches);
      onStatus(q ? "找到 " + matches.length + " 个名称含“" + input.value.trim() + "”的节点" +
        (matches.length ? "，按回车逐个定位。" : "。") : summary(handle));
    }
    input.addEventListener("input", find);
    input.addEventListener("keydown", function (ev) {
      if (ev.key !== "Enter" || !matches.length) return;
      ev.preventDefault();
      handle.network.focus(matches[at % matches.length], { scale: 1.3, animation: true });
      at += 1;
    });
  }

  function wireFilters(section, handle, onStatus) {
    [[".g-labels", "labels"], [".g-types", "types"]].forEach(function (pair) {
      section.querySelectorAll(pair[0] + " input").forEach(function (box) {
        box.addEventListener("change", function () {
          if (box.checked) handle.hidden[pair[1]].delete(box.value); else handle.hidden[pair[1]].add(box.value);
          handle.refresh();
          onStatus(summary(handle));
        });
      });
    });
  }

  function wireButtons(section, handle, exports) {
    section.querySelector(".g-fit").addEventListener("click", function () { handle.network.fit({ animation: true }); });
    section.querySelector(".g-png").addEventListener("click", function () { handle.exportPng("minutes-kg-graph"); });
    section.querySelectorAll("[data-export]").forEach(function (button) {
      button.addEventListener("click", function () { saveUrl("", exports[button.dataset.export]); });
    });
  }

  function init(section) {
    var data = JSON.parse(section.querySelector(".g-data").textContent);
    var status = section.querySelector(".g-status");
    function onStatus(text) { status.textContent = text; }
    var handle = create(section.querySelector(".g-canvas"), data.view, onStatus);
    wireClicks(handle, onStatus, section.querySelector(".g-evidence"));
    wireSearch(section, handle, onStatus);
    wireFilters(section, handle, onStatus);
    wireButtons(section, handle, data.exports);
    handle.asOf = data.as_of || null;  // an as-of view expands within the same date
    section.graph = handle;
  }

  window.MinutesGraph = { create: create, wireClicks: wireClicks, fontReady: fontReady };
  fontReady.then(function () { document.querySelectorAll("[data-graph]").forEach(init); });
})();
