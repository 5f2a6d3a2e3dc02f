/* Kosovo–Serbia Relations explorer: plain JavaScript, no framework, no request outside this origin.
 * Every view reads the gateway's public API (/api/v1); the view and its filters live in the URL's hash
 * (#/timeline?from=2011&lang=mk), so every view has a shareable URL and the language is kept in it. */
'use strict';

// ------------------------------------------------------------------ texts (the UI's own; data texts come from the API)
// Each text in the UI's languages, in the order of LANGS; a text a language lacks is shown in English.
const LANGS = ['en', 'mk'];
const TEXTS = {
  brand: ['Kosovo–Serbia Relations', 'Односи Косово–Србија'],
  skip: ['Skip to content', 'Кон содржината'],
  views: ['Views', 'Прикази'],
  language: ['Language', 'Јазик'],
  timeline: ['Timeline', 'Хронологија'],
  agreements: ['Agreements', 'Договори'],
  recognition: ['Recognition', 'Признавање'],
  footer: ['Data: the Kosovo–Serbia Relations API, every record with its sources.', 'Податоци: API за односите Косово–Србија, секој запис со своите извори.'],
  apidocs: ['API documentation', 'Документација на API'],
  timelineTitle: ['Timeline of Kosovo–Serbia relations', 'Хронологија на односите Косово–Србија'],
  timelineIntro: ['Events, agreement milestones and recognition acts, 1912–2023, in one stream.', 'Настани, етапи на договорите и акти на признавање, 1912–2023, во еден тек.'],
  fromYear: ['From year', 'Од година'],
  toYear: ['To year', 'До година'],
  category: ['Category', 'Категорија'],
  actor: ['Actor', 'Актер'],
  search: ['Text search', 'Пребарување на текст'],
  kinds: ['Show', 'Прикажи'],
  anyCategory: ['Any category', 'Сите категории'],
  anyActor: ['Any actor', 'Сите актери'],
  apply: ['Apply filters', 'Примени ги филтрите'],
  reset: ['Reset', 'Поништи'],
  eventsOnlyNote: ['Category, actor and text search apply to events: only matching events are listed.', 'Категоријата, актерот и пребарувањето важат за настаните: се прикажуваат само настаните што одговараат.'],
  EVENT: ['Event', 'Настан'],
  MILESTONE: ['Agreement milestone', 'Етапа на договор'],
  RECOGNITION: ['Recognition act', 'Акт на признавање'],
  loadMore: ['Load more', 'Вчитај повеќе'],
  loading: ['Loading…', 'Се вчитува…'],
  end: ['End of the timeline.', 'Крај на хронологијата.'],
  noResults: ['Nothing matches these filters.', 'Ништо не одговара на овие филтри.'],
  shown: [n => `${n} entries shown`, n => `Прикажани записи: ${n}`],
  sources: ['Sources', 'Извори'],
  sourcesAndDetails: ['Details and sources', 'Детали и извори'],
  noSources: ['No source given.', 'Нема наведен извор.'],
  accessed: ['accessed', 'пристапено'],
  published: ['published', 'објавено'],
  openAgreement: ['Open the agreement', 'Отвори го договорот'],
  openState: ['Open the state', 'Отвори ја државата'],
  agreementsTitle: ['Agreements', 'Договори'],
  agreementsIntro: ['Agreements, drafts, plans and resolutions between or about the two sides.', 'Договори, нацрти, планови и резолуции меѓу двете страни или за нив.'],
  kind: ['Kind', 'Вид'],
  status: ['Status', 'Статус'],
  stage: ['Stage', 'Фаза'],
  process: ['Process', 'Процес'],
  facilitator: ['Facilitator', 'Посредник'],
  parties: ['Parties', 'Страни'],
  signatories: ['Signatories', 'Потписници'],
  proposedOn: ['Proposed', 'Предложен'],
  concludedOn: ['Concluded', 'Склучен'],
  provisions: ['Provisions', 'Одредби'],
  number: ['No.', 'Бр.'],
  topic: ['Topic', 'Тема'],
  text: ['Text', 'Текст'],
  implementation: ['Implementation', 'Спроведување'],
  milestones: ['Milestones', 'Етапи'],
  linkedEvents: ['Linked events', 'Поврзани настани'],
  none: ['None.', 'Нема.'],
  date: ['Date', 'Датум'],
  type: ['Type', 'Вид'],
  description: ['Description', 'Опис'],
  recognitionTitle: ['Recognition of Kosovo', 'Признавање на Косово'],
  mapDate: ['Date on the map', 'Датум на картата'],
  recognizingAsOf: [(n, d) => `${n} states recognise Kosovo as of ${d}`, (n, d) => `${n} држави го признаваат Косово на ${d}`],
  mapLabel: [(d, c) => `World map of the stance of each state towards Kosovo as of ${d}: ${c}. The same data is in the table below the map.`, (d, c) => `Карта на светот со ставот на секоја држава кон Косово на ${d}: ${c}. Истите податоци се во табелата под картата.`],
  mapTable: ['The map as a table', 'Картата како табела'],
  state: ['State', 'Држава'],
  region: ['Region', 'Регион'],
  stance: ['Stance', 'Став'],
  chartTitle: ['States recognising Kosovo at the end of each year', 'Држави што го признаваат Косово на крајот на секоја година'],
  chartTable: ['The chart as a table', 'Графиконот како табела'],
  year: ['Year', 'Година'],
  recognitionsInYear: ['Recognitions that year', 'Признавања во годината'],
  withdrawalsInYear: ['Withdrawals claimed that year', 'Тврдени повлекувања во годината'],
  cumulative: ['Recognising at year end', 'Признаваат на крајот на годината'],
  chartLabel: [(a, b, n) => `Bar chart: states recognising Kosovo at the end of each year from ${a} to ${b}; ${n} at the end of ${b}. The same data is in the table below the chart.`, (a, b, n) => `Столбест графикон: држави што го признаваат Косово на крајот на секоја година од ${a} до ${b}; ${n} на крајот на ${b}. Истите податоци се во табелата под графиконот.`],
  mapMissing: ['The map drawing is not available (it is built with npm by the gateway\'s build); the table below has the same data.', 'Цртежот на картата не е достапен (се гради со npm при градењето на портата); табелата подолу ги има истите податоци.'],
  notDrawn: ['States too small to draw at this scale are in the table.', 'Државите премали за овој размер се во табелата.'],
  kosovo: ['Kosovo', 'Косово'],
  RECOGNIZES: ['Recognises', 'Признава'],
  WITHDRAWAL_CLAIMED: ['Withdrawal claimed', 'Тврдено повлекување'],
  DISPUTED: ['Disputed', 'Спорно'],
  DOES_NOT_RECOGNIZE: ['Does not recognise', 'Не признава'],
  noData: ['No data', 'Нема податоци'],
  unMember: ['UN member', 'Членка на ОН'],
  yes: ['Yes', 'Да'],
  no: ['No', 'Не'],
  note: ['Note', 'Белешка'],
  acts: ['Acts', 'Акти'],
  verified: ['Date verified', 'Проверен датум'],
  undated: ['date unknown', 'непознат датум'],
  currentStance: ['Stance today', 'Став денес'],
  problemTitle: ['The API answered with a problem', 'API одговори со проблем'],
  outage: ['The service that holds this part of the data is not answering right now. The rest of the explorer keeps working; try again in a moment.', 'Службата што ги чува овие податоци моментално не одговара. Останатиот дел од прегледувачот работи; обидете се повторно наскоро.'],
  offline: ['The API could not be reached. Check your connection and try again.', 'API не е достапен. Проверете ја врската и обидете се повторно.'],
  incomplete: [parts => `Some entries are missing because a service did not answer: ${parts}.`, parts => `Некои записи недостасуваат бидејќи една служба не одговори: ${parts}.`],
  retry: ['Try again', 'Обиди се повторно'],
  field: ['Field', 'Поле'],
};
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  mk: ['јануари', 'февруари', 'март', 'април', 'мај', 'јуни', 'јули', 'август', 'септември', 'октомври', 'ноември', 'декември'],
};
const STANCES = ['RECOGNIZES', 'WITHDRAWAL_CLAIMED', 'DISPUTED', 'DOES_NOT_RECOGNIZE'];
const FIRST_DAY = '2008-02-17';

