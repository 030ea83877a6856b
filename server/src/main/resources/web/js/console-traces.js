// Traces: turns listed and filtered (GET /api/traces), one opened as its span tree (GET /api/traces/{id}).
import { h, clear, $ } from './dom.js';
import { t } from './i18n.js';
import * as api from './api.js';
import * as fmt from './format.js';
import { session, label, load, grid } from './console-common.js';

export const INTENTS = ['query_metrics', 'diagnose_change', 'update_budget', 'update_bid', 'update_status',
  'list_entities', 'account_balance', 'knowledge_qa', 'remember_preference', 'list_memories', 'forget_memory',
  'smalltalk', 'out_of_scope'];

export function tracesView() {
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
    field('traces.feedback', select('feedback', [['positive', t('feedback.up')], ['negative', t('feedback.down')],
      ['none', t('feedback.none')]])),
    field('traces.minConfidence', h('input', { type: 'number', name: 'min_confidence', min: 0, max: 1, step: 0.05 })),
    field('traces.maxConfidence', h('input', { type: 'number', name: 'max_confidence', min: 0, max: 1, step: 0.05 })),
    field('traces.limit', h('input', { type: 'number', name: 'limit', value: 50, min: 1, max: 1000 })),
    h('button', { type: 'submit', class: 'primary' }, label('apply')),
    h('datalist', { id: 'intent-list' }, INTENTS.map((i) => h('option', { value: i }))));
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

/** A date picked in the form as the instant the API takes: its local midnight, or the next one for "until". */
function instant(date, endOfDay) {
  if (!date) return undefined;
  const d = new Date(date + 'T00:00:00');
  if (endOfDay) d.setDate(d.getDate() + 1);
  return d.toISOString();
}

function feedbackBadge(v) {
  if (v > 0) return h('span', { class: 'badge ok' }, '+1');
  if (v < 0) return h('span', { class: 'badge error' }, '-1');
  return '';
}

const confidence = (v) => (v == null ? '' : Number(v).toFixed(2));
const statusBadge = (v) => h('span', { class: 'badge ' + (v === 'error' ? 'error' : 'ok') }, v || '');

function loadTraces() {
  const query = Object.fromEntries(new FormData($('#trace-filters')).entries());
  query.since = instant(query.since, false);
  query.until = instant(query.until, true);
  const box = $('#trace-list');
  return load(box, 'GET /api/traces', () => api.get('/api/traces', session.token, query), (data) => {
    box.append(grid([
      { key: 'started_at', i18n: 'traces.started', format: (v) => fmt.dateTime(v) },
      { key: 'text', i18n: 'traces.text' },
      { key: 'intent', i18n: 'traces.intent' },
      { key: 'confidence', i18n: 'traces.confidence', num: true, format: confidence },
      { key: 'engine', i18n: 'traces.engine' },
      { key: 'outcome', i18n: 'traces.outcome' },
      { key: 'duration_ms', i18n: 'traces.duration', num: true, format: (v) => fmt.millis(v) },
      { key: 'status', i18n: 'traces.status', format: statusBadge },
      { key: 'feedback', i18n: 'traces.feedback', format: feedbackBadge },
      { key: 'advertiser_id', i18n: 'traces.advertiser' },
    ], (data && data.items) || [], { onClick: (row) => showTrace(row.trace_id), rowData: (row) => ({ traceId: row.trace_id }) }));
  });
}

const isError = (span) => String(span.status || '').toLowerCase() === 'error' || span.error != null;

function summary(s, flags) {
  const item = (key, value) => h('div', { class: 'metric', dataset: { field: key } },
    h('div', { class: 'value' }, value === '' || value == null ? '—' : value), h('div', { class: 'name' }, label(key)));
  return h('div', { id: 'trace-summary' },
    h('div', { class: 'annotate-text' }, s.text || ''),
    h('div', { class: 'cards' },
      item('traces.intent', s.intent), item('traces.confidence', confidence(s.confidence)), item('traces.engine', s.engine),
      item('traces.outcome', s.outcome), item('traces.status', statusBadge(s.status)),
      item('traces.duration', fmt.millis(s.duration_ms)), item('traces.feedback', feedbackBadge(s.feedback)),
      item('traces.advertiser', s.advertiser_id)),
    flags && flags.length ? h('ul', { class: 'flags' }, flags.map((f) =>
      h('li', { dataset: { evaluator: f.evaluator } }, h('span', { class: 'badge error' }, f.evaluator), ' ', f.detail || ''))) : null);
}

