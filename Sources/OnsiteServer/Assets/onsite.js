/* onsite.js: progressive enhancement for onsite's server-rendered pages.
   Every page works without it. Plain ES2020, no libraries, no network calls.
   The pure helpers (highlightPython, indentAfter, dedentLine, formatClock) are
   top-level so they can be tested under node: require() gives them as exports. */
'use strict';

/* ---------- Python highlighting (pure) ---------- */

const PY_KEYWORDS = new Set(('False None True and as assert async await break class continue def del ' +
  'elif else except finally for from global if import in is lambda nonlocal not or pass raise return ' +
  'try while with yield').split(' '));
const PY_SOFT_KEYWORDS = new Set(['match', 'case']);
const PY_BUILTINS = new Set(('abs all any ascii bin bool breakpoint bytearray bytes callable chr classmethod ' +
  'compile complex delattr dict dir divmod enumerate eval exec filter float format frozenset getattr ' +
  'globals hasattr hash help hex id input int isinstance issubclass iter len list locals map max ' +
  'memoryview min next object oct open ord pow print property range repr reversed round set setattr ' +
  'slice sorted staticmethod str sum super tuple type vars zip __import__ NotImplemented Ellipsis ' +
  'self cls BaseException Exception ArithmeticError AssertionError AttributeError ImportError ' +
  'ModuleNotFoundError IndexError KeyError KeyboardInterrupt LookupError NameError NotImplementedError ' +
  'OSError OverflowError RecursionError RuntimeError StopIteration StopAsyncIteration SyntaxError ' +
  'SystemExit TypeError ValueError ZeroDivisionError FileNotFoundError PermissionError TimeoutError ' +
  'ConnectionError UnicodeDecodeError UnicodeEncodeError GeneratorExit ExceptionGroup').split(' '));

