/**
 * The report page's own style and script, written into the page (no file beside it, no network).
 * Both are ASCII (a sign is a CSS escape, `\25B8`; a letter in a pattern a `\u` escape), so the
 * bundle needs no escaping of them (scripts/bundle.mjs).
 *
 * The script filters the rows: the search box matches the text of a row folded as `tasks --agency`
 * folds a name (src/cli/tasks-agency.ts, plainLetters: no diacritics, `đ` is `d`, lower case, any
 * run of other signs one space), against the row's `data-q`, folded so when the page was written;
 * the status list keeps one status. A group left with no row is hidden; its count says how many
 * of its rows are shown. Before printing, every group is opened (a closed one prints nothing).
 */

export const STYLE = String.raw`
:root{--ink:#1d2330;--muted:#5b6475;--line:#d8dde6;--bg:#f2f4f7;--navy:#17365d;
--red:#c62828;--red-bg:#fdecea;--amber:#9a5b00;--amber-pill:#f4b400;--amber-bg:#fff6dd;
--blue:#1d5fa6;--blue-bg:#e4eefa;--green:#2c6b3c;--green-bg:#e5f3e8;--grey:#4a5366;--grey-bg:#eceff3;--violet:#6b3a8c;--violet-bg:#f2e8fa}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:14px/1.45 "Segoe UI",Arial,"Liberation Sans","DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--blue)}
.muted{color:var(--muted)}
header.top{background:var(--navy);color:#fff;padding:18px 28px 16px}
header.top h1{margin:0;font-size:22px;font-weight:600;letter-spacing:.01em}
header.top p{margin:4px 0 0;color:#d6e0ee}
main{padding:16px 28px 40px;max-width:1500px;margin:0 auto}
.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:150px;text-align:left;font:inherit;color:inherit}
button.card{cursor:pointer}
button.card:hover{border-color:var(--blue)}
.card b{display:block;font-size:28px;line-height:1.15;font-weight:600}
.card span{color:var(--muted);font-size:13px}
.card.s-overdue b{color:var(--red)}
.card.s-due-7-days b{color:var(--amber)}
.card.s-no-lead b{color:var(--violet)}
.warn{background:#fff4e5;border:1px solid #f0c27b;border-radius:8px;padding:8px 14px;margin:12px 0 0}
section.panel{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin-top:16px}
h2{font-size:17px;margin:0 0 6px;font-weight:600}
section.panel p{margin:4px 0}
li.item,article.notice,h2,details.group{scroll-margin-top:84px}
.timeline{display:flex;align-items:flex-end;gap:8px;overflow-x:auto;padding:8px 2px 2px}
.month{flex:1 0 52px;max-width:96px;text-align:center;font-size:12px}
.month .n{color:var(--muted);display:block;min-height:1.3em}
.month .bar{height:110px;display:flex;flex-direction:column-reverse;align-items:center;border-bottom:2px solid #9aa3b2}
.month .seg{display:block;width:62%;min-height:3px}
.month .seg:last-child{border-radius:3px 3px 0 0}
.month .label{display:block;margin-top:4px;white-space:nowrap}
.month.now .label{font-weight:700}
.month.now .bar{background:linear-gradient(#fff0,#eef3fa)}
.month .today{display:block;color:var(--blue);font-size:11px;min-height:1.3em}
.seg.s-overdue,.key.s-overdue{background:var(--red)}
.seg.s-due-7-days,.key.s-due-7-days{background:var(--amber-pill)}
.seg.s-upcoming,.key.s-upcoming{background:var(--blue)}
.seg.s-no-lead,.key.s-no-lead{background:var(--violet)}
.legend{display:flex;gap:16px;flex-wrap:wrap;list-style:none;padding:0;margin:10px 0 0;font-size:13px}
.key{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.toolbar{position:sticky;top:0;z-index:2;background:var(--bg);display:flex;flex-wrap:wrap;gap:10px 16px;align-items:end;padding:12px 0 10px;margin-top:8px;border-bottom:1px solid var(--line)}
.toolbar label{display:flex;flex-direction:column;font-size:12px;color:var(--muted);gap:3px}
.toolbar input,.toolbar select{font:inherit;color:var(--ink);height:34px;padding:0 9px;border:1px solid #b9c1ce;border-radius:6px;background:#fff}
.toolbar input{width:min(440px,80vw)}
.toolbar input:focus,.toolbar select:focus{outline:2px solid #8fb4e3;border-color:var(--blue)}
.toolbar .shown{font-size:13px;color:var(--muted);padding-bottom:7px;flex:1}
.toolbar button{font:inherit;font-size:13px;height:34px;padding:0 12px;border:1px solid #b9c1ce;border-radius:6px;background:#fff;color:var(--ink);cursor:pointer}
.toolbar button:hover{border-color:var(--blue)}
h2.groups{margin:18px 0 0}
details.group{background:#fff;border:1px solid var(--line);border-radius:8px;margin-top:10px;overflow:hidden}
details.group>summary{cursor:pointer;padding:9px 14px;display:flex;flex-wrap:wrap;align-items:center;gap:8px;background:#f7f8fa;list-style:none}
details.group>summary::-webkit-details-marker{display:none}
details.group>summary::before{content:"\25B8";color:var(--muted);display:inline-block;width:1em;transition:transform .15s}
details.group[open]>summary::before{transform:rotate(90deg)}
details.group[open]>summary{border-bottom:1px solid var(--line)}
.group .name{font-weight:600;font-size:15px}
.group .id{font:12px Consolas,"DejaVu Sans Mono",monospace;color:var(--muted)}
.count,.badge{border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;line-height:20px}
.count{background:#e3e8ef}
.badge.s-overdue{background:var(--red);color:#fff}
.badge.s-due-7-days{background:var(--amber-pill);color:#3b2600}
table{width:100%;border-collapse:collapse;table-layout:fixed}
th{text-align:left;font-size:12px;color:var(--muted);font-weight:600;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:bottom}
td{padding:7px 8px;border-top:1px solid #edf0f4;vertical-align:top;overflow-wrap:anywhere}
col.c-item{width:6%}col.c-task{width:31%}col.c-due{width:8%}col.c-deadline{width:11%}col.c-status{width:12%}col.c-support{width:11%}col.c-report{width:11%}col.c-notice{width:10%}
tr.s-overdue{background:var(--red-bg)}
tr.s-overdue>td:first-child{box-shadow:inset 4px 0 var(--red)}
tr.s-due-7-days{background:var(--amber-bg)}
tr.s-due-7-days>td:first-child{box-shadow:inset 4px 0 var(--amber-pill)}
tr.s-overdue .due{color:var(--red);font-weight:600}
tr.s-due-7-days .due{color:var(--amber);font-weight:600}
.due time{white-space:nowrap}
.file{font-size:12px;word-break:break-all}
.product{display:block;margin-top:3px;font-size:12px;color:var(--muted)}
.pill{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;line-height:1.35}
.pill.s-overdue{background:var(--red);color:#fff}
.pill.s-due-7-days{background:var(--amber-pill);color:#3b2600}
.pill.s-upcoming{background:var(--blue-bg);color:var(--blue)}
.pill.s-ongoing{background:var(--green-bg);color:var(--green)}
.pill.s-no-deadline{background:var(--grey-bg);color:var(--grey)}
.pill.s-no-lead{background:var(--violet-bg);color:var(--violet)}
.nomatch{background:#fff;border:1px dashed #b9c1ce;border-radius:8px;padding:14px;margin-top:10px;color:var(--muted)}
h2.texts{margin:28px 0 0}
article.notice{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 22px;margin-top:12px}
article.notice h3{margin:0 0 8px;font-size:16px}
article.notice dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:0 0 10px;font-size:13px}
article.notice dt{color:var(--muted)}
article.notice dd{margin:0}
.preamble{color:var(--muted);font-style:italic}
ol.items,ol.items ol{list-style:none;margin:0;padding-left:1.6em}
ol.items{padding-left:0}
li.item>.itext{padding:3px 6px;border-radius:4px;margin:2px 0}
li.item>.itext p{margin:0 0 6px}
li.item:target>.itext{background:#fff3b0;box-shadow:0 0 0 2px #e3b600}
.mark{font-weight:600;margin-right:.35em}
.heading{font-weight:600}
.back{font-size:12px;margin:8px 0 0}
footer{color:var(--muted);font-size:12px;margin-top:28px}
@page{size:A4 landscape;margin:12mm}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{background:#fff;font-size:10pt}
.toolbar,.back{display:none!important}
header.top{background:#fff;color:#000;padding:0 0 6px;border-bottom:2px solid #000}
header.top p{color:#000}
main{padding:0;max-width:none}
.card{padding:4px 10px;min-width:0}
.card b{font-size:18px}
section.panel,details.group,article.notice{border:0;border-radius:0;padding:0;margin-top:12px}
details.group>summary{background:none;padding:6px 0 3px;border-bottom:1px solid #000}
details.group>summary::before{display:none}
.month .bar{height:70px}
thead{display:table-header-group}
tr{break-inside:avoid}
h2.texts{break-before:page}
article.notice{break-inside:auto}
a{color:inherit;text-decoration:none}
}
`;

