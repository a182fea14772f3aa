// The playground's editor: CodeMirror 6 with Python highlighting, the
// SyntaxError diagnostics peglab reports, and the highlight of the source
// span of the AST node the user clicked. Bundled into
// playground/assets/editor.js by scripts/build-playground.sh; the page
// (playground/assets/app.js) uses only window.PeglabEditor.
import {EditorState, StateEffect, StateField} from "@codemirror/state";
import {EditorView, Decoration, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection} from "@codemirror/view";
import {defaultKeymap, history, historyKeymap, indentWithTab} from "@codemirror/commands";
import {syntaxHighlighting, defaultHighlightStyle, indentOnInput, bracketMatching} from "@codemirror/language";
import {python} from "@codemirror/lang-python";
import {linter, lintGutter, setDiagnostics} from "@codemirror/lint";
import {searchKeymap} from "@codemirror/search";

const setSpan = StateEffect.define();
const spanMark = Decoration.mark({class: "cm-ast-span"});
const spanField = StateField.define({
  create() { return Decoration.none; },
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(setSpan)) {
        deco = e.value ? Decoration.set([spanMark.range(e.value.from, e.value.to)]) : Decoration.none;
      }
    }
    return deco;
  },
  provide: f => EditorView.decorations.from(f),
});

function create(parent, doc, opts) {
  opts = opts || {};
  const extensions = [
    lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), drawSelection(), history(),
    indentOnInput(), bracketMatching(), syntaxHighlighting(defaultHighlightStyle, {fallback: true}),
    keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, indentWithTab]),
    lintGutter(), spanField,
    EditorView.updateListener.of(u => { if (u.docChanged && opts.onChange) opts.onChange(u.state.doc.toString()); }),
    EditorView.theme({"&": {height: "100%"}, ".cm-scroller": {fontFamily: "monospace"}}),
  ];
  if (opts.language === "python") extensions.push(python());
  return new EditorView({state: EditorState.create({doc, extensions}), parent});
}

// offset turns a 1-based line and a 0-based UTF-8 byte column (CPython's
// positions) into a document offset (UTF-16 code units).
function offset(view, line, byteCol) {
  const doc = view.state.doc;
  if (line < 1) return 0;
  if (line > doc.lines) return doc.length;
  const l = doc.line(line);
  let bytes = 0, i = 0;
  const text = l.text;
  while (i < text.length && bytes < byteCol) {
    const cp = text.codePointAt(i);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return l.from + i;
}

// diagnostics: [{line, col, endLine, endCol, message, severity}], columns
// as UTF-8 byte offsets (0-based).
function showDiagnostics(view, diags) {
  const out = [];
  for (const d of diags || []) {
    let from = offset(view, d.line, d.col);
    let to = d.endLine ? offset(view, d.endLine, d.endCol) : from;
    if (to <= from) to = Math.min(from + 1, view.state.doc.length);
    if (from >= to && from > 0) from = to - 1;
    out.push({from, to, severity: d.severity || "error", message: d.message});
  }
  view.dispatch(setDiagnostics(view.state, out));
}

function highlight(view, span) {
  if (!span) { view.dispatch({effects: setSpan.of(null)}); return; }
  const from = offset(view, span[0], span[1]);
  const to = offset(view, span[2], span[3]);
  view.dispatch({effects: setSpan.of({from, to: Math.max(to, from)}), selection: {anchor: from}, scrollIntoView: true});
}

function setText(view, text) {
  view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: text}});
}

window.PeglabEditor = {create, showDiagnostics, highlight, setText, offset, linterUnused: linter};
