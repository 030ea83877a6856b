// UI labels in Chinese and English; the language is the user's choice, by default the browser's.
const STRINGS = {
  zh: {
    'app.title': 'Ad Copilot 投放助手',
    'console.title': 'Ad Copilot 控制台',
    'lang.toggle': 'English',
    'nav.console': '控制台',
    'nav.chat': '对话',
    'signin.title': '登录',
    'signin.demo': '选择一个演示广告主',
    'signin.demoNote': '这是演示沙箱：服务器把演示广告主的令牌公开给任何人，真实平台不会这样做。',
    'signin.noDemo': '此服务器不提供演示广告主列表，请粘贴令牌。',
    'signin.token': '或粘贴广告主令牌',
    'signin.tokenPlaceholder': 'adv-1001.xxxxxxxx（adcopilot token --advertiser adv-1001）',
    'signin.submit': '登录',
    'signin.invalid': '令牌无效：{message}',
    'chat.newSession': '新对话',
    'chat.signOut': '退出',
    'chat.placeholder': '问点什么，例如「最近30天每天的消耗趋势」（Enter 发送，Shift+Enter 换行）',
    'chat.send': '发送',
    'chat.empty': '可以问投放数据、诊断变化，或让我修改预算、出价和状态（修改前总会先请你确认）。',
    'chat.suggestions': '试试：',
    'chat.thinking': '思考中…',
    'chat.understood': '理解为 {intent}（置信度 {confidence}）',
    'chat.failed': '这一轮失败了：{message}',
    'chat.reloaded': '已恢复之前的对话',
    'chat.sessionGone': '之前的对话已不存在，已开始新对话。',
    'chat.signedOut': '令牌不被接受，请重新登录。',
    'chat.sources': '参考资料',
    'chat.rows': '{n} 行',
    'confirm.title': '确认修改',
    'confirm.field': '字段',
    'confirm.current': '当前',
    'confirm.proposed': '修改为',
    'confirm.change': '变化',
    'confirm.warnings': '提醒',
    'confirm.ack': '确认即表示你已知悉以上提醒。',
    'confirm.expires': '{time} 前有效',
    'confirm.ok': '确认',
    'confirm.cancel': '取消',
    'confirm.sendOk': '确认',
    'confirm.sendCancel': '取消',
    'choices.title': '请选择：',
    'feedback.up': '有帮助',
    'feedback.down': '没帮助',
    'feedback.comment': '哪里不对？（可选）',
    'feedback.send': '提交',
    'feedback.thanks': '谢谢反馈',
    'feedback.unavailable': '反馈功能暂不可用',
    'feedback.failed': '反馈未能提交：{message}',
    'field.daily_budget': '日预算',
    'field.bid': '出价',
    'field.status': '状态',
  },
  en: {
    'app.title': 'Ad Copilot',
    'console.title': 'Ad Copilot Console',
    'lang.toggle': '中文',
    'nav.console': 'Console',
    'nav.chat': 'Chat',
    'signin.title': 'Sign in',
    'signin.demo': 'Pick a demo advertiser',
    'signin.demoNote': 'This is the demo sandbox: the server hands demo advertisers\' tokens to anyone, which a real platform never would.',
    'signin.noDemo': 'This server lists no demo advertisers: paste a token.',
    'signin.token': 'or paste an advertiser token',
    'signin.tokenPlaceholder': 'adv-1001.xxxxxxxx (adcopilot token --advertiser adv-1001)',
    'signin.submit': 'Sign in',
    'signin.invalid': 'The token was not accepted: {message}',
    'chat.newSession': 'New conversation',
    'chat.signOut': 'Sign out',
    'chat.placeholder': 'Ask something, e.g. "daily cost over the last 30 days" (Enter sends, Shift+Enter for a new line)',
    'chat.send': 'Send',
    'chat.empty': 'Ask about your campaigns\' numbers, why something changed, or have me change budgets, bids and status (always after your confirmation).',
    'chat.suggestions': 'Try:',
    'chat.thinking': 'Thinking…',
    'chat.understood': 'Understood as {intent} (confidence {confidence})',
    'chat.failed': 'This turn failed: {message}',
    'chat.reloaded': 'Earlier conversation restored',
    'chat.sessionGone': 'The earlier conversation is gone; a new one has started.',
    'chat.signedOut': 'The token was not accepted: sign in again.',
    'chat.sources': 'Sources',
    'chat.rows': '{n} rows',
    'confirm.title': 'Confirm the change',
    'confirm.field': 'Field',
    'confirm.current': 'Now',
    'confirm.proposed': 'New',
    'confirm.change': 'Change',
    'confirm.warnings': 'Warnings',
    'confirm.ack': 'Confirming acknowledges the warnings above.',
    'confirm.expires': 'valid until {time}',
    'confirm.ok': 'Confirm',
    'confirm.cancel': 'Cancel',
    'confirm.sendOk': '确认',
    'confirm.sendCancel': '取消',
    'choices.title': 'Which one?',
    'feedback.up': 'Helpful',
    'feedback.down': 'Not helpful',
    'feedback.comment': 'What went wrong? (optional)',
    'feedback.send': 'Send',
    'feedback.thanks': 'Thanks for the feedback',
    'feedback.unavailable': 'Feedback is not available yet',
    'feedback.failed': 'Feedback was not sent: {message}',
    'field.daily_budget': 'Daily budget',
    'field.bid': 'Bid',
    'field.status': 'Status',
  },
};

const KEY = 'adcopilot.lang';
const listeners = [];

export function lang() {
  const chosen = localStorage.getItem(KEY);
  if (chosen === 'zh' || chosen === 'en') return chosen;
  const browser = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return browser.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Adds labels (for the console's own). */
export function extend(more) {
  for (const [language, table] of Object.entries(more)) Object.assign(STRINGS[language], table);
}

export function t(key, vars) {
  const table = STRINGS[lang()];
  let text = table[key] ?? STRINGS.en[key] ?? key;
  if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll('{' + k + '}', v);
  return text;
}

/** Fills [data-i18n] (text), [data-i18n-placeholder] and [data-i18n-title] under root. */
export function apply(root = document) {
  document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
}

export function toggle() {
  localStorage.setItem(KEY, lang() === 'zh' ? 'en' : 'zh');
  apply();
  listeners.forEach((f) => f(lang()));
}

export function onChange(f) {
  listeners.push(f);
}
