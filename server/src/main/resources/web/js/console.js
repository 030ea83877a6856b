// The reviewers' and admins' console: traces, datasets and experiments, annotation, dashboards. Each view asks its
// own endpoints and says so plainly when the server does not serve one.
import { h, clear, $ } from './dom.js';
import * as i18n from './i18n.js';
import './console-i18n.js';
import * as api from './api.js';
import * as fmt from './format.js';
import * as charts from './charts.js';

const { t } = i18n;
const TOKEN_KEY = 'adcopilot.consoleToken';
const TABS = ['traces', 'experiments', 'annotation', 'dashboards'];
const METRICS = ['intent_accuracy', 'intent_macro_f1', 'slot_precision', 'slot_recall', 'slot_f1', 'frame_accuracy',
  'oos_precision', 'oos_recall'];
// the copilot's intents, in the order the annotation shortcuts 1-9 pick them; the server's own come first
const KNOWN_INTENTS = ['query_metrics', 'diagnose_change', 'update_budget', 'update_bid', 'update_status',
  'list_entities', 'account_balance', 'smalltalk', 'out_of_scope', 'remember_preference', 'list_memories',
  'forget_memory'];

const state = { token: null, loaded: {} };

const label = (key) => h('span', { 'data-i18n': key }, t(key));

function token() {
  return state.token;
}

/** What to show instead of a view whose endpoint failed. */
function problem(error, endpoint) {
  if (error.missing) return h('div', { class: 'notice missing', dataset: { missing: endpoint } }, t('missing', { endpoint }));
  if (error.unauthorized) return h('div', { class: 'notice error forbidden' }, t('forbidden', { endpoint, message: error.message }));
  return h('div', { class: 'notice error failed' }, t('failed', { endpoint, status: error.status || '—', message: error.message }));
}

async function load(box, endpoint, fetcher, render) {
  await charts.disposeUnder(box);
  clear(box).append(h('p', { class: 'muted' }, t('loading')));
  try {
    const data = await fetcher();
    await charts.disposeUnder(box);
    clear(box);
    await render(data);
  } catch (e) {
    if (!(e instanceof api.ApiError)) { console.error(e); e = new api.ApiError(0, e.message, null, endpoint); }
    clear(box).append(problem(e, endpoint));
  }
}

function toast(text) {
  const el = $('#toast');
  el.textContent = text;
  el.classList.add('shown');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => el.classList.remove('shown'), 1800);
}

function grid(columns, rows, { onClick, rowData } = {}) {
  // columns: [{key, label (i18n key or text), format(value,row) -> text|Node, num}]
  return h('div', { class: 'table-wrap' }, h('table', { class: 'grid' },
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { class: c.num ? 'num' : '' },
      c.i18n ? label(c.i18n) : (c.label ?? c.key))))),
    h('tbody', {}, rows.length ? rows.map((row) => {
      const tr = h('tr', { class: onClick ? 'clickable' : '', dataset: rowData ? rowData(row) : undefined },
        columns.map((c) => h('td', { class: c.num ? 'num' : '' }, c.format ? c.format(row[c.key], row) : fmt.plain(row[c.key]))));
      if (onClick) tr.addEventListener('click', () => {
        tr.parentElement.querySelectorAll('tr.selected').forEach((x) => x.classList.remove('selected'));
        tr.classList.add('selected');
        onClick(row);
      });
      return tr;
    }) : h('tr', {}, h('td', { colspan: columns.length, class: 'muted' }, t('empty'))))));
}

const pct = (v) => (v === null || v === undefined ? '' : fmt.percent(v, 1));
function signedPct(v) {
  if (v === null || v === undefined || !Number.isFinite(Number(v))) return fmt.plain(v);
  const n = Number(v) * 100;
  return h('span', { class: n > 0 ? 'up' : n < 0 ? 'down' : '' }, (n > 0 ? '+' : '') + n.toFixed(1) + ' pt');
}
/** A statistic: fractions as percentages, counts as counts. */
function stat(key, v) {
  if (typeof v !== 'number') return fmt.plain(v);
  return /support|count|^n$|total|tp|fp|fn/.test(key) || !(v >= 0 && v <= 1) ? fmt.count(v) : pct(v);
}

// --- traces ----------------------------------------------------------------------------------------------------