let lang = 'en';
// the text of a key in the current language (in English when that language lacks it); undefined for no such key
function uiText(key) {
  if (!Object.hasOwn(TEXTS, key)) return undefined;
  const own = TEXTS[key][LANGS.indexOf(lang)];
  return own !== undefined ? own : TEXTS[key][0];
}
const t = (key, ...args) => {
  const v = uiText(key);
  return typeof v === 'function' ? v(...args) : (v !== undefined ? v : humanize(key));
};
function humanize(value) {
  if (value === null || value === undefined) return '';
  const s = String(value).replace(/_/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
const label = value => (uiText(value) || humanize(value));

// ------------------------------------------------------------------ DOM helper (text only, never innerHTML)
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}
const SVG = 'http://www.w3.org/2000/svg';
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) el.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}
const safeUrl = u => (typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null);

// ------------------------------------------------------------------ URL state
function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/timeline';
  const [path, query] = raw.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || '') };
}
function href(path, params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') p.set(k, v);
  if (lang !== 'en') p.set('lang', lang);
  const q = p.toString();
  return '#' + path + (q ? '?' + q : '');
}

// ------------------------------------------------------------------ API access: problems and outages become messages
class ApiError extends Error {
  constructor(status, problem, outage) {
    super(problem && problem.title ? problem.title : 'HTTP ' + status);
    this.status = status; this.problem = problem; this.outage = outage;
  }
}
async function api(path, params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') p.set(k, v);
  const url = '/api/v1' + path + (p.toString() ? '?' + p : '');
  let res;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, null, true);
  }
  const type = res.headers.get('Content-Type') || '';
  let body = null;
  try {
    body = type.includes('json') ? await res.json() : null;
  } catch (e) {
    body = null;
  }
  if (!res.ok) {
    throw new ApiError(res.status, body, res.status === 502 || res.status === 503 || res.status === 504);
  }
  return body;
}
function message(err) {
  if (!(err instanceof ApiError)) {
    console.error(err);
    return h('div', { class: 'message problem', role: 'alert' }, h('p', {}, String(err && err.message || err)));
  }
  const pr = err.problem || {};
  const box = h('div', { class: 'message problem', role: 'alert', 'data-status': err.status || 'network' });
  if (err.status === 0) {
    box.append(h('p', {}, h('strong', {}, t('offline'))));
    return box;
  }
  box.append(h('p', {}, h('strong', {}, err.outage ? t('outage') : t('problemTitle'))));
  box.append(h('p', { class: 'problem-title' }, `${pr.title || 'HTTP error'} (${err.status})`));
  if (pr.detail) box.append(h('p', { class: 'problem-detail' }, pr.detail));
  if (Array.isArray(pr.errors) && pr.errors.length) {
    box.append(h('ul', {}, pr.errors.map(e => h('li', {}, h('code', {}, e.field), ': ', e.message))));
  }
  return box;
}

