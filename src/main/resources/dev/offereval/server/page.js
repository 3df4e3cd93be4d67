// offer-evaluator serve page: evaluates in place as figures change, adds and removes competing
// offers, and uploads a batch. Without this script the forms post and the server answers with pages.
(function () {
  var form = document.getElementById('offer-form');
  var result = document.getElementById('result');
  var list = document.getElementById('competing-list');
  var tpl = document.getElementById('competing-template');
  var timer = null, seq = 0, next = list.children.length;

  function evaluate() {
    var mine = ++seq;
    result.setAttribute('aria-busy', 'true');
    fetch('/result', {method: 'POST', body: new URLSearchParams(new FormData(form))})
      .then(function (r) { return r.text().then(function (t) { return {ok: r.ok, text: t}; }); })
      .then(function (r) {
        if (mine !== seq) { return; }
        if (r.ok) {
          result.innerHTML = r.text;
        } else {
          result.textContent = 'The server could not evaluate the offer.';
        }
        result.setAttribute('data-evaluations', String(mine));
        result.removeAttribute('aria-busy');
      }, function () {
        if (mine === seq) { result.textContent = 'The server could not be reached.'; result.removeAttribute('aria-busy'); }
      });
  }
  function soon() { clearTimeout(timer); timer = setTimeout(evaluate, 250); }

  function addCompeting() {
    var i = 'n' + (next++);
    list.insertAdjacentHTML('beforeend', tpl.innerHTML.replace(/__i__/g, i));
    list.lastElementChild.querySelector('input').focus();
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var by = ev.submitter;
    if (by && by.name === 'action' && by.value === 'add-competing') { addCompeting(); return; }
    if (by && by.name === 'remove') {
      by.closest('fieldset.competing-offer').remove();
      document.getElementById('add-competing').focus();
    }
    clearTimeout(timer);
    evaluate();
  });
  form.addEventListener('input', soon);
  form.addEventListener('change', soon);

  // The pickers read the catalog (/api/catalog): the chosen band's as-of date, whether it is stale
  // and where it comes from; and, for a competing offer, every company the data knows (by any name
  // it is written) and every level in a class of equivalent levels, labelled with its company.
  var catalog = null, note = document.getElementById('band-note');
  function option(list, value, label) {
    var o = document.createElement('option');
    o.value = value;
    if (label) { o.label = label; }
    list.appendChild(o);
  }
  function describeBand() {
    if (!catalog || !note) { return; }
    var pick = {};
    ['company', 'role', 'level', 'region'].forEach(function (f) { pick[f] = form.elements[f].value; });
    var band = catalog.bands.filter(function (b) {
      return b.company === pick.company && b.role === pick.role && b.level === pick.level && b.region === pick.region;
    })[0];
    note.textContent = band
      ? 'Band as of ' + band.as_of + (band.stale ? ', stale since ' : ', current until ') + band.stale_after
        + ' (' + band.from + ')'
      : 'The data has no band for this company, role, level and region.';
    note.setAttribute('data-stale', band && band.stale ? 'yes' : 'no');
  }
  function pickers(c) {
    catalog = c;
    var companies = document.getElementById('competing-companies');
    var levels = document.getElementById('competing-levels');
    companies.textContent = '';
    c.companies.forEach(function (n) {
      option(companies, n.name);
      n.aliases.forEach(function (a) { option(companies, a, n.name); });
    });
    levels.textContent = '';
    c.level_classes.forEach(function (k) {
      k.levels.forEach(function (l) { option(levels, l.level, l.company + ' ' + l.level); });
    });
    form.setAttribute('data-catalog', 'loaded');
    describeBand();
  }
  fetch('/api/catalog').then(function (r) { return r.ok ? r.json() : null; })
    .then(function (c) { if (c) { pickers(c); } }, function () {});
  ['company', 'role', 'level', 'region'].forEach(function (f) {
    form.elements[f].addEventListener('change', describeBand);
  });

  // The batch: CSV back as a download link and a preview table; the HTML report is a plain form post.
  var batch = document.getElementById('batch-form');
  var out = document.getElementById('batch-result');
  function cell(tag, text) { var e = document.createElement(tag); e.textContent = text; return e; }
  function parseCsv(t) {
    var rows = [], row = [], c = '', q = false;
    for (var i = 0; i < t.length; i++) {
      var ch = t[i];
      if (q) {
        if (ch === '"') { if (t[i + 1] === '"') { c += '"'; i++; } else { q = false; } } else { c += ch; }
      } else if (ch === '"') { q = true; }
      else if (ch === ',') { row.push(c); c = ''; }
      else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && t[i + 1] === '\n') { i++; }
        row.push(c); rows.push(row); row = []; c = '';
      } else { c += ch; }
    }
    if (c !== '' || row.length) { row.push(c); rows.push(row); }
    return rows;
  }
  batch.addEventListener('submit', function (ev) {
    if (document.getElementById('batch-format').value !== 'csv') { return; }
    ev.preventDefault();
    out.textContent = 'Evaluating…';
    fetch('/batch', {method: 'POST', body: new FormData(batch)}).then(function (r) {
      return r.text().then(function (text) {
        out.textContent = '';
        if (!r.ok) {
          var p = cell('p', ''); p.className = 'problem';
          try { p.textContent = JSON.parse(text).detail; } catch (e) { p.textContent = 'The batch could not be evaluated.'; }
          out.appendChild(p);
          return;
        }
        var rows = parseCsv(text), head = rows.shift() || [];
        out.appendChild(cell('p', r.headers.get('Offer-Eval-Rows') + ' rows: ' + r.headers.get('Offer-Eval-Summary') + '.'));
        var a = cell('a', 'Download the evaluated CSV');
        a.href = URL.createObjectURL(new Blob([text], {type: 'text/csv'}));
        a.download = (document.getElementById('batch-file').files[0].name || 'offers.csv').replace(/\.csv$/i, '') + '-evaluated.csv';
        a.id = 'batch-download';
        out.appendChild(cell('p', '')).appendChild(a);
        var cols = ['offer_id', 'status', 'band', 'counter_base', 'counter_stock_grant', 'message'];
        var idx = cols.map(function (c) { return head.indexOf(c); });
        var table = document.createElement('table'), thead = table.createTHead().insertRow(), body = table.createTBody();
        cols.forEach(function (c) { var th = cell('th', c); th.scope = 'col'; thead.appendChild(th); });
        rows.forEach(function (row) {
          var tr = body.insertRow();
          idx.forEach(function (i) { tr.appendChild(cell('td', i < 0 ? '' : (row[i] || ''))); });
        });
        var cap = table.createCaption(); cap.textContent = 'The evaluated rows, in input order';
        out.appendChild(table);
      });
    }, function () { out.textContent = 'The server could not be reached.'; });
  });
})();
