// Everything shown comes from the API and is written as text, never as markup.
const rules = new Map();

function chineseDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return y + '年' + m + '月' + d + '日';
}

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text;
  row.appendChild(td);
  return td;
}

function addPauseRow() {
  const row = document.createElement('div');
  row.className = 'pause-row';
  row.innerHTML = '<input type="date" class="pause-from" aria-label="暂停开始"> 至 <input type="date" class="pause-to" aria-label="暂停结束">';
  document.getElementById('pause-rows').appendChild(row);
}

/** Not logged in: say so, and offer the login (the browser asks for the Tasklist user name and password). */
function askToLogIn() {
  document.body.dataset.state = 'login';
  const problem = document.getElementById('problem');
  problem.replaceChildren();
  const line = document.createElement('p');
  line.textContent = '请先登录：期限计算需要登录后使用。请点击下面的“登录”，在浏览器弹出的窗口中输入任务列表的用户名和密码。';
  const link = document.createElement('a');
  link.id = 'login';
  link.className = 'button';
  link.href = '/api/deadlines/login';
  link.textContent = '登录';
  problem.append(line, link);
  problem.hidden = false;
  document.getElementById('question').hidden = true;
}

async function loggedIn() {
  const response = await fetch('/api/deadlines/session', {credentials: 'same-origin'});
  return response.ok && (await response.json()).loggedIn === true;
}

async function loadRules() {
  if (!(await loggedIn())) {
    askToLogIn();
    return;
  }
  const response = await fetch('/api/deadlines/rules', {credentials: 'same-origin'});
  if (response.status === 401) {
    askToLogIn();
    return;
  }
  if (!response.ok) {
    throw new Error('期限规则无法读取（HTTP ' + response.status + '），请稍后重试或联系管理员');
  }
  const select = document.getElementById('rule');
  const catalogue = document.getElementById('catalogue');
  for (const rule of await response.json()) {
    rules.set(rule.code, rule);
    const option = document.createElement('option');
    option.value = rule.code;
    option.textContent = rule.name + '（' + rule.limit + rule.unitLabel + '）';
    select.appendChild(option);
    const row = document.createElement('tr');
    row.dataset.rule = rule.code;
    cell(row, rule.name);
    cell(row, rule.limit + rule.unitLabel).className = 'limit';
    cell(row, rule.basis + (rule.quote ? '：“' + rule.quote + '”' : ''));
    cell(row, rule.pausable ? '是' : '否');
    cell(row, rule.extendable ? (rule.extensionApprovedBy + (rule.maxExtension ? '，最多' + rule.maxExtension + '日' : '，无上限')) : '不可延长');
    catalogue.appendChild(row);
  }
  showPauses();
  document.body.dataset.state = 'ready';
}

function showPauses() {
  const rule = rules.get(document.getElementById('rule').value);
  document.getElementById('pauses').hidden = !(rule && rule.pausable);
}

async function ask(event) {
  event.preventDefault();
  const params = new URLSearchParams();
  params.set('rule', document.getElementById('rule').value);
  params.set('start', document.getElementById('start').value);
  if (!document.getElementById('pauses').hidden) {
    for (const row of document.querySelectorAll('.pause-row')) {
      const from = row.querySelector('.pause-from').value;
      const to = row.querySelector('.pause-to').value;
      if (from || to) {
        params.append('pause', from + '/' + to);
      }
    }
  }
  const response = await fetch('/api/deadlines/due?' + params, {credentials: 'same-origin'});
  if (response.status === 401) {
    askToLogIn();
    return;
  }
  const body = await response.json();
  const problem = document.getElementById('problem');
  const answer = document.getElementById('answer');
  if (!response.ok) {
    problem.textContent = (body.fieldErrors || []).map(e => e.message).join('；') || body.message;
    problem.hidden = false;
    answer.hidden = true;
    return;
  }
  problem.hidden = true;
  document.getElementById('due').textContent = chineseDate(body.due);
  const steps = document.getElementById('steps');
  steps.replaceChildren();
  for (const step of body.steps) {
    const li = document.createElement('li');
    li.textContent = step;
    steps.appendChild(li);
  }
  document.getElementById('basis').textContent = body.name + '：' + body.basis;
  document.getElementById('quote').textContent = body.quote ? '“' + body.quote + '”' : '本地工作规范，非法律规定';
  const incomplete = document.getElementById('incomplete');
  incomplete.textContent = '注意：期间所涉年度的国务院节假日安排尚未载入，该年度仅按周末计算，结果可能需要在通知发布后重新计算。';
  incomplete.hidden = body.calendarComplete;
  answer.hidden = false;
}

document.getElementById('rule').addEventListener('change', showPauses);
document.getElementById('add-pause').addEventListener('click', addPauseRow);
document.getElementById('question').addEventListener('submit', ask);
// today in China (Asia/Shanghai), whatever the browser's own time zone: en-CA writes 2026-12-04
document.getElementById('start').value = new Intl.DateTimeFormat('en-CA',
  {timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit'}).format(new Date());
addPauseRow();
loadRules().catch(error => {
  document.body.dataset.state = 'error';
  const problem = document.getElementById('problem');
  problem.textContent = error.message;
  problem.hidden = false;
});
