// offer-evaluator negotiations page: lists the negotiations, starts one, shows one as a timeline
// with a chart (inline SVG, drawn here), and records the next round from a form filled in from the
// last. Everything goes through the JSON API under /api/negotiations; nothing is loaded from elsewhere.
(function () {
  var startForm = document.getElementById('start-form');
  var roundForm = document.getElementById('round-form');
  var view = document.getElementById('negotiation');
  var SVG = 'http://www.w3.org/2000/svg';
  var ROUND_FIELDS = ['base', 'stock_grant', 'bonus_pct', 'sign_on', 'vest_schedule'];
  var NAMES = {base: 'Base', stock_grant: 'Stock grant', vest_years: 'Vesting years', bonus_pct: 'Bonus target',
    sign_on: 'Sign-on'};
  var current = null;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function money(v, currency) {
    if (v === null || v === undefined) { return '–'; }
    try {
      return new Intl.NumberFormat('en-US', {style: 'currency', currency: currency, maximumFractionDigits: 0}).format(v);
    } catch (e) { return currency + ' ' + v; }
  }
  function amount(v, unit) {
    if (v === null || v === undefined) { return '–'; }
    if (unit === '%') { return (Math.round(v * 100) / 100) + '%'; }
    if (unit === 'years') { return v + (Number(v) === 1 ? ' year' : ' years'); }
    return money(v, unit);
  }
  function api(method, path, body) {
    var init = {method: method, headers: {'Accept': 'application/json'}};
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (r) {
      return r.text().then(function (t) {
        var json = null;
        try { json = t ? JSON.parse(t) : null; } catch (e) { json = null; }
        return {ok: r.ok, status: r.status, json: json};
      });
    });
  }
  function problem(target, r) {
    target.textContent = r.json && r.json.detail ? r.json.detail : 'The server answered ' + r.status + '.';
    target.hidden = false;
  }

  // ---- the list ----
  function loadList() {
    var note = document.getElementById('list-note');
    var table = document.getElementById('negotiations');
    return api('GET', '/api/negotiations').then(function (r) {
      if (!r.ok) { problem(note, r); return; }
      var all = r.json.negotiations.slice().sort(function (a, b) { return a.updated_at < b.updated_at ? 1 : -1; });
      var body = table.tBodies[0];
      body.textContent = '';
      all.forEach(function (n) {
        var tr = body.insertRow();
        var a = el('a', String(n.id));
        a.href = '/negotiations?id=' + n.id;
        a.setAttribute('aria-label', 'Negotiation ' + n.id + ' with ' + n.company);
        tr.insertCell().appendChild(a);
        [n.company, n.role, String(n.rounds), n.last_decision, n.open ? 'open' : 'closed',
          n.updated_at.replace('T', ' ').replace(/\.\d+Z$/, 'Z')].forEach(function (t) { tr.insertCell().textContent = t; });
      });
      table.hidden = all.length === 0;
      note.textContent = all.length === 0 ? 'None yet: start one with the form.' : '';
      table.setAttribute('data-count', String(all.length));
    }, function () { note.textContent = 'The server could not be reached.'; });
  }

  // ---- starting one ----
  function startBody() {
    var f = startForm.elements, body = {};
    ['company', 'role', 'level', 'region', 'base', 'stock_grant', 'vest_years', 'vest_schedule', 'bonus_pct', 'sign_on',
      'currency'].forEach(function (k) { if (f[k].value.trim() !== '') { body[k] = f[k].value.trim(); } });
    var skills = [];
    Array.prototype.forEach.call(startForm.querySelectorAll('input[name=skills]:checked'), function (b) { skills.push(b.value); });
    f.skills_other.value.split(/[,;|]/).forEach(function (t) { if (t.trim()) { skills.push(t.trim()); } });
    if (skills.length) { body.skills = skills; }
    var comp = {};
    ['company', 'level', 'base', 'stock_grant', 'vest_years', 'bonus_pct', 'currency'].forEach(function (k) {
      var v = f['competing_' + k].value.trim();
      if (v !== '') { comp[k] = v; }
    });
    if (Object.keys(comp).length) { body.competing = [comp]; }
    if (f.note.value.trim()) { body.note = f.note.value.trim(); }
    return body;
  }
  startForm.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var out = document.getElementById('start-problem');
    out.hidden = true;
    startForm.setAttribute('aria-busy', 'true');
    api('POST', '/api/negotiations', startBody()).then(function (r) {
      startForm.removeAttribute('aria-busy');
      if (!r.ok) { problem(out, r); return; }
      history.pushState(null, '', '/negotiations?id=' + r.json.negotiation_id);
      show(r.json.negotiation_id);
      loadList();
    }, function () { startForm.removeAttribute('aria-busy'); out.textContent = 'The server could not be reached.'; out.hidden = false; });
  });

  // ---- one negotiation ----
  function figure(round, name) {
    var f = (round.decision.figures || []).filter(function (x) { return x.name === name; })[0];
    return f ? f.value : null;
  }
  // A stored offer writes its vesting as a description ("5/15/40/40 over 4 years, 12-month cliff");
  // a form and the API take it as --vest-schedule does ("5/15/40/40 cliff 12m").
  function scheduleText(described) {
    var m = /^(.+?) over \d+ years?(?:, (\d+)-month cliff)?$/.exec(described || '');
    return m ? m[1] + (m[2] ? ' cliff ' + m[2] + 'm' : '') : described;
  }
  function asEvaluated(offer) {
    // a stored offer as POST /api/evaluations takes it: the same names, competing vesting only when given
    var o = {};
    ['offer_id', 'company', 'role', 'level', 'region', 'currency', 'base', 'stock_grant', 'vest_years', 'vest_schedule',
      'bonus_pct', 'sign_on', 'skills'].forEach(function (k) { if (offer[k] !== null && offer[k] !== undefined) { o[k] = offer[k]; } });
    o.vest_schedule = scheduleText(offer.vest_schedule);
    o.competing = (offer.competing || []).map(function (c) {
      var x = {};
      ['company', 'level', 'currency', 'base', 'stock_grant', 'vest_years', 'bonus_pct'].forEach(function (k) {
        if (c[k] !== null && c[k] !== undefined) { x[k] = c[k]; }
      });
      if (!c.vesting_assumed && c.vest_schedule) { x.vest_schedule = scheduleText(c.vest_schedule); }
      return x;
    });
    return o;
  }
  // The best competing offer's value per year in each round: the round's offer evaluated again on its
  // date, for the packages the stored round does not keep.
  function competingValues(n) {
    return Promise.all(n.rounds.map(function (round) {
      if (!round.offer.competing || round.offer.competing.length === 0) { return null; }
      return api('POST', '/api/evaluations?as_of=' + round.evaluated_on, asEvaluated(round.offer)).then(function (r) {
        if (!r.ok) { return null; }
        var best = null;
        (r.json.packages || []).forEach(function (p) {
          if (p.kind === 'competing' && p.value_per_year !== null && (best === null || p.value_per_year > best.value)) {
            best = {value: p.value_per_year, label: p.label};
          }
        });
        return best;
      }, function () { return null; });
    }));
  }

  function show(id) {
    return api('GET', '/api/negotiations/' + encodeURIComponent(id)).then(function (r) {
      if (!r.ok) {
        view.hidden = true;
        roundForm.hidden = true;
        startForm.hidden = false;
        problem(document.getElementById('start-problem'), r);
        return;
      }
      current = r.json;
      var n = current, last = n.rounds[n.rounds.length - 1];
      document.getElementById('negotiation-title').textContent = 'Negotiation ' + n.negotiation_id + ' with ' + n.company;
      document.getElementById('negotiation-summary').textContent = n.role + ' ' + n.level + ' in ' + n.region + '; '
        + n.rounds.length + (n.rounds.length === 1 ? ' round' : ' rounds') + '; ' + (n.open ? 'open' : 'closed: ' + n.closed_reason) + '.';
      timeline(n);
      prefill(last);
      startForm.hidden = true;
      roundForm.hidden = !n.open;
      view.hidden = false;
      document.title = 'Negotiation ' + n.negotiation_id + ' with ' + n.company + ' – offer-evaluator';
      competingValues(n).then(function (competing) { chart(n, competing); });
    });
  }

  function timeline(n) {
    var ol = document.getElementById('timeline');
    ol.textContent = '';
    n.rounds.forEach(function (round) {
      var li = el('li'), o = round.offer, cur = o.currency;
      li.setAttribute('aria-label', 'Round ' + round.round);
      li.className = 'round';
      li.appendChild(el('h4', 'Round ' + round.round + ', ' + round.recorded_at.replace('T', ' ').replace(/\.\d+Z$/, 'Z')));
      var dl = el('dl');
      function row(term, text) { dl.appendChild(el('dt', term)); var dd = el('dd', text); dl.appendChild(dd); return dd; }
      if (round.note) { row('Note', round.note); }
      row('Offer', money(o.base, cur) + ' base, ' + money(o.stock_grant, cur) + ' stock over ' + o.vest_years + ' years ('
        + scheduleText(o.vest_schedule) + '), ' + o.bonus_pct + '% bonus, ' + money(o.sign_on, cur) + ' sign-on');
      (o.competing || []).forEach(function (c) {
        row('Competing', c.company + (c.level ? ' ' + c.level : '') + ', ' + money(c.base, c.currency) + ' base, '
          + money(c.stock_grant, c.currency) + ' stock');
      });
      if (round.moved) { moved(row('What moved', ''), round); }
      var a = round.ask;
      row('Asked', a ? money(a.base, a.currency) + ' base, ' + money(a.stock_grant, a.currency) + ' stock over ' + a.vest_years
        + ' years, ' + a.bonus_pct + '% bonus, ' + money(a.sign_on, a.currency) + ' sign-on' : 'nothing (no counter-offer)');
      var d = round.decision;
      row('Decision', d.code + (d.reason ? ': ' + d.reason : '') + (round.status === 'OK' ? '' : ' (' + round.status + ')'));
      li.appendChild(dl);
      ol.appendChild(li);
    });
  }
  function moved(dd, round) {
    var parts = [];
    round.moved.forEach(function (m) {
      var name = NAMES[m.component] || m.component;
      if (m.change === 0 || (m.before !== null && Number(m.before) === Number(m.after))) {
        parts.push(el('span', name + ' unchanged at ' + amount(m.after, m.unit)));
        return;
      }
      var up = m.before === null || Number(m.after) > Number(m.before);
      var text = name + (m.before === null ? ' now ' + amount(m.after, m.unit)
        : ' ' + amount(m.before, m.unit) + ' → ' + amount(m.after, m.unit));
      if (m.gap_closed_pct !== null && m.gap_closed_pct !== undefined) {
        text += ' (' + (Math.round(m.gap_closed_pct * 100) / 100) + '% of the way to the ' + amount(m.asked, m.unit) + ' asked)';
      }
      parts.push(el('span', text, up ? 'moved-up' : 'moved-down'));
    });
    if (round.vest_schedule_moved) {
      parts.push(el('span', 'vesting ' + round.vest_schedule_moved.before + ' → ' + round.vest_schedule_moved.after));
    }
    parts.forEach(function (p, i) { if (i) { dd.appendChild(document.createTextNode('; ')); } dd.appendChild(p); });
  }

  function formValue(offer, k) {
    if (offer[k] === null || offer[k] === undefined) { return ''; }
    return k === 'vest_schedule' ? scheduleText(offer[k]) : String(offer[k]);
  }
  function prefill(last) {
    var f = roundForm.elements;
    ROUND_FIELDS.forEach(function (k) { f[k].value = formValue(last.offer, k); });
    f.note.value = '';
    roundForm.setAttribute('data-round', String(last.round));
  }

  // ---- the chart ----
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function chart(n, competing) {
    var fig = document.getElementById('chart');
    fig.textContent = '';
    var cur = n.rounds[0].offer.currency;
    var series = [
      {key: 'offer', label: 'Offer', color: '#0b5cad', dash: '', values: n.rounds.map(function (r) { return figure(r, 'offer_value_per_year'); })},
      {key: 'ask', label: 'Asked', color: '#8a4600', dash: '6 4', values: n.rounds.map(function (r) { return r.ask ? figure(r, 'value_per_year') : null; })},
      {key: 'competing', label: 'Best competing offer', color: '#57606a', dash: '2 4', values: competing.map(function (c) { return c ? c.value : null; })}
    ];
    var all = [];
    series.forEach(function (s) { s.values.forEach(function (v) { if (v !== null) { all.push(Number(v)); } }); });
    if (all.length === 0) { fig.appendChild(el('p', 'No values per year to chart yet.', 'muted')); return; }
    // the axis from a round step (1, 2, 2.5 or 5 times a power of ten) below the lowest value to one above the highest
    var lo = Math.min.apply(null, all), hi = Math.max.apply(null, all);
    var raw = Math.max((hi - lo) / 4, hi * 0.01, 1), mag = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 2.5, 5, 10].map(function (k) { return k * mag; }).filter(function (k) { return k >= raw; })[0];
    lo = Math.max(0, Math.floor(lo / step) * step - (lo % step === 0 ? step : 0));
    hi = Math.ceil(hi / step) * step + (hi % step === 0 ? step : 0);
    var ticks = Math.round((hi - lo) / step);
    var W = 640, H = 280, L = 84, R = 56, T = 16, B = 40, rounds = n.rounds.length;
    function x(i) { return rounds === 1 ? L + (W - L - R) / 2 : L + i * (W - L - R) / (rounds - 1); }
    function y(v) { return T + (H - T - B) * (1 - (v - lo) / (hi - lo)); }
    var s = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-labelledby': 'chart-title chart-desc'});
    s.appendChild(svg('title', {id: 'chart-title'}, 'Value per year, round by round'));
    var desc = [];
    n.rounds.forEach(function (r, i) {
      desc.push('Round ' + r.round + ': offer ' + money(series[0].values[i], cur) + ', asked ' + money(series[1].values[i], cur)
        + ', best competing ' + money(series[2].values[i], cur));
    });
    s.appendChild(svg('desc', {id: 'chart-desc'}, desc.join('; ') + '.'));
    for (var t = 0; t <= ticks; t++) {
      var v = lo + step * t;
      s.appendChild(svg('line', {x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: '#d0d7de', 'stroke-width': 1}));
      s.appendChild(svg('text', {x: L - 8, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#57606a'},
        money(v, cur)));
    }
    n.rounds.forEach(function (r, i) {
      s.appendChild(svg('text', {x: x(i), y: H - B + 20, 'text-anchor': 'middle', 'font-size': 12, fill: '#1b1f24'}, 'Round ' + r.round));
    });
    series.forEach(function (ser) {
      var g = svg('g', {'class': 'series ' + ser.key});
      var d = '';
      ser.values.forEach(function (v, i) {
        if (v === null) { return; }
        d += (d ? ' L ' : 'M ') + x(i).toFixed(1) + ' ' + y(Number(v)).toFixed(1);
      });
      if (d) {
        g.appendChild(svg('path', {d: d, fill: 'none', stroke: ser.color, 'stroke-width': 3, 'stroke-dasharray': ser.dash}));
      }
      ser.values.forEach(function (v, i) {
        if (v === null) { return; }
        var c = svg('circle', {cx: x(i), cy: y(Number(v)), r: ser.key === 'offer' ? 6 : 4, fill: ser.key === 'offer' ? ser.color : '#fff',
          stroke: ser.color, 'stroke-width': 2, 'class': 'point ' + ser.key});
        c.appendChild(svg('title', {}, ser.label + ', round ' + n.rounds[i].round + ': ' + money(v, cur) + ' a year'));
        g.appendChild(c);
      });
      s.appendChild(g);
    });
    fig.appendChild(s);
    var legend = el('ul', null, 'legend');
    series.forEach(function (ser) { legend.appendChild(el('li', ser.label, ser.key)); });
    fig.appendChild(legend);
    var bestLabel = competing.filter(function (c) { return c; }).map(function (c) { return c.label; })[0];
    fig.appendChild(el('figcaption', 'Value per year of each round\u2019s offer, of what was asked (the counter-offer) and of the best'
      + ' competing offer' + (bestLabel ? ' (' + bestLabel + ')' : '') + ', in the comparison view of the evaluation.'));
    fig.setAttribute('data-rounds', String(rounds));
  }

  // ---- the next round ----
  roundForm.addEventListener('submit', function (ev) {
    ev.preventDefault();
    if (!current) { return; }
    var out = document.getElementById('round-problem'), f = roundForm.elements, last = current.rounds[current.rounds.length - 1];
    out.hidden = true;
    var body = {};
    ROUND_FIELDS.forEach(function (k) {
      var v = f[k].value.trim(), was = formValue(last.offer, k);
      if (v !== was) { body[k] = v; }
    });
    if (f.note.value.trim()) { body.note = f.note.value.trim(); }
    roundForm.setAttribute('aria-busy', 'true');
    api('POST', '/api/negotiations/' + current.negotiation_id + '/rounds', body).then(function (r) {
      roundForm.removeAttribute('aria-busy');
      if (!r.ok) { problem(out, r); return; }
      show(current.negotiation_id).then(function () { document.getElementById('negotiation-title').focus(); });
      loadList();
    }, function () { roundForm.removeAttribute('aria-busy'); out.textContent = 'The server could not be reached.'; out.hidden = false; });
  });

  document.getElementById('delete').addEventListener('click', function () {
    if (!current || !window.confirm('Delete negotiation ' + current.negotiation_id + ' and every round of it?')) { return; }
    api('DELETE', '/api/negotiations/' + current.negotiation_id).then(function (r) {
      if (!r.ok && r.status !== 404) { problem(document.getElementById('round-problem'), r); return; }
      window.location.href = '/negotiations';
    });
  });

  document.getElementById('negotiation-title').setAttribute('tabindex', '-1');
  var id = new URLSearchParams(window.location.search).get('id');
  if (id) { show(id); }
  window.addEventListener('popstate', function () {
    var again = new URLSearchParams(window.location.search).get('id');
    if (again) { show(again); } else { window.location.reload(); }
  });
  loadList();
})();
