// Sandiao: the Camunda Forms library (form-js) in Tasklist speaks Chinese and checks what the server checks.
// - Its own field checks (written in English, no translations) are rewritten in Chinese as they appear, in place
//   (the text node itself, so a re-render cannot bring the English back); a pattern is said as a sentence.
// - Dropdowns say 请选择 instead of "Select".
// - ID numbers (GB 11643 check digit and birth date), unified social credit codes (GB 32100 check character)
//   and phones are checked in the browser by the same rules as the server, next to the field, and 提交 / 发起
//   waits until they are right.
// - A refusal of the server (400 with fieldErrors, see EngineErrorsInChinese) is shown next to its field.
const PATTERNS = {
  '^[0-9]{17}[0-9Xx]$': '请填写18位身份证号码：前17位为数字，最后一位为数字或X。',
  '^[0-9A-HJ-NPQRTUWXY]{18}$': '请填写18位统一社会信用代码：数字或大写字母（不含I、O、Z、S、V）。',
  '^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$': '请填写11位手机号码，或带区号的固定电话（如0591-87654321）。',
  '^[0-9]{12}$': '请填写12位数字的村（社区）区划代码。',
  '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$': '请填写6位、9位或12位数字的区划代码。'
};

const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum length of (.+)\.$/, n => '至少填写' + n + '个字。'],
  [/^Field must have maximum length of (.+)\.$/, n => '最多填写' + n + '个字。'],
  [/^Field must have minimum value of (.+)\.$/, n => '不能小于' + n + '。'],
  [/^Field must have maximum value of (.+)\.$/, n => '不能大于' + n + '。'],
  [/^Field must match pattern (.+)\.$/, p => PATTERNS[p] || '格式不正确，请按说明填写。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请填写有效的电话号码。'],
  [/^Date must match pattern (.+)$/, () => '日期格式不正确。'],
  [/^Please select a valid value.*$/, () => '请填写有效的数值。']
];

function chinese(text) {
  for (const [pattern, say] of MESSAGES) {
    const match = text.match(pattern);
    if (match) {
      return say(match[1]);
    }
  }
  return null;
}

/** Rewrites form-js's English in the text nodes themselves. */
function translate(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !parent.closest('.fjs-container')) {
      continue;
    }
    const text = node.data.trim();
    if (parent.closest('.fjs-form-field-error')) {
      const said = chinese(text);
      if (said && said !== node.data) {
        node.data = said;
      }
    } else if (text === 'Select' && parent.classList.contains('fjs-select-display')) {
      node.data = '请选择';
    } else if (text === 'Search' && parent.closest('.fjs-input-group')) {
      node.data = '搜索';
    }
  }
  root.querySelectorAll('input[placeholder="Search"]').forEach(input => {
    input.placeholder = '搜索';
  });
}

// ---- the server's rules, in the browser (cn.sandiao.common.validation) ----

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function validIdNumber(value) {
  if (!/^\d{17}[\dXx]$/.test(value)) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(value[i]) * ID_WEIGHTS[i];
  }
  if ('10X98765432'[sum % 11] !== value[17].toUpperCase()) {
    return false;
  }
  const year = Number(value.substring(6, 10));
  const month = Number(value.substring(10, 12));
  const day = Number(value.substring(12, 14));
  const birth = new Date(year, month - 1, day);
  return birth.getFullYear() === year && birth.getMonth() === month - 1 && birth.getDate() === day
    && year >= 1900 && birth <= new Date();
}

const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function validCreditCode(value) {
  if (value.length !== 18 || !/^\d{6}$/.test(value.substring(2, 8))) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const index = CREDIT_CHARSET.indexOf(value[i]);
    if (index < 0) {
      return false;
    }
    sum += index * CREDIT_WEIGHTS[i];
  }
  return CREDIT_CHARSET[(31 - sum % 31) % 31] === value[17];
}

function validPhone(value) {
  return /^1[3-9]\d{9}$/.test(value) || /^0\d{2,3}-?\d{7,8}$/.test(value);
}

const CHECKS = [
  [/IdNumber$/, validIdNumber, '身份证号码无效：须为18位，校验位和出生日期须正确，请核对。'],
  [/CreditCode$/, validCreditCode, '统一社会信用代码无效：须为18位，校验字符须正确，请核对。'],
  [/Phone$/, validPhone, '请填写11位手机号码，或带区号的固定电话（如0591-87654321）。']
];

