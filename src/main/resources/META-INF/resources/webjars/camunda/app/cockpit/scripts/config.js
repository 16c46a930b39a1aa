// Sandiao's Cockpit settings: replaces the webapp's own config.js (same path, our classpath comes first).
// Chinese is offered first; a browser asking for zh or zh-CN gets locales/zh.json, any other one English.
export default {
  app: {
    name: '流程监控',
    vendor: '三调联动'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