// ------------------------------------------------------------------ dates shown with their precision
function formatDate(date, precision) {
  if (!date) return t('undated');
  const [y, m, d] = date.split('-').map(Number);
  if (precision === 'YEAR') return String(y);
  if (precision === 'MONTH') return `${MONTHS[lang][m - 1]} ${y}`;
  return `${d} ${MONTHS[lang][m - 1]} ${y}`;
}
const text = v => (v && typeof v === 'object' ? (v[lang] || v.en || '') : (v || ''));

function sourcesList(sources) {
  if (!sources || !sources.length) return h('p', { class: 'note' }, t('noSources'));
  return h('ul', { class: 'sources' }, sources.map(src => {
    const url = safeUrl(src.url);
    const meta = [src.publisher, src.publishedOn ? `${t('published')} ${src.publishedOn}` : null,
      src.accessedOn ? `${t('accessed')} ${src.accessedOn}` : null].filter(Boolean).join(', ');
    return h('li', { class: 'source' },
      url ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, src.title || url) : (src.title || ''),
      meta ? ` (${meta})` : null,
      src.quote ? h('blockquote', {}, src.quote) : null);
  }));
}

// ------------------------------------------------------------------ shell
const main = () => document.getElementById('main');
let renderToken = 0;

function applyChrome(view) {
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-aria]').forEach(el => el.setAttribute('aria-label', t(el.dataset.i18nAria)));
  document.querySelectorAll('[data-nav]').forEach(a => {
    a.setAttribute('href', href('/' + a.dataset.nav));
    if (a.closest('nav')) {
      if (a.dataset.nav === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    }
  });
  document.querySelectorAll('[data-lang]').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.lang === lang)));
}

async function route() {
  const { parts, params } = parseHash();
  lang = params.get('lang') === 'mk' ? 'mk' : 'en';
  const view = parts[0] || 'timeline';
  const token = ++renderToken;
  const root = main();
  root.replaceChildren();
  root.dataset.view = view;
  root.setAttribute('aria-busy', 'true');
  applyChrome(view === 'states' ? 'recognition' : view);
  try {
    if (view === 'agreements' && parts[1]) await agreementView(root, parts[1], token);
    else if (view === 'agreements') await agreementsView(root, token);
    else if (view === 'recognition') await recognitionView(root, params, token);
    else if (view === 'states' && parts[1]) await stateView(root, parts[1], token);
    else await timelineView(root, params, token);
  } catch (e) {
    if (token === renderToken) root.append(message(e));
  } finally {
    if (token === renderToken) root.setAttribute('aria-busy', 'false');
  }
}
function focusHeading(root) {
  const h1 = root.querySelector('h1');
  if (h1 && document.activeElement && document.activeElement !== document.body && !root.contains(document.activeElement)) {
    h1.setAttribute('tabindex', '-1');
    h1.focus({ preventScroll: true });
  }
}