function tracesView() {
  const panel = $('#tab-traces');
  const field = (key, input) => h('label', {}, label(key), input);
  const select = (name, options) => h('select', { name }, h('option', { value: '' }, t('any')),
    options.map(([v, text]) => h('option', { value: v }, text)));
  const form = h('form', { class: 'filters', id: 'trace-filters' },
    field('traces.since', h('input', { type: 'date', name: 'since' })),
    field('traces.until', h('input', { type: 'date', name: 'until' })),
    field('traces.intent', h('input', { type: 'text', name: 'intent', list: 'intent-list', placeholder: 'query_metrics' })),
    field('traces.engine', select('engine', [['embedded', 'embedded'], ['llm', 'llm'], ['cascade', 'cascade']])),
    field('traces.status', select('status', [['ok', 'ok'], ['error', 'error']])),
    field('traces.feedback', select('feedback', [['1', t('feedback.up')], ['-1', t('feedback.down')], ['none', t('feedback.none')]])),
    field('traces.minConfidence', h('input', { type: 'number', name: 'min_confidence', min: 0, max: 1, step: 0.05 })),
    field('traces.maxConfidence', h('input', { type: 'number', name: 'max_confidence', min: 0, max: 1, step: 0.05 })),
    field('traces.limit', h('input', { type: 'number', name: 'limit', value: 50, min: 1, max: 1000 })),
    h('button', { type: 'submit', class: 'primary' }, label('apply')),
    h('datalist', { id: 'intent-list' }, KNOWN_INTENTS.map((i) => h('option', { value: i }))));
  const open = h('form', { class: 'filters', id: 'trace-open' },
    h('label', {}, label('traces.open'), h('input', { type: 'text', name: 'id', placeholder: 'trace id', size: 34 })),
    h('button', { type: 'submit' }, label('traces.open')));
  const list = h('div', { id: 'trace-list' });
  const detail = h('div', { id: 'trace-detail' }, h('p', { class: 'muted' }, label('traces.pick')));
  clear(panel).append(
    h('div', { class: 'panel' }, h('h2', {}, label('traces.title')), form, list),
    h('div', { class: 'panel' }, h('h2', {}, label('traces.spans')), open, detail));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); loadTraces(); });
  open.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const id = open.elements.id.value.trim();
    if (id) showTrace(id);
  });
  loadTraces();
}

function loadTraces() {
  const form = $('#trace-filters');
  const query = Object.fromEntries(new FormData(form).entries());
  const box = $('#trace-list');
  return load(box, 'GET /api/traces', () => api.get('/api/traces', token(), query), (data) => {
    box.append(grid([
      { key: 'started_at', i18n: 'traces.started', format: (v) => fmt.dateTime(v) },
      { key: 'text', i18n: 'traces.text' },
      { key: 'intent', i18n: 'traces.intent' },
      { key: 'confidence', i18n: 'traces.confidence', num: true, format: (v) => (v == null ? '' : Number(v).toFixed(2)) },
      { key: 'engine', i18n: 'traces.engine' },
      { key: 'duration_ms', i18n: 'traces.duration', num: true, format: (v) => fmt.millis(v) },
      { key: 'status', i18n: 'traces.status', format: (v) => h('span', { class: 'badge ' + (v === 'error' ? 'error' : 'ok') }, v || '') },
      { key: 'feedback', i18n: 'traces.feedback', format: (v) => (v > 0 || v === 'up' ? h('span', { class: 'badge ok' }, '+1')
        : v < 0 || v === 'down' ? h('span', { class: 'badge error' }, '-1') : '') },
      { key: 'advertiser_id', i18n: 'traces.advertiser' },
    ], (data && data.items) || [], { onClick: (row) => showTrace(row.trace_id), rowData: (row) => ({ traceId: row.trace_id }) }));
  });
}

function isError(span) {
  const status = String(span.status || '').toLowerCase();
  const a = span.attributes || {};
  return status === 'error' || a.error !== undefined || a['exception.message'] !== undefined || a['error.message'] !== undefined;
}

