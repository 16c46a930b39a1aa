// 案件督导: the running cases of the supervisor's offices (GET /api/supervision/cases), with a drawer for a case's
// history (/cases.html#<id>: GET /api/disputes/<id>/timeline). Opened from Cockpit it runs on Cockpit's session; opened
// by itself it asks for the login. Everything shown comes from the API and is written as text, never as markup.
const TYPES = [
  ['MARRIAGE_FAMILY', '婚姻家庭纠纷'], ['NEIGHBOUR', '邻里纠纷'], ['LABOUR', '劳动争议'],
  ['TRAFFIC', '道路交通事故纠纷'], ['MEDICAL', '医疗纠纷'], ['LAND_CONTRACT', '土地承包经营纠纷'],
  ['LAND_REQUISITION', '征地拆迁纠纷'], ['CONSUMER', '消费纠纷'], ['PROPERTY_MANAGEMENT', '物业纠纷'],
  ['ENVIRONMENT', '环境污染纠纷'], ['CONTRACT_DEBT', '合同债务纠纷'], ['OTHER', '其他纠纷']
];
const PAGE_SIZE = 50;
let page = 0;
let asked = 0; // the latest list asked for: an earlier answer arriving late is dropped
let shown = new Map(); // case id → its row of the page shown

const $ = id => document.getElementById(id);

/** 2026-12-04 or 2026-12-04T20:15:03+08:00 → 2026年12月4日 (with 20:15 when asked); the API answers in China time. */
function chinese(iso, withTime) {
  const match = String(iso || '').match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/);
  if (!match) {
    return '';
  }
  const day = match[1] + '年' + Number(match[2]) + '月' + Number(match[3]) + '日';
  return withTime && match[4] ? day + ' ' + match[4] + ':' + match[5] : day;
}

/** An instant as China reads it: 2026年12月5日 15:10. */
function chinaTime(instant) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('zh-CN', {timeZone: 'Asia/Shanghai', year: 'numeric',
    month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'})
    .formatToParts(new Date(instant)).map(part => [part.type, part.value]));
  return parts.year + '年' + parts.month + '月' + parts.day + '日 ' + parts.hour + ':' + parts.minute;
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.filter(child => child !== null && child !== undefined && child !== '')
    .forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

async function getJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  return {status: response.status, ok: response.ok, body};
}

function problem(...lines) {
  const box = $('problem');
  box.replaceChildren(...lines);
  box.hidden = false;
}

/** Not logged in: say so, and offer the two ways in (the browser's login box, or Cockpit's login and back). */
function askToLogIn() {
  problem(element('p', {}, '请先登录：案件督导供督导（综治中心主任）使用。请点击“登录”，在浏览器弹出的窗口中输入用户名和密码；'
      + '或先在流程监控中登录，再从其菜单中的“案件督导”回到本页。'),
    element('a', {id: 'login', class: 'button', href: '/api/supervision/login'}, '登录'),
    element('a', {class: 'button', href: '/camunda/app/cockpit/default/'}, '登录流程监控'));
  $('caption').hidden = true;
  document.body.dataset.state = 'login';
}

function refusal(body, status) {
  if (body && Array.isArray(body.fieldErrors) && body.fieldErrors.length) {
    return body.fieldErrors.map(e => e.message).join('；');
  }
  return (body && body.message) || ('请求未成功（' + status + '），请稍后重试或联系管理员');
}

function fillTypes() {
  const select = $('type');
  TYPES.forEach(([code, label]) => select.append(element('option', {value: code}, label)));
}

/** The townships and villages of the user's office, from the region tree (a county's levels flattened). */
async function fillVillages() {
  const answer = await getJson('/api/regions/mine');
  if (!answer.ok || !Array.isArray(answer.body)) {
    return;
  }
  const select = $('region');
  const walk = nodes => (nodes || []).forEach(node => {
    if (node.code.length === 9) {
      select.append(element('option', {value: node.code}, node.name + '（全镇）'));
      (node.children || []).forEach(village =>
        select.append(element('option', {value: village.code}, node.name + ' · ' + village.name)));
    } else if (node.code.length < 9) {
      walk(node.children);
    }
  });
  walk(answer.body);
}

