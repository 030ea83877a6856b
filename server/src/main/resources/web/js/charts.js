// ECharts, loaded on first use from the webjar the server ships (/vendor/echarts.esm.min.js).
let library;
const live = new Set();

function echarts() {
  library ??= import('/vendor/echarts.esm.min.js');
  return library;
}

window.addEventListener('resize', () => live.forEach((chart) => chart.resize()));

/** Draws an ECharts option into el (which needs a height); returns the chart. */
export async function render(el, option) {
  const lib = await echarts();
  const existing = lib.getInstanceByDom(el);
  if (existing) { live.delete(existing); existing.dispose(); }
  const chart = lib.init(el, null, { renderer: 'canvas' });
  // under automation (the browser tests) charts are drawn at once, so that screenshots do not catch them mid-way
  chart.setOption(navigator.webdriver ? { ...option, animation: false } : option);
  live.add(chart);
  el.dataset.rendered = 'true';
  return chart;
}

/** Forgets the charts under root (before it is cleared). */
export async function disposeUnder(root) {
  if (!library) return;
  const lib = await library;
  root.querySelectorAll('[data-rendered]').forEach((el) => {
    const chart = lib.getInstanceByDom(el);
    if (chart) { live.delete(chart); chart.dispose(); }
  });
}
