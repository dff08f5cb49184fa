/**
 * The page's only script (inline; the CSP allows nothing else): sorting by a column, filters
 * (status, rule, programme type, older versions), details opened on demand from <template>s,
 * and links to a report that reveal its row even when a filter hid it. Nothing is fetched.
 */
export const SCRIPT = `
(function(){
var table = document.getElementById('overview-table');
if (!table) return;
var body = table.tBodies[0];
var form = document.getElementById('filters');
var out = document.getElementById('showing');
function rows(){ return Array.prototype.filter.call(body.rows, function(r){ return !r.classList.contains('detail'); }); }
function close(row){
  var next = row.nextElementSibling;
  if (next && next.classList.contains('detail')) next.remove();
  var b = row.querySelector('button.open'); if (b) b.setAttribute('aria-expanded','false');
}
function open(row){
  var b = row.querySelector('button.open');
  var tpl = document.getElementById(b.getAttribute('data-details'));
  var tr = document.createElement('tr'); tr.className = 'detail';
  var td = document.createElement('td'); td.colSpan = row.cells.length;
  td.appendChild(tpl.content.cloneNode(true)); tr.appendChild(td);
  row.after(tr); b.setAttribute('aria-expanded','true');
}
body.addEventListener('click', function(e){
  var b = e.target.closest('button.open'); if (!b) return;
  var row = b.closest('tr');
  if (b.getAttribute('aria-expanded') === 'true') close(row); else open(row);
});
function apply(){
  var f = form.elements, shown = 0, all = rows();
  var status = f.status.value, rule = f.rule.value, type = f.type.value, older = f.older.checked;
  all.forEach(function(r){
    var ok = (status === '' || r.dataset.status === status)
      && (rule === '' || (' ' + r.dataset.rules + ' ').indexOf(' ' + rule + ' ') >= 0)
      && (type === '' || r.dataset.type === type)
      && (older || r.dataset.counted === '1');
    if (!ok) close(r);
    r.hidden = !ok; if (ok) shown++;
  });
  out.textContent = out.dataset.template.replace('{shown}', shown).replace('{total}', all.length);
}
form.addEventListener('change', apply);
form.addEventListener('submit', function(e){ e.preventDefault(); });
apply();
function reveal(){
  var row = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
  if (!row || row.parentNode !== body || !row.hidden) return;
  form.reset(); form.elements.older.checked = true; apply(); row.scrollIntoView();
}
window.addEventListener('hashchange', reveal); reveal();
var heads = table.querySelectorAll('thead th');
heads.forEach(function(th, col){
  var button = th.querySelector('button'); if (!button) return;
  button.addEventListener('click', function(){
    var asc = th.getAttribute('aria-sort') !== 'ascending';
    heads.forEach(function(h){ if (h.hasAttribute('aria-sort')) h.setAttribute('aria-sort','none'); });
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    var all = rows(); all.forEach(close);
    var lang = document.documentElement.lang;
    var key = function(row){ var c = row.cells[col]; return c.hasAttribute('data-sort') ? c.getAttribute('data-sort') : c.textContent; };
    all.sort(function(a, b){
      var x = key(a), y = key(b);
      if (x === '' && y === '') return 0; if (x === '') return 1; if (y === '') return -1;
      var nx = Number(x), ny = Number(y);
      var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, lang);
      return asc ? r : -r;
    });
    all.forEach(function(r){ body.appendChild(r); });
  });
});
})();
`;
