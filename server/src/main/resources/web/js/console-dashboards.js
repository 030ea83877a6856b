// Dashboards: volume, latency, intent mix, tool errors and feedback per day (GET /api/dashboard), online accuracy
// with its interval band and water level (GET /api/online/accuracy), monitors and their alerts.
import { h, clear, $ } from './dom.js';
import { t } from './i18n.js';
import * as api from './api.js';
import * as fmt from './format.js';
import * as charts from './charts.js';
import { session, label, load, grid, pct, share, metricCard } from './console-common.js';

export function dashboardsView() {
  const panel = $('#tab-dashboards');
  const days = h('select', { id: 'days' }, [1, 7, 14, 30, 90].map((d) => h('option', { value: d, selected: d === 14 }, String(d))));
  const chartPanel = (id, key) => h('div', { class: 'panel' }, h('h2', {}, label(key)), h('div', { class: 'chart-slot', id }));
  clear(panel).append(
    h('div', { class: 'panel filters' }, h('label', {}, label('dash.days'), days),
      h('button', { type: 'button', id: 'dash-refresh', onclick: () => loadDashboards() }, label('refresh'))),
    h('div', { id: 'dashboard-charts' }),
    h('div', { class: 'grid-charts', style: { marginTop: '16px' } },
      chartPanel('accuracy-chart', 'dash.accuracy'),
      h('div', { class: 'panel' }, h('h2', {}, label('dash.byIntent')), h('div', { id: 'accuracy-by-intent' }))),
    h('div', { class: 'panel', style: { marginTop: '16px' } }, h('h2', {}, label('dash.monitors')), h('div', { id: 'monitors' })),
    h('div', { class: 'panel', style: { marginTop: '16px' } }, h('h2', {}, label('dash.alerts')), h('div', { id: 'alerts' })));
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
const sum = (rows, key) => rows.reduce((n, r) => n + (Number(r[key]) || 0), 0);

function totals(d, byDay) {
  const calls = sum(byDay, 'tool_calls');
  const card = (field, value, key) => metricCard(value, label(key), { dataset: { field } });
  return h('div', { class: 'cards', id: 'dashboard-totals' },
    card('turns', fmt.count(sum(byDay, 'turns')), 'dash.turns'),
    card('p95', fmt.millis(Math.max(0, ...byDay.map((r) => r.p95_ms || 0))), 'dash.p95'),
    card('tool_errors', `${fmt.count(sum(byDay, 'tool_errors'))} / ${fmt.count(calls)}`, 'dash.toolErrors'),
    card('feedback', `+${fmt.count(sum(byDay, 'thumbs_up'))} / -${fmt.count(sum(byDay, 'thumbs_down'))}`, 'dash.feedback'),
    card('online_accuracy', share(d.online_accuracy), 'dash.accuracyLine'));
}

function loadDashboards() {
  const days = $('#days').value;
  const main = $('#dashboard-charts');
  load(main, 'GET /api/dashboard', () => api.get('/api/dashboard', session.token, { days }), async (d) => {
    const byDay = (d && d.by_day) || [];
    const x = byDay.map((r) => r.day);
    const wrap = h('div', { class: 'grid-charts' });
    main.append(h('div', { class: 'panel' }, totals(d || {}, byDay)), wrap);
    await chartBox(wrap, 'dash.volume', { tooltip: axisTooltip, grid: plotGrid, xAxis: { type: 'category', data: x }, yAxis: { type: 'value' },
      series: [{ name: t('dash.turns'), type: 'bar', data: byDay.map((r) => r.turns), itemStyle: { color: '#2f6fed' } }] });
    await chartBox(wrap, 'dash.latency', { tooltip: axisTooltip, legend, grid: plotGrid, xAxis: { type: 'category', data: x },
      yAxis: { type: 'value', axisLabel: { formatter: '{value} ms' } },
      series: [{ name: 'p50', type: 'line', data: byDay.map((r) => r.p50_ms) }, { name: 'p95', type: 'line', data: byDay.map((r) => r.p95_ms) }] });
    await chartBox(wrap, 'dash.intentMix', { tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      series: [{ type: 'pie', radius: ['35%', '62%'], center: ['50%', '52%'], label: { formatter: '{b} {d}%' },
        data: ((d && d.intent_mix) || []).map((r) => ({ name: r.intent, value: r.turns })) }] });
    await chartBox(wrap, 'dash.toolErrors', { tooltip: { trigger: 'axis', valueFormatter: (v) => fmt.percent(v) }, grid: plotGrid,
      xAxis: { type: 'category', data: x }, yAxis: { type: 'value', axisLabel: { formatter: (v) => fmt.percent(v, 1) } },
      series: [{ name: t('dash.toolErrors'), type: 'line', areaStyle: { opacity: .15 }, data: byDay.map((r) => r.tool_error_rate), itemStyle: { color: '#d93025' } }] });
    await chartBox(wrap, 'dash.feedback', { tooltip: axisTooltip, legend, grid: plotGrid, xAxis: { type: 'category', data: x }, yAxis: { type: 'value' },
      series: [{ name: t('feedback.up'), type: 'bar', stack: 'fb', data: byDay.map((r) => r.thumbs_up), itemStyle: { color: '#1e8e3e' } },
        { name: t('feedback.down'), type: 'bar', stack: 'fb', data: byDay.map((r) => -Math.abs(r.thumbs_down || 0)), itemStyle: { color: '#d93025' } }] });
  });
  const accuracy = $('#accuracy-chart');
  const byIntent = $('#accuracy-by-intent');
  const accuracyCall = api.get('/api/online/accuracy', session.token, { days });
  load(accuracy, 'GET /api/online/accuracy', () => accuracyCall, async (a) => {
    const rows = (a && a.by_day) || [];
    const water = a && a.water_level;
    accuracy.append(h('p', { class: 'muted small', id: 'accuracy-overall' }, label('dash.overall'), ': ' + share(a && a.overall),
      water == null ? '' : ' · ', water == null ? '' : label('dash.waterLevel'), water == null ? '' : ' ' + pct(water)));
    const box = h('div', { class: 'chart' });
    accuracy.append(box);
    await charts.render(box, {
      tooltip: { trigger: 'axis', valueFormatter: (v) => pct(v) }, legend: { ...legend, data: [t('dash.accuracyLine'), t('dash.band')] }, grid: plotGrid,
      xAxis: { type: 'category', data: rows.map((r) => r.day), boundaryGap: false },
      yAxis: { type: 'value', min: (v) => Math.max(0, Math.floor(Math.min(v.min, water ?? 1) * 20) / 20), max: 1,
        axisLabel: { formatter: (v) => fmt.percent(v, 0) } },
      series: [
        { name: 'low', type: 'line', data: rows.map((r) => r.low), stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } },
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
      { key: 'right', i18n: 'ann.right', num: true, format: (v) => fmt.count(v) },
      { key: 'n', label: 'n', num: true, format: (v) => fmt.count(v) },
    ], (a && a.by_intent) || [], { rowData: (row) => ({ intent: row.intent }) }));
  });
  loadMonitors();
}

