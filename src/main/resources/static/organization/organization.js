'use strict';
// The organisation's administrator: the region tree of its part, committees and their mediators, one record
// edited (checked as the workbook's rows are), a mediator taken off with its open work handed on, and the
// workbook's dry run and apply. Every call goes to /api/organization (org-admin or the Camunda administrator).
(function () {
  const $ = id => document.getElementById(id);
  let selectedRegion = '';
  let selectedCommittee = null;
  let committeesShown = [];
  let mediatorsShown = [];
  /** Regions whose children are shown; kept when the tree is drawn again after a change. */
  const expanded = new Set();

  function token() {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  async function call(path, options) {
    const response = await fetch(path, Object.assign({credentials: 'same-origin'}, options || {}, {
      headers: Object.assign({Accept: 'application/json', 'X-XSRF-TOKEN': token()}, (options || {}).headers || {})
    }));
    const body = await response.json().catch(() => null);
    return {status: response.status, body: body};
  }

  function problem(text) {
    $('problem').textContent = text || '';
    $('problem').hidden = !text;
  }

  function explain(answer) {
    if (answer.status === 401) return '请先登录（用户名或密码错误）';
    if (answer.status === 403) return '只有组织机构管理员可以使用本页';
    return (answer.body && answer.body.message) || '操作未成功，请稍后重试';
  }

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    if (className) td.className = className;
    return td;
  }

  function button(text, onClick, secondary) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    if (secondary) b.className = 'secondary';
    b.addEventListener('click', onClick);
    return b;
  }

  // ---- the region tree ----

  async function loadTree() {
    const answer = await call('/api/organization/regions');
    if (answer.status !== 200) {
      problem(explain(answer));
      document.body.dataset.state = 'error';
      return false;
    }
    const byParent = {};
    answer.body.forEach(region => (byParent[region.parentCode] = byParent[region.parentCode] || []).push(region));
    const codes = new Set(answer.body.map(region => region.code));
    const roots = answer.body.filter(region => !codes.has(region.parentCode));
    const tree = $('tree');
    tree.replaceChildren(...roots.map(region => node(region, byParent)));
    return true;
  }

  function node(region, byParent) {
    const li = document.createElement('li');
    li.dataset.code = region.code;
    if (!region.active) li.className = 'inactive';
    const children = byParent[region.code] || [];
    const sub = document.createElement('ul');
    children.forEach(child => sub.append(node(child, byParent)));
    if (children.length) {
      if (region.code.length < 9 && !expanded.has('!' + region.code)) {
        expanded.add(region.code); // a county or city opens at first; townships show their villages on request
      }
      const toggle = button(expanded.has(region.code) ? '▾' : '▸', () => {
        sub.hidden = !sub.hidden;
        toggle.textContent = sub.hidden ? '▸' : '▾';
        expanded.delete(sub.hidden ? region.code : '!' + region.code);
        expanded.add(sub.hidden ? '!' + region.code : region.code);
      });
      toggle.className = 'toggle';
      toggle.setAttribute('aria-label', '展开或收起');
      sub.hidden = !expanded.has(region.code);
      li.append(toggle);
    }
    const name = button(region.name + (region.active ? '' : '（已停用）'), () => selectRegion(region, name));
    name.className = 'node';
    li.append(name);
    if (region.editable) {
      const edit = button('编辑', () => openEditor('regions', region.code, '区划：' + region.name), true);
      edit.className = 'edit';
      li.append(edit);
    }
    li.append(sub);
    return li;
  }

  function selectRegion(region, element) {
    document.querySelectorAll('.tree button.node.selected').forEach(b => b.classList.remove('selected'));
    element.classList.add('selected');
    selectedRegion = region.code;
    $('committees-title').textContent = region.name + '的调委会';
    loadCommittees('');
  }

  // ---- committees and mediators ----

  async function loadCommittees(query) {
    const answer = await call('/api/organization/committees?region=' + encodeURIComponent(selectedRegion)
      + '&q=' + encodeURIComponent(query || ''));
    if (answer.status !== 200) {
      problem(explain(answer));
      return;
    }
    committeesShown = answer.body;
    $('committees').tBodies[0].replaceChildren(...answer.body.map(committee => {
      const tr = document.createElement('tr');
      if (!committee.active) tr.className = 'inactive';
      const actions = document.createElement('td');
      actions.append(button('调解员', () => loadMediators(committee, '')),
        button('编辑', () => openEditor('committees', committee.code, '调委会：' + committee.name), true));
      tr.append(cell(committee.name), cell(committee.kind), cell(committee.field), cell(committee.disputeTypes || '全部类型'),
        cell(committee.mediators), cell(committee.active ? '在用' : '已停用'), actions);
      return tr;
    }));
  }

  async function loadMediators(committee, query) {
    selectedCommittee = committee;
    const path = committee ? '/api/organization/mediators?committee=' + encodeURIComponent(committee.code)
      : '/api/organization/mediators?q=' + encodeURIComponent(query);
    const answer = await call(path);
    if (answer.status !== 200) {
      problem(explain(answer));
      return;
    }
    mediatorsShown = answer.body;
    $('mediators-title').textContent = committee ? committee.name + '的调解员' : '姓名含“' + query + '”的调解员';
    $('mediators-title').hidden = false;
    $('mediators').hidden = false;
    $('mediators').tBodies[0].replaceChildren(...answer.body.map(mediator => {
      const tr = document.createElement('tr');
      if (!mediator.active) tr.className = 'inactive';
      const actions = document.createElement('td');
      actions.append(button('编辑', () => openEditor('mediators', mediator.userId, '调解员：' + mediator.name), true));
      if (mediator.active) actions.append(button('停用', () => openLeaver(mediator), true));
      tr.append(cell(mediator.userId), cell(mediator.name), cell(mediator.row['职务']), cell(mediator.row['专职兼职']),
        cell(mediator.row['联系电话']), cell(mediator.active ? '在职' : '已停用'), actions);
      return tr;
    }));
  }

  // ---- one record ----

  async function openEditor(sheet, key, title) {
    const answer = await call('/api/organization/records/' + sheet + '/' + encodeURIComponent(key));
    if (answer.status !== 200) {
      problem(explain(answer));
      return;
    }
    $('editor-title').textContent = '编辑' + title;
    $('editor-problem').textContent = '';
    const fields = $('editor-fields');
    fields.replaceChildren();
    Object.entries(answer.body).forEach(([heading, value], index) => {
      const id = 'field-' + index;
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = heading;
      const input = document.createElement('input');
      input.id = id;
      input.dataset.heading = heading;
      input.value = value;
      input.readOnly = index === 0; // the key: a record is not renamed
      const error = document.createElement('div');
      error.className = 'field-error';
      error.dataset.errorFor = heading;
      fields.append(label, input, error);
    });
    $('editor-save').onclick = () => saveRecord(sheet, key);
    $('editor').showModal();
  }

  async function saveRecord(sheet, key) {
    const values = {};
    document.querySelectorAll('#editor-fields input').forEach(input => (values[input.dataset.heading] = input.value));
    document.querySelectorAll('#editor-fields .field-error').forEach(e => (e.textContent = ''));
    const answer = await call('/api/organization/records/' + sheet + '/' + encodeURIComponent(key), {
      method: 'PUT', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(values)
    });
    if (answer.status === 200) {
      $('editor').close();
      await refresh();
      return;
    }
    const problems = (answer.body && answer.body.fieldErrors) || [];
    problems.forEach(p => {
      const at = document.querySelector('#editor-fields [data-error-for="' + CSS.escape(p.field) + '"]');
      if (at) at.textContent = p.message;
    });
    $('editor-problem').textContent = problems.length ? '请按提示改正后再保存' : explain(answer);
  }

  // ---- a mediator leaves ----

  async function openLeaver(mediator) {
    const answer = await call('/api/organization/mediators/' + encodeURIComponent(mediator.userId) + '/open-work');
    if (answer.status !== 200) {
      problem(explain(answer));
      return;
    }
    $('leaver-title').textContent = '停用调解员' + mediator.name;
    const work = answer.body.length
      ? answer.body.map(w => w.caseNo + '　' + w.taskName).join('；')
      : '手上没有未办完的任务。';
    $('leaver-work').textContent = answer.body.length ? '手上未办完的任务：' + work : work;
    const to = $('leaver-to');
    to.replaceChildren();
    const queue = document.createElement('option');
    queue.value = '';
    queue.textContent = '退回本调委会，由同事领取';
    to.append(queue);
    mediatorsShown.filter(m => m.active && m.userId !== mediator.userId && m.committeeCode === mediator.committeeCode)
      .forEach(m => {
        const option = document.createElement('option');
        option.value = m.userId;
        option.textContent = m.name;
        to.append(option);
      });
    $('leaver-problem').textContent = '';
    $('leaver-confirm').onclick = async () => {
      const done = await call('/api/organization/mediators/' + encodeURIComponent(mediator.userId) + '/deactivation', {
        method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({reassignTo: to.value || null})
      });
      if (done.status === 200) {
        $('leaver').close();
        await refresh();
      } else {
        $('leaver-problem').textContent = explain(done);
      }
    };
    $('leaver').showModal();
  }

  // ---- the workbook ----

  async function upload(apply) {
    const file = $('workbook').files[0];
    if (!file) {
      problem('请先选择工作簿文件');
      return;
    }
    problem('');
    const form = new FormData();
    form.append('file', file);
    const answer = await call('/api/organization/import?apply=' + apply, {method: 'POST', body: form});
    if (!answer.body || !answer.body.summary) {
      problem(explain(answer));
      return;
    }
    showReport(answer.body);
    if (apply && answer.status === 200) {
      $('apply').disabled = true;
      await refresh();
    }
  }

  function showReport(report) {
    const s = report.summary;
    $('report').hidden = false;
    $('summary').textContent = (report.applied ? '已导入：' : '试导入结果（尚未导入）：')
      + '新增' + s.added + '条，变更' + s.changed + '条，停用' + s.deactivated + '条，不变' + s.unchanged + '条，不能导入'
      + s.refused + '条。';
    $('refused-part').hidden = !report.refused.length;
    $('refused').tBodies[0].replaceChildren(...report.refused.map(r => {
      const tr = document.createElement('tr');
      tr.append(cell(r.sheet), cell(r.row), cell(r.column), cell(r.value), cell(r.reason));
      return tr;
    }));
    const rows = [].concat(
      report.adds.map(r => [r, '新增', 'added']), report.changes.map(r => [r, '变更', 'changed']),
      report.deactivations.map(r => [r, '停用', 'deactivated']));
    $('changes-part').hidden = !rows.length;
    $('changes-title').textContent = report.applied ? '已发生的变化' : '将要发生的变化';
    $('changes').tBodies[0].replaceChildren(...rows.map(([r, label, kind]) => {
      const tr = document.createElement('tr');
      const after = Object.entries(r.after || {}).filter(([h, v]) => !r.before || r.before[h] !== v)
        .map(([h, v]) => h + '：' + (r.before ? (r.before[h] || '（空）') + ' → ' : '') + (v || '（空）')).join('；');
      tr.append(cell(r.sheet), cell(r.row), cell(r.key), cell(label, kind), cell(after));
      return tr;
    }));
    $('apply').disabled = report.applied || !!report.refused.length || !rows.length;
  }

  async function refresh() {
    await loadTree();
    await loadCommittees($('query').value);
    if (selectedCommittee) await loadMediators(selectedCommittee, '');
  }

  $('find').addEventListener('click', async () => {
    const query = $('query').value.trim();
    await loadCommittees(query);
    if (query) await loadMediators(null, query);
  });
  $('dry-run').addEventListener('click', () => upload(false));
  $('apply').addEventListener('click', () => upload(true));
  $('workbook').addEventListener('change', () => {
    const file = $('workbook').files[0];
    $('workbook-name').textContent = file ? file.name : '未选择文件';
    $('apply').disabled = true;
    $('report').hidden = true;
  });

  loadTree().then(async loaded => {
    if (loaded) {
      await loadCommittees('');
      document.body.dataset.state = 'ready';
    }
  });
}());
