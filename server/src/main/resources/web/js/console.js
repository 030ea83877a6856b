// The reviewers' and admins' console: sign-in with a console token, and the tabs (traces, datasets and
// experiments, annotation, dashboards), each loaded from its own module on first view.
import { clear, $ } from './dom.js';
import * as i18n from './i18n.js';
import './console-i18n.js';
import { session } from './console-common.js';
import { tracesView } from './console-traces.js';
import { experimentsView, refreshExperiments } from './console-experiments.js';
import { annotationView, annotationKeys } from './console-annotation.js';
import { dashboardsView } from './console-dashboards.js';

const TOKEN_KEY = 'adcopilot.consoleToken';
const VIEWS = { traces: tracesView, experiments: experimentsView, annotation: annotationView, dashboards: dashboardsView };
// lists that others may have changed meanwhile (an item added from a trace, an experiment run by CI)
const REFRESH = { experiments: refreshExperiments };
const TABS = Object.keys(VIEWS);
let loaded = {};

function currentTab() {
  const tab = location.hash.replace('#', '');
  return TABS.includes(tab) ? tab : 'traces';
}

function showTab() {
  if (!session.token) return;
  const tab = currentTab();
  document.querySelectorAll('#tabs .tab').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === tab)));
  for (const name of TABS) $('#tab-' + name).hidden = name !== tab;
  if (!loaded[tab]) {
    loaded[tab] = true;
    VIEWS[tab]();
  } else if (REFRESH[tab]) REFRESH[tab]();
}

function signIn(token) {
  token = (token || '').trim();
  if (!token) return;
  localStorage.setItem(TOKEN_KEY, token);
  session.token = token;
  loaded = {};
  $('#signin').hidden = true;
  $('#tabs').hidden = false;
  $('#sign-out').hidden = false;
  showTab();
}

function signOut() {
  localStorage.removeItem(TOKEN_KEY);
  session.token = null;
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