function showTrace(id) {
  const box = $('#trace-detail');
  return load(box, 'GET /api/traces/{id}', () => api.get('/api/traces/' + encodeURIComponent(id), session.token), (trace) => {
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
    const t0 = Math.min(...spans.map((s) => fmt.instant(s.start)).filter(Number.isFinite));
    const total = Math.max(...spans.map((s) => s.duration_ms ?? 0), 1);
    const tree = h('div', { class: 'span-tree', dataset: { traceId: trace.trace_id || id } });
    const byStart = (a, b) => fmt.instant(a.start) - fmt.instant(b.start);
    const walk = (span, depth) => {
      const start = fmt.instant(span.start);
      const duration = span.duration_ms ?? (fmt.instant(span.end) - start);
      const error = isError(span);
      // the root's attributes (intent, confidence, engine) and a failed span's are open from the start
      const attrs = h('div', { class: 'span-attrs', hidden: !(error || depth === 0) },
        span.error != null ? h('div', { class: 'err' }, 'error: ' + span.error) : null,
        Object.entries(span.attributes || {}).map(([k, v]) =>
          h('div', { class: /error|exception/.test(k) ? 'err' : '' }, k + ': ' + (typeof v === 'string' ? v : JSON.stringify(v)))));
      const row = h('div', { class: 'span-row' + (error ? ' error' : ''), dataset: { spanId: span.span_id, kind: span.kind || '' } },
        h('div', { class: 'span-name', style: { paddingLeft: depth * 16 + 'px' }, title: span.name },
          (children.has(span.span_id) ? '▾ ' : '· ') + span.name, span.kind ? h('span', { class: 'kind' }, span.kind) : null),
        h('div', { class: 'num span-duration' }, Number.isFinite(duration) ? fmt.millis(duration) : ''),
        h('div', { class: 'bar-track' }, Number.isFinite(start) ? h('div', { class: 'bar', style: {
          left: Math.min((start - t0) / total * 100, 99.7).toFixed(2) + '%',
          width: Math.max(((duration || 0) / total) * 100, 0.3).toFixed(2) + '%' } }) : null),
        attrs);
      row.addEventListener('click', (ev) => { if (!attrs.contains(ev.target)) attrs.hidden = !attrs.hidden; });
      tree.append(row);
      (children.get(span.span_id) || []).sort(byStart).forEach((c) => walk(c, depth + 1));
    };
    roots.sort(byStart).forEach((r) => walk(r, 0));
    box.append(h('div', {}, trace.summary ? summary(trace.summary, trace.flags) : null,
      trace.summary ? addToDataset(trace.trace_id || id) : null,
      h('p', { class: 'muted small' }, (trace.trace_id || id) + ' · ' + spans.length + ' spans · ' + fmt.millis(total)), tree));
  });
}

// a labelled turn becomes a dataset item (POST /api/datasets/{name}/items/from-trace/{id}); the server says why not
function addToDataset(id) {
  const name = h('input', { type: 'text', name: 'dataset', value: 'live', 'aria-label': t('traces.datasetName') });
  const result = h('span', { class: 'small', id: 'add-to-dataset-result' });
  const form = h('form', { class: 'filters', id: 'add-to-dataset' }, label('traces.datasetName'), name,
    h('button', { type: 'submit' }, t('traces.addToDataset')), result);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    result.className = 'small';
    try {
      const v = await api.post('/api/datasets/' + encodeURIComponent(name.value.trim()) + '/items/from-trace/'
        + encodeURIComponent(id), session.token, {});
      result.textContent = t('traces.added', { name: v.name, version: v.version, items: v.items });
    } catch (e) {
      result.className = 'small err';
      result.textContent = e.message;
    }
  });
  return form;
}
