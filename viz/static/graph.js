/* Graph views of Minutes KG: vis-network over items built on the server (pyvis), expanded
   through GET /api/subgraph, filtered, searched and exported in the browser.
   Names and sentences are only ever set as text (textContent), never as markup. */
(function () {
  "use strict";

  var EXPAND_LIMIT = 60;
  var FONT_FACE = '"Noto Sans SC", sans-serif';
  /* A canvas draws with whatever font is loaded when it draws and never again: wait for the web
     font (it is only fetched once some text asks for it), or go on without it if it fails. */
  var fontReady = (document.fonts ? document.fonts.load('13px "Noto Sans SC"', "会议部门")
    : Promise.resolve()).catch(function () {});
  var MAX_VIEW = 1500;
  var FIELDS = ["government", "aliases", "title", "doc_number", "date", "ordinal", "chair",
    "chair_title", "item", "role", "kind", "directive", "alias", "meeting"];

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function short(name, limit) {
    return name.length <= limit ? name : name.slice(0, limit - 1) + "…";
  }

  function valueText(value) {
    if (Array.isArray(value)) return value.join("、");
    if (value && typeof value === "object") return JSON.stringify(value);
    return String(value);
  }

  function caption(style, raw) {
    var name = (style.edges[raw.type] || {}).name || raw.type;
    var props = raw.props || {};
    var detail = style.roles[props.role] || style.kinds[props.kind];
    return detail ? name + "·" + detail : name;
  }

  /* Every district has a 区应急管理局: a bureau's name is shown with its government. */
  function withGovernment(raw) {
    var gov = (raw.props || {}).government;
    return raw.label === "Bureau" && gov ? raw.name + "（" + gov + "）" : raw.name;
  }

  function tooltip(style, raw, isEdge, names) {
    var box = el("div", "tip");
    var props = raw.props || {};
    if (isEdge) {
      box.appendChild(el("div", "tip-head", caption(style, raw)));
      box.appendChild(el("div", "tip-sub", (names[raw.source] || raw.source) + " → " +
        (names[raw.target] || raw.target)));
    } else {
      box.appendChild(el("div", "tip-head", withGovernment(raw)));
      box.appendChild(el("div", "tip-sub", ((style.nodes[raw.label] || {}).name || raw.label) +
        " · " + raw.id));
    }
    FIELDS.forEach(function (key) {
      if (props[key] === undefined || props[key] === null || key === "role" || key === "kind") return;
      box.appendChild(el("div", "tip-row", (style.props[key] || key) + "：" + valueText(props[key])));
    });
    if (props.evidence) box.appendChild(el("blockquote", "tip-evidence", props.evidence));
    return box;
  }

  function visNode(style, raw, center) {
    var s = style.nodes[raw.label] || { color: "#999999", shape: "dot" };
    return { id: raw.id, label: short(raw.name || raw.id, style.labelChars), shape: s.shape,
      color: s.color, size: raw.id === center ? 22 : 14, borderWidth: raw.id === center ? 3 : 1,
      raw: raw };
  }

  function visEdge(style, raw) {
    var s = style.edges[raw.type] || style.edges.RELATED_TO;
    return { id: raw.id, from: raw.source, to: raw.target, label: caption(style, raw),
      color: s.color, dashes: s.dashes, raw: raw };
  }

  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    saveUrl(name, url);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function saveUrl(name, url) {
    var link = el("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function graphml(nodes, edges) {
    var ns = "http://graphml.graphdrawing.org/xmlns";
    var doc = document.implementation.createDocument(ns, "graphml", null);
    var root = doc.documentElement;
    [["label", "node"], ["name", "node"], ["props", "node"], ["type", "edge"],
      ["evidence", "edge"], ["props", "edge"]].forEach(function (pair) {
      var key = doc.createElementNS(ns, "key");
      key.setAttribute("id", pair[1][0] + "_" + pair[0]);
      key.setAttribute("for", pair[1]);
      key.setAttribute("attr.name", pair[0]);
      key.setAttribute("attr.type", "string");
      root.appendChild(key);
    });
    var graph = doc.createElementNS(ns, "graph");
    graph.setAttribute("edgedefault", "directed");
    root.appendChild(graph);
    function item(tag, attrs, data) {
      var node = doc.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
      Object.keys(data).forEach(function (k) {
        var d = doc.createElementNS(ns, "data");
        d.setAttribute("key", tag[0] + "_" + k);
        d.textContent = data[k];
        node.appendChild(d);
      });
      graph.appendChild(node);
    }
    nodes.forEach(function (n) {
      item("node", { id: n.id }, { label: n.label, name: n.name, props: JSON.stringify(n.props || {}) });
    });
    edges.forEach(function (e) {
      item("edge", { id: e.id, source: e.source, target: e.target },
        { type: e.type, evidence: (e.props || {}).evidence || "", props: JSON.stringify(e.props || {}) });
    });
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
  }

  /* A graph in `container` from raw graph models; returns the handle the pages use. */
  function create(container, options, style, rawNodes, rawEdges, center, onStatus) {
    var names = {};
    var hidden = { labels: new Set(), types: new Set() };
    var nodes = new vis.DataSet();
    var edges = new vis.DataSet();
    var nodeView = new vis.DataView(nodes, { filter: function (n) { return !hidden.labels.has(n.raw.label); } });
    var edgeView = new vis.DataView(edges, { filter: function (e) { return !hidden.types.has(e.raw.type); } });
    function add(builtNodes, builtEdges) {
      builtNodes.forEach(function (n) { names[n.raw.id] = withGovernment(n.raw); });
      nodes.add(builtNodes.filter(function (n) { return !nodes.get(n.id); }).map(function (n) {
        n.title = tooltip(style, n.raw, false, names); return n;
      }));
      edges.add(builtEdges.filter(function (e) { return !edges.get(e.id) && nodes.get(e.from) && nodes.get(e.to); }).map(function (e) {
        e.title = tooltip(style, e.raw, true, names); return e;
      }));
    }
    add(rawNodes, rawEdges);
    container.classList.add("g-settling");
    var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
    network.on("beforeDrawing", function (ctx) {
      ctx.save(); ctx.setTransform(1, 0, 0, 1, 0, 0); ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height); ctx.restore();
    });
    network.on("stabilizationProgress", function (p) {
      onStatus("正在布局… " + Math.round(100 * p.iterations / p.total) + "%");
    });
    network.once("stabilizationIterationsDone", function () { settled(); });
    function settled() {
      network.setOptions({ physics: { enabled: false } });
      container.classList.remove("g-settling");
      container.dataset.ready = "true";
      onStatus("共 " + nodeView.length + " 个节点、" + edgeView.length + " 条关系。");
    }
    if (!options.physics || options.physics.enabled === false) settled();
    var handle = {
      network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
      hidden: hidden, style: style, names: names,
      addRaw: function (rawN, rawE, near) {
        var pos = near && network.getPositions([near])[near];
        var builtN = rawN.filter(function (n) { return !nodes.get(n.id); }).map(function (n) {
          var v = visNode(style, n, center);
          if (pos) { v.x = pos.x + (Math.random() - 0.5) * 200; v.y = pos.y + (Math.random() - 0.5) * 200; }
          return v;
        });
        var before = edges.length;
        add(builtN, rawE.map(function (e) { return visEdge(style, e); }));
        return { nodes: builtN.length, edges: edges.length - before };
      },
      relayout: function () {
        network.setOptions({ physics: { enabled: true } });
        network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: { enabled: false } }); });
        network.stabilize(120);
      },
      refresh: function () { nodeView.refresh(); edgeView.refresh(); },
      visibleRaw: function () {
        return { nodes: nodeView.get().map(function (n) { return n.raw; }),
          edges: edgeView.get().filter(function (e) { return nodeView.get(e.from) && nodeView.get(e.to); })
            .map(function (e) { return e.raw; }) };
      },
      exportPng: function (name) {
        saveUrl(name + ".png", container.querySelector("canvas").toDataURL("image/png"));
      },
      exportJson: function (name) {
        download(name + ".json", "application/json", JSON.stringify(handle.visibleRaw(), null, 1));
      },
      exportGraphml: function (name) {
        var v = handle.visibleRaw();
        download(name + ".graphml", "application/graphml+xml", graphml(v.nodes, v.edges));
      }
    };
    return handle;
  }

  function fromRaw(container, style, rawNodes, rawEdges, onStatus) {
    var options = { nodes: { size: 14, font: { size: 13, face: FONT_FACE } },
      edges: { arrows: { to: { enabled: true, scaleFactor: 0.6 } },
        font: { size: 10, face: FONT_FACE, align: "middle" } },
      interaction: { hover: true, tooltipDelay: 150 },
      physics: { solver: "barnesHut", stabilization: { enabled: true, iterations: 300, fit: true } } };
    return create(container, options, style, rawNodes.map(function (n) { return visNode(style, n, null); }),
      rawEdges.map(function (e) { return visEdge(style, e); }), null, onStatus);
  }

  function expand(handle, id, onStatus) {
    if (handle.nodes.length >= MAX_VIEW) {
      onStatus("图中已有 " + handle.nodes.length + " 个节点，不再展开；请打开该节点自己的关系图。");
      return;
    }
    onStatus("正在展开“" + (handle.names[id] || id) + "”…");
    var url = "/api/subgraph?depth=1&limit=" + EXPAND_LIMIT + "&node=" + encodeURIComponent(id) +
      (handle.asOf ? "&as_of=" + encodeURIComponent(handle.asOf) : "");
    fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (res) {
      if (!res.ok) { onStatus("展开失败：" + (res.body.message || "未知错误")); return; }
      var added = handle.addRaw(res.body.nodes, res.body.edges, id);
      handle.expanded.add(id);
      var more = res.body.truncated ? "（相邻节点过多，只取了前 " + EXPAND_LIMIT + " 个；打开其关系图可看全部）" : "";
      onStatus("展开“" + (handle.names[id] || id) + "”：新增 " + added.nodes + " 个节点、" + added.edges + " 条关系" + more + "。");
      if (added.nodes) handle.relayout();
    }).catch(function (err) { onStatus("展开失败：" + err); });
  }

  function pageHref(raw) {
    return (raw.label === "Meeting" ? "/meetings/" : "/nodes/") + encodeURIComponent(raw.id);
  }

  function wireClicks(handle, onStatus) {
    var timer = null;
    handle.expanded = new Set();
    handle.network.on("click", function (p) {
      if (p.nodes.length !== 1) return;
      var id = p.nodes[0];
      clearTimeout(timer);
      timer = setTimeout(function () { if (!handle.expanded.has(id)) expand(handle, id, onStatus); }, 280);
    });
    handle.network.on("doubleClick", function (p) {
      clearTimeout(timer);
      if (p.nodes.length === 1) window.location.href = pageHref(handle.nodes.get(p.nodes[0]).raw);
    });
  }

  function wireSearch(section, handle, onStatus) {
    var input = section.querySelector(".g-search");
    var matches = [], at = 0;
    function find() {
      var q = input.value.trim().toLowerCase();
      matches = q ? handle.nodeView.get().filter(function (n) {
        return (n.raw.name || "").toLowerCase().indexOf(q) >= 0 || n.raw.id.toLowerCase().indexOf(q) >= 0;
      }).map(function (n) { return n.id; }) : [];
      at = 0;
      handle.network.selectNodes(matches);
      onStatus(q ? "找到 " + matches.length + " 个名称含“" + input.value.trim() + "”的节点" + (matches.length ? "，按回车逐个定位。" : "。") : "");
    }
    input.addEventListener("input", find);
    input.addEventListener("keydown", function (ev) {
      if (ev.key !== "Enter" || !matches.length) return;
      ev.preventDefault();
      handle.network.focus(matches[at % matches.length], { scale: 1.3, animation: true });
      at += 1;
    });
  }

  function wireFilters(section, handle) {
    [[".g-labels", "labels"], [".g-types", "types"]].forEach(function (pair) {
      section.querySelectorAll(pair[0] + " input").forEach(function (box) {
        box.addEventListener("change", function () {
          if (box.checked) handle.hidden[pair[1]].delete(box.value); else handle.hidden[pair[1]].add(box.value);
          handle.refresh();
        });
      });
    });
  }

  function wireButtons(section, handle, name) {
    section.querySelector(".g-fit").addEventListener("click", function () { handle.network.fit({ animation: true }); });
    section.querySelector(".g-png").addEventListener("click", function () { handle.exportPng(name); });
    section.querySelector(".g-json").addEventListener("click", function () { handle.exportJson(name); });
    section.querySelector(".g-graphml").addEventListener("click", function () { handle.exportGraphml(name); });
  }

  function init(section) {
    var data = JSON.parse(section.querySelector(".g-data").textContent);
    var status = section.querySelector(".g-status");
    function onStatus(text) { status.textContent = text; }
    var style = data.style;
    var handle = create(section.querySelector(".g-canvas"), data.view.options, style,
      data.view.nodes, data.view.edges, data.center, onStatus);
    wireClicks(handle, onStatus);
    wireSearch(section, handle, onStatus);
    wireFilters(section, handle);
    wireButtons(section, handle, "minutes-kg-graph");
    handle.asOf = data.as_of || null;  // an as-of view expands within the same date
    section.graph = handle;
  }

  window.MinutesGraph = { fromRaw: fromRaw, wireClicks: wireClicks, fontReady: fontReady };
  fontReady.then(function () { document.querySelectorAll("[data-graph]").forEach(init); });
})();