// ------------------------------------------------------------------ timeline
const PAGE = 25;
async function timelineView(root, params, token) {
  const f = {
    from: params.get('from') || '', to: params.get('to') || '', category: params.get('category') || '',
    actor: params.get('actor') || '', q: params.get('q') || '', kinds: params.get('kinds') || '',
  };
  document.title = `${t('timeline')} · ${t('brand')}`;
  const eventsOnly = Boolean(f.category || f.actor || f.q);
  const kinds = f.kinds ? f.kinds.split(',') : ['event', 'milestone', 'recognition'];
  const categorySelect = h('select', { id: 'f-category', name: 'category' }, h('option', { value: '' }, t('anyCategory')));
  const actorSelect = h('select', { id: 'f-actor', name: 'actor' }, h('option', { value: '' }, t('anyActor')));
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('timeline') },
    h('div', {}, h('label', { for: 'f-from' }, t('fromYear')),
      h('input', { id: 'f-from', name: 'from', type: 'number', min: 1900, max: 2030, inputmode: 'numeric', value: f.from })),
    h('div', {}, h('label', { for: 'f-to' }, t('toYear')),
      h('input', { id: 'f-to', name: 'to', type: 'number', min: 1900, max: 2030, inputmode: 'numeric', value: f.to })),
    h('div', {}, h('label', { for: 'f-category' }, t('category')), categorySelect),
    h('div', {}, h('label', { for: 'f-actor' }, t('actor')), actorSelect),
    h('div', {}, h('label', { for: 'f-q' }, t('search')), h('input', { id: 'f-q', name: 'q', type: 'search', value: f.q })),
    h('fieldset', {}, h('legend', {}, t('kinds')),
      ['event', 'milestone', 'recognition'].map(k => h('label', {},
        h('input', { type: 'checkbox', name: 'kinds', value: k, checked: kinds.includes(k) }), t(k.toUpperCase())))),
    h('div', {}, h('button', { type: 'submit', class: 'primary' }, t('apply')), ' ',
      h('button', { type: 'button', class: 'secondary', onclick: () => { location.hash = href('/timeline'); } }, t('reset'))));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const data = new FormData(form);
    const chosen = data.getAll('kinds');
    location.hash = href('/timeline', {
      from: data.get('from'), to: data.get('to'), category: data.get('category'), actor: data.get('actor'),
      q: (data.get('q') || '').trim(), kinds: chosen.length === 3 ? '' : chosen.join(','),
    });
  });
  const list = h('ol', { class: 'timeline', id: 'timeline-list', 'aria-live': 'polite' });
  const status = h('p', { class: 'note', id: 'timeline-status' });
  const more = h('button', { type: 'button', class: 'secondary', id: 'load-more', hidden: true }, t('loadMore'));
  const notes = h('div', {});
  root.append(h('h1', {}, t('timelineTitle')), h('p', {}, t('timelineIntro')), form);
  if (eventsOnly) root.append(h('p', { class: 'note', id: 'events-only' }, t('eventsOnlyNote')));
  root.append(notes, list, status, more);
  focusHeading(root);

  // filter choices (failures here only leave the selects with "any")
  api('/events/categories').then(cats => {
    for (const c of (cats.items || cats)) categorySelect.append(h('option', { value: c.category, selected: c.category === f.category }, `${humanize(c.category)} (${c.count})`));
  }).catch(() => {});
  api('/actors', { limit: 500, fields: 'slug,name' }).then(page => {
    const actors = [...page.items].sort((a, b) => a.name.localeCompare(b.name));
    for (const a of actors) actorSelect.append(h('option', { value: a.slug, selected: a.slug === f.actor }, a.name));
  }).catch(() => {});

  const query = {
    from: f.from ? (/^\d{4}$/.test(f.from) ? `${f.from}-01-01` : f.from) : null,
    to: f.to ? (/^\d{4}$/.test(f.to) ? `${f.to}-12-31` : f.to) : null,
    lang, limit: PAGE,
  };
  let cursor = null; let loading = false; let done = false; let count = 0;
  const load = async () => {
    if (loading || done || token !== renderToken) return;
    loading = true; more.hidden = true; status.textContent = t('loading');
    try {
      const page = eventsOnly
        ? await api('/events', { ...query, category: f.category, actor: f.actor, q: f.q, sort: 'date', cursor })
        : await api('/timeline', { ...query, kinds: f.kinds, cursor });
      if (token !== renderToken) return;
      if (page.incomplete && page.incomplete.length) {
        notes.replaceChildren(h('div', { class: 'message warning', role: 'status', id: 'timeline-incomplete' },
          h('p', {}, t('incomplete', page.incomplete.join(', ')))));
      }
      for (const item of page.items) list.append(eventsOnly ? eventItem(item) : timelineItem(item));
      count += page.items.length;
      cursor = page.nextCursor; done = !cursor;
      list.dataset.count = String(count);
      status.textContent = count === 0 ? t('noResults') : (done ? `${t('shown', count)}. ${t('end')}` : t('shown', count));
      more.hidden = done;
    } catch (e) {
      status.textContent = '';
      notes.replaceChildren(message(e));
      done = true;
    } finally {
      loading = false;
    }
    if (!done && token === renderToken && nearBottom()) load();
  };
  more.addEventListener('click', load);
  const observer = new IntersectionObserver(entries => { if (entries.some(e => e.isIntersecting)) load(); }, { rootMargin: '300px' });
  observer.observe(status);
  window.addEventListener('hashchange', () => observer.disconnect(), { once: true });
  await load();
}
const nearBottom = () => window.innerHeight + window.scrollY >= document.body.scrollHeight - 300;