function showTrace(id) {
  const box = $('#trace-detail');
  const endpoint = 'GET /api/traces/{id}';
  return load(box, endpoint, () => api.get('/api/traces/' + encodeURIComponent(id), token()), (trace) => {
    const spans = (trace && trace.spans) || [];
    const ids = new Set(spans.map((s) => s.span_id));
    const children = new Map();
    const roots = [];
    for (const s of spans) {
      if (s.parent_id && ids.has(s.parent_id)) {
        if (!children.has(s.parent_id)) children.set(s.parent_id, []);
        children.get(s.parent_id).push(s);
      } else roots.push(s);
    }
    const starts = spans.map((s) => fmt.instant(s.start)).filter(Number.isFinite);
    const ends = spans.map((s) => fmt.instant(s.end)).filter(Number.isFinite);
    const t0 = Math.min(...starts);
    const total = Math.max(Math.max(...ends) - t0, 1);
    const tree = h('div', { class: 'span-tree', dataset: { traceId: trace.trace_id || id } });
    const byStart = (a, b) => fmt.instant(a.start) - fmt.instant(b.start);
    const walk = (span, depth) => {
      const start = fmt.instant(span.start);
      const end = fmt.instant(span.end);
      const duration = Number.isFinite(end - start) ? end - start : null;
      const error = isError(span);
      const attrs = h('div', { class: 'span-attrs', hidden: !error },
        error ? h('div', { class: 'err' }, 'status: ' + (span.status || 'error')) : null,
        Object.entries(span.attributes || {}).map(([k, v]) =>
          h('div', { class: /error|exception/.test(k) ? 'err' : '' }, k + ': ' + (typeof v === 'string' ? v : JSON.stringify(v)))));
      const row = h('div', { class: 'span-row' + (error ? ' error' : ''), dataset: { spanId: span.span_id } },
        h('div', { class: 'span-name', style: { paddingLeft: depth * 16 + 'px' }, title: span.name },
          (children.has(span.span_id) ? '▾ ' : '· ') + span.name, span.kind ? h('span', { class: 'kind' }, span.kind) : null),
        h('div', { class: 'num' }, duration == null ? '' : fmt.millis(duration)),
        h('div', { class: 'bar-track' }, Number.isFinite(start) ? h('div', { class: 'bar', style: {
          left: ((start - t0) / total * 100).toFixed(2) + '%',
          width: Math.max(((duration || 0) / total) * 100, 0.3).toFixed(2) + '%' } }) : null),
        attrs);
      row.addEventListener('click', (ev) => { if (!attrs.contains(ev.target)) attrs.hidden = !attrs.hidden; });
      tree.append(row);
      (children.get(span.span_id) || []).sort(byStart).forEach((c) => walk(c, depth + 1));
    };
    roots.sort(byStart).forEach((r) => walk(r, 0));
    box.append(h('p', { class: 'muted small' }, (trace.trace_id || id) + ' · ' + spans.length + ' spans · ' + fmt.millis(total)), tree);
  });
}

// --- datasets and experiments -------------------------------------------------------------------------------------

function experimentsView() {
  const panel = $('#tab-experiments');
  const datasets = h('div', { id: 'datasets' });
  const experiments = h('div', { id: 'experiments' });
  const compareForm = h('form', { class: 'filters', id: 'compare-form' },
    h('label', {}, label('exp.baseline'), h('select', { name: 'baseline' })),
    h('label', {}, label('exp.candidate'), h('select', { name: 'candidate' })),
    h('button', { type: 'submit', class: 'primary' }, label('exp.compare')));
  clear(panel).append(
    h('div', { class: 'panel' }, h('h2', {}, label('exp.datasets')), datasets),
    h('div', { class: 'panel' }, h('h2', {}, label('exp.experiments')), h('p', { class: 'muted small' }, label('exp.pick')),
      experiments, compareForm),
    h('div', { id: 'compare-result' }),
    h('div', { id: 'experiment-detail' }));
  compareForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    compare(compareForm.elements.baseline.value, compareForm.elements.candidate.value);
  });
  load(datasets, 'GET /api/datasets', () => api.get('/api/datasets', token()), (data) => {
    datasets.append(grid([
      { key: 'name', i18n: 'exp.name' }, { key: 'version', i18n: 'exp.version' },
      { key: 'items', i18n: 'exp.items', num: true, format: (v) => fmt.count(v) },
      { key: 'created_at', i18n: 'exp.created', format: (v) => fmt.dateTime(v) },
    ], (data && data.items) || []));
  });
  load(experiments, 'GET /api/experiments', () => api.get('/api/experiments', token()), (data) => {
    const items = (data && data.items) || [];
    state.experiments = items;
    experiments.append(grid([
      { key: 'name', i18n: 'exp.name' }, { key: 'dataset', i18n: 'exp.dataset' }, { key: 'engine', i18n: 'exp.engine' },
      { key: 'created_at', i18n: 'exp.created', format: (v) => fmt.dateTime(v) },
      ...['intent_accuracy', 'intent_macro_f1', 'slot_f1', 'frame_accuracy', 'oos_recall'].map((m) =>
        ({ key: m, i18n: 'metric.' + m, num: true, format: (v, row) => pct((row.metrics || {})[m]) })),
    ], items, { onClick: (row) => showExperiment(row.id), rowData: (row) => ({ experimentId: row.id }) }));
    for (const name of ['baseline', 'candidate']) {
      const select = clear(compareForm.elements[name]);
      items.forEach((e) => select.append(h('option', { value: e.id }, `${e.name || e.id} (${e.engine || ''})`)));
    }
    if (items.length > 1) {
      compareForm.elements.baseline.value = items[1].id;
      compareForm.elements.candidate.value = items[0].id;
    }
  });
}