function keyOf(input) {
  const match = (input.id || '').match(/Field_([A-Za-z0-9_]+)$/);
  return match ? match[1] : null;
}

/** Our own message under a field ({@code kind}: check or server), or none. */
function mark(input, kind, message) {
  const field = input.closest('.fjs-form-field');
  if (!field) {
    return;
  }
  const old = field.querySelector('.sandiao-error-' + kind);
  if (old) {
    old.remove();
  }
  if (message) {
    const error = document.createElement('div');
    error.className = 'fjs-form-field-error sandiao-error-' + kind;
    error.setAttribute('aria-live', 'polite');
    error.textContent = message;
    field.appendChild(error);
  }
  const invalid = field.querySelector('.sandiao-error-check, .sandiao-error-server');
  field.classList.toggle('fjs-has-errors', !!invalid || !!field.querySelector('.fjs-form-field-error ul'));
  input.setAttribute('aria-invalid', invalid ? 'true' : 'false');
}

/** Checks one input by our rules; true when it passes (or is not ours, shown only, or empty: form-js asks). */
function check(input) {
  const key = keyOf(input);
  if (!key || input.offsetParent === null || input.readOnly || input.disabled) { // shown only: not the user's
    return true;
  }
  const value = (input.value || '').trim();
  for (const [which, valid, message] of CHECKS) {
    if (which.test(key)) {
      const ok = value === '' || valid(value);
      mark(input, 'check', ok ? null : message);
      return ok;
    }
  }
  return true;
}

function inputs() {
  return Array.from(document.querySelectorAll('.fjs-container input[id*="Field_"]'));
}

document.addEventListener('focusout', event => {
  if (event.target.matches && event.target.matches('.fjs-container input')) {
    check(event.target);
  }
}, true);

document.addEventListener('input', event => {
  if (event.target.matches && event.target.matches('.fjs-container input, .fjs-container textarea')) {
    const field = event.target.closest('.fjs-form-field');
    if (field && field.querySelector('.sandiao-error-server')) {
      mark(event.target, 'server', null);
      // the refusal's notice above the form is about what was sent: it goes once the field is changed
      document.querySelectorAll('[notifications-panel] .alert-danger button.close')
        .forEach(close => close.click());
    }
    if (field && field.querySelector('.sandiao-error-check')) {
      check(event.target);
    }
  }
}, true);

// 提交 (task) and 发起 (start form) wait while a check fails: the first failing field is shown
document.addEventListener('click', event => {
  const button = event.target.closest && event.target.closest(
    'button[ng-click="complete()"], button[ng-click="startProcessInstance()"]');
  if (!button) {
    return;
  }
  const failing = inputs().filter(input => !check(input));
  if (failing.length) {
    event.preventDefault();
    event.stopImmediatePropagation();
    failing[0].scrollIntoView({block: 'center'});
    failing[0].focus();
  }
}, true);

// ---- the server's refusals, by their fields ----

function showRefusal(body) {
  const problems = (body && body.fieldErrors) || [];
  let first = null;
  problems.forEach(problem => {
    const id = new RegExp('Field_' + problem.field + '(-[a-z0-9]+)?$');
    const input = Array.from(document.querySelectorAll('.fjs-container [id*="Field_' + problem.field + '"]'))
      .find(element => id.test(element.id));
    if (input) {
      mark(input, 'server', problem.message);
      first = first || input;
    }
  });
  if (first) {
    first.scrollIntoView({block: 'center'});
  }
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url) {
  this.sandiaoFormSubmission = /\/(submit-form|complete)(\?|$)/.test(String(url));
  return open.apply(this, arguments);
};
XMLHttpRequest.prototype.send = function () {
  if (this.sandiaoFormSubmission) {
    this.addEventListener('load', () => {
      if (this.status === 400) {
        try {
          showRefusal(JSON.parse(this.responseText));
        } catch (notJson) {
          // nothing to show by a field
        }
      }
    });
  }
  return send.apply(this, arguments);
};

const language = (navigator.languages && navigator.languages[0]) || navigator.language || '';
if (language.toLowerCase().startsWith('zh')) {
  const translateForms = () => document.querySelectorAll('.fjs-container').forEach(translate);
  translateForms();
  new MutationObserver(translateForms)
    .observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}

export default [];