function itemHead(kind, date, precision, title, type) {
  return [h('p', { class: 'item-meta' }, h('span', { class: 'when' }, h('time', { datetime: date || '' }, formatDate(date, precision))),
    h('span', { class: 'badge' }, t(kind)), type ? h('span', { class: 'badge' }, humanize(type)) : null),
  h('h2', { class: 'item-title' }, title)];
}
function eventItem(ev) {
  return h('li', { class: 'kind-EVENT', 'data-kind': 'EVENT', 'data-id': ev.slug, 'data-date': ev.date },
    itemHead('EVENT', ev.date, ev.datePrecision, text(ev.title), ev.category),
    h('details', {}, h('summary', {}, t('sourcesAndDetails')), eventDetails(ev)));
}
function eventDetails(ev) {
  const agreements = ev.relatedAgreements || [];
  return h('div', {},
    ev.summary ? h('p', {}, text(ev.summary)) : null,
    ev.actors && ev.actors.length ? h('p', { class: 'note' }, ev.actors.map(a => a.name).join(' · ')) : null,
    agreements.length ? h('p', {}, agreements.map((slug, i) => [i ? ', ' : '', h('a', { href: href('/agreements/' + slug) }, slug)])) : null,
    h('h3', {}, t('sources')), sourcesList(ev.sources));
}
function timelineItem(item) {
  const details = h('details', {}, h('summary', {}, t('sourcesAndDetails')));
  const body = h('div', { class: 'details-body' }, h('p', { class: 'loading' }, t('loading')));
  details.append(body);
  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    try {
      body.replaceChildren(await itemDetails(item));
    } catch (e) {
      loaded = false;
      body.replaceChildren(message(e));
    }
  });
  return h('li', { class: 'kind-' + item.kind, 'data-kind': item.kind, 'data-id': item.id, 'data-date': item.date },
    itemHead(item.kind, item.date, item.datePrecision, item.title, item.type), details);
}
async function itemDetails(item) {
  const path = item.href.replace(/^\/api\/v1/, '');
  if (item.kind === 'EVENT') return eventDetails(await api(path, { lang }));
  if (item.kind === 'MILESTONE') {
    const ag = await api(path, { lang });
    const ms = (ag.milestones || []).find(m => m.date === item.date && m.type === item.type);
    return h('div', {}, ms && ms.description ? h('p', {}, text(ms.description)) : null,
      h('p', {}, h('a', { href: href('/agreements/' + ag.slug) }, `${t('openAgreement')}: ${text(ag.title)}`)),
      h('h3', {}, t('sources')), sourcesList(ms && ms.sources && ms.sources.length ? ms.sources : ag.sources));
  }
  const st = await api(path);
  const act = (st.acts || []).find(a => a.id === item.id);
  return h('div', {}, act && act.note ? h('p', {}, act.note) : null,
    h('p', {}, h('a', { href: href('/states/' + st.code) }, `${t('openState')}: ${st.name}`)),
    h('h3', {}, t('sources')), sourcesList(act ? act.sources : []));
}

// ------------------------------------------------------------------ agreements
async function agreementsView(root, token) {
  document.title = `${t('agreements')} · ${t('brand')}`;
  root.append(h('h1', {}, t('agreementsTitle')), h('p', {}, t('agreementsIntro')));
  focusHeading(root);
  const page = await api('/agreements', { lang, limit: 500, sort: 'date' });
  if (token !== renderToken) return;
  root.append(h('ul', { class: 'cards', id: 'agreement-list' }, page.items.map(a => h('li', {},
    h('h2', {}, h('a', { href: href('/agreements/' + a.slug) }, text(a.title))),
    h('p', { class: 'note' }, formatDate(a.date || a.concludedOn || a.proposedOn, a.datePrecision || a.concludedOnPrecision || a.proposedOnPrecision),
      ' · ', h('span', { class: 'status' }, humanize(a.status)), a.facilitator ? ` · ${a.facilitator}` : '')))));
}