async function heatmap(box, confusion) {
  const gold = Object.keys(confusion || {});
  const labels = [...new Set([...gold, ...gold.flatMap((g) => Object.keys(confusion[g] || {}))])].sort();
  const data = [];
  let max = 1;
  labels.forEach((g, y) => labels.forEach((p, x) => {
    const n = (confusion[g] || {})[p] || 0;
    if (n > 0) data.push([x, y, n]);
    if (g !== p) max = Math.max(max, n);
  }));
  box.style.height = Math.max(260, 90 + labels.length * 30) + 'px';
  await charts.render(box, {
    tooltip: { position: 'top', formatter: (p) => `${labels[p.value[1]]} → ${labels[p.value[0]]}: ${p.value[2]}` },
    grid: { left: 150, right: 30, top: 10, bottom: 110 },
    xAxis: { type: 'category', data: labels, axisLabel: { rotate: 40 }, name: t('exp.predicted'), nameLocation: 'middle', nameGap: 95 },
    yAxis: { type: 'category', data: labels, inverse: true },
    visualMap: { min: 0, max, show: false, inRange: { color: ['#f4f7fd', '#9ab8f5', '#2f6fed'] } },
    series: [{ type: 'heatmap', data, label: { show: true }, emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } } }],
  });
}

function statTable(firstKey, firstLabel, byName) {
  const names = Object.keys(byName || {});
  const keys = [...new Set(names.flatMap((n) => Object.keys(byName[n] || {})))];
  const rows = names.map((n) => ({ [firstKey]: n, ...byName[n] }));
  return grid([{ key: firstKey, i18n: firstLabel },
    ...keys.map((k) => ({ key: k, label: k, num: true, format: (v) => stat(k, v) }))], rows);
}

function showExperiment(id) {
  const box = $('#experiment-detail');
  return load(box, 'GET /api/experiments/{id}', () => api.get('/api/experiments/' + encodeURIComponent(id), token()), async (e) => {
    const metrics = e.metrics || {};
    const latency = e.latency || {};
    const chart = h('div', { class: 'chart', id: 'confusion-chart' });
    box.append(h('div', { class: 'panel', dataset: { experimentId: e.id } },
      h('h2', {}, `${e.name || e.id}`, h('span', { class: 'muted' }, ` · ${e.dataset || ''} · ${e.engine || ''}`)),
      h('div', { class: 'cards' },
        METRICS.filter((m) => metrics[m] !== undefined).map((m) =>
          h('div', { class: 'metric' }, h('div', { class: 'value' }, pct(metrics[m])), h('div', { class: 'name' }, label('metric.' + m)))),
        ['p50', 'p90', 'p99'].filter((p) => latency[p] !== undefined).map((p) =>
          h('div', { class: 'metric' }, h('div', { class: 'value' }, fmt.millis(latency[p])),
            h('div', { class: 'name' }, label('exp.latency'), ' ' + p)))),
      h('h3', {}, label('exp.confusion')), chart,
      h('div', { class: 'split' },
        h('div', {}, h('h3', {}, label('exp.perIntent')), statTable('intent', 'exp.intent', e.per_intent)),
        h('div', {}, h('h3', {}, label('exp.perSlot')), statTable('slot', 'exp.slot', e.per_slot))),
      h('h3', {}, label('exp.errors'), ` (${(e.errors || []).length})`),
      grid([
        { key: 'id', label: 'id' }, { key: 'text', i18n: 'traces.text' },
        { key: 'gold_intent', i18n: 'exp.gold' },
        { key: 'predicted_intent', i18n: 'exp.predicted',
          format: (v, row) => h('span', { class: v !== row.gold_intent ? 'down' : '' }, v || '') },
        { key: 'missing_pairs', i18n: 'exp.missing', format: pairs },
        { key: 'extra_pairs', i18n: 'exp.extra', format: pairs },
      ], e.errors || [])));
    if (e.confusion && Object.keys(e.confusion).length) await heatmap(chart, e.confusion);
    else chart.replaceWith(h('p', { class: 'muted' }, t('empty')));
  });
}

function pairs(v) {
  if (!v) return '';
  if (Array.isArray(v)) return v.map((p) => (Array.isArray(p) ? p.join('=') : typeof p === 'object' ? JSON.stringify(p) : p)).join(', ');
  return fmt.plain(v);
}

