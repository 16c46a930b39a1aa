// Sandiao: dates in Chinese for a Chinese browser, wherever Tasklist shows or asks for one.
// - The form date picker (form-js uses flatpickr): 2026年 12月, weeks from Monday (一 二 … 日), dates typed and
//   shown as yyyy-mm-dd. form-js takes its date format from the browser's default locale
//   (Intl.DateTimeFormat('default')), which a headless or English-installed browser gives as en-US (mm/dd/yyyy).
// - Tasklist's own date picker (跟进日期, 到期日; angular-ui-bootstrap): 2026年12月, 一 … 日 from Monday.
// - Relative times (3天后, 几秒前; moment): Chinese from the first screen on. Tasklist defines the moment locale of
//   each locale file it loads and the last one loaded wins, so the English fallback could win on a fresh login.
// The moment locale below is the same as the dateLocales of locales/zh.json (change both together).
export const MOMENT_ZH = {
  months: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  monthsShort: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  weekdays: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  weekdaysShort: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  weekdaysMin: ['日', '一', '二', '三', '四', '五', '六'],
  longDateFormat: {LT: 'HH:mm', L: 'YYYY年M月D日', LL: 'YYYY年M月D日', LLL: 'YYYY年M月D日 HH:mm', LLLL: 'YYYY年M月D日 dddd HH:mm'},
  calendar: {sameDay: '[今天] LT', nextDay: '[明天] LT', nextWeek: '[下]dddd LT', lastDay: '[昨天] LT', lastWeek: '[上]dddd LT', sameElse: 'L'},
  relativeTime: {future: '%s后', past: '%s前', s: '几秒', m: '1分钟', mm: '%d分钟', h: '1小时', hh: '%d小时', d: '1天', dd: '%d天',
    M: '1个月', MM: '%d个月', y: '1年', yy: '%d年'},
  week: {dow: 1, doy: 4}
};

const FLATPICKR_ZH = {
  weekdays: {
    shorthand: ['日', '一', '二', '三', '四', '五', '六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换 12/24 小时制',
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true
};

function localiseFlatpickr(flatpickr) {
  if (flatpickr && typeof flatpickr.localize === 'function' && !flatpickr.sandiaoZh) {
    flatpickr.localize(FLATPICKR_ZH);
    flatpickr.sandiaoZh = true;
  }
}

function localiseFormDates() {
  // flatpickr puts itself on window when its module is first run: localised now, or the moment it arrives
  if (window.flatpickr) {
    localiseFlatpickr(window.flatpickr);
  } else {
    let current;
    Object.defineProperty(window, 'flatpickr', {
      configurable: true,
      get: () => current,
      set: (value) => {
        current = value;
        localiseFlatpickr(value);
      }
    });
  }
  // form-js reads its date format from Intl.DateTimeFormat('default'); en-CA writes dates as 2026-12-04
  const Original = Intl.DateTimeFormat;
  const Patched = function (locales, options) {
    const locale = locales === 'default' && !options ? 'en-CA' : locales;
    return new.target ? new Original(locale, options) : Original(locale, options);
  };
  Patched.prototype = Original.prototype;
  Patched.supportedLocalesOf = Original.supportedLocalesOf.bind(Original);
  Intl.DateTimeFormat = Patched;
}

const DATETIME_FORMATS_ZH = {
  MONTH: MOMENT_ZH.months,
  SHORTMONTH: MOMENT_ZH.monthsShort,
  STANDALONEMONTH: MOMENT_ZH.months,
  DAY: MOMENT_ZH.weekdays,
  SHORTDAY: MOMENT_ZH.weekdaysMin,
  AMPMS: ['上午', '下午'],
  FIRSTDAYOFWEEK: 0, // Angular counts from Monday = 0
  WEEKENDRANGE: [5, 6]
};

function localiseAngular() {
  if (!window.angular) {
    return;
  }
  // run blocks of 'ng' run in every injector, after all modules are loaded; each part only where it exists
  window.angular.module('ng').run(['$injector', function ($injector) {
    if ($injector.has('$locale')) {
      Object.assign($injector.get('$locale').DATETIME_FORMATS, DATETIME_FORMATS_ZH);
    }
    if ($injector.has('uibDatepickerConfig')) {
      Object.assign($injector.get('uibDatepickerConfig'), {
        startingDay: 1,
        formatDayTitle: 'yyyy年M月',
        formatMonthTitle: 'yyyy年',
        formatMonth: 'M月',
        formatDayHeader: 'EEE',
        formatDay: 'd'
      });
    }
    if ($injector.has('uibDatepickerPopupConfig')) {
      Object.assign($injector.get('uibDatepickerPopupConfig'), {
        currentText: '今天', clearText: '清除', closeText: '关闭', datepickerPopup: 'yyyy-MM-dd'
      });
    }
    if ($injector.has('moment')) {
      const moment = $injector.get('moment');
      const keepChinese = () => {
        if (moment.locale() !== 'zh') {
          moment.locale('zh');
        }
      };
      if (moment.locales().indexOf('zh') === -1) {
        moment.defineLocale('zh', MOMENT_ZH);
      }
      keepChinese();
      // Tasklist defines a locale for each locale file it loads (zh, and en as the fallback), in any order
      ['defineLocale', 'updateLocale'].forEach((name) => {
        const original = moment[name];
        moment[name] = function () {
          const result = original.apply(this, arguments);
          keepChinese();
          return result;
        };
      });
      if ($injector.has('$rootScope')) {
        const $rootScope = $injector.get('$rootScope');
        $rootScope.$on('$translateChangeSuccess', () => {
          keepChinese();
          $rootScope.$broadcast('amMoment:localeChanged');
        });
      }
    }
  }]);
}

const language = (navigator.languages && navigator.languages[0]) || navigator.language || '';
if (language.toLowerCase().startsWith('zh')) {
  localiseFormDates();
  localiseAngular();
}

export default [];