async function agreementView(root, slug, token) {
  const a = await api('/agreements/' + encodeURIComponent(slug), { lang });
  if (token !== renderToken) return;
  document.title = `${text(a.title)} · ${t('brand')}`;
  const dateRow = (key, d, p) => (d ? [h('dt', {}, t(key)), h('dd', {}, formatDate(d, p))] : null);
  root.append(h('p', {}, h('a', { href: href('/agreements') }, '← ' + t('agreements'))),
    h('h1', { id: 'agreement-title' }, text(a.title)));
  if (a.summary) root.append(h('p', {}, text(a.summary)));
  root.append(
    h('dl', { class: 'facts' },
      h('dt', {}, t('kind')), h('dd', {}, humanize(a.kind)),
      h('dt', {}, t('status')), h('dd', { class: 'status' }, humanize(a.status)),
      h('dt', {}, t('stage')), h('dd', {}, humanize(a.stage)),
      h('dt', {}, t('process')), h('dd', {}, humanize(a.process)),
      h('dt', {}, t('facilitator')), h('dd', {}, a.facilitator || '—'),
      h('dt', {}, t('parties')), h('dd', {}, (a.parties || []).map(humanize).join(', ') || '—'),
      (a.signatories || []).length ? [h('dt', {}, t('signatories')),
        h('dd', {}, a.signatories.map(sg => [sg.name, sg.role ? ` (${sg.role})` : ''].join('')).join('; '))] : null,
      dateRow('proposedOn', a.proposedOn, a.proposedOnPrecision), dateRow('concludedOn', a.concludedOn, a.concludedOnPrecision)));
  focusHeading(root);

  root.append(h('h2', {}, t('provisions')));
  const provisions = a.provisions || [];
  root.append(provisions.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'provisions' },
    h('thead', {}, h('tr', {}, [t('number'), t('topic'), t('text'), t('implementation')].map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, provisions.map(p => h('tr', {}, h('td', {}, p.number), h('td', {}, humanize(p.topic)),
      h('td', {}, p.text, p.quote ? h('blockquote', {}, p.quote) : null),
      h('td', { class: 'status' }, label(p.implementationStatus))))))) : h('p', { class: 'note' }, t('none')));

  root.append(h('h2', {}, t('milestones')));
  const ms = a.milestones || [];
  root.append(ms.length ? h('ol', { class: 'timeline', id: 'milestones' }, ms.map(m => h('li', { class: 'kind-MILESTONE' },
    h('p', { class: 'item-meta' }, h('span', { class: 'when' }, formatDate(m.date, m.datePrecision)), h('span', { class: 'badge' }, humanize(m.type))),
    m.description ? h('p', {}, text(m.description)) : null,
    m.sources && m.sources.length ? h('details', {}, h('summary', {}, t('sources')), sourcesList(m.sources)) : null))) : h('p', { class: 'note' }, t('none')));

  const linked = h('div', { id: 'linked-events' }, h('p', { class: 'loading' }, t('loading')));
  root.append(h('h2', {}, t('linkedEvents')), linked);
  root.append(h('h2', {}, t('sources')), sourcesList(a.sources));
  try {
    const events = await api('/events', { agreement: a.slug, sort: 'date', lang, limit: 100 });
    if (token !== renderToken) return;
    linked.replaceChildren(events.items.length ? h('ol', { class: 'timeline' }, events.items.map(eventItem)) : h('p', { class: 'note' }, t('none')));
  } catch (e) {
    linked.replaceChildren(message(e));
  }
}