function compare(baseline, candidate) {
  const box = $('#compare-result');
  if (!baseline || !candidate) return;
  const byId = new Map((state.experiments || []).map((e) => [e.id, e]));
  return load(box, 'GET /api/experiments/compare', () => api.get('/api/experiments/compare', token(), { baseline, candidate }), (c) => {
    const b = (byId.get(baseline) || {}).metrics || {};
    const k = (byId.get(candidate) || {}).metrics || {};
    const deltas = c.deltas || {};
    const names = [...new Set([...METRICS.filter((m) => m in b || m in k || m in deltas), ...Object.keys(deltas)])];
    const gate = c.gate || {};
    const mc = c.mcnemar || {};
    const perIntent = Object.entries(c.per_intent || {}).map(([intent, v]) => ({ intent, ...v }));
    box.append(h('div', { class: 'panel', id: 'comparison' },
      h('h2', {}, label('exp.compare'), h('span', { class: 'muted' },
        ` · ${(byId.get(baseline) || {}).name || baseline} → ${(byId.get(candidate) || {}).name || candidate}`)),
      h('div', { class: 'verdict ' + (gate.passed ? 'pass' : 'fail'), dataset: { passed: String(!!gate.passed) } },
        label('exp.gate'), ': ', label(gate.passed ? 'exp.passed' : 'exp.failed')),
      gate.report ? h('pre', { class: 'report' }, gate.report) : null,
      h('div', { class: 'split' },
        h('div', {}, h('h3', {}, label('exp.metric')), grid([
          { key: 'metric', i18n: 'exp.metric', format: (v) => (t('metric.' + v) === 'metric.' + v ? v : label('metric.' + v)) },
          { key: 'baseline', i18n: 'exp.baseline', num: true, format: pct },
          { key: 'candidate', i18n: 'exp.candidate', num: true, format: pct },
          { key: 'delta', i18n: 'exp.delta', num: true, format: signedPct },
        ], names.map((m) => ({ metric: m, baseline: b[m], candidate: k[m],
          delta: deltas[m] ?? (typeof b[m] === 'number' && typeof k[m] === 'number' ? k[m] - b[m] : null) })))),
        h('div', {}, h('h3', {}, label('exp.perIntent')), grid([
          { key: 'intent', i18n: 'exp.intent' },
          { key: 'baseline', i18n: 'exp.baseline', num: true, format: (v) => stat('', v) },
          { key: 'candidate', i18n: 'exp.candidate', num: true, format: (v) => stat('', v) },
          { key: 'delta', i18n: 'exp.delta', num: true, format: signedPct },
        ], perIntent))),
      h('h3', {}, label('exp.mcnemar')),
      h('p', {}, `b = ${fmt.plain(mc.b)}, c = ${fmt.plain(mc.c)}, p = ${mc.p_value == null ? '—' : Number(mc.p_value).toPrecision(3)}`)));
  });
}

// --- annotation ----------------------------------------------------------------------------------------------------

const annotation = { item: null, intent: null, skipped: [] };

function annotationView() {
  const panel = $('#tab-annotation');
  clear(panel).append(h('div', { class: 'panel' }, h('h2', {}, label('ann.title')),
    h('p', { class: 'kbd-help' }, label('ann.keys')), h('div', { id: 'annotation' })));
  nextAnnotation();
}

