// What the console's views share: the signed-in token, loading a view from its endpoint, tables, toasts, numbers.
import { h, clear, $ } from './dom.js';
import { t } from './i18n.js';
import * as api from './api.js';
import * as fmt from './format.js';
import * as charts from './charts.js';

export const session = { token: null };

export const label = (key) => h('span', { 'data-i18n': key }, t(key));

/** What to show instead of a view whose endpoint failed. */
export function problem(error, endpoint) {
  if (error.missing) return h('div', { class: 'notice missing', dataset: { missing: endpoint } }, t('missing', { endpoint }));
  if (error.unauthorized) return h('div', { class: 'notice error forbidden' }, t('forbidden', { endpoint, message: error.message }));
  return h('div', { class: 'notice error failed' }, t('failed', { endpoint, status: error.status || '—', message: error.message }));
}

/** Fills box with what render makes of fetcher's answer, or with the problem. */
export async function load(box, endpoint, fetcher, render) {
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

export function toast(text) {
  const el = $('#toast');
  el.textContent = text;
  el.classList.add('shown');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => el.classList.remove('shown'), 1800);
}

/** columns: [{key, i18n (label key) or label (text), format(value, row) -> text|Node, num}] */
export function grid(columns, rows, { onClick, rowData } = {}) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'grid' },
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { class: c.num ? 'num' : '' },
      c.i18n ? label(c.i18n) : (c.label ?? c.key))))),
    h('tbody', {}, rows.length ? rows.map((row) => {
      const tr = h('tr', { class: onClick ? 'clickable' : '', dataset: rowData ? rowData(row) : undefined },
        columns.map((c) => h('td', { class: c.num ? 'num' : '', dataset: { col: c.key } },
          c.format ? c.format(row[c.key], row) : fmt.plain(row[c.key]))));
      if (onClick) tr.addEventListener('click', () => {
        tr.parentElement.querySelectorAll('tr.selected').forEach((x) => x.classList.remove('selected'));
        tr.classList.add('selected');
        onClick(row);
      });
      return tr;
    }) : h('tr', {}, h('td', { colspan: columns.length, class: 'muted' }, t('empty'))))));
}

/** A fraction as a percentage with one decimal; nothing for no value. */
export const pct = (v) => (v === null || v === undefined || v === '' ? '—' : fmt.percent(v, 1));

/** A change of a fraction, in percentage points, coloured by its sign. */
export function signedPct(v) {
  if (v === null || v === undefined || !Number.isFinite(Number(v))) return fmt.plain(v);
  const n = Number(v) * 100;
  return h('span', { class: n > 0 ? 'up' : n < 0 ? 'down' : '' }, (n > 0 ? '+' : '') + n.toFixed(1) + ' pt');
}

/** A share with its 95% interval: 66.7% [20.8%, 93.9%] n=3. */
export const share = (s) => (s ? `${pct(s.accuracy)} [${pct(s.low)}, ${pct(s.high)}] n=${fmt.count(s.n)}` : '—');

export const metricCard = (value, name, attrs = {}) =>
  h('div', { class: 'metric', ...attrs }, h('div', { class: 'value' }, value), h('div', { class: 'name' }, name));
