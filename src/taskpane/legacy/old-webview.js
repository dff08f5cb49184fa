/* global document, location */
/*
 * Insurance for an old webview (Trident or EdgeHTML, as in Excel 2016/2019): the add-in's bundle
 * cannot run there, so this ES5 script says so in Norwegian and English instead of «Laster …»
 * for ever. A file of its own rather than inline: the page's CSP allows scripts from 'self' only
 * (no 'unsafe-inline', no hash that a minifier could break). Tested in tests/taskpane/old-webview.test.ts.
 */
(function () {
  var ua=navigator.userAgent||'';var old=/Trident\/|MSIE |Edge\/\d/.test(ua)||typeof Promise==='undefined'||typeof Object.assign!=='function';if(!old)return;var root=document.getElementById('root');if(!root)return;var page=location.protocol+'//'+location.host+'/';root.innerHTML='<div role="alert" style="font-family:sans-serif;padding:1rem"><p><b>Rapportsjekk virker ikke i denne versjonen av Excel.</b> Den trenger Microsoft 365 eller Excel 2021 eller nyere. Bruk nettsiden i stedet: åpne '+page+' i en nettleser og velg rapporten. Filen lastes ikke opp.</p><p lang="en"><b>Rapportsjekk does not work in this version of Excel.</b> It needs Microsoft 365 or Excel 2021 or later. Use the browser page instead: open '+page+' in a web browser and choose the report. The file is not uploaded.</p></div>';})();