export const SCRIPT = String.raw`(function(){
'use strict';
function fold(s){
return s.normalize('NFD').replace(/\p{M}/gu,'').replace(/\u0111/g,'d').replace(/\u0110/g,'D').toLowerCase().replace(/[^\p{L}\p{N}]+/gu,' ').trim();
}
var q=document.getElementById('q');
var st=document.getElementById('status');
var shown=document.getElementById('shown');
var none=document.getElementById('nomatch');
var groups=Array.prototype.slice.call(document.querySelectorAll('details.group'));
function apply(){
var words=fold(q.value);
var status=st.value;
var filtering=words!==''||status!=='';
var total=0,all=0;
groups.forEach(function(g){
var n=0;
var rows=g.querySelectorAll('tr[data-q]');
rows.forEach(function(tr){
var ok=(words===''||tr.getAttribute('data-q').indexOf(words)>=0)&&(status===''||tr.getAttribute('data-status')===status);
tr.hidden=!ok;
if(ok)n++;
});
all+=rows.length;
total+=n;
g.hidden=n===0;
g.querySelector('.count').textContent=filtering?n+' / '+rows.length:String(rows.length);
if(filtering&&n>0)g.open=true;
});
shown.textContent=shown.getAttribute('data-text').replace('{n}',String(total)).replace('{total}',String(all));
none.hidden=total>0;
}
q.addEventListener('input',apply);
st.addEventListener('change',apply);
q.addEventListener('keydown',function(e){if(e.key==='Escape'){q.value='';apply();}});
Array.prototype.forEach.call(document.querySelectorAll('button[data-status]'),function(b){
b.addEventListener('click',function(){st.value=b.getAttribute('data-status');apply();document.getElementById('tasks').scrollIntoView();});
});
function openAll(open){groups.forEach(function(g){g.open=open;});}
document.getElementById('expand').addEventListener('click',function(){openAll(true);});
document.getElementById('collapse').addEventListener('click',function(){openAll(false);});
document.getElementById('print').addEventListener('click',function(){window.print();});
var before=null;
window.addEventListener('beforeprint',function(){before=groups.map(function(g){return g.open;});openAll(true);});
window.addEventListener('afterprint',function(){if(before)groups.forEach(function(g,k){g.open=before[k];});before=null;});
apply();
})();
`;
