/**
 * `Name(a=1, b=0.25)`: the `describe()` form shared by the distributions. Numbers are
 * rounded to 6 significant digits so derived parameters stay readable in reports.
 */
export function describeParams(name: string, params: Record<string, number>): string {
  const parts = Object.entries(params).map(([key, value]) => `${key}=${formatNumber(value)}`);
  return `${name}(${parts.join(', ')})`;
}

export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}
