// 统计看板: reads /api/statistics for a month and region and shows the figures, charts and the overdue list.
// Everything from the API is written as text, never as markup. Plain ES2017, no build step.
'use strict';

(function () {
  // location.origin, not a relative address: a page opened as http://user:pass@host/... would otherwise hand its
  // credentials to fetch(), which refuses such URLs. The browser's cached Basic login is sent all the same.
  const API = location.origin + '/api';
  const COLOURS = ['#1f4e79', '#2e8b57', '#e69138', '#8e44ad', '#c0392b', '#16a085', '#7f8c8d', '#d4ac0d'];
  const charts = {};
  let generation = 0; // a newer query wins over answers still on their way for an older one
  const standing = []; // problems of the page itself (e.g. no region list), shown again after every query

  const $ = (id) => document.getElementById(id);

  // ---- months (China time) ----

  function currentChinaMonth() {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
      .formatToParts(new Date());
    const year = parts.find((p) => p.type === 'year').value;
    const month = parts.find((p) => p.type === 'month').value;
    return year + '-' + month;
  }

  function shiftMonth(yearMonth, delta) {
    const [y, m] = yearMonth.split('-').map(Number);
    const index = y * 12 + (m - 1) + delta;
    return String(Math.floor(index / 12)).padStart(4, '0') + '-' + String(index % 12 + 1).padStart(2, '0');
  }

  function chineseMonth(yearMonth) {
    const [y, m] = yearMonth.split('-').map(Number);
    return y + '年' + m + '月';
  }

  /** 2026-11-30 → 2026年11月30日 */
  function chinaDay(isoDate) {
    const [y, m, d] = isoDate.split('-').map(Number);
    return y + '年' + m + '月' + d + '日';
  }

  function chinaTime(instant) {
    return new Date(instant).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  }

  // ---- the API ----

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  function apiUrl(path, params) {
    const url = new URL(API + path);
    Object.keys(params || {}).forEach((key) => {
      if (params[key]) {
        url.searchParams.set(key, params[key]);
      }
    });
    return url;
  }

  async function getJson(path, params) {
    let response;
    try {
      response = await fetch(apiUrl(path, params), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    } catch (offline) {
      throw new ApiError(0, '无法连接服务器，请检查网络后重试');
    }
    if (response.ok) {
      return response.json();
    }
    let body = null;
    try {
      body = await response.json();
    } catch (notJson) {
      // a proxy's or the container's own error page: the status alone is said
    }
    throw new ApiError(response.status, describe(response.status, body));
  }

  /** The API's own Chinese message and its field messages, e.g. 请求参数有误：未知的地区代码：123 */
  function describe(status, body) {
    const fields = body && Array.isArray(body.fieldErrors)
      ? body.fieldErrors.map((f) => f && f.message).filter(Boolean) : [];
    let text = body && body.message ? body.message : fallbackMessage(status);
    if (fields.length) {
      text += '：' + fields.join('；');
    }
    return text;
  }

  function fallbackMessage(status) {
    if (status === 401) return '请先登录（用户名或密码错误）';
    if (status === 403) return '您无权查看该统计';
    if (status >= 500) return '服务器内部错误，请稍后重试或联系管理员';
    return '请求失败';
  }

  // ---- messages ----

  function clearMessages() {
    $('message').textContent = '';
    $('message').hidden = true;
    standing.forEach(([what, error]) => showMessage(what, error));
  }

  function showMessage(what, error) {
    const line = document.createElement('p');
    const status = error instanceof ApiError ? error.status : 0;
    line.dataset.status = String(status);
    line.textContent = what + (status ? '（HTTP ' + status + '）' : '') + '：' + error.message;
    $('message').appendChild(line);
    $('message').hidden = false;
  }

  /** Parts that failed for the same reason are named in one line: 月报数据、走势数据加载失败（HTTP 403）：… */
  function showFailures(failures) {
    const byReason = new Map();
    failures.forEach(([what, error]) => {
      const status = error instanceof ApiError ? error.status : 0;
      const key = status + '\u0000' + error.message;
      if (!byReason.has(key)) {
        byReason.set(key, { parts: [], error: error instanceof ApiError ? error : new ApiError(0, String(error)) });
      }
      byReason.get(key).parts.push(what);
    });
    byReason.forEach(({ parts, error }) => showMessage(parts.join('、') + '加载失败', error));
  }

  // ---- figures ----

  function figure(name) {
    return document.querySelector('[data-figure="' + name + '"]');
  }

  function setCount(name, value) {
    figure(name).textContent = value === undefined || value === null ? '—' : String(value);
  }

  function rateValue(rate) {
    return rate && rate.value !== undefined && rate.value !== null ? Number(rate.value) : null;
  }

  /** 95.37%（103/108）; — when the denominator is 0 (the API leaves the value out). */
  function setRate(name, rate) {
    const element = figure(name);
    element.textContent = '';
    element.title = '';
    const value = rateValue(rate);
    if (value === null) {
      element.textContent = '—';
      if (rate) {
        element.title = '分母为 0，无法计算';
      }
      return;
    }
    element.append(value.toFixed(2) + '%');
    const fraction = document.createElement('span');
    fraction.className = 'fraction';
    fraction.textContent = '（' + rate.numerator + '/' + rate.denominator + '）';
    element.appendChild(fraction);
  }

  const COUNTS = ['disputes.registered', 'disputes.mediated', 'disputes.succeeded', 'petitions.received',
    'petitions.backlog'];
  const RATES = ['disputes.mediationRate', 'disputes.successRate', 'disputes.onTimeRate',
    'petitions.timelyAcceptanceRate', 'petitions.onTimeClosureRate', 'petitions.satisfactionRate'];

  /** The figures of the month and, under each, the year to date (本年累计, January to the month). */
  function showReport(report) {
    const year = report && report.yearToDate ? report.yearToDate : null;
    [['', report], ['ytd.', year]].forEach(([prefix, figures]) => {
      const of = { disputes: figures ? figures.disputes : {}, petitions: figures ? figures.petitions : {} };
      const value = (name) => of[name.split('.')[0]][name.split('.')[1]];
      // the backlog is the month end's, with no year to date of its own
      COUNTS.filter((name) => figure(prefix + name)).forEach((name) => setCount(prefix + name, value(name)));
      RATES.forEach((name) => setRate(prefix + name, value(name)));
      const days = of.disputes.averageDays;
      setCount(prefix + 'disputes.averageDays', days === undefined || days === null ? null : Number(days).toFixed(2));
    });
  }

  // ---- charts ----

  function chart(id) {
    if (!window.echarts) {
      return null;
    }
    if (!charts[id]) {
      charts[id] = window.echarts.init($(id), null, { renderer: 'canvas' });
    }
    return charts[id];
  }

  function empty(text) {
    return {
      title: { text: text, left: 'center', top: 'middle', textStyle: { color: '#999', fontSize: 14, fontWeight: 'normal' } }
    };
  }

  function draw(id, option) {
    const target = chart(id);
    if (!target) {
      return;
    }
    try {
      target.setOption(option, true);
    } catch (e) {
      target.setOption(empty('图表绘制失败'), true);
      showMessage('图表绘制失败', new ApiError(0, String(e && e.message || e)));
    }
  }

  function fractionText(rate) {
    const value = rateValue(rate);
    return value === null ? '—' : value.toFixed(2) + '%（' + rate.numerator + '/' + rate.denominator + '）';
  }

  function drawTrend(points) {
    if (!points) {
      draw('chart-trend', empty('走势数据加载失败'));
      return;
    }
    const series = [
      { name: '调解成功率', key: 'successRate' },
      { name: '按期办结率', key: 'onTimeRate' }
    ];
    draw('chart-trend', {
      color: COLOURS,
      tooltip: {
        trigger: 'axis',
        formatter: (params) => {
          const point = points[params[0].dataIndex];
          return [chineseMonth(point.month)].concat(series.map((s) => s.name + '：' + fractionText(point[s.key])))
            .join('<br>');
        }
      },
      legend: { data: series.map((s) => s.name), top: 0 },
      grid: { left: 56, right: 32, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: points.map((p) => p.month), boundaryGap: false },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: series.map((s) => ({
        name: s.name,
        type: 'line',
        symbolSize: 7,
        connectNulls: false, // a month without cases has no rate: a gap, not a zero
        data: points.map((p) => rateValue(p[s.key]))
      }))
    });
  }

  function drawTypes(rows) {
    if (!rows) {
      draw('chart-type', empty('月报数据加载失败'));
      return;
    }
    const shown = rows.filter((r) => (r.registered || 0) + (r.mediated || 0) + (r.succeeded || 0) > 0);
    if (!shown.length) {
      draw('chart-type', empty('本月暂无数据'));
      return;
    }
    draw('chart-type', {
      color: COLOURS,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 44, right: 16, top: 36, bottom: shown.length > 5 ? 64 : 32 },
      xAxis: { type: 'category', data: shown.map((r) => r.name),
        axisLabel: { interval: 0, rotate: shown.length > 5 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '受理数', type: 'bar', data: shown.map((r) => r.registered || 0) },
        { name: '调处数', type: 'bar', data: shown.map((r) => r.mediated || 0) },
        { name: '调解成功数', type: 'bar', data: shown.map((r) => r.succeeded || 0) }
      ]
    });
  }

  function drawChannels(rows) {
    if (!rows) {
      draw('chart-channel', empty('月报数据加载失败'));
      return;
    }
    const shown = rows.filter((r) => (r.mediated || 0) > 0);
    if (!shown.length) {
      draw('chart-channel', empty('本月暂无调处结案'));
      return;
    }
    draw('chart-channel', {
      color: COLOURS,
      tooltip: {
        trigger: 'item',
        formatter: (item) => {
          const row = shown[item.dataIndex];
          return row.name + '<br>调处 ' + row.mediated + ' 件（占 ' + item.percent + '%）<br>调解成功率 '
            + fractionText(row.successRate);
        }
      },
      legend: { bottom: 0 },
      series: [{
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c} 件' },
        data: shown.map((r) => ({ name: r.name, value: r.mediated }))
      }]
    });
  }

  /** A Sankey must be acyclic: the flows are taken largest first and one that would close a loop is left out. */
  function acyclic(flows) {
    const next = {};
    const reaches = (from, to) => {
      const seen = new Set();
      const stack = [from];
      while (stack.length) {
        const node = stack.pop();
        if (node === to) return true;
        if (!seen.has(node)) {
          seen.add(node);
          (next[node] || []).forEach((n) => stack.push(n));
        }
      }
      return false;
    };
    const kept = [];
    const dropped = [];
    flows.slice().sort((a, b) => b.count - a.count).forEach((flow) => {
      if (reaches(flow.to, flow.from)) {
        dropped.push(flow);
      } else {
        (next[flow.from] = next[flow.from] || []).push(flow.to);
        kept.push(flow);
      }
    });
    return { kept: kept, dropped: dropped };
  }

  function drawEscalations(escalations) {
    const note = $('escalation-note');
    note.hidden = true;
    if (!escalations) {
      draw('chart-escalation', empty('月报数据加载失败'));
      return;
    }
    const flows = escalations.filter((e) => e.from !== e.to && e.count > 0); // a self-loop is no hand-off
    if (!flows.length) {
      draw('chart-escalation', empty('本月暂无升级流转'));
      return;
    }
    const names = {};
    flows.forEach((e) => {
      names[e.from] = e.fromName;
      names[e.to] = e.toName;
    });
    const { kept, dropped } = acyclic(flows);
    // a node's cases: what flowed in, or out for a node where flows start
    const inflow = {};
    const outflow = {};
    kept.forEach((e) => {
      inflow[e.to] = (inflow[e.to] || 0) + e.count;
      outflow[e.from] = (outflow[e.from] || 0) + e.count;
    });
    const cases = (code) => Math.max(inflow[code] || 0, outflow[code] || 0);
    if (dropped.length) {
      note.textContent = '以下回流未画入图中：' + dropped.map((e) => e.fromName + ' → ' + e.toName + ' ' + e.count + ' 件')
        .join('；');
      note.hidden = false;
    }
    draw('chart-escalation', {
      color: COLOURS,
      tooltip: {
        trigger: 'item',
        formatter: (item) => item.dataType === 'edge'
          ? names[item.data.source] + ' → ' + names[item.data.target] + '：' + item.data.value + ' 件'
          : names[item.name] + '：' + cases(item.name) + ' 件'
      },
      series: [{
        type: 'sankey',
        left: 16, right: 240, top: 16, bottom: 16,
        nodeGap: 14,
        emphasis: { focus: 'adjacency' },
        lineStyle: { color: 'gradient', opacity: 0.4 },
        label: { formatter: (item) => names[item.name] + ' ' + cases(item.name) + ' 件' },
        data: Object.keys(names).map((code) => ({ name: code })),
        links: kept.map((e) => ({ source: e.from, target: e.to, value: e.count }))
      }]
    });
  }

  // ---- overdue list ----

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text === undefined || text === null || text === '' ? '—' : String(text);
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
    return td;
  }

  function showOverdue(overdue) {
    setCount('overdue.total', overdue ? overdue.total : null);
    const body = $('overdue-rows');
    body.textContent = '';
    if (!overdue || !overdue.groups.length) {
      const row = body.insertRow();
      cell(row, overdue ? '当前没有超期未办的任务' : '超期清单加载失败', 'empty').colSpan = 6;
      return;
    }
    overdue.groups.forEach((group) => {
      const head = body.insertRow();
      head.className = 'group';
      head.dataset.organisation = group.organisation;
      head.dataset.rule = group.rule;
      cell(head, group.organisation + ' · ' + group.ruleName + '（' + group.count + ' 件）').colSpan = 6;
      group.tasks.forEach((task) => {
        const row = body.insertRow();
        row.dataset.task = task.taskId;
        cell(row, task.reference);
        cell(row, task.taskName);
        cell(row, task.regionName);
        cell(row, task.assigneeName || task.assignee || '未领取'); // the person's name, not the user id
        cell(row, task.due);
        cell(row, '超期 ' + task.daysOverdue + ' 天', 'late');
      });
    });
  }

  // ---- the query ----

  function addRegions(select, nodes, depth) {
    nodes.forEach((node) => {
      const option = document.createElement('option');
      option.value = node.code;
      option.textContent = '\u3000'.repeat(depth) + node.name;
      select.appendChild(option);
      addRegions(select, node.children || [], depth + 1);
    });
  }

  function setDownloads(params, enabled) {
    [['download-csv', '/statistics/monthly.csv'], ['download-xlsx', '/statistics/monthly.xlsx']].forEach(([id, path]) => {
      const link = $(id);
      link.href = apiUrl(path, params).pathname + apiUrl(path, params).search;
      link.setAttribute('aria-disabled', enabled ? 'false' : 'true');
    });
  }

  /** Harm prevented in the month, by kind: incidents and people. */
  function showPreventions(rows) {
    document.querySelectorAll('[data-figure^="preventions."]').forEach((cell) => {
      const [, kind, figure] = cell.dataset.figure.split('.');
      const row = (rows || []).find((r) => r.code === kind);
      cell.textContent = row ? String(row[figure]) : '—';
    });
  }

  /** Screening rounds held (by kind) and the disputes they found, with the year to date under each. */
  function showScreening(month, year) {
    document.querySelectorAll('[data-figure^="screening."], [data-figure^="ytd.screening."]').forEach((cell) => {
      const parts = cell.dataset.figure.split('.');
      const ytd = parts[0] === 'ytd';
      const figures = ytd ? year : month;
      const [, name, kind] = ytd ? parts.slice(1) : parts;
      let value = null;
      if (figures && name === 'kind') {
        const row = (figures.roundsByKind || []).find((r) => r.code === kind);
        value = row ? row.count : null;
      } else if (figures) {
        value = figures[name];
      }
      cell.textContent = value === undefined || value === null ? '—' : String(value);
    });
  }

  /** The cases a court handed in, by 委派 and 委托: counts, and the success rate with its numerator and denominator. */
  function showCourt(rows) {
    document.querySelectorAll('[data-figure^="court."]').forEach((cell) => {
      const [, kind, figure] = cell.dataset.figure.split('.');
      const row = (rows || []).find((r) => r.code === kind);
      if (!row) {
        cell.textContent = '—';
      } else {
        cell.textContent = figure === 'successRate' ? fractionText(row.successRate) : String(row[figure]);
      }
    });
  }

  /** The organisation at the month's end: its figures, the training of the year and the sentence to quote. */
  function showOrganization(figures) {
    const set = (id, value) => { $(id).textContent = figures ? String(value) : '—'; };
    set('fig-organization-committees', figures && figures.committees);
    set('fig-organization-mediators', figures && figures.mediators);
    set('fig-organization-fullTime', figures && figures.fullTimeMediators);
    set('fig-organization-trainingSessions', figures && figures.trainingYearToDate.sessions);
    set('fig-organization-experts', figures && figures.experts);
    $('organization-training-detail').textContent = figures
      ? figures.trainingYearToDate.attendances + '人次、' + Number(figures.trainingYearToDate.personHours) + '学时' : '';
    $('organization-as-of').textContent = figures ? '（截至' + chinaDay(figures.asOf) + '）' : '';
    $('organization-summary').textContent = figures ? figures.summary : '';
  }

  /** The sentences a 工作总结 quotes, January to the month, one paragraph each. */
  function showNarrative(narrative) {
    const box = $('narrative');
    box.textContent = '';
    (narrative ? narrative.sentences : []).forEach((sentence) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = sentence;
      box.appendChild(paragraph);
    });
    $('narrative-period').textContent = narrative ? '（' + narrative.label + '）' : '';
    $('narrative-copy').disabled = !narrative;
    const download = $('narrative-xlsx');
    if (narrative) {
      const url = apiUrl('/statistics/narrative.xlsx', { from: narrative.from, to: narrative.to, region: narrative.region });
      download.href = url.pathname + url.search;
    }
    download.setAttribute('aria-disabled', narrative ? 'false' : 'true');
  }

  /** Copies the sentences as text; over plain HTTP (no clipboard API) by selecting them, as a user would. */
  function copyNarrative() {
    const text = Array.from($('narrative').children).map((p) => p.textContent).join('\n');
    const done = () => { $('narrative-copy').textContent = '已复制'; setTimeout(() => { $('narrative-copy').textContent = '复制全部'; }, 2000); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, () => selectNarrative(done));
    } else {
      selectNarrative(done);
    }
  }

  function selectNarrative(done) {
    const range = document.createRange();
    range.selectNodeContents($('narrative'));
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    if (document.execCommand('copy')) {
      done();
    } else {
      $('narrative-copy').textContent = '已选中，请按 Ctrl+C 复制';
    }
  }

  async function load() {
    const mine = ++generation;
    const month = $('month').value;
    const region = $('region').value;
    const params = { month: month, region: region };
    document.body.dataset.state = 'loading';
    clearMessages();
    $('caption').textContent = '正在加载……';
    setDownloads(params, false);
    const query = new URLSearchParams();
    query.set('month', month);
    if (region) {
      query.set('region', region);
    }
    history.replaceState(null, '', location.pathname + '?' + query);

    const results = await Promise.allSettled([
      getJson('/statistics/monthly', params),
      getJson('/statistics/trend', { from: shiftMonth(month, -11), to: month, region: region }),
      getJson('/statistics/overdue', { region: region }),
      getJson('/statistics/organization', params),
      getJson('/statistics/narrative', { from: month.substring(0, 4) + '-01', to: month, region: region })
    ]);
    if (mine !== generation) {
      return;
    }
    const [monthly, trend, overdue, organization, narrative] = results.map((r) => (r.status === 'fulfilled' ? r.value : null));
    if (monthly) {
      const d = monthly.disputes;
      showReport(monthly);
      drawTypes(d.byType);
      drawChannels(d.byChannel);
      drawEscalations(d.escalations);
      showPreventions(d.preventions);
      showScreening(d.screening, monthly.yearToDate ? monthly.yearToDate.disputes.screening : null);
      showCourt(d.courtEntrusted);
      $('caption').textContent = monthly.region.name + ' · ' + chineseMonth(monthly.month) + ' · '
        + (monthly.version === 'snapshot' ? '已封存数据' : '实时数据') + ' · 生成于 ' + chinaTime(monthly.generatedAt);
      if (!region) {
        $('region').options[0].textContent = '本单位（' + monthly.region.name + '）';
      }
      setDownloads(params, true);
    } else {
      showReport(null);
      drawTypes(null);
      drawChannels(null);
      drawEscalations(null);
      showPreventions(null);
      showScreening(null, null);
      showCourt(null);
      $('caption').textContent = chineseMonth(month) + ' · 无法显示';
    }
    drawTrend(trend);
    showOverdue(overdue);
    showOrganization(organization);
    showNarrative(narrative);
    showFailures(['月报数据', '走势数据', '超期清单', '组织数据', '工作总结用语'].map((what, i) => [what, results[i].reason])
      .filter((failure, i) => results[i].status === 'rejected'));
    document.body.dataset.state = results.every((r) => r.status === 'fulfilled') ? 'ready' : 'error';
  }

  /** This month in China on the server's clock; the browser's own clock (in China's zone) if the server is not reached. */
  async function serverMonth() {
    try {
      const today = await getJson('/statistics/today');
      if (today && /^\d{4}-(0[1-9]|1[0-2])$/.test(today.month)) {
        return today.month;
      }
    } catch (e) {
      // the month's own query will say what is wrong
    }
    return currentChinaMonth();
  }

  async function start() {
    const asked = new URLSearchParams(location.search);
    const thisMonth = await serverMonth();
    const months = [];
    for (let back = 0; back < 60; back++) { // five years, newest first
      months.push(shiftMonth(thisMonth, -back));
    }
    const askedMonth = /^\d{4}-(0[1-9]|1[0-2])$/.test(asked.get('month') || '') ? asked.get('month') : null;
    if (askedMonth && !months.includes(askedMonth)) {
      months.push(askedMonth); // an older month from a saved address: the API decides whether it can be shown
    }
    months.forEach((month) => {
      const option = document.createElement('option');
      option.value = month;
      option.textContent = chineseMonth(month) + (month === thisMonth ? '（本月，未结束）' : '');
      $('month').appendChild(option);
    });
    $('month').value = askedMonth || thisMonth; // by default the current month (its figures so far)
    try {
      addRegions($('region'), await getJson('/regions'), 0);
    } catch (e) {
      standing.push(['地区列表加载失败', e]);
    }
    if (!window.echarts) {
      standing.push(['图表组件未能加载', new ApiError(0, '图表不可用，数字照常显示')]);
    }
    const region = asked.get('region');
    if (region) {
      if (![...$('region').options].some((o) => o.value === region)) {
        // an address naming a region not in the tree: still asked, so that the API says what is wrong with it
        const option = document.createElement('option');
        option.value = region;
        option.textContent = region;
        $('region').appendChild(option);
      }
      $('region').value = region;
    }
    $('query').addEventListener('submit', (event) => {
      event.preventDefault();
      if ($('month').value) {
        load();
      }
    });
    $('narrative-copy').addEventListener('click', copyNarrative);
    window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
    await load();
  }

  start();
}());