/** A monitor's reading in its metric's unit. */
function reading(metric, v) {
  if (v === null || v === undefined || v === 'NaN') return '—';
  return metric === 'p95_latency_ms' ? fmt.millis(v) : pct(v);
}

function loadMonitors() {
  const monitors = $('#monitors');
  load(monitors, 'GET /api/monitors', () => api.get('/api/monitors', session.token), (m) => {
    monitors.append(grid([
      { key: 'name', i18n: 'dash.monitor' }, { key: 'metric', i18n: 'exp.metric' },
      { key: 'threshold', i18n: 'dash.waterLevel', num: true, format: (v, r) => reading(r.metric, v) },
      { key: 'value', i18n: 'dash.alertValue', num: true, format: (v, r) => reading(r.metric, v) },
      { key: 'low', i18n: 'dash.interval', num: true, format: (v, r) => (v == null ? '' : `[${reading(r.metric, r.low)}, ${reading(r.metric, r.high)}]`) },
      { key: 'n', label: 'n', num: true, format: (v, r) => `${fmt.count(v)} / ${fmt.count(r.min_samples)}` },
      { key: 'window_days', i18n: 'dash.window', num: true },
      { key: 'alerting', i18n: 'dash.state', format: (v) => h('span', { class: 'badge ' + (v ? 'error' : 'ok') }, t(v ? 'dash.alerting' : 'dash.ok')) },
    ], (m && m.items) || [], { rowData: (row) => ({ monitorId: row.id }) }));
  });
  const alerts = $('#alerts');
  load(alerts, 'GET /api/alerts', () => api.get('/api/alerts', session.token), (al) => {
    alerts.append(grid([
      { key: 'at', i18n: 'dash.alertAt', format: (v) => fmt.dateTime(v) },
      { key: 'monitor_name', i18n: 'dash.monitor' }, { key: 'metric', i18n: 'exp.metric' },
      { key: 'value', i18n: 'dash.alertValue', num: true, format: (v, r) => reading(r.metric, v) },
      { key: 'threshold', i18n: 'dash.waterLevel', num: true, format: (v, r) => reading(r.metric, v) },
      { key: 'n', label: 'n', num: true, format: (v) => fmt.count(v) },
      { key: 'delivery', i18n: 'dash.delivery' },
    ], (al && al.items) || []));
  });
}
