// The annotation queue: one sampled or flagged turn at a time, its intent and slots corrected and saved, with the
// online accuracy the labels make.
import { h, clear, $ } from './dom.js';
import { t } from './i18n.js';
import * as api from './api.js';
import * as fmt from './format.js';
import { session, label, load, toast, problem, pct } from './console-common.js';
import { INTENTS } from './console-traces.js';

const annotation = { item: null, intent: null, intents: [], skipped: [] };

export function annotationView() {
  annotation.skipped = [];
  const panel = $('#tab-annotation');
  clear(panel).append(h('div', { class: 'panel' }, h('h2', {}, label('ann.title')),
    h('div', { id: 'annotation-accuracy', class: 'cards' }),
    h('p', { class: 'kbd-help' }, label('ann.keys')), h('div', { id: 'annotation' })));
  loadAccuracy();
  nextAnnotation();
}

function loadAccuracy() {
  const box = $('#annotation-accuracy');
  return load(box, 'GET /api/online/accuracy', () => api.get('/api/online/accuracy', session.token), (a) => {
    const overall = (a && a.overall) || {};
    const card = (field, value, key) => h('div', { class: 'metric', dataset: { field } },
      h('div', { class: 'value' }, value), h('div', { class: 'name' }, label(key)));
    box.append(
      card('accuracy', pct(overall.accuracy), 'ann.accuracy'),
      card('interval', overall.n ? `${pct(overall.low)} – ${pct(overall.high)}` : '—', 'dash.interval'),
      card('labelled', fmt.count(overall.n ?? 0), 'ann.labelled'),
      card('right', fmt.count(overall.right ?? 0), 'ann.right'));
  });
}

function nextAnnotation() {
  const box = $('#annotation');
  const query = annotation.skipped.length ? { skip: annotation.skipped.join(',') } : undefined;
  return load(box, 'GET /api/annotations/next', () => api.get('/api/annotations/next', session.token, query), (item) => {
    annotation.item = item;
    if (!item) {
      box.append(h('p', { class: 'notice', id: 'annotation-done' }, label('ann.none')));
      return;
    }
    const predicted = item.predicted || {};
    annotation.intent = predicted.intent || null;
    const intents = item.intents && item.intents.length ? [...item.intents] : [...INTENTS];
    if (predicted.intent && !intents.includes(predicted.intent)) intents.push(predicted.intent);
    annotation.intents = intents;
    const history = item.history || [];
    const flags = item.flags || [];
    const slots = h('div', { id: 'slots' });
    Object.entries(predicted.slots || {}).forEach(([k, v]) => slots.append(slotRow(k, v)));
    box.append(h('div', { class: 'annotation-item', dataset: { traceId: item.trace_id } },
      history.length ? h('div', {}, h('h3', {}, label('ann.history')),
        h('ol', { class: 'history' }, history.map((turn) => h('li', {}, turn.text ?? JSON.stringify(turn))))) : null,
      h('div', { class: 'annotate-text' }, item.text),
      h('p', { class: 'muted small', id: 'annotation-predicted' }, label('ann.predicted'), `: ${predicted.intent || '—'}`,
        predicted.confidence == null ? '' : ` (${Number(predicted.confidence).toFixed(2)})`,
        ` · ${item.advertiser_id || ''} · ${fmt.dateTime(item.started_at)} · ${item.trace_id}`),
      flags.length ? h('p', { class: 'flags' }, flags.map((f) => h('span', { class: 'badge error', title: f.detail || '' }, f.evaluator))) : null,
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
    await api.post('/api/annotations', session.token, { trace_id: item.trace_id, intent: annotation.intent, slots });
    toast(t('ann.saved'));
    annotation.item = null;
    await Promise.all([loadAccuracy(), nextAnnotation()]);
  } catch (e) {
    if (save) save.disabled = false;
    $('#annotation').prepend(problem(e, 'POST /api/annotations'));
  }
}

function skipAnnotation() {
  if (!annotation.item) return;
  annotation.skipped.push(annotation.item.trace_id);
  annotation.item = null;
  nextAnnotation();
}

/** Enter saves, S skips, 1-9 pick an intent (but while typing in a slot). */
export function annotationKeys(ev) {
  if (location.hash !== '#annotation' || !annotation.item || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const typing = ev.target.matches('input, textarea, select');
  if (ev.key === 'Enter' && !ev.isComposing && !ev.target.matches('textarea, button')) {
    ev.preventDefault();
    saveAnnotation();
  } else if (!typing && (ev.key === 's' || ev.key === 'S')) {
    ev.preventDefault();
    skipAnnotation();
  } else if (!typing && /^[1-9]$/.test(ev.key)) {
    const name = annotation.intents[Number(ev.key) - 1];
    if (name) { ev.preventDefault(); pickIntent(name); }
  }
}
