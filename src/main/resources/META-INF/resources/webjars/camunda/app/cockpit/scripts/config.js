// Sandiao's Cockpit settings: replaces the webapp's own config.js (same path, our classpath comes first).
// Chinese is offered first; a browser asking for zh or zh-CN gets locales/zh.json, any other one English.
export default {
  // no "first visit" notice: it asks /camunda-welcome, which this application does not serve (a 404 in the console)
  disableWelcomeMessage: true,
  app: {
    name: '流程监控',
    vendor: '三调联动'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  // 案件督导 in the navigation; what only the Camunda administrators may change offered to them only
  customScripts: ['scripts/supervision']
};
