// Sandiao's Tasklist settings: replaces the webapp's own config.js (same path, our classpath comes first).
// Chinese is offered first; a browser asking for zh or zh-CN gets locales/zh.json, any other one English.
export default {
  // no "first visit" notice: it asks /camunda-welcome, which this application does not serve (a 404 in the console)
  disableWelcomeMessage: true,
  app: {
    name: '任务列表',
    vendor: '三调联动'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  // lists tasks by due date unless the user picks another order; form-js's own field checks in Chinese;
  // dates in Chinese (form and Tasklist date pickers, relative times); the case above each task's form and the
  // case number after 发起; the village picked from the user's part of the region tree
  customScripts: ['scripts/sort-by-due-date', 'scripts/form-messages-zh', 'scripts/dates-zh', 'scripts/case-panel',
    'scripts/village-picker'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '跳到第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '跳到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '跳到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开发起流程对话框'
    }
  }
};
