// The advertisers' chat page: sign in, talk to the copilot over POST /api/chat/stream, see tables, charts,
// confirmations and questions as they come.
import { h, clear, $ } from './dom.js';
import * as i18n from './i18n.js';
import * as api from './api.js';
import * as fmt from './format.js';
import * as charts from './charts.js';

const { t } = i18n;
const TOKEN_KEY = 'adcopilot.token';
// the copilot is tuned for Chinese, so the examples are in Chinese in both UI languages
const SUGGESTIONS = ['最近30天每天的消耗趋势', '各地域的点击率', '为什么上周转化成本涨了', '账户余额还有多少'];

const state = { token: null, account: null, session: null, busy: false };
const messages = () => $('#messages');

function label(key, vars) {
  // a label that follows the language toggle (when it has no variables)
  return h('span', vars ? {} : { 'data-i18n': key }, t(key, vars));
}

// --- signing in -------------------------------------------------------------------------------------------------

async function showSignin(message) {
  $('#chat').hidden = true;
  $('#account').hidden = true;
  $('#new-session').hidden = true;
  $('#sign-out').hidden = true;
  $('#signin').hidden = false;
  const box = $('#signin-message');
  box.hidden = !message;
  box.textContent = message || '';
  const list = clear($('#demo-advertisers'));
  try {
    const demo = await api.get('/api/demo/advertisers');
    for (const a of demo.items || []) {
      list.append(h('button', { type: 'button', class: 'demo-advertiser', dataset: { advertiser: a.id },
        onclick: () => signIn(a.token) },
      h('strong', {}, a.name), h('span', { class: 'muted' }, ` ${a.id}${a.industry ? ' · ' + a.industry : ''}`)));
    }
    $('#demo-note').hidden = false;
  } catch {
    list.append(h('p', { class: 'muted', 'data-i18n': 'signin.noDemo' }, t('signin.noDemo')));
    $('#demo-note').hidden = true;
  }
}

async function signIn(token) {
  token = (token || '').trim();
  if (!token) return;
  let account;
  try {
    account = await api.get('/platform/v1/account', token);
  } catch (e) {
    localStorage.removeItem(TOKEN_KEY);
    await showSignin(t('signin.invalid', { message: e.message }));
    return;
  }
  localStorage.setItem(TOKEN_KEY, token);
  state.token = token;
  state.account = account;
  state.session = localStorage.getItem(sessionKey());
  $('#signin').hidden = true;
  $('#chat').hidden = false;
  const badge = $('#account');
  clear(badge).append(h('strong', {}, account.name || account.id), h('span', { class: 'muted' }, ' ' + account.id));
  badge.hidden = false;
  $('#new-session').hidden = false;
  $('#sign-out').hidden = false;
  clear(messages());
  if (state.session) await restore();
  if (!messages().children.length) showWelcome();
  $('#input').focus();
}

function signOut(message) {
  localStorage.removeItem(TOKEN_KEY);
  state.token = null;
  state.account = null;
  state.session = null;
  clear(messages());
  showSignin(message);
}

function sessionKey() {
  return 'adcopilot.session.' + state.account.id;
}

function keepSession(id) {
  state.session = id;
  if (id) localStorage.setItem(sessionKey(), id);
  else localStorage.removeItem(sessionKey());
}

// --- the conversation ------------------------------------------------------------------------------------------

function showWelcome() {
  const chips = SUGGESTIONS.map((text) =>
    h('button', { type: 'button', class: 'chip', onclick: () => send(text) }, text));
  messages().append(h('div', { class: 'welcome' },
    h('p', { 'data-i18n': 'chat.empty' }, t('chat.empty')),
    h('div', { class: 'chips' }, label('chat.suggestions'), chips)));
}

async function restore() {
  let session;
  try {
    session = await api.get('/api/sessions/' + encodeURIComponent(state.session), state.token);
  } catch (e) {
    if (e.unauthorized) return signOut(t('chat.signedOut'));
    keepSession(null);
    return;
  }
  let last = null;
  for (const turn of session.turns || []) {
    if (turn.role === 'user') userMessage(turn.text);
    else {
      last = assistantMessage();
      last.querySelector('.text').textContent = turn.text;
      last.dataset.state = 'done';
    }
  }
  if (session.confirmation && last) last.querySelector('.actions').append(confirmationCard(session.confirmation));
  if (messages().children.length) messages().append(h('div', { class: 'divider' }, label('chat.reloaded')));
  scrollDown();
}

function userMessage(text) {
  const el = h('div', { class: 'msg user' }, h('div', { class: 'bubble' }, text));
  messages().append(el);
  scrollDown();
  return el;
}

function assistantMessage() {
  const el = h('div', { class: 'msg assistant', dataset: { state: 'pending' } },
    h('div', { class: 'bubble' },
      h('div', { class: 'status muted' }),
      h('div', { class: 'text' }),
      h('div', { class: 'extras' }),
      h('div', { class: 'actions' })),
    h('div', { class: 'feedback' }));
  messages().append(el);
  scrollDown();
  return el;
}

