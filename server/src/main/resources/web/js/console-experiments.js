// Datasets (listed, imported from JSONL) and experiments (run, listed, opened, two compared through the gate).
import { h, clear, $ } from './dom.js';
import { t } from './i18n.js';
import * as api from './api.js';
import * as fmt from './format.js';
import * as charts from './charts.js';
import { session, label, load, grid, toast, problem, pct, signedPct, metricCard } from './console-common.js';

const METRICS = ['intent_accuracy', 'intent_macro_f1', 'slot_precision', 'slot_recall', 'slot_f1', 'frame_accuracy',
  'oos_precision', 'oos_recall'];
const state = { experiments: [] };

const metricLabel = (m) => (t('metric.' + m) === 'metric.' + m ? m : label('metric.' + m));

export function experimentsView() {
  const panel = $('#tab-experiments');
  const importForm = h('form', { class: 'filters', id: 'import-form' },
    h('label', {}, label('exp.name'), h('input', { type: 'text', name: 'name', required: true, placeholder: 'my-dataset', size: 16 })),
    h('label', {}, label('exp.file'), h('input', { type: 'file', name: 'file', accept: '.jsonl,.json,.txt', required: true })),
    h('button', { type: 'submit', class: 'primary' }, label('exp.import')));
  const runForm = h('form', { class: 'filters', id: 'run-form' },
    h('label', {}, label('exp.dataset'), h('select', { name: 'dataset', required: true })),
    h('label', {}, label('exp.version'), h('input', { type: 'number', name: 'version', min: 1, placeholder: t('exp.latest') })),
    h('label', {}, label('exp.engine'), h('select', { name: 'engine' },
      ['embedded', 'llm', 'cascade'].map((e) => h('option', { value: e }, e)))),
    h('label', {}, label('exp.name'), h('input', { type: 'text', name: 'name', size: 16 })),
    h('button', { type: 'submit', class: 'primary' }, label('exp.run')));
  const compareForm = h('form', { class: 'filters', id: 'compare-form' },
    h('label', {}, label('exp.baseline'), h('select', { name: 'baseline' })),
    h('label', {}, label('exp.candidate'), h('select', { name: 'candidate' })),
    h('label', {}, label('exp.minAccuracy'), h('input', { type: 'number', name: 'min_intent_accuracy', min: 0, max: 1, step: 0.01 })),
    h('button', { type: 'submit', class: 'primary' }, label('exp.compare')));
  clear(panel).append(
    h('div', { class: 'panel' }, h('h2', {}, label('exp.datasets')), h('div', { id: 'datasets' }), importForm),
    h('div', { class: 'panel' }, h('h2', {}, label('exp.experiments')), runForm,
      h('p', { class: 'muted small' }, label('exp.pick')), h('div', { id: 'experiments' }), compareForm),
    h('div', { id: 'compare-result' }),
    h('div', { id: 'experiment-detail' }));
  importForm.addEventListener('submit', (ev) => { ev.preventDefault(); importDataset(importForm); });
  runForm.addEventListener('submit', (ev) => { ev.preventDefault(); runExperiment(runForm); });
  compareForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = compareForm.elements;
    compare(f.baseline.value, f.candidate.value, f.min_intent_accuracy.value);
  });
  loadDatasets();
  loadExperiments();
}

export function refreshExperiments() {
  loadDatasets();
  loadExperiments();
}

function loadDatasets() {
  const box = $('#datasets');
  return load(box, 'GET /api/datasets', () => api.get('/api/datasets', session.token), (data) => {
    const items = (data && data.items) || [];
    box.append(grid([
      { key: 'name', i18n: 'exp.name' }, { key: 'version', i18n: 'exp.version', num: true },
      { key: 'items', i18n: 'exp.items', num: true, format: (v) => fmt.count(v) },
      { key: 'source', i18n: 'exp.source' },
      { key: 'hash', i18n: 'exp.hash', format: (v) => (v ? String(v).slice(0, 12) : '') },
      { key: 'created_at', i18n: 'exp.created', format: (v) => fmt.dateTime(v) },
    ], items, { rowData: (row) => ({ dataset: row.name }) }));
    const select = clear($('#run-form').elements.dataset);
    items.forEach((d) => select.append(h('option', { value: d.name }, `${d.name} (v${d.version})`)));
  });
}

async function importDataset(form) {
  const name = form.elements.name.value.trim();
  const file = form.elements.file.files[0];
  if (!name || !file) return;
  form.querySelectorAll('.notice').forEach((n) => n.remove());
  try {
    const v = await api.postText('/api/datasets', session.token, await file.text(), { name });
    toast(t('exp.imported', { name: v.name, version: v.version, items: v.items }));
    form.reset();
    await loadDatasets();
  } catch (e) {
    form.append(problem(e, 'POST /api/datasets'));
  }
}

