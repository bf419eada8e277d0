import { HOVER_SCRIPT } from './hoverScript.js';
import { esc } from './svg.js';

/**
 * The page around a report's sections: one self-contained HTML file (no network request,
 * no external font, script or style), readable from a phone to a laptop and in print.
 * The inline hover script only adds a read-out of values; the page is whole without it.
 */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; margin: 0 auto; max-width: 960px; padding: 12px; }
h1 { font-size: 1.4em; margin: 0.4em 0; } h2 { font-size: 1.15em; margin: 1.2em 0 0.4em; }
.verdict { padding: 8px 12px; border-left: 6px solid; margin: 8px 0; }
.verdict.met { border-color: #009E73; background: #e8f6f1; } .verdict.missed { border-color: #D55E00; background: #fbece4; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { white-space: nowrap; padding: 3px 6px; border-bottom: 1px solid #ddd; text-align: right; } th:first-child, td:first-child { text-align: left; }
tr.hot td { font-weight: 600; background: #fff4d6; }
.scroll { overflow-x: auto; }
figure { margin: 12px 0; } figcaption { font-weight: 600; } p.key { font-size: 12px; margin: 2px 0; }
svg.chart { width: 100%; height: auto; display: block; font-family: inherit; }
ul.legend { list-style: none; padding: 0; margin: 2px 0; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; }
.swatch { display: inline-block; width: 14px; height: 3px; margin-right: 5px; vertical-align: middle; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 10px; }
.card { border: 1px solid #ccc; border-left: 6px solid #009E73; padding: 6px 10px; } .card.burned { border-left-color: #D55E00; }
.card h3 { font-size: 1em; margin: 0; } .card p { margin: 0 0 4px; color: #444; }
.card dl { display: grid; grid-template-columns: 42% 1fr; gap: 0 8px; margin: 0; font-size: 13px; } .card dt { color: #444; } .card dd { margin: 0; font-variant-numeric: tabular-nums; }
#hover { position: fixed; z-index: 1; pointer-events: none; white-space: pre; font-size: 12px; background: #fff; border: 1px solid #999; padding: 3px 6px; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
tr.regressed td { background: #fbece4; } tr.regressed td:first-child { border-left: 4px solid #D55E00; }
tr.improved td { background: #e8f6f1; } tr.improved td:first-child { border-left: 4px solid #009E73; }
tr.inconclusive td { color: #555; font-style: italic; }
@media print { body { max-width: none; } figure { break-inside: avoid; } .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 10px; }
.card { border: 1px solid #ccc; border-left: 6px solid #009E73; padding: 6px 10px; } .card.burned { border-left-color: #D55E00; }
.card h3 { font-size: 1em; margin: 0; } .card p { margin: 0 0 4px; color: #444; }
.card dl { display: grid; grid-template-columns: 42% 1fr; gap: 0 8px; margin: 0; font-size: 13px; } .card dt { color: #444; } .card dd { margin: 0; font-variant-numeric: tabular-nums; }
#hover { display: none; } }
</style>
</head>
<body>
${body}
<div id="hover" role="status" hidden></div>
<script>
${HOVER_SCRIPT}
</script>
</body>
</html>
`;
}