function scrollDown() {
  const list = messages();
  requestAnimationFrame(() => { list.scrollTop = list.scrollHeight; });
}

function retireOldActions() {
  messages().querySelectorAll('.confirm-card button, .choices button').forEach((b) => { b.disabled = true; });
  messages().querySelector('.welcome')?.remove();
}

async function send(text) {
  text = (text || '').trim();
  if (!text || state.busy) return;
  state.busy = true;
  $('#send').disabled = true;
  retireOldActions();
  userMessage(text);
  const el = assistantMessage();
  el.querySelector('.status').textContent = t('chat.thinking');
  try {
    await turn(el, text, true);
  } finally {
    state.busy = false;
    $('#send').disabled = false;
    $('#input').focus();
  }
}

async function turn(el, text, mayRetry) {
  const body = { text };
  if (state.session) body.session = state.session;
  let replied = false;
  try {
    await api.stream('/api/chat/stream', state.token, body, (event, data) => {
      if (event === 'frame') showFrame(el, data);
      else if (event === 'answer') showAnswer(el, data);
      else if (event === 'reply') { replied = true; showReply(el, data); }
      else if (event === 'error') showError(el, (data && data.message) || String(data));
      scrollDown();
    });
    if (!replied && el.dataset.state !== 'error') showError(el, 'no reply');
  } catch (e) {
    if (e.unauthorized) return signOut(t('chat.signedOut'));
    if (e.status === 404 && state.session && mayRetry) {
      keepSession(null);
      el.querySelector('.status').textContent = t('chat.sessionGone');
      return turn(el, text, false);
    }
    showError(el, e.message);
  }
}

function showFrame(el, frame) {
  el.querySelector('.status').textContent = t('chat.understood',
    { intent: frame.intent, confidence: fmt.percent(frame.confidence, 0) });
  el.dataset.intent = frame.intent;
}

function showError(el, message) {
  el.dataset.state = 'error';
  el.querySelector('.text').textContent = t('chat.failed', { message });
}

function showAnswer(el, answer) {
  if (el.dataset.answered) return;
  el.dataset.answered = 'true';
  el.querySelector('.text').textContent = answer.text || '';
  const extras = el.querySelector('.extras');
  if (answer.chart) {
    const box = h('div', { class: 'chart' });
    extras.append(box);
    charts.render(box, answer.chart).catch((e) => { box.replaceWith(h('p', { class: 'notice error' }, e.message)); });
  }
  if (answer.table && answer.table.columns && answer.table.rows) extras.append(dataTable(answer.table));
  if (answer.citations && answer.citations.length) {
    extras.append(h('div', { class: 'citations' }, label('chat.sources'),
      h('ol', {}, answer.citations.map((c) => h('li', { dataset: { id: c.id } }, c.title || c.id,
        h('span', { class: 'muted' }, ' [' + c.id + ']'))))));
  }
}

function showReply(el, reply) {
  if (reply.session) keepSession(reply.session);
  if (reply.reply) showAnswer(el, reply.reply);
  if (reply.frame && !el.dataset.intent) showFrame(el, reply.frame);
  const actions = el.querySelector('.actions');
  if (reply.confirmation) actions.append(confirmationCard(reply.confirmation));
  if (reply.choices && reply.choices.length) actions.append(choiceButtons(reply.choices));
  if (reply.trace_id) {
    el.dataset.traceId = reply.trace_id;
    feedback(el.querySelector('.feedback'), reply.trace_id);
  }
  el.dataset.state = 'done';
}

export function dataTable(table) {
  const columns = table.columns;
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, columns.map((c) =>
        h('th', { class: fmt.isNumericUnit(c.unit) ? 'num' : '' }, c.label || c.key)))),
      h('tbody', {}, table.rows.map((row) => h('tr', {}, columns.map((c) =>
        h('td', { class: fmt.isNumericUnit(c.unit) ? 'num' : '' }, fmt.cell(row[c.key], c.unit))))))),
    table.rows.length > 12 ? h('div', { class: 'muted small' }, t('chat.rows', { n: table.rows.length })) : null);
}

function fieldValue(field, value) {
  if (value === null || value === undefined) return '—';
  if (/budget|bid|price|cost/.test(field) && Number.isFinite(Number(value))) return fmt.money(value);
  return fmt.plain(value);
}