function query() {
  const params = new URLSearchParams();
  ['status', 'type', 'region'].forEach(name => {
    if ($(name).value) {
      params.set(name, $(name).value);
    }
  });
  if ($('overdue').checked) {
    params.set('overdue', 'true');
  }
  const [sort, direction] = $('sort').value.split(':');
  params.set('sort', sort);
  params.set('direction', direction);
  params.set('page', String(page));
  params.set('size', String(PAGE_SIZE));
  return params;
}

function markSortHeaders() {
  const [sort, direction] = $('sort').value.split(':');
  document.querySelectorAll('th button.sort').forEach(button => {
    if (button.dataset.sort === sort) {
      button.dataset.active = direction;
    } else {
      delete button.dataset.active;
    }
  });
}

async function load() {
  const mine = ++asked;
  document.body.dataset.state = 'loading';
  markSortHeaders();
  $('caption').textContent = '正在加载……';
  const answer = await getJson('/api/supervision/cases?' + query());
  if (mine !== asked) {
    return;
  }
  document.body.dataset.state = 'ready';
  if (answer.status === 401) {
    askToLogIn();
    return;
  }
  if (!answer.ok) {
    problem(element('p', {}, refusal(answer.body, answer.status)));
    $('caption').textContent = '';
    return;
  }
  $('problem').hidden = true;
  render(answer.body);
}

function overdueMark(days) {
  return element('span', {class: 'overdue-mark'}, '已逾期' + days + '天');
}

function render(result) {
  const rows = $('rows');
  rows.replaceChildren();
  shown = new Map();
  const caption = $('caption');
  caption.replaceChildren('截至' + chinese(result.today) + '，符合条件的在办案件共 ' + result.totalElements + ' 件，其中已逾期 ',
    element('span', {class: 'late', id: 'overdue-total'}, String(result.overdueCases)), ' 件。');
  if (!result.content.length) {
    rows.append(element('tr', {}, element('td', {colspan: '9', class: 'empty'}, '没有符合条件的在办案件')));
  }
  for (const row of result.content) {
    shown.set(String(row.id), row);
    const due = element('td', {class: 'due'}, row.due ? chinese(row.due) : '—');
    if (row.overdue) {
      due.append(overdueMark(row.daysOverdue));
    }
    const place = row.township ? row.township + ' · ' + row.village : row.village;
    rows.append(element('tr', {'data-case-no': row.caseNo, class: row.overdue ? 'overdue' : ''},
      element('td', {class: 'case-no'}, row.caseNo),
      element('td', {class: 'parties'}, row.parties.map(p => p.name + '（' + p.roleLabel + '）').join('、')),
      element('td', {}, row.typeLabel),
      element('td', {class: 'village'}, place),
      element('td', {class: 'date'}, chinese(row.registeredOn)),
      element('td', {class: 'steps'}, ...(row.steps.length ? row.steps.map(s => element('span', {class: 'step'}, s.name))
        : ['—'])),
      element('td', {class: 'holders'}, ...(row.steps.length
        ? row.steps.map(s => element('span', {class: 'holder'}, s.holder)) : ['—'])),
      due,
      element('td', {class: 'links'},
        element('a', {href: '#' + row.id, class: 'history'}, '办理经过'),
        element('a', {href: row.cockpitLink, class: 'diagram', target: '_blank', rel: 'noopener'}, '流程图'))));
  }
  $('list').hidden = false;
  const pages = Math.max(result.totalPages, 1);
  $('page-of').textContent = '第 ' + (result.page + 1) + ' / ' + pages + ' 页';
  $('previous').disabled = result.page <= 0;
  $('next').disabled = result.page + 1 >= result.totalPages;
  openFromAddress();
}