// One scanner for the whole source; the first alternative that matches wins.
// Strings: optional prefix (r, b, f, rb, fr, ...), triple-quoted (may run to the end
// when unterminated), or single-line (ending at the closing quote or the line end).
const PY_TOKEN = new RegExp([
  /(?<com>#[^\n]*)/.source,
  /(?<str>(?:[rRbBuUfF]{1,2})?(?:"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:[^"\\\n]|\\[\s\S])*"?|'(?:[^'\\\n]|\\[\s\S])*'?))/.source,
  /(?<deco>@[A-Za-z_][\w.]*)/.source,
  /(?<num>(?:0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)[jJ]?)/.source,
  /(?<word>[A-Za-z_\u00C0-\uFFFF][\w\u00C0-\uFFFF]*)/.source,
].join('|'), 'g');

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHTML(text) {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Returns the Python source as HTML: escaped text with <span class="tok-…"> tokens. */
function highlightPython(source) {
  let html = '';
  let last = 0;
  let expectName = false; // the word after `def` or `class` is a definition name
  const span = (cls, text) => `<span class="tok-${cls}">${escapeHTML(text)}</span>`;
  PY_TOKEN.lastIndex = 0;
  for (let m; (m = PY_TOKEN.exec(source)) !== null;) {
    const text = m[0];
    if (text === '') { PY_TOKEN.lastIndex++; continue; } // safety: never loop on an empty match
    const between = source.slice(last, m.index);
    html += escapeHTML(between);
    last = m.index + text.length;
    if (/\S/.test(between)) expectName = false;
    const lineStart = source.lastIndexOf('\n', m.index - 1) + 1;
    const atLineStart = source.slice(lineStart, m.index).trim() === '';
    const afterDot = /\.\s*$/.test(source.slice(lineStart, m.index));
    const g = m.groups;
    if (g.com !== undefined) html += span('com', text);
    else if (g.str !== undefined) html += span('str', text);
    else if (g.deco !== undefined) html += atLineStart ? span('deco', text) : escapeHTML(text); // else: matrix @
    else if (g.num !== undefined) html += span('num', text);
    else if (expectName) { html += span('def', text); expectName = false; }
    else if (PY_KEYWORDS.has(text)) {
      html += span('kw', text);
      expectName = text === 'def' || text === 'class';
    } else if (PY_SOFT_KEYWORDS.has(text) && atLineStart && isBlockHeader(source, m.index)) html += span('kw', text);
    else if (PY_BUILTINS.has(text) && !afterDot) html += span('builtin', text);
    else html += escapeHTML(text);
  }
  return html + escapeHTML(source.slice(last));
}

// True when the line holding `index` ends with ':' (ignoring a trailing comment): `match x:`.
function isBlockHeader(source, index) {
  const end = source.indexOf('\n', index);
  return codePart(source.slice(index, end < 0 ? undefined : end)).trimEnd().endsWith(':');
}

// The line without its comment: the first '#' outside a string literal.
function codePart(line) {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

/* ---------- Indentation (pure) ---------- */

const INDENT = '    ';

/** The indentation for the line after `line` (the text before the caret when Enter is pressed). */
function indentAfter(line) {
  const indent = /^[ \t]*/.exec(line)[0].replace(/\t/g, INDENT);
  const code = codePart(line).trimEnd();
  if (/[:([{]$/.test(code)) return indent + INDENT;                 // block header or open bracket
  if (/^\s*(return|pass|break|continue|raise)\b/.test(code) && !/[,\\]$/.test(code)) {
    return indent.slice(0, Math.max(0, indent.length - INDENT.length)); // nothing runs after these
  }
  return indent;
}

/** The line with one indent level removed: up to 4 spaces (to the previous stop) or one tab. */
function dedentLine(line) {
  if (line.startsWith('\t')) return line.slice(1);
  const spaces = /^ */.exec(line)[0].length;
  return spaces ? line.slice(spaces % 4 || 4) : line;
}

/** Seconds as m:ss (minutes may exceed 59). */
function formatClock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/* ---------- Browser part: block-scoped, so the page's global scope only gets the pure helpers ---------- */

if (typeof document !== 'undefined') {
  /* ---------- Code editor ---------- */

  // A new element with properties and attributes.
  function make(tag, props = {}, attrs = {}) {
    const el = Object.assign(document.createElement(tag), props);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return el;
  }

  // Replaces [start, end) keeping the browser's undo history where execCommand still works.
  function replaceRange(ta, start, end, text) {
    const before = ta.value;
    const expected = before.slice(0, start) + text + before.slice(end);
    ta.setSelectionRange(start, end);
    try { document.execCommand(text ? 'insertText' : 'delete', false, text); } catch (_) { /* unsupported */ }
    if (ta.value === expected) return; // done natively (and the browser fired `input`)
    if (ta.value === before) ta.setRangeText(text, start, end, 'end'); // no execCommand: no undo, but correct
    else { ta.value = expected; ta.setSelectionRange(start + text.length, start + text.length); }
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }

  const lineStartOf = (v, pos) => v.lastIndexOf('\n', pos - 1) + 1;
  const lineEndOf = (v, pos) => { const i = v.indexOf('\n', pos); return i < 0 ? v.length : i; };

  function onTab(ta, shift) {
    const v = ta.value, s = ta.selectionStart, e = ta.selectionEnd;
    const multi = v.slice(s, e).includes('\n');
    if (!multi && !shift) { // spaces up to the next indent stop
      replaceRange(ta, s, e, ' '.repeat(4 - ((s - lineStartOf(v, s)) % 4)));
      return;
    }
    const start = lineStartOf(v, s);
    const end = lineEndOf(v, multi && v[e - 1] === '\n' ? e - 1 : e); // a selection ending at column 0 stops there
    const lines = v.slice(start, end).split('\n');
    const out = lines.map((l) => (shift ? dedentLine(l) : (l.trim() ? INDENT + l : l)));
    const block = out.join('\n');
    if (block === v.slice(start, end)) return;
    replaceRange(ta, start, end, block);
    if (multi) { ta.setSelectionRange(start, start + block.length); return; }
    const removed = lines[0].length - out[0].length; // one line dedented: keep the caret on its text
    ta.setSelectionRange(Math.max(start, s - removed), Math.max(start, e - removed));
  }

  function onEnter(ta) {
    const v = ta.value, s = ta.selectionStart;
    replaceRange(ta, s, ta.selectionEnd, '\n' + indentAfter(v.slice(lineStartOf(v, s), s)));
  }

  // Backspace inside leading spaces goes back to the previous indent stop. Returns true if handled.
  function onBackspace(ta) {
    const v = ta.value, s = ta.selectionStart;
    if (s !== ta.selectionEnd) return false;
    const before = v.slice(lineStartOf(v, s), s);
    if (!/^ {2,}$/.test(before)) return false;
    const n = ((before.length - 1) % 4) + 1;
    if (n < 2) return false;
    replaceRange(ta, s - n, s, '');
    return true;
  }

  let editorCount = 0;

  function setupEditor(ta) {
    if (ta.dataset.enhanced) return;
    ta.dataset.enhanced = 'editor';
    const hadFocus = document.activeElement === ta;
    let wrap = ta.parentElement;
    if (!wrap || !wrap.classList.contains('editor')) {
      wrap = make('div', { className: 'editor' });
      ta.before(wrap);
      wrap.append(ta);
    }
    const pre = wrap.querySelector('pre.highlight') || wrap.insertBefore(make('pre', { className: 'highlight' }), ta);
    pre.setAttribute('aria-hidden', 'true');
    const plain = { spellcheck: 'false', autocapitalize: 'off', autocomplete: 'off', autocorrect: 'off', wrap: 'off' };
    for (const [k, v] of Object.entries(plain)) if (!ta.hasAttribute(k)) ta.setAttribute(k, v);

    // Tell keyboard users how to leave the editor (Tab is taken for indentation).
    const hint = make('p', {
      className: 'editor-hint',
      id: `${ta.id || 'code'}-editor-hint-${++editorCount}`,
      textContent: 'Tab indents, Shift+Tab dedents. To move on with the keyboard, press Esc, then Tab.',
    });
    wrap.after(hint);
    ta.setAttribute('aria-describedby', `${ta.getAttribute('aria-describedby') || ''} ${hint.id}`.trim());

    const sync = () => { pre.scrollTop = ta.scrollTop; pre.scrollLeft = ta.scrollLeft; };
    const render = () => { // synchronous: typed text must never show as transparent for a frame
      pre.innerHTML = highlightPython(ta.value) + '\n '; // the extra line keeps the last one scrollable
      sync();
    };
    ta.addEventListener('input', render);
    ta.addEventListener('scroll', sync, { passive: true });
    if (ta.form) ta.form.addEventListener('reset', () => setTimeout(render));
    render();
    wrap.classList.add('live');
    if (hadFocus) ta.focus();

    let escaped = false; // after Esc, the next Tab moves focus as usual
    ta.addEventListener('focus', () => { escaped = false; });
    ta.addEventListener('keydown', (ev) => {
      if (ev.isComposing || ev.keyCode === 229 || ta.readOnly || ta.disabled) return;
      if (ev.key === 'Escape') { escaped = true; return; }
      if (ev.key === 'Tab') {
        if (escaped || ev.ctrlKey || ev.altKey || ev.metaKey) { escaped = false; return; }
        ev.preventDefault();
        onTab(ta, ev.shiftKey);
        return;
      }
      if (ev.key !== 'Shift') escaped = false;
      if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.shiftKey) return; // Ctrl+Enter submits (see below)
      if (ev.key === 'Enter') { ev.preventDefault(); onEnter(ta); }
      else if (ev.key === 'Backspace' && onBackspace(ta)) ev.preventDefault();
    });
  }

  /* ---------- Timer ---------- */

  function setupTimer(el) {
    const deadline = Number(el.dataset.deadline);
    if (!Number.isFinite(deadline)) return;
    // Optional data-now (server time at render, ms) corrects a wrong client clock.
    const now = Number(el.dataset.now);
    const skew = el.dataset.now && Number.isFinite(now) ? now - Date.now() : 0;
    if (!el.hasAttribute('role')) el.setAttribute('role', 'timer');
    // role=timer is not announced; this live region is (created empty, before any change).
    const live = make('span', { className: 'visually-hidden' }, { 'aria-live': 'assertive', 'aria-atomic': 'true' });
    el.after(live);
    let handle = 0;
    let warn = deadline - (Date.now() + skew) > 60000; // announce the last minute only if we see it start
    const tick = () => {
      clearTimeout(handle);
      const ms = deadline - (Date.now() + skew);
      const secs = Math.max(0, Math.ceil(ms / 1000));
      el.textContent = formatClock(secs);
      el.classList.toggle('low', secs < 60);
      if (secs === 0) {
        el.classList.add('expired');
        live.textContent = 'Time is up — submit your answer';
        el.dispatchEvent(new CustomEvent('onsite:timeup', { bubbles: true }));
        document.removeEventListener('visibilitychange', tick);
        return;
      }
      if (warn && secs < 60) { warn = false; live.textContent = 'Less than a minute left'; }
      handle = setTimeout(tick, (ms % 1000 || 1000) + 20); // just after the next whole second
    };
    document.addEventListener('visibilitychange', tick); // background tabs throttle timeouts
    tick();
  }

  /* ---------- Drafts in localStorage ---------- */

  const DRAFT_PREFIX = 'onsite:draft:';
  const drafts = new WeakMap(); // textarea -> { clear() }

  function draftStorage() {
    try {
      const s = window.localStorage, probe = DRAFT_PREFIX + '?';
      s.setItem(probe, '1');
      s.removeItem(probe);
      return s;
    } catch (_) { return null; } // disabled, private mode or full
  }

  function setupDraft(ta, store) {
    const key = DRAFT_PREFIX + ta.dataset.draftKey;
    const original = ta.defaultValue;
    let timer = 0;
    let done = false; // set once the form is submitted
    const save = () => {
      timer = 0;
      if (done) return;
      try {
        if (ta.value.trim() === '' || ta.value === original) store.removeItem(key);
        else store.setItem(key, ta.value);
      } catch (_) { /* quota: keep going without drafts */ }
    };
    const flush = () => { if (timer) { clearTimeout(timer); save(); } };
    ta.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(save, 500); });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
    const remove = () => { try { store.removeItem(key); } catch (_) { /* ignore */ } };
    drafts.set(ta, { clear() { done = true; clearTimeout(timer); remove(); } });

    // Restore into an empty box, or over starter code when the template says so (data-draft-starter).
    let saved = null;
    try { saved = store.getItem(key); } catch (_) { saved = null; }
    const replaceable = ta.value === '' || (ta.hasAttribute('data-draft-starter') && ta.value === original);
    if (!saved || !replaceable || saved === ta.value) return;
    ta.value = saved;
    const note = make('p', { className: 'draft-note' }, { role: 'status' });
    note.textContent = 'Restored your unsaved draft from this browser.';
    const discard = make('button', { type: 'button', className: 'secondary', textContent: 'Discard draft' });
    discard.addEventListener('click', () => {
      ta.value = original;
      remove();
      ta.dispatchEvent(new Event('input', { bubbles: true }));
      note.remove();
      ta.focus();
    });
    note.append(discard);
    (ta.closest('.editor') || ta).after(note);
  }

  /* ---------- Forms: confirm, submit once, Ctrl+Enter ---------- */

  const isSubmitButton = (el) => (el instanceof HTMLButtonElement && el.type === 'submit') ||
    (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'image'));

  function setBusy(form, submitter) {
    const buttons = Array.from(form.elements).filter(isSubmitButton);
    const main = submitter || buttons[0];
    // Disable after the submit event: a disabled submitter would drop its name=value from the request.
    setTimeout(() => {
      for (const b of buttons) b.disabled = true;
      const busy = main && (main.dataset.busy || form.dataset.busy);
      if (!busy) return;
      if (main instanceof HTMLInputElement) { main.dataset.idle = main.value; main.value = busy; }
      else { main.dataset.idle = main.textContent; main.textContent = busy; }
    }, 0);
    form.setAttribute('aria-busy', 'true');
  }

  // Back/forward cache: a page shown again must not keep its buttons disabled.
  function resetBusyForms() {
    for (const form of document.querySelectorAll('form[data-once]')) {
      delete form.dataset.submitted;
      form.removeAttribute('aria-busy');
      for (const b of Array.from(form.elements).filter(isSubmitButton)) {
        b.disabled = false;
        if (b.dataset.idle === undefined) continue;
        if (b instanceof HTMLInputElement) b.value = b.dataset.idle; else b.textContent = b.dataset.idle;
        delete b.dataset.idle;
      }
    }
  }

  function submitForm(form) {
    const button = Array.from(form.elements).find((el) => isSubmitButton(el) && !el.disabled);
    if (button) button.click(); // goes through data-confirm and sends the button's name=value
    else if (form.requestSubmit) form.requestSubmit();
  }

  function installGlobalHandlers() {
    document.addEventListener('click', (ev) => {
      const el = ev.target instanceof Element && ev.target.closest('button[data-confirm], input[data-confirm], a[data-confirm]');
      if (el && !window.confirm(el.dataset.confirm)) { ev.preventDefault(); ev.stopImmediatePropagation(); }
    });

    document.addEventListener('submit', (ev) => {
      const form = ev.target;
      if (!(form instanceof HTMLFormElement) || ev.defaultPrevented) return;
      const once = form.hasAttribute('data-once');
      if (once && form.dataset.submitted) { ev.preventDefault(); return; } // already on its way
      if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) { ev.preventDefault(); return; }
      if (once) {
        form.dataset.submitted = 'true';
        setBusy(form, ev.submitter);
      }
      for (const el of form.elements) drafts.get(el)?.clear();
    });

    document.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Enter' || !(ev.ctrlKey || ev.metaKey) || ev.isComposing) return;
      const form = ev.target instanceof HTMLTextAreaElement && ev.target.form;
      if (!form || !form.hasAttribute('data-submit-shortcut')) return;
      ev.preventDefault();
      submitForm(form);
    });

    window.addEventListener('pageshow', (ev) => { if (ev.persisted) resetBusyForms(); });
  }

  /* ---------- Start ---------- */

  function init() {
    const store = draftStorage();
    if (store) document.querySelectorAll('textarea[data-draft-key]').forEach((ta) => setupDraft(ta, store));
    document.querySelectorAll('textarea.code').forEach(setupEditor); // after drafts: highlights the restored text
    // Python blocks in rendered Markdown (cmark-gfm: <pre><code class="language-python">).
    document.querySelectorAll('pre > code.language-python, pre > code.language-py, pre > code.language-python3')
      .forEach((code) => { code.innerHTML = highlightPython(code.textContent); });
    document.querySelectorAll('.timer[data-deadline]').forEach(setupTimer);
    document.querySelectorAll('form[data-submit-shortcut] textarea').forEach((ta) => {
      if (!ta.hasAttribute('aria-keyshortcuts')) ta.setAttribute('aria-keyshortcuts', 'Control+Enter Meta+Enter');
    });
  }

  installGlobalHandlers();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init(); // loaded late (async or dynamically): the DOM is already there
}

if (typeof module === 'object' && module.exports) {
  module.exports = { highlightPython, indentAfter, dedentLine, formatClock, escapeHTML, codePart };
}