function confirmationCard(confirmation) {
  const preview = confirmation.preview || {};
  const changes = preview.changes || [];
  const warnings = preview.warnings || [];
  const expires = fmt.instant(confirmation.expires_at);
  const card = h('div', { class: 'confirm-card', dataset: { tool: confirmation.tool || '' } },
    h('div', { class: 'confirm-title' }, label('confirm.title'),
      preview.entity_name ? h('strong', {}, ' · ' + preview.entity_name) : null,
      preview.entity_id ? h('span', { class: 'muted' }, ' ' + preview.entity_id) : null),
    h('table', { class: 'changes' },
      h('thead', {}, h('tr', {}, h('th', {}, label('confirm.field')), h('th', { class: 'num' }, label('confirm.current')),
        h('th', {}), h('th', { class: 'num' }, label('confirm.proposed')), h('th', { class: 'num' }, label('confirm.change')))),
      h('tbody', {}, changes.map((c) => h('tr', { dataset: { field: c.field } },
        h('td', {}, t('field.' + c.field) === 'field.' + c.field ? c.field : label('field.' + c.field)),
        h('td', { class: 'num before' }, fieldValue(c.field, c.current)),
        h('td', { class: 'arrow' }, '→'),
        h('td', { class: 'num after' }, fieldValue(c.field, c.proposed)),
        h('td', { class: 'num ' + (c.change_percent > 0 ? 'up' : c.change_percent < 0 ? 'down' : '') },
          c.change_percent == null ? '' : fmt.signedPercent(c.change_percent)))))),
    warnings.length ? h('div', { class: 'warnings' }, label('confirm.warnings'),
      h('ul', {}, warnings.map((w) => h('li', { dataset: { code: w.code } }, w.message || w.code)))) : null,
    preview.acknowledgement_required ? h('p', { class: 'notice warn' }, label('confirm.ack')) : null,
    h('div', { class: 'buttons' },
      h('button', { type: 'button', class: 'primary confirm', onclick: () => send(t('confirm.sendOk')) }, label('confirm.ok')),
      h('button', { type: 'button', class: 'ghost cancel', onclick: () => send(t('confirm.sendCancel')) }, label('confirm.cancel')),
      Number.isFinite(expires) ? h('span', { class: 'muted small' },
        t('confirm.expires', { time: fmt.dateTime(expires) })) : null));
  return card;
}

function choiceButtons(choices) {
  return h('div', { class: 'choices' }, label('choices.title'),
    choices.map((c) => h('button', { type: 'button', class: 'choice', dataset: { id: c.id }, onclick: () => send(c.name) },
      c.name)));
}

/** A thumb icon (drawn, so that it needs no emoji font). */
function thumb(down) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  if (down) svg.style.transform = 'rotate(180deg)';
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', 'M2 21h4V9H2v12zm20-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L13.17 1 '
    + '6.59 7.59C6.22 7.95 6 8.45 6 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

function feedback(box, traceId) {
  const note = h('span', { class: 'note muted small' });
  const up = h('button', { type: 'button', class: 'icon up', 'data-i18n-title': 'feedback.up', title: t('feedback.up') }, thumb(false));
  const down = h('button', { type: 'button', class: 'icon down', 'data-i18n-title': 'feedback.down', title: t('feedback.down') }, thumb(true));
  const submit = async (score, comment) => {
    up.disabled = down.disabled = true;
    const body = { trace_id: traceId, score };
    if (comment) body.comment = comment;
    try {
      await api.post('/api/feedback', state.token, body);
      (score > 0 ? up : down).classList.add('chosen');
      note.textContent = t('feedback.thanks');
      box.dataset.sent = String(score);
    } catch (e) {
      up.disabled = down.disabled = false;
      note.textContent = e.missing ? t('feedback.unavailable') : t('feedback.failed', { message: e.message });
      box.dataset.error = e.missing ? 'unavailable' : 'failed';
    }
  };
  up.addEventListener('click', () => submit(1));
  down.addEventListener('click', () => {
    if (box.querySelector('.comment')) return;
    const input = h('input', { type: 'text', class: 'comment', placeholder: t('feedback.comment') });
    const form = h('form', { class: 'comment-form' }, input,
      h('button', { type: 'submit', class: 'ghost' }, t('feedback.send')));
    form.addEventListener('submit', (ev) => { ev.preventDefault(); form.remove(); submit(-1, input.value.trim()); });
    box.append(form);
    input.focus();
  });
  box.append(up, down, note);
}

// --- start ------------------------------------------------------------------------------------------------------

function start() {
  i18n.apply();
  $('#lang').addEventListener('click', () => i18n.toggle());
  $('#sign-out').addEventListener('click', () => signOut());
  $('#new-session').addEventListener('click', () => {
    if (state.busy) return;
    keepSession(null);
    clear(messages());
    showWelcome();
    $('#input').focus();
  });
  $('#token-form').addEventListener('submit', (ev) => { ev.preventDefault(); signIn($('#token-input').value); });
  $('#composer').addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (state.busy) return;
    const input = $('#input');
    const text = input.value;
    input.value = '';
    send(text);
  });
  $('#input').addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      $('#composer').requestSubmit();
    }
  });
  const token = localStorage.getItem(TOKEN_KEY);
  if (token) signIn(token); else showSignin();
}

start();
