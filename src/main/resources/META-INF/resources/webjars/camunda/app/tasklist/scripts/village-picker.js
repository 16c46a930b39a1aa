// Sandiao: the village of a case is picked, not typed. Under a form's 区划代码 field (key regionCode) two lists
// offer the townships and then the villages of the user's own part of the organisation (GET /api/regions/mine,
// answered to the Tasklist session); the picked village's code goes into the field as if typed, so that form-js
// keeps it and checks it. Typing the 12 digits still works.
const FIELD = '.fjs-container input[id$="Field_regionCode"]';
let tree = null;

async function regions() {
  if (!tree) {
    const response = await fetch('/api/regions/mine', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    tree = response.ok ? await response.json() : [];
  }
  return tree;
}

/** The townships under the user's part of the tree, with their villages (a city's or county's levels flattened). */
function townships(nodes) {
  const found = [];
  const walk = list => (list || []).forEach(node => {
    if (node.code.length === 9) {
      found.push(node);
    } else if (node.code.length < 9) {
      walk(node.children);
    }
  });
  walk(nodes);
  return found;
}

/**
 * Sets the field as typing would: form-js takes the input event (debounced) and hands it to the form when the
 * field is left, so the field is focused, typed into and left.
 */
function type(input, value) {
  input.focus();
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new Event('change', {bubbles: true}));
  input.blur();
}

function select(label, options) {
  const list = document.createElement('select');
  list.className = 'form-control sandiao-region-select';
  list.setAttribute('aria-label', label);
  const prompt = document.createElement('option');
  prompt.value = '';
  prompt.textContent = '请选择' + label;
  list.append(prompt);
  options.forEach(node => {
    const option = document.createElement('option');
    option.value = node.code;
    option.textContent = node.name;
    list.append(option);
  });
  return list;
}

async function enhance(input) {
  input.dataset.sandiaoPicker = 'pending';
  const towns = townships(await regions());
  if (!towns.length || !input.isConnected) {
    return;
  }
  const picker = document.createElement('div');
  picker.className = 'sandiao-region-picker';
  const townList = select('乡镇（街道）', towns);
  let villageList = select('村（社区）', []);
  picker.append(townList, villageList);
  townList.addEventListener('change', () => {
    const town = towns.find(node => node.code === townList.value);
    const next = select('村（社区）', town ? town.children || [] : []);
    villageList.replaceWith(next);
    villageList = next;
    villageList.addEventListener('change', () => type(input, villageList.value));
    type(input, '');
  });
  villageList.addEventListener('change', () => type(input, villageList.value));
  // what is already there (a form opened again) is shown as picked
  const current = input.value;
  const town = towns.find(node => current && current.startsWith(node.code));
  if (town) {
    townList.value = town.code;
    townList.dispatchEvent(new Event('change'));
    villageList.value = current;
    type(input, current);
  }
  (input.closest('.fjs-input-group') || input).insertAdjacentElement('afterend', picker);
  input.dataset.sandiaoPicker = 'done';
}

new MutationObserver(() => document.querySelectorAll(FIELD).forEach(input => {
  if (!input.dataset.sandiaoPicker && !input.readOnly && !input.disabled) {
    enhance(input);
  }
})).observe(document.documentElement, {childList: true, subtree: true});

export default [];
