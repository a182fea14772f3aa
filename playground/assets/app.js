// The playground page: two editors, the panes, and the one API call that
// fills them (POST /api/analyze), debounced as the user types.
"use strict";
(function () {
  const E = window.PeglabEditor;
  const $ = id => document.getElementById(id);
  const fragFiles = ["ext.gram", "Tokens", "ext.asdl", "ext.py"];
  const state = {frag: {"ext.gram": "", "Tokens": "", "ext.asdl": "", "ext.py": ""}, fragTab: "ext.gram", seq: 0, timer: 0, grammarErrors: []};
  let source, fragment;

  function debounce() {
    clearTimeout(state.timer);
    state.timer = setTimeout(analyze, 300);
  }

  function enabledExts() {
    return Array.from(document.querySelectorAll("#exts input:checked")).map(i => i.value);
  }

  async function analyze() {
    const seq = ++state.seq;
    const req = {source: source.state.doc.toString(), mode: $("mode").value, ext: enabledExts()};
    if ($("live-ext").checked) req.ext_dir_files = Object.assign({}, state.frag);
    setStatus("analyzing…");
    let resp, body;
    try {
      resp = await fetch("/api/analyze", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(req)});
      body = await resp.json();
    } catch (e) {
      if (seq === state.seq) setStatus("server unreachable: " + e, true);
      return;
    }
    if (seq !== state.seq) return; // a newer edit is on its way
    if (!resp.ok) { setStatus(body.error || resp.statusText, true); return; }
    render(body);
    const n = (body.errors || []).length + (body.grammar_errors || []).length;
    setStatus((n ? n + " error" + (n > 1 ? "s" : "") + " · " : "") + body.elapsed_ms.toFixed(1) + " ms", n > 0);
  }

  function setStatus(text, isError) {
    const s = $("status");
    s.textContent = text;
    s.className = isError ? "error" : "";
  }

  function render(r) {
    $("tokens").textContent = r.tokens || "";
    $("symtable").textContent = r.symtable || "";
    $("dis").textContent = r.dis || "";
    $("ast-dump").textContent = r.ast_text || "";
    renderTree(r.ast);
    renderOutput(r.output, r.errors);
    renderRailroad(r.railroad);
    const diags = (r.errors || []).filter(e => e.line).map(e => ({
      line: e.line, col: e.col, endLine: e.end_line, endCol: e.end_col, message: (e.type ? e.type + ": " : "") + e.message}));
    E.showDiagnostics(source, diags);
    state.grammarErrors = r.grammar_errors || [];
    showFragmentDiagnostics();
  }

  function showFragmentDiagnostics() {
    const diags = state.grammarErrors.filter(e => !e.file || e.file.endsWith(state.fragTab)).filter(e => e.line).map(e => ({
      line: e.line, col: Math.max(0, e.col - 1), message: e.message}));
    E.showDiagnostics(fragment, diags);
    for (const b of document.querySelectorAll("#frag-tabs button")) {
      const bad = state.grammarErrors.some(e => e.file && e.file.endsWith(b.dataset.file));
      b.classList.toggle("err", bad);
    }
  }

  function renderOutput(out, errors) {
    const el = $("output");
    el.textContent = "";
    const add = (text, cls) => { const s = document.createElement("span"); if (cls) s.className = cls; s.textContent = text; el.appendChild(s); };
    for (const e of errors || []) add((e.text || e.message) + "\n", "err");
    if (!out) return;
    add(out.stdout);
    if (out.stderr) add(out.stderr, "err");
    if (out.timed_out) add("\n[stopped: the program ran past the time limit]\n", "err");
    if (out.truncated) add("\n[output cut at the size limit]\n", "muted");
    add("\n[exit status " + out.exit + "]", "muted");
  }

  function renderRailroad(list) {
    const el = $("railroad");
    el.textContent = "";
    if (!list || !list.length) { el.innerHTML = '<span class="muted">enable an extension to see the rules it adds or changes</span>'; return; }
    for (const d of list) {
      const div = document.createElement("div");
      div.innerHTML = d.svg; // our own server's SVG, built from the grammar model
      el.appendChild(div);
    }
  }

  function renderTree(tree) {
    const root = $("ast");
    root.textContent = "";
    if (!tree) return;
    const ul = document.createElement("ul");
    ul.appendChild(treeItem(tree, null));
    root.appendChild(ul);
  }

  function treeItem(node, fieldName) {
    const li = document.createElement("li");
    const hasKids = (node.fields || []).some(f => f.node || (f.list && f.list.length));
    const toggle = document.createElement("span");
    toggle.className = "toggle";
    toggle.textContent = hasKids ? "▾" : "";
    toggle.onclick = ev => { ev.stopPropagation(); li.classList.toggle("closed"); toggle.textContent = li.classList.contains("closed") ? "▸" : "▾"; };
    li.appendChild(toggle);
    const label = document.createElement("span");
    label.className = "node";
    if (fieldName) label.appendChild(span(fieldName + "=", "fld"));
    label.appendChild(span(node.class, "cls"));
    const scalars = (node.fields || []).filter(f => f.value !== undefined && f.value !== "" || f.items);
    if (scalars.length) {
      label.appendChild(document.createTextNode("("));
      scalars.forEach((f, i) => {
        if (i) label.appendChild(document.createTextNode(", "));
        label.appendChild(span(f.name + "=", "fld"));
        label.appendChild(span(f.items ? "[" + f.items.join(", ") + "]" : f.value, "val"));
      });
      label.appendChild(document.createTextNode(")"));
    }
    if (node.span) {
      label.title = "line " + node.span[0] + " col " + node.span[1] + " – line " + node.span[2] + " col " + node.span[3];
      label.dataset.span = node.span.join(",");
      label.onclick = () => {
        for (const s of document.querySelectorAll(".tree .selected")) s.classList.remove("selected");
        label.classList.add("selected");
        E.highlight(source, node.span);
      };
    }
    li.appendChild(label);
    if (hasKids) {
      const ul = document.createElement("ul");
      for (const f of node.fields) {
        if (f.node) ul.appendChild(treeItem(f.node, f.name));
        if (f.list) f.list.forEach((n, i) => ul.appendChild(treeItem(n, f.name + "[" + i + "]")));
      }
      li.appendChild(ul);
    }
    return li;
  }

  function span(text, cls) {
    const s = document.createElement("span");
    s.className = cls;
    s.textContent = text;
    return s;
  }

  function showFragTab(name) {
    state.frag[state.fragTab] = fragment.state.doc.toString();
    state.fragTab = name;
    E.setText(fragment, state.frag[name] || "");
    for (const b of document.querySelectorAll("#frag-tabs button")) b.classList.toggle("active", b.dataset.file === name);
    showFragmentDiagnostics();
  }

  async function init() {
    const info = await (await fetch("/api/extensions")).json();
    const exts = $("exts");
    for (const e of info.extensions || []) {
      const l = document.createElement("label");
      l.title = e.summary;
      l.innerHTML = '<input type="checkbox">';
      l.firstChild.value = e.name;
      l.firstChild.id = "ext-" + e.name;
      l.firstChild.onchange = debounce;
      l.appendChild(document.createTextNode(e.name));
      exts.appendChild(l);
    }
    const tabs = $("frag-tabs");
    for (const f of fragFiles) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = f;
      b.dataset.file = f;
      b.onclick = () => showFragTab(f);
      tabs.appendChild(b);
    }
    source = E.create($("source"), info.example || "", {language: "python", onChange: debounce});
    fragment = E.create($("fragment"), "", {onChange: text => { state.frag[state.fragTab] = text; if ($("live-ext").checked) debounce(); }});
    showFragTab("ext.gram");
    $("mode").onchange = debounce;
    $("live-ext").onchange = debounce;
    $("ast-text").onchange = () => { $("ast-dump").hidden = !$("ast-text").checked; $("ast").hidden = $("ast-text").checked; };
    $("starter").onclick = () => {
      Object.assign(state.frag, info.starter || {});
      E.setText(fragment, state.frag[state.fragTab] || "");
      $("live-ext").checked = true;
      debounce();
    };
    window.peglab = {source, fragment, analyze, state}; // for tests and the curious
    analyze();
  }

  init().catch(e => setStatus("could not start: " + e, true));
})();