// ------------------------------------------------------------------ recognition: map, slider, chart, table
let worldMap = null;
async function loadWorld() {
  if (!worldMap) {
    const res = await fetch('explorer/world.json');
    if (!res.ok) throw new Error('world.json ' + res.status);
    worldMap = await res.json();
  }
  return worldMap;
}
const today = () => new Date().toISOString().slice(0, 10);
function lastDayOfMonth(y, m) { return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10); }
// slider positions: month ends from February 2008 to the current month, the last one being today
function sliderDates() {
  const end = today();
  const out = [];
  let y = 2008; let m = 2;
  for (;;) {
    const d = lastDayOfMonth(y, m);
    if (d >= end) { out.push(end); break; }
    out.push(d);
    m += 1; if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

async function recognitionView(root, params, token) {
  document.title = `${t('recognition')} · ${t('brand')}`;
  const dates = sliderDates();
  let date = params.get('date') || dates[dates.length - 1];
  const idx = Math.max(0, dates.findIndex(d => d >= date));
  const slider = h('input', { id: 'map-date', type: 'range', min: 0, max: dates.length - 1, step: 1,
    value: dates.findIndex(d => d >= date) === -1 ? dates.length - 1 : idx });
  const shown = h('output', { for: 'map-date', id: 'map-date-text' });
  const count = h('p', { class: 'count', id: 'recognition-count', 'aria-live': 'polite' });
  const mapBox = h('div', { id: 'map-box' });
  const tableBox = h('div', { class: 'table-wrap', id: 'map-table' });
  const chartBox = h('div', { id: 'chart-box' });
  const legend = h('ul', { class: 'legend' },
    [...STANCES.map(st => h('li', {}, h('span', { class: 'swatch', style: `background: var(--${{ RECOGNIZES: 'recognizes', WITHDRAWAL_CLAIMED: 'withdrawal', DISPUTED: 'disputed', DOES_NOT_RECOGNIZE: 'none' }[st]})` }), label(st))),
      h('li', {}, h('span', { class: 'swatch', style: 'background: var(--kosovo)' }), t('kosovo')),
      h('li', {}, h('span', { class: 'swatch', style: 'background: var(--nodata)' }), t('noData'))]);
  root.append(h('h1', {}, t('recognitionTitle')),
    h('div', { class: 'map-controls' }, h('label', { for: 'map-date' }, t('mapDate')), slider, shown), count,
    legend, mapBox, h('p', { class: 'note' }, t('notDrawn')),
    h('details', {}, h('summary', {}, t('mapTable')), tableBox),
    h('h2', {}, t('chartTitle')), chartBox);
  focusHeading(root);

  let world = null;
  try {
    world = await loadWorld();
  } catch (e) {
    mapBox.append(h('div', { class: 'message warning', role: 'status' }, h('p', {}, t('mapMissing'))));
  }
  let svg = null; const paths = new Map();
  if (world) {
    svg = s('svg', { class: 'map', id: 'world-map', viewBox: `0 0 ${world.width} ${world.height}`, role: 'img' });
    for (const shape of world.shapes) {
      const p = s('path', { d: shape.d, 'data-code': shape.code || '', class: shape.code === 'XK' ? 'kosovo' : 'nodata' },
        s('title', {}, shape.code === 'XK' ? t('kosovo') : shape.name));
      if (shape.code && shape.code !== 'XK') paths.set(shape.code, [...(paths.get(shape.code) || []), p]);
      svg.append(p);
    }
    svg.addEventListener('click', e => {
      const code = e.target.getAttribute && e.target.getAttribute('data-code');
      if (code && code !== 'XK' && e.target.classList.contains('nodata') === false) location.hash = href('/states/' + code);
    });
    mapBox.append(svg);
  }

  let pending = 0;
  const show = async d => {
    const mine = ++pending;
    shown.textContent = formatDate(d, 'DAY');
    slider.setAttribute('aria-valuetext', formatDate(d, 'DAY'));
    try {
      const asOf = await api('/recognitions/as-of/' + d);
      if (mine !== pending || token !== renderToken) return;
      const c = asOf.counts || {};
      count.textContent = t('recognizingAsOf', c.RECOGNIZES, formatDate(d, 'DAY'));
      count.dataset.count = String(c.RECOGNIZES);
      root.querySelectorAll('.message.problem').forEach(m => m.remove());
      const byCode = new Map(asOf.items.map(i => [i.iso2 || i.code, i]));
      for (const [code, list] of paths) {
        const st = byCode.get(code);
        for (const p of list) {
          p.setAttribute('class', st ? 'stance-' + st.stance : 'nodata');
          if (st) p.querySelector('title').textContent = `${st.name}: ${label(st.stance)}`;
        }
      }
      if (svg) svg.setAttribute('aria-label', t('mapLabel', formatDate(d, 'DAY'), STANCES.map(st => `${label(st)} ${c[st] || 0}`).join(', ')));
      const rows = [...asOf.items].sort((a, b) => STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance) || a.name.localeCompare(b.name));
      tableBox.replaceChildren(h('table', {},
        h('caption', {}, t('mapLabel', formatDate(d, 'DAY'), STANCES.map(st => `${label(st)} ${c[st] || 0}`).join(', '))),
        h('thead', {}, h('tr', {}, [t('state'), t('region'), t('stance')].map(x => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, rows.map(r => h('tr', { 'data-code': r.code }, h('td', {}, h('a', { href: href('/states/' + r.code) }, r.name)),
          h('td', {}, humanize(r.region)), h('td', {}, label(r.stance)))))));
      markChartYear(chartBox, d);
    } catch (e) {
      if (mine !== pending) return;
      count.replaceChildren(); delete count.dataset.count;
      root.querySelectorAll('.message.problem').forEach(m => m.remove());
      count.after(message(e));
    }
  };
  let timer = null;
  slider.addEventListener('input', () => {
    const d = dates[Number(slider.value)];
    shown.textContent = formatDate(d, 'DAY');
    clearTimeout(timer);
    timer = setTimeout(() => {
      history.replaceState(null, '', href('/recognition', { date: d === dates[dates.length - 1] ? '' : d }));
      show(d);
    }, 120);
  });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) date = dates[dates.length - 1];
  await Promise.all([show(date), chart(chartBox, token)]);
  markChartYear(chartBox, date);
}

async function chart(box, token) {
  let stats;
  try {
    stats = await api('/recognitions/stats', { groupBy: 'year' });
  } catch (e) {
    box.replaceChildren(message(e));
    return;
  }
  if (token !== renderToken) return;
  const years = stats.years || [];
  if (!years.length) return;
  const W = 640; const H = 260; const L = 40; const B = 30; const T = 10;
  const max = Math.max(...years.map(y => y.cumulativeRecognizing), 1);
  const top = Math.ceil(max / 20) * 20;
  const bw = (W - L - 10) / years.length;
  const yOf = v => T + (H - T - B) * (1 - v / top);
  const first = years[0]; const last = years[years.length - 1];
  const svg = s('svg', { class: 'chart', id: 'recognition-chart', viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': t('chartLabel', first.year, last.year, last.cumulativeRecognizing) });
  for (let v = 0; v <= top; v += 20) {
    svg.append(s('line', { x1: L, x2: W - 10, y1: yOf(v), y2: yOf(v), stroke: '#e0e0e0' }),
      s('text', { x: L - 6, y: yOf(v) + 4, 'text-anchor': 'end' }, String(v)));
  }
  years.forEach((y, i) => {
    const x = L + i * bw;
    svg.append(s('rect', { class: 'bar', 'data-year': y.year, x: x + 2, width: Math.max(1, bw - 4), y: yOf(y.cumulativeRecognizing),
      height: H - B - yOf(y.cumulativeRecognizing) }, s('title', {}, `${y.year}: ${y.cumulativeRecognizing}`)));
    if (years.length <= 20 || i % 2 === 0) svg.append(s('text', { x: x + bw / 2, y: H - B + 14, 'text-anchor': 'middle' }, String(y.year)));
  });
  svg.append(s('line', { class: 'axis', x1: L, x2: W - 10, y1: H - B, y2: H - B }));
  box.replaceChildren(svg, h('details', {}, h('summary', {}, t('chartTable')), h('div', { class: 'table-wrap' }, h('table', { id: 'chart-table' },
    h('thead', {}, h('tr', {}, [t('year'), t('recognitionsInYear'), t('withdrawalsInYear'), t('cumulative')].map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, years.map(y => h('tr', {}, h('th', { scope: 'row' }, String(y.year)), h('td', {}, String(y.recognitions)),
      h('td', {}, String(y.withdrawalsClaimed)), h('td', {}, String(y.cumulativeRecognizing)))))))));
}
function markChartYear(box, date) {
  const year = date.slice(0, 4);
  box.querySelectorAll('rect.bar').forEach(r => r.classList.toggle('current', r.dataset.year === year));
}

// ------------------------------------------------------------------ a state
async function stateView(root, code, token) {
  const st = await api('/states/' + encodeURIComponent(code));
  if (token !== renderToken) return;
  document.title = `${st.name} · ${t('brand')}`;
  root.append(h('p', {}, h('a', { href: href('/recognition') }, '← ' + t('recognition'))),
    h('h1', { id: 'state-name' }, st.name),
    h('dl', { class: 'facts' },
      h('dt', {}, t('currentStance')), h('dd', { class: 'status', id: 'state-stance' }, label(st.stance)),
      h('dt', {}, t('region')), h('dd', {}, humanize(st.region)),
      h('dt', {}, t('unMember')), h('dd', {}, st.unMember ? t('yes') : t('no')),
      h('dt', {}, 'ISO'), h('dd', {}, [st.iso2, st.iso3].filter(Boolean).join(' / ') || '—'),
      st.note ? [h('dt', {}, t('note')), h('dd', {}, st.note)] : null),
    h('h2', {}, t('acts')));
  focusHeading(root);
  const acts = st.acts || [];
  root.append(acts.length ? h('ol', { class: 'timeline', id: 'state-acts' }, acts.map(a => h('li', { class: 'kind-RECOGNITION' },
    h('p', { class: 'item-meta' }, h('span', { class: 'when' }, formatDate(a.date, a.datePrecision)), h('span', { class: 'badge' }, humanize(a.type)),
      a.date ? h('span', { class: 'badge' }, `${t('verified')}: ${a.verified ? t('yes') : t('no')}`) : null),
    a.note ? h('p', {}, a.note) : null,
    h('h3', {}, t('sources')), sourcesList(a.sources)))) : h('p', { class: 'note' }, t('none')));
}

// ------------------------------------------------------------------ start
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-lang]').forEach(b => b.addEventListener('click', () => {
    const { parts, params } = parseHash();
    if (b.dataset.lang === 'en') params.delete('lang'); else params.set('lang', b.dataset.lang);
    const q = params.toString();
    location.hash = '#/' + parts.map(encodeURIComponent).join('/') + (q ? '?' + q : '');
  }));
  window.addEventListener('hashchange', route);
  route();
});
