// offer-evaluator HTML report: copy buttons, sortable table, and batch details drawn when opened.
document.addEventListener('click', function (ev) {
  var copy = ev.target.closest('button[data-copy]');
  if (copy) {
    var text = document.getElementById(copy.getAttribute('data-copy')).textContent;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { copy.textContent = 'Copied'; }, function () {});
    }
    return;
  }
  var sort = ev.target.closest('th button[data-sort]');
  if (!sort) { return; }
  var table = sort.closest('table'), body = table.tBodies[0], col = +sort.getAttribute('data-sort');
  var asc = sort.getAttribute('aria-sort') !== 'ascending';
  table.querySelectorAll('th button').forEach(function (b) { b.removeAttribute('aria-sort'); });
  sort.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
  Array.prototype.slice.call(body.rows).sort(function (a, b) {
    var x = a.cells[col].getAttribute('data-v') || a.cells[col].textContent;
    var y = b.cells[col].getAttribute('data-v') || b.cells[col].textContent;
    var nx = parseFloat(x), ny = parseFloat(y);
    var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
    return asc ? c : -c;
  }).forEach(function (r) { body.appendChild(r); });
});
var SVG = 'http://www.w3.org/2000/svg';
function el(tag, attrs, text, ns) {
  var e = ns ? document.createElementNS(SVG, tag) : document.createElement(tag);
  for (var k in attrs || {}) { e.setAttribute(k, attrs[k]); }
  if (text != null) { e.textContent = text; }
  return e;
}
// Draws one chart from geometry computed by BandChart.geometry: the same layout as its SVG.
function chart(c, id) {
  var fig = el('figure', {'class': 'chart'});
  var svg = el('svg', {viewBox: '0 0 640 112', width: '640', height: '112', role: 'img',
    'aria-labelledby': id + '-t ' + id + '-d'}, null, true);
  svg.appendChild(el('title', {id: id + '-t'}, c.t, true));
  svg.appendChild(el('desc', {id: id + '-d'}, c.d, true));
  svg.appendChild(el('line', {'class': 'axis', x1: 40, x2: 600, y1: 54, y2: 54}, null, true));
  svg.appendChild(el('rect', {'class': 'band', x: c.x0, y: 46, width: c.x1 - c.x0, height: 16}, null, true));
  svg.appendChild(el('line', {'class': 'midpoint', 'data-role': 'midpoint', x1: c.xm, x2: c.xm, y1: 40, y2: 68}, null, true));
  [[c.x0, c.lo], [c.x1, c.hi]].forEach(function (p) {
    svg.appendChild(el('text', {'class': 'end-label', x: Math.max(30, Math.min(610, p[0])), y: 86, 'text-anchor': 'middle'}, p[1], true));
  });
  var lanes = {offer: 0, competing: -11, counter: 11}, labelY = [14, 30, 104];
  c.k.forEach(function (m, i) {
    var g = el('g', {'class': 'marker ' + m[0], 'data-role': m[0], 'data-value': m[3],
      transform: 'translate(' + m[1] + ',' + (54 + lanes[m[0]]) + ')'}, null, true);
    g.appendChild(m[0] === 'offer' ? el('circle', {r: 7}, null, true)
      : el('path', {d: m[0] === 'competing' ? 'M0,-9 L8,6 L-8,6 Z' : 'M0,-9 L9,0 L0,9 L-9,0 Z'}, null, true));
    svg.appendChild(g);
    svg.appendChild(el('text', {'class': 'marker-label ' + m[0], x: Math.max(30, Math.min(610, +m[1])),
      y: labelY[Math.min(i, 2)], 'text-anchor': 'middle'}, m[2], true));
  });
  fig.appendChild(svg);
  var cap = el('figcaption');
  cap.appendChild(el('strong', null, c.t + '.'));
  cap.appendChild(document.createTextNode(' ' + c.d));
  fig.appendChild(cap);
  return fig;
}
var offers = null;
// a provenance marker; its title is the legend's entry for it ("[a] adapted from the guide: ...")
var legend = {};
function mark(at, m) {
  if (!m) { return; }
  at.appendChild(document.createTextNode(' '));
  at.appendChild(el('sup', {'class': 'mark', title: legend[m] || ''}, m));
}
function draw(d) {
  offers = offers || JSON.parse(document.getElementById('offer-data').textContent);
  var o = offers[+d.getAttribute('data-i')], id = d.id, box = el('div');
  legend = {};
  (o.lg || []).forEach(function (m) { legend[m.charAt(1)] = m.slice(4); });
  var head = el('p'); head.appendChild(el('span', {'class': 'status ' + o.s}, o.s));
  if (o.b) { head.appendChild(document.createTextNode(' ' + o.b)); }
  box.appendChild(head);
  if (o.an) { var an = el('p', {'class': 'answer'}); an.appendChild(el('strong', null, o.an)); box.appendChild(an); }
  (o.m || []).forEach(function (m) { box.appendChild(el('p', {'class': 'muted'}, m)); });
  (o.c || []).forEach(function (c, i) { box.appendChild(chart(c, id + '-' + i)); });
  box.appendChild(el('h3', null, 'Levers (' + o.l.length + ')'));
  var ul = el('ul');
  o.l.forEach(function (l) {
    var li = el('li'); li.appendChild(el('strong', null, l[0])); li.appendChild(document.createTextNode('. Why: ' + l[1] + '.'));
    li.appendChild(el('br')); li.appendChild(el('q', null, l[2])); mark(li, l[3]); ul.appendChild(li);
  });
  box.appendChild(ul);
  if (o.py) {
    box.appendChild(el('h3', null, 'Packages side by side (' + o.pv + ')'));
    var pt = el('table'), ph = el('tr'), pb = el('tbody');
    ['Package', 'Year 1', 'Year 2', 'Year 3', 'Year 4', '4-year average', 'Verdict'].forEach(function (h) { ph.appendChild(el('th', {scope: 'col'}, h)); });
    var thead = el('thead'); thead.appendChild(ph); pt.appendChild(thead);
    o.py.forEach(function (r) { var tr = el('tr'); tr.appendChild(el('th', {scope: 'row'}, r[0])); for (var k = 1; k <= 5; k++) { tr.appendChild(el('td', {'class': 'num'}, r[k])); } tr.appendChild(el('td', null, r[6])); pb.appendChild(tr); });
    pt.appendChild(pb); box.appendChild(pt);
    var pn = el('ul'); (o.pn || []).forEach(function (n) { pn.appendChild(el('li', null, n)); }); box.appendChild(pn);
  }
  if (o.co) {
    var ch = el('h3', null, 'Counter-offer'); mark(ch, o.cm); box.appendChild(ch);
    var t = el('table'), tb = el('tbody');
    o.co.forEach(function (r) { var tr = el('tr'); tr.appendChild(el('th', {scope: 'row'}, r[0])); tr.appendChild(el('td', {'class': 'num'}, r[1])); tr.appendChild(el('td', null, r[2])); tb.appendChild(tr); });
    t.appendChild(tb); box.appendChild(t);
  }
  if (o.sc) {
    var sh = el('h3', null, 'Script'); mark(sh, o.sm); box.appendChild(sh);
    box.appendChild(el('pre', {'class': 'script', id: id + '-script'}, o.sc));
    if (o.ss) { box.appendChild(el('p', {'class': 'muted'}, o.ss)); }
    box.appendChild(el('button', {type: 'button', 'data-copy': id + '-script'}, 'Copy script'));
  }
  if (o.lg) {
    var lg = el('ul', {'class': 'legend muted', 'aria-label': 'Marks'});
    o.lg.forEach(function (m) { lg.appendChild(el('li', null, m)); });
    box.appendChild(lg);
  }
  d.appendChild(box);
  d.classList.remove('lazy');
}
document.addEventListener('toggle', function (ev) {
  var d = ev.target;
  if (d.tagName === 'DETAILS' && d.open && d.classList.contains('lazy')) { draw(d); }
}, true);
window.addEventListener('beforeprint', function () {
  document.querySelectorAll('details.lazy').forEach(function (d) { draw(d); d.open = true; });
});
function openTarget() {
  var el = location.hash && document.getElementById(location.hash.slice(1));
  if (el && el.tagName === 'DETAILS') { el.open = true; }
}
window.addEventListener('hashchange', openTarget);
openTarget();
