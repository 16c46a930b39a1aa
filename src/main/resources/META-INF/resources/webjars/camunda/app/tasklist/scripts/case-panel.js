// Sandiao: the case in front of whoever works it.
// - Above a task's form: the case number, type, state, village, registration date, the parties with their phones
//   (whole for those who work the case; each look is on the audit trail as a view of personal data), the last steps
//   of its history, and its papers: the issued documents to open and print, and those the step can issue.
// - Above a petition's task: its number and its papers (the notices and opinions it has reached).
// - After 发起 of a start form: the new case number.
// The API answers the Tasklist session as its user (WebappSessionBridge); what changes something sends the
// session's anti-forgery token, as Tasklist's own calls do.
const ENGINE = '/camunda/api/engine/engine/default';
const ROLES = {APPLICANT: '申请人', RESPONDENT: '被申请人'};
const PANEL_ID = 'sandiao-case-panel';
let loading = null;
/** Tasks with neither a dispute nor a petition behind them (reminders): asked once. */
const withoutCase = new Set();
let villages = null;

function taskIdOfPage() {
  const match = location.hash.match(/[?&]task=([^&]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

async function getJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.ok ? response.json() : null;
}

function token() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/** 2026-12-04T20:15:03.1+08:00 → 2026年12月4日 20:15 (the API answers in China time). */
function chinaTime(iso, withTime) {
  const match = String(iso || '').match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/);
  if (!match) {
    return '';
  }
  const day = match[1] + '年' + Number(match[2]) + '月' + Number(match[3]) + '日';
  return withTime && match[4] ? day + ' ' + match[4] + ':' + match[5] : day;
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.filter(child => child !== null && child !== undefined)
    .forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

async function villageName(code) {
  if (!villages) {
    villages = {};
    const walk = nodes => (nodes || []).forEach(node => {
      villages[node.code] = node.name;
      walk(node.children);
    });
    walk(await getJson('/api/regions'));
  }
  return villages[code] || '';
}

function partiesTable(parties) {
  const rows = parties.map(party => element('tr', {},
    element('td', {}, ROLES[party.role] || ''),
    element('td', {class: 'sandiao-party-name'}, party.name),
    element('td', {class: 'sandiao-party-phone'}, party.phone || '（未留电话）')));
  return element('table', {class: 'sandiao-parties'},
    element('thead', {}, element('tr', {}, element('th', {}, '身份'), element('th', {}, '姓名（名称）'),
      element('th', {}, '联系电话'))),
    element('tbody', {}, ...rows));
}

function historyList(entries) {
  const last = entries.slice(-5);
  return element('ol', {class: 'sandiao-history', start: String(entries.length - last.length + 1)},
    ...last.map(entry => element('li', {}, chinaTime(entry.time, true) + '　' + entry.typeLabel
      + (entry.summary ? '：' + entry.summary : ''))));
}

/** The papers of the case or petition whose API is at {@code base} (/api/disputes/1, /api/petitions/2). */
function papers(base, documents, reload) {
  const list = element('ul', {class: 'sandiao-papers'});
  (documents.issued || []).forEach(issued => list.append(element('li', {},
    element('a', {href: issued.href, target: '_blank', rel: 'noopener'},
      issued.label + '（' + issued.documentNo + '，第' + issued.version + '版）'))));
  (documents.issuable || []).forEach(paper => {
    const again = (documents.issued || []).some(issued => issued.kind === paper.kind);
    const button = element('button', {type: 'button', class: 'btn btn-default btn-xs'},
      (again ? '重新生成' : '生成') + paper.label + (again ? '（新版本）' : ''));
    button.addEventListener('click', async () => {
      button.disabled = true;
      const response = await fetch(base + '/documents/' + paper.kind, {
        method: 'POST', credentials: 'same-origin', headers: {'X-XSRF-TOKEN': token(), Accept: 'application/json'}
      });
      if (response.ok) {
        const issued = await response.json();
        window.open(issued.href, '_blank', 'noopener');
      }
      reload();
    });
    list.append(element('li', {}, button));
  });
  if (!list.children.length) {
    list.append(element('li', {}, '本步骤没有要出具的文书'));
  }
  return list;
}

function place(panel, container) {
  const old = document.getElementById(PANEL_ID);
  if (old) {
    old.replaceWith(panel);
  } else {
    container.parentNode.insertBefore(panel, container);
  }
}

/** A petition's task: its number and its papers (no personal data: the detail is not asked, nor audited). */
async function renderPetition(taskId, container, petitionId) {
  const [number, documents] = await Promise.all([
    getJson(ENGINE + '/task/' + encodeURIComponent(taskId) + '/variables/petitionNo'),
    getJson('/api/petitions/' + petitionId + '/documents')]);
  if (!documents || taskIdOfPage() !== taskId) {
    return;
  }
  place(element('section', {id: PANEL_ID, class: 'sandiao-case', 'data-task': taskId},
    element('h4', {}, '信访事项 ' + (number && number.value ? number.value : '')),
    element('h5', {}, '文书'), papers('/api/petitions/' + petitionId, documents, () => refresh(true))), container);
}

async function render(taskId, container) {
  const variable = await getJson(ENGINE + '/task/' + encodeURIComponent(taskId) + '/variables/caseId');
  const old = document.getElementById(PANEL_ID);
  if (!variable || variable.value === null || variable.value === undefined) {
    const petition = await getJson(ENGINE + '/task/' + encodeURIComponent(taskId) + '/variables/petitionId');
    if (petition && petition.value !== null && petition.value !== undefined) {
      await renderPetition(taskId, container, petition.value);
      return;
    }
    withoutCase.add(taskId);
    if (old) {
      old.remove();
    }
    return;
  }
  const caseId = variable.value;
  const [detail, timeline, documents] = await Promise.all([
    getJson('/api/disputes/' + caseId), getJson('/api/disputes/' + caseId + '/timeline'),
    getJson('/api/disputes/' + caseId + '/documents')]);
  if (!detail || taskIdOfPage() !== taskId) {
    return;
  }
  const village = await villageName(detail.regionCode);
  const panel = element('section', {id: PANEL_ID, class: 'sandiao-case', 'data-task': taskId},
    element('h4', {}, '案件 ' + detail.caseNo),
    element('p', {class: 'sandiao-case-facts'},
      [detail.typeLabel, detail.statusLabel, village, '登记于' + chinaTime(detail.registeredAt, false)]
        .filter(Boolean).join('　·　')),
    element('h5', {}, '当事人'), partiesTable(detail.parties || []),
    element('h5', {}, '办理经过'), historyList(timeline || []),
    element('h5', {}, '文书'), papers('/api/disputes/' + caseId, documents || {}, () => refresh(true)));
  place(panel, container);
}

async function refresh(force) {
  const taskId = taskIdOfPage();
  const container = document.querySelector('.fjs-container');
  const existing = document.getElementById(PANEL_ID);
  if (!taskId || !container || withoutCase.has(taskId)) {
    existing?.remove();
    return;
  }
  if (!force && existing && existing.dataset.task === taskId && existing.nextElementSibling === container) {
    return;
  }
  if (loading === taskId && !force) {
    return;
  }
  loading = taskId;
  try {
    await render(taskId, container);
  } finally {
    loading = null;
  }
}

// ---- the case number after 发起 ----

function announce(caseNo) {
  document.getElementById('sandiao-started')?.remove();
  const close = element('button', {type: 'button', class: 'close', 'aria-label': '关闭'}, '×');
  const notice = element('div', {id: 'sandiao-started', class: 'alert alert-success sandiao-started', role: 'status'},
    close, '已发起，案号：', element('strong', {}, caseNo), '。请记下案号，当事人查询和后续办理都用它。');
  close.addEventListener('click', () => notice.remove());
  document.body.append(notice);
  setTimeout(() => notice.remove(), 30000);
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url) {
  this.sandiaoStart = /\/process-definition\/[^/]+(\/key\/[^/]+)?\/submit-form(\?|$)/.test(String(url));
  return open.apply(this, arguments);
};
XMLHttpRequest.prototype.send = function () {
  if (this.sandiaoStart) {
    this.addEventListener('load', () => {
      if (this.status === 200) {
        try {
          const started = JSON.parse(this.responseText);
          if (started.businessKey) {
            announce(started.businessKey);
          }
        } catch (notJson) {
          // nothing to announce
        }
      }
    });
  }
  return send.apply(this, arguments);
};

/** The footer names the browser's time zone by its IANA id; in China it is 北京时间. */
function chineseTimeZone() {
  const zone = document.querySelector('#footer-timezone i');
  if (zone && zone.textContent === 'Asia/Shanghai') {
    zone.textContent = '北京时间';
  }
}

new MutationObserver(() => {
  chineseTimeZone();
  refresh(false);
}).observe(document.documentElement, {childList: true, subtree: true});
window.addEventListener('hashchange', () => refresh(false));

export default [];