async function runExperiment(form) {
  const f = form.elements;
  const body = { dataset: f.dataset.value, engine: f.engine.value };
  if (f.version.value) body.version = Number(f.version.value);
  if (f.name.value.trim()) body.name = f.name.value.trim();
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  form.querySelectorAll('.notice').forEach((n) => n.remove());
  try {
    const e = await api.post('/api/experiments', session.token, body);
    toast(t('exp.ran', { name: e.name }));
    await loadExperiments();
    await showExperiment(e.id);
  } catch (e) {
    form.append(problem(e, 'POST /api/experiments'));
  } finally {
    button.disabled = false;
  }
}

const datasetName = (e) => `${e.dataset || ''}${e.dataset_version ? ' v' + e.dataset_version : ''}`;

function loadExperiments() {
  const box = $('#experiments');
  const compareForm = $('#compare-form');
  return load(box, 'GET /api/experiments', () => api.get('/api/experiments', session.token), (data) => {
    const items = (data && data.items) || [];
    state.experiments = items;
    box.append(grid([
      { key: 'name', i18n: 'exp.name' }, { key: 'dataset', i18n: 'exp.dataset', format: (v, row) => datasetName(row) },
      { key: 'engine', i18n: 'exp.engine' }, { key: 'items', i18n: 'exp.items', num: true },
      { key: 'created_at', i18n: 'exp.created', format: (v) => fmt.dateTime(v) },
      ...['intent_accuracy', 'intent_macro_f1', 'slot_f1', 'frame_accuracy', 'oos_recall'].map((m) =>
        ({ key: m, i18n: 'metric.' + m, num: true, format: (v, row) => pct((row.metrics || {})[m]) })),
    ], items, { onClick: (row) => showExperiment(row.id), rowData: (row) => ({ experimentId: row.id }) }));
    for (const name of ['baseline', 'candidate']) {
      const select = clear(compareForm.elements[name]);
      items.forEach((e) => select.append(h('option', { value: e.id }, `${e.name || e.id} (${e.engine || ''}, ${datasetName(e)})`)));
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

/** Precision, recall and F1 (with their counts) per intent or per slot. */
function prfTable(firstKey, firstLabel, byName) {
  const rows = Object.entries(byName || {}).map(([name, s]) => ({ [firstKey]: name, ...s,
    support: (s.true_positives ?? 0) + (s.false_negatives ?? 0) }));
  return grid([{ key: firstKey, i18n: firstLabel },
    ...['precision', 'recall', 'f1'].map((k) => ({ key: k, i18n: 'exp.' + k, num: true, format: pct })),
    ...['support', 'true_positives', 'false_positives', 'false_negatives'].map((k) =>
      ({ key: k, i18n: 'exp.' + k, num: true, format: (v) => fmt.count(v) }))], rows,
  { rowData: (row) => ({ name: row[firstKey] }) });
}

function showExperiment(id) {
  const box = $('#experiment-detail');
  return load(box, 'GET /api/experiments/{id}', () => api.get('/api/experiments/' + encodeURIComponent(id), session.token), async (e) => {
    const metrics = e.metrics || {};
    const latency = e.latency_ms || {};
    const ci = (e.confidence_intervals_95 || {}).intent_accuracy;
    const errors = e.errors || [];
    const chart = h('div', { class: 'chart', id: 'confusion-chart' });
    box.append(h('div', { class: 'panel', dataset: { experimentId: e.id } },
      h('h2', {}, `${e.name || e.id}`, h('span', { class: 'muted' }, ` · ${datasetName(e)} · ${e.engine || ''} · ${fmt.count(metrics.items)} `,
        label('exp.items'))),
      h('div', { class: 'cards' },
        METRICS.filter((m) => metrics[m] !== undefined).map((m) =>
          metricCard(pct(metrics[m]), metricLabel(m), { dataset: { metric: m } })),
        ci ? metricCard(`${pct(ci.low)} – ${pct(ci.high)}`, label('exp.accuracyCi'), { dataset: { metric: 'intent_accuracy_ci' } }) : null,
        ['p50', 'p90', 'p99'].filter((p) => latency[p] !== undefined).map((p) =>
          metricCard(fmt.millis(latency[p]), h('span', {}, label('exp.latency'), ' ' + p), { dataset: { metric: 'latency_' + p } }))),
      h('h3', {}, label('exp.confusion')), chart,
      h('div', { class: 'split' },
        h('div', { id: 'per-intent' }, h('h3', {}, label('exp.perIntent')), prfTable('intent', 'exp.intent', e.per_intent)),
        h('div', { id: 'per-slot' }, h('h3', {}, label('exp.perSlot')), prfTable('slot', 'exp.slot', e.per_slot))),
      h('h3', {}, label('exp.errors'), ` (${errors.length})`),
      h('div', { id: 'experiment-errors' }, grid([
        { key: 'id', label: 'id' }, { key: 'text', i18n: 'traces.text' },
        { key: 'gold_intent', i18n: 'exp.gold' },
        { key: 'predicted_intent', i18n: 'exp.predicted',
          format: (v, row) => h('span', { class: v !== row.gold_intent ? 'down' : '' }, v || '—') },
        { key: 'missing_pairs', i18n: 'exp.missing', format: (v) => (v || []).join(', ') },
        { key: 'extra_pairs', i18n: 'exp.extra', format: (v) => (v || []).join(', ') },
      ], errors))));
    if (e.confusion && Object.keys(e.confusion).length) await heatmap(chart, e.confusion);
    else chart.replaceWith(h('p', { class: 'muted' }, t('empty')));
  });
}

function compare(baseline, candidate, minAccuracy) {
  const box = $('#compare-result');
  if (!baseline || !candidate) return;
  const query = { baseline, candidate, min_intent_accuracy: minAccuracy };
  return load(box, 'GET /api/experiments/compare', () => api.get('/api/experiments/compare', session.token, query), (answer) => {
    const c = answer.comparison || {};
    const b = c.baseline || {};
    const k = c.candidate || {};
    const gate = answer.gate || {};
    const mc = c.intent_mcnemar || {};
    const pairing = c.pairing || {};
    const side = (s) => `${s.name || s.id} · ${s.engine || ''} · ${datasetName(s)} · ${fmt.count(s.items)}`;
    const overall = Object.entries(c.overall || {}).map(([metric, v]) => ({ metric, ...v }));
    const perIntent = Object.entries(c.per_intent || {}).map(([intent, v]) => ({ intent, ...v }));
    box.append(h('div', { class: 'panel', id: 'comparison' },
      h('h2', {}, label('exp.compare')),
      h('div', { class: 'verdict ' + (gate.passed ? 'pass' : 'fail'), dataset: { passed: String(!!gate.passed) } },
        label('exp.gate'), ': ', label(gate.passed ? 'exp.passed' : 'exp.failed')),
      grid([
        { key: 'name', i18n: 'exp.metric', format: (v) => metricLabel(v) },
        { key: 'baseline', label: h('span', {}, label('exp.baseline'), h('div', { class: 'muted small' }, side(b))), num: true, format: pct },
        { key: 'candidate', label: h('span', {}, label('exp.candidate'), h('div', { class: 'muted small' }, side(k))), num: true, format: pct },
        { key: 'delta', i18n: 'exp.delta', num: true, format: signedPct },
      ], overall.map((m) => ({ name: m.metric, baseline: m.baseline, candidate: m.candidate, delta: m.delta })),
      { rowData: (row) => ({ metric: row.name }) }),
      h('p', { class: 'small', id: 'pairing' }, t('exp.pairing', { paired: pairing.paired ?? 0, baseline: pairing.only_in_baseline ?? 0,
        candidate: pairing.only_in_candidate ?? 0, relabelled: pairing.relabelled ?? 0 }),
      ' · ', label('exp.mcnemar'),
      `: b = ${fmt.plain(mc.b)}, c = ${fmt.plain(mc.c)}, p = ${mc.p_value == null ? '—' : Number(mc.p_value).toPrecision(3)}`),
      h('div', { class: 'split' },
        h('div', {}, h('h3', {}, label('exp.checks')), grid([
          { key: 'passed', i18n: 'exp.gate', format: (v) => h('span', { class: 'badge ' + (v ? 'ok' : 'error') }, t(v ? 'exp.passed' : 'exp.failed')) },
          { key: 'name', i18n: 'exp.check' }, { key: 'detail', i18n: 'exp.detail' },
        ], gate.checks || [], { rowData: (row) => ({ check: row.name }) })),
        h('div', {}, h('h3', {}, label('exp.perIntent')), grid([
          { key: 'intent', i18n: 'exp.intent' }, { key: 'items', i18n: 'exp.items', num: true },
          { key: 'baseline_accuracy', i18n: 'exp.baseline', num: true, format: pct },
          { key: 'candidate_accuracy', i18n: 'exp.candidate', num: true, format: pct },
          { key: 'accuracy_delta', i18n: 'exp.delta', num: true, format: signedPct },
        ], perIntent))),
      answer.report ? h('details', {}, h('summary', {}, label('exp.report')), h('pre', { class: 'report' }, answer.report)) : null));
  });
}
