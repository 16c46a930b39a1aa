// Sandiao: the Camunda Forms library (form-js) writes its own field checks in English and has no translations.
// For a Chinese browser, the messages it shows under a field are rewritten in Chinese as they appear.
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum length of (.+)\.$/, n => '至少填写' + n + '个字。'],
  [/^Field must have maximum length of (.+)\.$/, n => '最多填写' + n + '个字。'],
  [/^Field must have minimum value of (.+)\.$/, n => '不能小于' + n + '。'],
  [/^Field must have maximum value of (.+)\.$/, n => '不能大于' + n + '。'],
  [/^Field must match pattern (.+)\.$/, p => '格式不正确（须符合 ' + p + '）。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请填写有效的电话号码。'],
  [/^Date must match pattern (.+)$/, p => '日期格式不正确（须为 ' + p + '）。']
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

function translateErrors(root) {
  root.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error span').forEach(element => {
    if (element.children.length === 0) {
      const text = chinese(element.textContent.trim());
      if (text) {
        element.textContent = text;
      }
    }
  });
}

const language = (navigator.languages && navigator.languages[0]) || navigator.language || '';
if (language.toLowerCase().startsWith('zh')) {
  new MutationObserver(() => translateErrors(document.body))
    .observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}

export default [];
