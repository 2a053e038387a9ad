namespace RadAudit.Reporting.Html;

/// <summary>The report's inline stylesheet: system fonts only (nothing to download), readable measure, print-friendly.</summary>
internal static class ReportStyles
{
    public const string Css = """
:root{--ink:#1d2330;--muted:#5b6475;--line:#e3e6ec;--paper:#ffffff;--wash:#f5f7fa;--accent:#1f4e79;
--warn:#b3261e;--warn-wash:#fdf1f0;--ok:#1e6b34;--ok-wash:#eff8f1;--grey-wash:#f2f3f5}
*{box-sizing:border-box}
html{background:var(--wash)}
body{margin:0;color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;
-webkit-font-smoothing:antialiased}
main{max-width:1120px;margin:0 auto;padding:40px 32px 64px;background:var(--paper);min-height:100vh;box-shadow:0 0 0 1px var(--line)}
header{border-bottom:1px solid var(--line);padding-bottom:18px;margin-bottom:28px}
.kicker{margin:0;text-transform:uppercase;letter-spacing:.12em;font-size:12px;font-weight:600;color:var(--accent)}
h1{font-size:32px;line-height:1.2;margin:6px 0 6px;letter-spacing:-.01em}
.subtitle{margin:0;color:var(--muted)}
nav{margin-top:14px;display:flex;flex-wrap:wrap;gap:6px 18px;font-size:14px}
nav a{color:var(--accent);text-decoration:none;border-bottom:1px solid transparent}
nav a:hover{border-bottom-color:var(--accent)}
h2{font-size:22px;margin:0 0 8px;letter-spacing:-.005em}
h3{font-size:17px;margin:22px 0 8px}
section{margin:0 0 40px}
.lead{color:var(--muted);margin:0 0 14px;max-width:80ch}
.empty{color:var(--muted);font-style:italic}
.verdict{border-radius:10px;padding:22px 26px;border:1px solid var(--line);border-left-width:6px;background:var(--grey-wash)}
.verdict.detected{border-color:#f3c9c5;border-left-color:var(--warn);background:var(--warn-wash)}
.verdict.clear{border-color:#c9e6cf;border-left-color:var(--ok);background:var(--ok-wash)}
.verdict-label{margin:0 0 4px;text-transform:uppercase;letter-spacing:.12em;font-size:12px;font-weight:700;color:var(--muted)}
.verdict.detected .verdict-label{color:var(--warn)}
.verdict.clear .verdict-label{color:var(--ok)}
.verdict h2{font-size:24px;margin-bottom:10px}
.verdict-sentences{margin:0 0 16px;padding-left:20px;font-size:17px;max-width:88ch}
.verdict-sentences li{margin:4px 0}
.figures{display:flex;flex-wrap:wrap;gap:12px}
.figure{flex:1 1 200px;background:rgba(255,255,255,.8);border:1px solid var(--line);border-radius:8px;padding:10px 14px;display:flex;flex-direction:column}
.figure-caption{font-size:12px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
.figure-value{font-size:28px;font-weight:650;font-variant-numeric:tabular-nums;line-height:1.25}
.figure-detail{font-size:13px;color:var(--muted)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:14px;font-variant-numeric:tabular-nums}
th,td{padding:7px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th:not(:first-child){text-align:right}
thead th{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);font-weight:600;border-bottom:2px solid var(--line);white-space:nowrap}
tbody th{font-weight:600;white-space:nowrap}
td.num{text-align:right;white-space:nowrap}
tbody tr:hover{background:var(--wash)}
.note{display:block;font-weight:400;font-size:12px;color:var(--muted)}
.plot{margin:24px auto 0;max-width:620px;text-align:center}
.plot svg{width:100%;height:auto;display:block}
figcaption{font-size:13px;color:var(--muted);margin-top:4px}
.bar{display:inline-block;width:70px;height:8px;border-radius:4px;background:var(--line);margin-right:8px;vertical-align:middle;overflow:hidden}
.bar span{display:block;height:100%;background:var(--warn)}
.case{border:1px solid var(--line);border-radius:10px;padding:14px 16px;margin:0 0 16px}
.case h3{margin:0 0 10px;font-size:14px;display:flex;flex-wrap:wrap;align-items:center;gap:8px}
.case code{font-size:13px;word-break:break-all}
.tag{font-size:11px;text-transform:uppercase;letter-spacing:.06em;padding:2px 8px;border-radius:99px;background:var(--grey-wash);color:var(--muted);font-weight:600}
.tag.abnormal{background:var(--warn-wash);color:var(--warn)}
.tag.normal{background:var(--ok-wash);color:var(--ok)}
.panels{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:14px}
.panel{margin:0}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:4px}
.frame{position:relative;line-height:0;background:#000;border-radius:4px;overflow:hidden}
.frame img{width:100%;height:auto;display:block;image-rendering:auto}
.boxes{position:absolute;inset:0;width:100%;height:100%}
.boxes rect{fill:none;stroke:#00e5ff;stroke-width:2;vector-effect:non-scaling-stroke}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 18px;margin:0;font-size:14px;align-content:start}
.facts dt{color:var(--muted)}
.facts dd{margin:0}
.facts code{font-size:13px;word-break:break-all}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:28px}
.contact{margin:16px 0 0}
.contact img{max-width:100%;height:auto;border:1px solid var(--line);border-radius:6px}
.methods p{max-width:80ch;margin:0 0 10px}
.references{font-size:13px;color:var(--muted);padding-left:22px}
footer{border-top:1px solid var(--line);padding-top:14px;color:var(--muted);font-size:13px}
@media (max-width:720px){main{padding:24px 16px}.columns{grid-template-columns:1fr}h1{font-size:26px}}
@media print{html{background:#fff}main{box-shadow:none;max-width:none}nav{display:none}}
""";
}
