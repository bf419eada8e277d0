import type { Architecture } from '../Scenario.js';

/**
 * How a scenario file numbers the nodes of a cluster, from 1 as Adobe's documentation
 * does. Standard: nodes 1, 2, 3, each running everything. Scaled: web nodes 1…w, then
 * core nodes w+1…w+3 (the model's VM order). Nodes that web-scale-out adds have no
 * number.
 */
export interface NodeNumbering {
  count: number;
  /** First and last web node (every node, in the standard architecture). */
  web: readonly [number, number];
  /** First and last core node (database, Redis, search). */
  core: readonly [number, number];
  /** `nodes 1, 2 and 3`, `web nodes 1–4 and core nodes 5–7`. */
  text: string;
}

/** `5–7`. */
export function nodeRange([first, last]: readonly [number, number]): string {
  return first === last ? String(first) : `${first}–${last}`;
}

export function nodeNumbering(architecture: Architecture): NodeNumbering {
  if (architecture.kind === 'standard') return { count: 3, web: [1, 3], core: [1, 3], text: 'nodes 1, 2 and 3' };
  const w = architecture.webNodes;
  const web = [1, w] as const;
  const core = [w + 1, w + 3] as const;
  return { count: w + 3, web, core, text: `web nodes ${nodeRange(web)} and core nodes ${nodeRange(core)}` };
}