function nextAnnotation() {
  const box = $('#annotation');
  const query = annotation.skipped.length ? { skip: annotation.skipped.join(',') } : undefined;
  return load(box, 'GET /api/annotations/next', () => api.get('/api/annotations/next', token(), query), (item) => {
    annotation.item = item;
    if (!item) {
      box.append(h('p', { class: 'notice', id: 'annotation-done' }, label('ann.none')));
      return;
    }
    const predicted = item.predicted || {};
    annotation.intent = predicted.intent || null;
    const intents = [...KNOWN_INTENTS];
    for (const extra of [predicted.intent, ...(item.intents || [])]) if (extra && !intents.includes(extra)) intents.push(extra);
    annotation.intents = intents;
    const history = item.history || [];
    const slots = h('div', { id: 'slots' });
    Object.entries(predicted.slots || {}).forEach(([k, v]) => slots.append(slotRow(k, v)));
    box.append(h('div', { class: 'annotation-item', dataset: { traceId: item.trace_id } },
      history.length ? h('div', {}, h('h3', {}, label('ann.history')),
        h('ol', { class: 'history' }, history.map((turn) => h('li', {},
          typeof turn === 'string' ? turn : `${turn.role ? turn.role + ': ' : ''}${turn.text ?? JSON.stringify(turn)}`)))) : null,
      h('div', { class: 'annotate-text' }, item.text),
      h('p', { class: 'muted small' }, label('ann.predicted'), `: ${predicted.intent || '—'}`,
        predicted.confidence == null ? '' : ` (${Number(predicted.confidence).toFixed(2)})`, ` · ${item.trace_id}`),
      h('h3', {}, label('ann.intent')),
      h('div', { class: 'intents', id: 'intents' }, intents.map((name, i) =>
        h('button', { type: 'button', class: 'intent-choice', dataset: { intent: name },
          'aria-pressed': String(name === annotation.intent), onclick: () => pickIntent(name) },
        i < 9 ? h('kbd', {}, String(i + 1)) : null, name))),
      h('h3', {}, label('ann.slots')), slots,
      h('div', { class: 'buttons' },
        h('button', { type: 'button', class: 'ghost', id: 'add-slot', onclick: () => slots.append(slotRow('', '')) }, label('ann.addSlot')),
        h('span', { style: { flex: 1 } }),
        h('button', { type: 'button', id: 'skip', onclick: skipAnnotation }, label('ann.skip'), ' ', h('kbd', {}, 'S')),
        h('button', { type: 'button', class: 'primary', id: 'save', onclick: saveAnnotation }, label('ann.save'), ' ', h('kbd', {}, 'Enter')))));
  });
}

function slotRow(name, value) {
  const row = h('div', { class: 'slot-row' },
    h('input', { type: 'text', class: 'slot-name', value: name, placeholder: 'slot' }),
    h('input', { type: 'text', class: 'slot-value', value: typeof value === 'string' ? value : JSON.stringify(value), placeholder: 'value' }),
    h('button', { type: 'button', class: 'ghost', onclick: () => row.remove() }, label('ann.remove')));
  return row;
}

function pickIntent(name) {
  annotation.intent = name;
  document.querySelectorAll('.intent-choice').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.intent === name)));
}

function currentSlots() {
  const slots = {};
  for (const row of document.querySelectorAll('#slots .slot-row')) {
    const name = row.querySelector('.slot-name').value.trim();
    const raw = row.querySelector('.slot-value').value.trim();
    if (!name && !raw) continue;
    if (!name) throw new Error(t('ann.badSlot'));
    try { slots[name] = JSON.parse(raw); } catch { slots[name] = raw; }
  }
  return slots;
}

async function saveAnnotation() {
  const item = annotation.item;
  if (!item || !annotation.intent) return;
  let slots;
  try { slots = currentSlots(); } catch (e) { toast(e.message); return; }
  const save = $('#save');
  if (save) save.disabled = true;
  try {
    await api.post('/api/annotations', token(), { trace_id: item.trace_id, intent: annotation.intent, slots });
    toast(t('ann.saved'));
    await nextAnnotation();
  } catch (e) {
    if (save) save.disabled = false;
    $('#annotation').prepend(problem(e, 'POST /api/annotations'));
  }
}

function skipAnnotation() {
  if (!annotation.item) return;
  annotation.skipped.push(annotation.item.trace_id);
  nextAnnotation();
}

