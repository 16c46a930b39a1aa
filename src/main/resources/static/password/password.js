'use strict';
// Changes one's own password through POST /api/account/password, logged in with the current one.
(function () {
  const form = document.getElementById('change');
  const fields = ['userId', 'currentPassword', 'newPassword', 'repeatPassword'];

  function show(field, message) {
    document.getElementById(field + '-error').textContent = message || '';
  }

  function basic(user, password) {
    const bytes = new TextEncoder().encode(user + ':' + password);
    let binary = '';
    bytes.forEach(function (b) { binary += String.fromCharCode(b); });
    return 'Basic ' + btoa(binary);
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    fields.forEach(function (f) { show(f, ''); });
    const value = function (f) { return document.getElementById(f).value; };
    let complete = true;
    fields.forEach(function (f) {
      if (!value(f)) { show(f, '必填'); complete = false; }
    });
    if (complete && value('newPassword') !== value('repeatPassword')) {
      show('repeatPassword', '两次输入的新密码不一致');
      complete = false;
    }
    if (!complete) { return; }
    const response = await fetch('/api/account/password', {
      method: 'POST',
      headers: {
        'Authorization': basic(value('userId').trim(), value('currentPassword')),
        'Content-Type': 'application/json',
        // without it the browser would show its own login dialog on a 401
        'X-Requested-With': 'XMLHttpRequest'
      },
      body: JSON.stringify({ currentPassword: value('currentPassword'), newPassword: value('newPassword') })
    });
    if (response.status === 204) {
      form.hidden = true;
      document.getElementById('done').hidden = false;
      return;
    }
    if (response.status === 401) {
      show('currentPassword', '账号或原密码不正确（多次输错会暂停登录）');
      return;
    }
    const body = await response.json().catch(function () { return {}; });
    const problems = body.fieldErrors || [];
    problems.forEach(function (p) { show(fields.includes(p.field) ? p.field : 'newPassword', p.message); });
    if (!problems.length) { show('newPassword', body.message || '修改未成功，请稍后再试'); }
  });
}());
