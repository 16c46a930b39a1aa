// Sandiao in Cockpit, for the supervisors who watch their offices' cases here:
// - 案件督导 in the navigation: our page /cases.html (the running cases with their steps, holders and due dates),
//   which answers Cockpit's session without a second login;
// - what only the Camunda administrators may do is offered to them only: the variables' edit, delete and add buttons
//   and the user tasks' group and assignee buttons (EngineWriteGuard refuses those writes to anybody else, and Cockpit
//   shows the buttons whatever the user's permissions), and 人工任务 (its report needs READ on every task, which no
//   office holds: a supervisor reads only the tasks of its offices' cases). styles/user-styles.css hides them unless
//   the page carries the class set here, so that they stay hidden if this check fails.
const ADMINISTRATOR = 'sandiao-administrator';

async function administrator() {
  try {
    const response = await fetch('/api/supervision/session',
      {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    return response.ok && (await response.json()).administrator === true;
  } catch (e) {
    return false;
  }
}

async function check() {
  const allowed = await administrator();
  document.body.classList.toggle(ADMINISTRATOR, allowed);
  if (!allowed && /^#\/tasks\b/.test(location.hash)) {
    location.hash = '#/'; // 人工任务 answered by address: back to the dashboard
  }
}

// on every page change: a login or logout in Cockpit changes the page, not the document
window.addEventListener('hashchange', check);
check();

export default [{
  id: 'sandiao-cases',
  pluginPoint: 'cockpit.navigation',
  priority: 95, // after 流程 (100), before 决策 (90)
  render: node => {
    const link = document.createElement('a');
    link.href = '/cases.html';
    link.className = 'sandiao-cases-link';
    link.textContent = '案件督导';
    node.appendChild(link);
  },
  properties: {
    label: '案件督导',
    pagePath: '/cases.html',
    checkActive: () => false
  }
}];