/** /cases.html#<id>: the case's history in the drawer; the case's line from the list when it is on the page. */
async function openFromAddress() {
  const id = location.hash.replace(/^#/, '');
  if (!/^\d+$/.test(id)) {
    $('drawer').hidden = true;
    return;
  }
  const row = shown.get(id);
  $('drawer-title').textContent = row ? '案件 ' + row.caseNo + ' 办理经过' : '案件办理经过';
  const about = $('drawer-case');
  about.replaceChildren();
  if (row) {
    about.append(element('div', {}, row.typeLabel + ' · ' + (row.township ? row.township + ' · ' : '') + row.village
      + ' · ' + row.statusLabel),
    element('div', {}, '当事人：' + row.parties.map(p => p.name + '（' + p.roleLabel + '）').join('、')),
    element('div', {}, '登记于' + chinese(row.registeredOn) + (row.due ? '，最近到期日' + chinese(row.due) : ''),
      row.overdue ? overdueMark(row.daysOverdue) : null),
    element('div', {}, element('a', {href: row.cockpitLink, target: '_blank', rel: 'noopener'}, '在流程监控中查看流程图')));
  }
  const list = $('timeline');
  list.replaceChildren(element('li', {}, '正在加载……'));
  $('drawer').hidden = false;
  const answer = await getJson('/api/disputes/' + id + '/timeline');
  if (location.hash.replace(/^#/, '') !== id) {
    return; // another case was asked for meanwhile
  }
  if (!answer.ok) {
    list.replaceChildren(element('li', {}, answer.status === 404 ? '未找到该案件，或该案件不在本单位范围内'
      : refusal(answer.body, answer.status)));
    return;
  }
  list.replaceChildren(...answer.body.map(entry => element('li', {},
    element('span', {class: 'when'}, chinese(entry.time, true)),
    element('span', {class: 'what'}, entry.typeLabel + (entry.summary ? '：' + entry.summary : '')),
    entry.detail ? element('span', {class: 'detail'}, entry.detail) : null)));
}

function closeDrawer() {
  history.replaceState(null, '', location.pathname + location.search);
  $('drawer').hidden = true;
}

/** The closed cases whose bound file lacks required items: shown below the list when there are any. */
async function loadIncompleteFiles() {
  const answer = await getJson('/api/supervision/case-files/incomplete');
  const rows = answer.ok && Array.isArray(answer.body) ? answer.body : [];
  $('incomplete-rows').replaceChildren(...rows.map(row => element('tr', {},
    element('td', {}, element('a', {href: '#' + row.caseId}, row.caseNo)),
    element('td', {}, row.caseFile.documentNo + '（第' + row.caseFile.version + '版）'),
    element('td', {}, row.missing.join('、')),
    element('td', {}, chinaTime(row.caseFile.issuedAt)),
    element('td', {}, element('a', {href: row.caseFile.href, target: '_blank', rel: 'noopener'}, '打开卷宗')))));
  $('incomplete-files').hidden = rows.length === 0;
}

async function start() {
  const session = await getJson('/api/supervision/session');
  if (!session.ok || !session.body.loggedIn) {
    askToLogIn();
    return;
  }
  if (!session.body.supervisor) {
    problem(element('p', {}, '您所在的岗位无权查看案件督导：本页供督导（综治中心主任）使用。'));
    $('caption').hidden = true;
    document.body.dataset.state = 'refused';
    return;
  }
  fillTypes();
  await fillVillages();
  $('filters').hidden = false;
  await loadIncompleteFiles();
  await load();
}

$('filters').addEventListener('submit', event => {
  event.preventDefault();
  page = 0;
  load();
});
['status', 'type', 'region', 'overdue', 'sort'].forEach(id => $(id).addEventListener('change', () => {
  page = 0;
  load();
}));
document.querySelectorAll('th button.sort').forEach(button => button.addEventListener('click', () => {
  const [sort, direction] = $('sort').value.split(':');
  const next = button.dataset.sort;
  $('sort').value = next === sort ? next + ':' + (direction === 'asc' ? 'desc' : 'asc')
    : next + ':' + (next === 'due' ? 'asc' : 'desc');
  page = 0;
  load();
}));
$('previous').addEventListener('click', () => {
  page = Math.max(0, page - 1);
  load();
});
$('next').addEventListener('click', () => {
  page += 1;
  load();
});
$('close-drawer').addEventListener('click', closeDrawer);
window.addEventListener('hashchange', openFromAddress);
start().catch(error => problem(element('p', {}, '页面加载失败：' + error.message)));
