import { esc } from './svg.js';

/**
 * The page around a report's sections: one self-contained HTML file (no network request,
 * no external font, script or style), readable from a phone to a laptop and in print.
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
th, td { padding: 3px 6px; border-bottom: 1px solid #ddd; text-align: right; } th:first-child, td:first-child { text-align: left; }
tr.hot td { font-weight: 600; background: #fff4d6; }
.scroll { overflow-x: auto; }
figure { margin: 12px 0; } figcaption { font-weight: 600; }
svg.chart { width: 100%; height: auto; display: block; font-family: inherit; }
ul.legend { list-style: none; padding: 0; margin: 2px 0; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; }
.swatch { display: inline-block; width: 14px; height: 3px; margin-right: 5px; vertical-align: middle; }
@media print { body { max-width: none; } figure { break-inside: avoid; } }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