function annotationKeys(ev) {
  if (currentTab() !== 'annotation' || !annotation.item || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const typing = ev.target.matches('input, textarea, select');
  if (ev.key === 'Enter' && !ev.isComposing && !ev.target.matches('textarea, button')) {
    ev.preventDefault();
    saveAnnotation();
  } else if (!typing && (ev.key === 's' || ev.key === 'S')) {
    ev.preventDefault();
    skipAnnotation();
  } else if (!typing && /^[1-9]$/.test(ev.key)) {
    const name = (annotation.intents || [])[Number(ev.key) - 1];
    if (name) { ev.preventDefault(); pickIntent(name); }
  }
}

// --- dashboards ----------------------------------------------------------------------------------------------------

function dashboardsView() {
  const panel = $('#tab-dashboards');
  const days = h('select', { id: 'days' }, [7, 14, 30, 90].map((d) => h('option', { value: d, selected: d === 14 }, String(d))));
  const chartPanel = (id, key) => h('div', { class: 'panel' }, h('h2', {}, label(key)), h('div', { class: 'chart-slot', id }));
  clear(panel).append(
    h('div', { class: 'panel filters' }, h('label', {}, label('dash.days'), days),
      h('button', { type: 'button', id: 'dash-refresh', onclick: () => loadDashboards() }, label('refresh'))),
    h('div', { id: 'dashboard-charts' }),
    h('div', { class: 'grid-charts', style: { marginTop: '16px' } },
      chartPanel('accuracy-chart', 'dash.accuracy'),
      h('div', { class: 'panel' }, h('h2', {}, label('dash.byIntent')), h('div', { id: 'accuracy-by-intent' }))),
    h('div', { class: 'split', style: { marginTop: '16px' } },
      h('div', { class: 'panel' }, h('h2', {}, label('dash.monitors')), h('div', { id: 'monitors' })),
      h('div', { class: 'panel' }, h('h2', {}, label('dash.alerts')), h('div', { id: 'alerts' }))));
  days.addEventListener('change', () => loadDashboards());
  loadDashboards();
}

function chartBox(parent, titleKey, option) {
  const box = h('div', { class: 'chart' });
  parent.append(h('div', { class: 'panel', dataset: { chart: titleKey } }, h('h2', {}, label(titleKey)), box));
  return charts.render(box, option);
}

const axisTooltip = { trigger: 'axis' };
const legend = { top: 0, type: 'scroll' };
const plotGrid = { left: 56, right: 20, top: 34, bottom: 28 };

function loadDashboards() {
  const days = $('#days').value;
  const main = $('#dashboard-charts');
  load(main, 'GET /api/dashboard', () => api.get('/api/dashboard', token(), { days }), async (d) => {
    const byDay = (d && d.by_day) || [];
    const x = byDay.map((r) => r.day);
    const wrap = h('div', { class: 'grid-charts' });
    main.append(wrap);
    await chartBox(wrap, 'dash.volume', { tooltip: axisTooltip, grid: plotGrid, xAxis: { type: 'category', data: x }, yAxis: { type: 'value' },
      series: [{ name: t('dash.turns'), type: 'bar', data: byDay.map((r) => r.turns), itemStyle: { color: '#2f6fed' } }] });
    await chartBox(wrap, 'dash.latency', { tooltip: axisTooltip, legend, grid: plotGrid, xAxis: { type: 'category', data: x },
      yAxis: { type: 'value', axisLabel: { formatter: '{value} ms' } },
      series: [{ name: 'p50', type: 'line', data: byDay.map((r) => r.p50_ms) }, { name: 'p95', type: 'line', data: byDay.map((r) => r.p95_ms) }] });
    await chartBox(wrap, 'dash.intentMix', { tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      series: [{ type: 'pie', radius: ['35%', '62%'], center: ['50%', '52%'], label: { formatter: '{b} {d}%' }, data: ((d && d.intent_mix) || []).map((r) => ({ name: r.intent, value: r.turns })) }] });
    await chartBox(wrap, 'dash.toolErrors', { tooltip: { trigger: 'axis', valueFormatter: (v) => fmt.percent(v) }, grid: plotGrid,
      xAxis: { type: 'category', data: x }, yAxis: { type: 'value', axisLabel: { formatter: (v) => fmt.percent(v, 1) } },
      series: [{ name: t('dash.toolErrors'), type: 'line', areaStyle: { opacity: .15 }, data: byDay.map((r) => r.tool_error_rate), itemStyle: { color: '#d93025' } }] });
    await chartBox(wrap, 'dash.feedback', { tooltip: axisTooltip, legend, grid: plotGrid, xAxis: { type: 'category', data: x }, yAxis: { type: 'value' },
      series: [{ name: t('feedback.up'), type: 'bar', stack: 'fb', data: byDay.map((r) => r.thumbs_up), itemStyle: { color: '#1e8e3e' } },
        { name: t('feedback.down'), type: 'bar', stack: 'fb', data: byDay.map((r) => -Math.abs(r.thumbs_down || 0)), itemStyle: { color: '#d93025' } }] });
  });
  const accuracy = $('#accuracy-chart');
  const byIntent = $('#accuracy-by-intent');
  const accuracyCall = api.get('/api/online/accuracy', token(), { days });
  load(accuracy, 'GET /api/online/accuracy', () => accuracyCall, async (a) => {
    const rows = (a && a.by_day) || [];
    const x = rows.map((r) => r.day);
    const water = a && a.water_level;
    const overall = (a && a.overall) || {};
    accuracy.append(h('p', { class: 'muted small' }, label('dash.overall'),
      `: ${pct(overall.accuracy)} [${pct(overall.low)}, ${pct(overall.high)}] n=${fmt.count(overall.n)}`));
    const box = h('div', { class: 'chart' });
    accuracy.append(box);
    const low = rows.map((r) => r.low);
    await charts.render(box, {
      tooltip: { trigger: 'axis', valueFormatter: (v) => pct(v) }, legend: { ...legend, data: [t('dash.accuracyLine'), t('dash.band')] }, grid: plotGrid,
      xAxis: { type: 'category', data: x, boundaryGap: false },
      yAxis: { type: 'value', min: (v) => Math.max(0, Math.floor(Math.min(v.min, water ?? 1) * 20) / 20), max: 1,
        axisLabel: { formatter: (v) => fmt.percent(v, 0) } },
      series: [
        { name: 'low', type: 'line', data: low, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } },
        { name: t('dash.band'), type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 },
          itemStyle: { color: 'rgba(47,111,237,0.35)' },
          areaStyle: { color: 'rgba(47,111,237,0.18)' }, data: rows.map((r) => (r.high == null || r.low == null ? null : r.high - r.low)) },
        { name: t('dash.accuracyLine'), type: 'line', data: rows.map((r) => r.accuracy), itemStyle: { color: '#2f6fed' },
          markLine: water == null ? undefined : { symbol: 'none', lineStyle: { color: '#d93025', type: 'dashed' },
            label: { position: 'insideEndTop', formatter: t('dash.waterLevel') + ' ' + fmt.percent(water, 0) },
            data: [{ yAxis: water }] } },
      ],
    });
  });
  load(byIntent, 'GET /api/online/accuracy', () => accuracyCall, (a) => {
    byIntent.append(grid([
      { key: 'intent', i18n: 'exp.intent' },
      { key: 'accuracy', i18n: 'dash.accuracyLine', num: true, format: (v, r) =>
        h('span', { class: a.water_level != null && r.high < a.water_level ? 'down' : '' }, pct(v)) },
      { key: 'low', i18n: 'dash.interval', num: true, format: (v, r) => `[${pct(r.low)}, ${pct(r.high)}]` },
      { key: 'n', label: 'n', num: true, format: (v) => fmt.count(v) },
    ], (a && a.by_intent) || []));
  });
  const monitors = $('#monitors');
  load(monitors, 'GET /api/monitors', () => api.get('/api/monitors', token()), (m) => {
    const items = (m && m.items) || [];
    const keys = [...new Set(items.flatMap((i) => Object.keys(i)))];
    monitors.append(grid(keys.map((k) => ({ key: k, label: k })), items));
  });
  const alerts = $('#alerts');
  load(alerts, 'GET /api/alerts', () => api.get('/api/alerts', token()), (al) => {
    alerts.append(grid([
      { key: 'monitor', i18n: 'dash.alertMonitor' },
      { key: 'value', i18n: 'dash.alertValue', num: true },
      { key: 'threshold', i18n: 'dash.alertThreshold', num: true },
      { key: 'at', i18n: 'dash.alertAt', format: (v) => fmt.dateTime(v) },
    ], (al && al.items) || []));
  });
}

