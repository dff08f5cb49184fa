/**
 * The page's CSS. Screen: the overview's fixed column widths add up to less than a 1280 px
 * window, long names wrap. Print (A4 landscape): controls hidden, tables at full width with
 * smaller type, so no column is cut.
 */
export const STYLE = `
:root{--ink:#1d2733;--muted:#5b6673;--line:#d6dbe1;--ok:#176430;--bad:#b3261e;--warn:#7a5200;--bar:#2f6db5;--na:#6b7580;--lvlc:#7a5200}
*{box-sizing:border-box}body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0 auto;padding:20px 24px;max-width:1400px}
h1{font-size:26px;margin:0 0 6px}h2{font-size:20px;margin:28px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:8px 0 4px}
.meta,.note{color:var(--muted);margin:4px 0}.note{font-size:14px}nav a{margin-right:16px}a{color:#1f5a9e}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{padding:5px 7px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#f2f4f7;font-weight:600;overflow-wrap:normal;hyphens:manual}thead th small{display:block;font-weight:400;color:var(--muted);font-size:11.5px}
thead th button{all:unset;cursor:pointer;font-weight:600;display:block}thead th button:focus-visible,button:focus-visible,a:focus-visible,select:focus-visible{outline:2px solid var(--bar);outline-offset:1px}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
table.overview{table-layout:fixed}tbody th{font-weight:400}
.c-prog{width:30%}.c-year{width:56px}.c-status{width:128px}.c-n{width:100px}.c-rate{width:128px}.c-rate2{width:104px}.c-goals{width:112px}.c-change{width:104px}.c-more{width:84px}
.prog{font-weight:600}.file{color:var(--muted)}.version{margin-top:3px;font-size:12px}tr.older{background:#f7f7f5;color:var(--muted)}
.num{text-align:right}td small,th small{color:var(--muted)}
.na{color:var(--na);font-style:italic}
.badge{display:inline-block;padding:0 7px;border-radius:9px;font-size:12px;font-weight:600;background:#e8ebef;margin:1px 0;white-space:nowrap}
.badge.ok,.badge.reached{background:#dcefe2;color:var(--ok)}.badge.sev-error,.badge.not-reached{background:#f7dedc;color:var(--bad)}
.badge.sev-warning,.badge.dup{background:#fbeed3;color:var(--warn)}.badge.sev-info{background:#e3ecf7;color:#1f4f86}
.badge.not-assessable{background:#eceef1;color:var(--muted);font-style:italic}
.lvl{font-size:11px;white-space:nowrap}.lvl.below{color:var(--bad)}.lvl.above{color:var(--ok)}
button.open{font:inherit;font-size:13px;padding:2px 8px;border:1px solid #9aa3ad;border-radius:4px;background:#fff;cursor:pointer}
tr.detail>td{background:#fafbfc;padding:10px 14px}.details .cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:18px}
.details table{font-size:12.5px;margin:6px 0}.details caption{text-align:left;font-weight:600;padding:4px 0}.details ul.rules{padding-left:18px;margin:4px 0}
form.filters{display:flex;flex-wrap:wrap;gap:8px 18px;align-items:end;margin:8px 0 10px;padding:8px 12px;border:1px solid var(--line);border-radius:6px}
form.filters fieldset{border:0;margin:0;padding:0;display:contents}form.filters legend{font-weight:600;float:left;margin-right:6px}
form.filters label{display:flex;flex-direction:column;font-size:13px;color:var(--muted)}form.filters select{font:inherit;font-size:14px;max-width:300px}
form.filters label.check{flex-direction:row;gap:6px;align-items:center;color:var(--ink)}output{font-weight:600}
table.rules-table{table-layout:fixed}.c-rule{width:23%}.c-sev{width:92px}.c-count{width:150px}.c-fix{width:32%}
.desc{color:var(--muted);font-size:12.5px}.fix{font-size:13px}.links{font-size:12.5px}
.meter{display:block;height:5px;background:#eceef1;margin:3px 0}.meter span{display:block;height:5px;background:var(--bad)}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(760px,1fr));gap:16px}
figure.chart{margin:0;border:1px solid var(--line);border-radius:6px;padding:10px 12px;min-width:0}
figcaption{font-weight:600}figcaption small{font-weight:400;color:var(--muted)}
.legend{font-size:12px;color:var(--muted);margin:2px 0 6px}.key{display:inline-block;width:10px;height:10px;margin:0 3px 0 10px;vertical-align:-1px}
.key.ok{background:var(--bar)}.key.err{background:var(--bad);transform:rotate(45deg) scale(.8)}.key.median{width:2px;height:12px;background:var(--ink)}.key.level{width:0;height:12px;border-left:2px dashed var(--lvlc)}
ol.dots{list-style:none;margin:0;padding:0;font-size:12px}
ol.dots li{display:grid;grid-template-columns:minmax(140px,36%) minmax(0,1fr) 118px;align-items:center;min-height:18px}
ol.dots .lbl{text-align:right;padding-right:8px;line-height:1.2;overflow-wrap:anywhere}ol.dots .lbl a{color:var(--ink);text-decoration:none}ol.dots .lbl a:hover{text-decoration:underline}
ol.dots .track{position:relative;height:100%;min-height:18px;border-left:1px solid #9aa3ad}
ol.dots.has-median .track::before{content:"";position:absolute;top:0;bottom:0;left:var(--median);border-left:2px solid var(--ink);opacity:.55}
ol.dots.has-level .track::after{content:"";position:absolute;top:0;bottom:0;left:var(--level);border-left:2px dashed var(--lvlc)}
ol.dots .bar{position:absolute;left:0;top:5px;height:8px;background:var(--bar)}
ol.dots li.err .bar{background:var(--bad)}ol.dots li.err .bar::after{content:"";position:absolute;right:-5px;top:-1px;width:10px;height:10px;background:var(--bad);transform:rotate(45deg)}
ol.dots .val{padding-left:8px;white-space:nowrap;color:var(--muted)}
.missing{font-size:12.5px;margin:8px 0 0}
code{font-size:12px}details{margin:2px 0}summary{cursor:pointer}
@media (max-width:900px){.details .cols{grid-template-columns:1fr}}
@page{size:A4 landscape;margin:10mm}
@media print{
body{padding:0;max-width:none;font-size:11px}nav,form.filters,.more,col.c-more,button.open,.overview th:last-child,tr.detail,output{display:none}
h2{break-after:avoid;margin-top:14px}table{font-size:10px}thead{display:table-header-group}thead th button{display:contents}tr{break-inside:avoid}
.c-prog{width:30%}.c-status{width:110px}.c-rate{width:110px}
tr.older{display:none}.charts{display:block}figure.chart{break-inside:auto;margin-bottom:10px}ol.dots li{break-inside:avoid}
a{color:inherit;text-decoration:none}details>*{display:block}
}
`;
