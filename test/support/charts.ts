/** A chart in report.html as written: its id, the series it declares and the `.series` elements it holds. */
export interface ChartText {
  id: string;
  declared: number;
  drawn: number;
  svg: string;
}

/** Every `<svg class="chart">` of a page, in order. */
export function chartsOf(html: string): ChartText[] {
  const out: ChartText[] = [];
  for (const m of html.matchAll(/<svg id="([^"]+)" class="chart"[^>]*data-series="(\d+)"[^>]*>([\s\S]*?)<\/svg>/g)) {
    out.push({ id: m[1], declared: Number(m[2]), drawn: (m[3].match(/class="series"/g) ?? []).length, svg: m[0] });
  }
  return out;
}