// --- tabs and start -------------------------------------------------------------------------------------------------

const VIEWS = { traces: tracesView, experiments: experimentsView, annotation: annotationView, dashboards: dashboardsView };

function currentTab() {
  const tab = location.hash.replace('#', '');
  return TABS.includes(tab) ? tab : 'traces';
}

function showTab() {
  if (!state.token) return;
  const tab = currentTab();
  document.querySelectorAll('#tabs .tab').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === tab)));
  for (const name of TABS) $('#tab-' + name).hidden = name !== tab;
  if (!state.loaded[tab]) {
    state.loaded[tab] = true;
    VIEWS[tab]();
  }
}

function signIn(token) {
  token = (token || '').trim();
  if (!token) return;
  localStorage.setItem(TOKEN_KEY, token);
  state.token = token;
  state.loaded = {};
  $('#signin').hidden = true;
  $('#tabs').hidden = false;
  $('#sign-out').hidden = false;
  showTab();
}

function signOut() {
  localStorage.removeItem(TOKEN_KEY);
  state.token = null;
  $('#tabs').hidden = true;
  $('#sign-out').hidden = true;
  for (const name of TABS) { const p = $('#tab-' + name); p.hidden = true; clear(p); }
  $('#signin').hidden = false;
}

function start() {
  i18n.apply();
  $('#lang').addEventListener('click', () => i18n.toggle());
  $('#sign-out').addEventListener('click', signOut);
  $('#token-form').addEventListener('submit', (ev) => { ev.preventDefault(); signIn($('#token-input').value); });
  document.querySelectorAll('#tabs .tab').forEach((b) => b.addEventListener('click', () => { location.hash = b.dataset.tab; }));
  window.addEventListener('hashchange', showTab);
  document.addEventListener('keydown', annotationKeys);
  const token = localStorage.getItem(TOKEN_KEY);
  if (token) signIn(token); else $('#signin').hidden = false;
}

start();
