// How numbers are written: money in CNY with thousands separators, fractions as percentages.
const grouped2 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const grouped0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const upTo4 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

function number(value) {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

export function money(value) {
  const n = number(value);
  if (n === null) return value == null ? '' : String(value);
  return (n < 0 ? '-¥' : '¥') + grouped2.format(Math.abs(n));
}

export function count(value) {
  const n = number(value);
  return n === null ? (value == null ? '' : String(value)) : grouped0.format(n);
}

/** A fraction (0.0123) as a percentage (1.23%). */
export function percent(value, digits = 2) {
  const n = number(value);
  return n === null ? (value == null ? '' : String(value)) : (n * 100).toFixed(digits) + '%';
}

export function ratio(value) {
  const n = number(value);
  return n === null ? (value == null ? '' : String(value)) : grouped2.format(n);
}

/** A change already in percent (22.0 → +22.0%). */
export function signedPercent(value, digits = 1) {
  const n = number(value);
  if (n === null) return '';
  return (n > 0 ? '+' : '') + n.toFixed(digits) + '%';
}

export function plain(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return upTo4.format(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A table cell by its column's unit: money, count, percent, ratio or text. */
export function cell(value, unit) {
  switch (unit) {
    case 'money': return money(value);
    case 'count': return count(value);
    case 'percent': return percent(value);
    case 'ratio': return ratio(value);
    default: return plain(value);
  }
}

export function isNumericUnit(unit) {
  return unit === 'money' || unit === 'count' || unit === 'percent' || unit === 'ratio';
}

export function millis(value) {
  const n = number(value);
  if (n === null) return '';
  if (n >= 10_000) return (n / 1000).toFixed(1) + ' s';
  if (n >= 100) return Math.round(n) + ' ms';
  return n.toFixed(1) + ' ms';
}

/** An instant (ISO-8601, possibly with nanoseconds, or epoch milliseconds) as epoch milliseconds. */
export function instant(value) {
  if (value === null || value === undefined) return NaN;
  if (typeof value === 'number') return value;
  return Date.parse(String(value).replace(/(\.\d{3})\d+/, '$1'));
}

export function dateTime(value) {
  const ms = instant(value);
  if (!Number.isFinite(ms)) return value == null ? '' : String(value);
  const d = new Date(ms);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
