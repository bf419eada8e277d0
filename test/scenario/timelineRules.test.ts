import { describe, expect, it } from 'vitest';
import { type ErrorCase, errorsOf, expectErrorCase } from './errorCase.js';

/** Problems of the timeline that need the cluster, the run or the order of events. */
const cases: ErrorCase[] = [
  {
    title: 'an event at the end of the run',
    lines: ['name: t', 'duration: 30m', 'events:', '  - { at: 30m, type: backup }'],
    path: 'events[0].at',
    line: 4,
    column: 11,
    words: ['expected a time before the end of the run (duration `30m`)', 'found at 30m'],
    hint: 'an event at or after the end never happens: move it earlier or lengthen the run',
  },
  {
    title: 'an event after the default duration says it is the default',
    lines: ['name: t', 'events:', '  - { at: 5400, type: cache-purge }'],
    path: 'events[0].at',
    line: 3,
    column: 11,
    words: ['expected a time before the end of the run (duration 1h, the default)', 'found at 5400s'],
  },
  {
    title: 'node 4 of a standard cluster says which nodes exist',
    lines: ['name: t', 'events:', '  - { at: 20m, type: node-crash, node: 4 }'],
    path: 'events[0].node',
    line: 3,
    column: 40,
    words: ['expected a node from 1 to 3: the standard architecture has nodes 1, 2 and 3', 'found node 4'],
  },
  {
    title: 'a node past the core nodes of a scaled cluster says which are web and core',
    lines: ['name: t', 'cluster: { tier: Pro96, architecture: { scaled: { webNodes: 4 } } }', 'events:', '  - { at: 20m, type: service-crash, node: 8, service: galera }'],
    path: 'events[0].node',
    line: 4,
    column: 43,
    words: ['expected a node from 1 to 7: the scaled architecture has web nodes 1–4 and core nodes 5–7', 'found node 8'],
  },
  {
    title: 'a partition naming a node the cluster lacks points at that node',
    lines: ['name: t', 'events:', '  - { at: 40m, type: partition, nodes: [1, 5], for: 2m }'],
    path: 'events[0].nodes[1]',
    line: 3,
    column: 44,
    words: ['expected a node from 1 to 3', 'found node 5'],
  },
  {
    title: 'a partition of every node',
    lines: ['name: t', 'events:', '  - { at: 40m, type: partition, nodes: [3, 1, 2], for: 2m }'],
    path: 'events[0].nodes',
    line: 3,
    column: 33,
    words: ['expected some of the nodes, not all 3', 'found every node (nodes 1, 2 and 3)'],
    hint: 'a partition splits the cluster in two: the listed nodes and the rest',
  },
  {
    title: 'a Redis crash on a scaled web node',
    lines: ['name: t', 'cluster: { tier: Pro48, architecture: scaled }', 'events:', '  - { at: 10m, type: service-crash, node: 1, service: redis }'],
    path: 'events[0].node',
    line: 4,
    column: 43,
    words: ['expected a core node (4–6): redis runs on the core nodes of the scaled architecture', 'found node 1, a web node'],
  },
  {
    title: 'a PHP crash on a scaled core node',
    lines: ['name: t', 'cluster: { tier: Pro48, architecture: scaled }', 'events:', '  - { at: 10m, type: service-crash, node: 5, service: php }'],
    path: 'events[0].node',
    line: 4,
    column: 43,
    words: ['expected a web node (1–3): php runs on the web nodes of the scaled architecture', 'found node 5, a core node'],
  },
  {
    title: "an upscale to a smaller tier than the cluster's",
    lines: ['name: t', 'cluster: { tier: Pro48 }', 'events:', '  - { at: 30m, type: upscale, to: Pro24 }'],
    path: 'events[0].to',
    line: 4,
    column: 35,
    words: ["expected a tier larger than Pro48 (16 vCPU per node), the cluster's tier", 'found Pro24 (8 vCPU per node)'],
    hint: 'an upscale grows every node: name a tier with more vCPU per node',
  },
  {
    title: 'an upscale to the tier the cluster has by default',
    lines: ['name: t', 'events:', '  - { at: 30m, type: upscale, to: Pro24 }'],
    path: 'events[0].to',
    line: 3,
    column: 35,
    words: ["a tier larger than Pro24 (8 vCPU per node), the cluster's tier", 'found Pro24'],
  },
  {
    title: 'an upscale no larger than an earlier one in time, though earlier in the file',
    lines: ['name: t', 'events:', '  - { at: 40m, type: upscale, to: Pro48 }', '  - { at: 20m, type: upscale, to: Pro96 }'],
    path: 'events[0].to',
    line: 3,
    column: 35,
    words: ['expected a tier larger than Pro96 (32 vCPU per node), the tier after the upscale at 20m (events[1])', 'found Pro48 (16 vCPU per node)'],
  },
  {
    title: 'an upscale to a custom tier with no more vCPU',
    lines: ['name: t', 'cluster: { tier: Pro48 }', 'events:', '  - { at: 30m, type: upscale, to: { vcpuPerNode: 16, ramGbPerNode: 128 } }'],
    path: 'events[0].to',
    line: 4,
    column: 31,
    words: ['larger than Pro48 (16 vCPU per node)', 'found a custom tier of 16 vCPU per node'],
  },
  {
    title: 'an upscale with the scaled architecture',
    lines: ['name: t', 'cluster: { tier: Pro48, architecture: scaled }', 'events:', '  - { at: 30m, type: upscale, to: Pro96 }'],
    path: 'events[0].type',
    line: 4,
    column: 22,
    words: ['expected no upscale with the scaled architecture', 'found `upscale`'],
    hint: 'scaled web nodes scale out instead: use web-scale-out',
  },
  {
    title: 'a web-scale-out with the standard architecture',
    lines: ['name: t', 'events:', '  - { at: 15m, type: web-scale-out, count: 2 }'],
    path: 'events[0].type',
    line: 3,
    column: 22,
    words: ['expected web-scale-out only with the scaled architecture', 'found `web-scale-out` on the standard architecture'],
    hint: 'standard nodes scale up instead: use upscale, or set cluster.architecture: scaled',
  },
  {
    title: 'a node-recover of a node that never crashed',
    lines: ['name: t', 'events:', '  - { at: 35m, type: node-recover, node: 2 }'],
    path: 'events[0].node',
    line: 3,
    column: 42,
    words: ['expected a node that is down: crashed by an earlier node-crash and not yet recovered', 'found node 2, which is up at 35m'],
    hint: 'a node-recover follows a node-crash of the same node; events at the same time keep their file order',
  },
  {
    title: 'a node-recover before its crash in time, though after it in the file',
    lines: ['name: t', 'events:', '  - { at: 20m, type: node-crash, node: 2 }', '  - { at: 10m, type: node-recover, node: 2 }'],
    path: 'events[1].node',
    line: 4,
    column: 42,
    words: ['found node 2, which is up at 10m'],
  },
  {
    title: 'a node-recover of another node than the one that crashed',
    lines: ['name: t', 'events:', '  - { at: 20m, type: node-crash, node: 1 }', '  - { at: 30m, type: node-recover, node: 2 }'],
    path: 'events[1].node',
    line: 4,
    column: 42,
    words: ['found node 2, which is up at 30m'],
  },
  {
    title: 'a node-recover at the same time as the crash but before it in the file',
    lines: ['name: t', 'events:', '  - { at: 20m, type: node-recover, node: 3 }', '  - { at: 20m, type: node-crash, node: 3 }'],
    path: 'events[0].node',
    line: 3,
    column: 42,
    words: ['found node 3, which is up at 20m'],
  },
  {
    title: 'a second node-recover of a node',
    lines: ['name: t', 'events:', '  - { at: 20m, type: node-crash, node: 2 }', '  - { at: 30m, type: node-recover, node: 2 }', '  - { at: 40m, type: node-recover, node: 2 }'],
    path: 'events[2].node',
    line: 5,
    column: 42,
    words: ['found node 2, already recovered by the node-recover at 30m (events[1])'],
  },
  {
    title: 'a node-crash of a node that is down',
    lines: ['name: t', 'events:', '  - { at: 20m, type: node-crash, node: 2 }', '  - { at: 25m, type: node-crash, node: 2 }'],
    path: 'events[1].node',
    line: 4,
    column: 40,
    words: ['expected a node that is up', 'found node 2, down since the node-crash at 20m (events[0])'],
    hint: 'recover it first with a node-recover',
  },
];

describe('the timeline rules', () => {
  it.each(cases)('report $title', expectErrorCase);
});

describe('the timeline rules with several problems', () => {
  it('report every problem of the timeline, in file order', () => {
    const errors = errorsOf(
      [
        'name: t',
        'duration: 30m',
        'events:',
        '  - { at: 40m, type: backup }',
        '  - { at: 20m, type: node-crash, node: 4 }',
        '  - { at: 25m, type: node-recover, node: 1 }',
        '  - { at: 10m, type: web-scale-out, count: 1 }',
      ].join('\n'),
    );
    expect(errors.map((e) => [e.line, e.path])).toEqual([
      [4, 'events[0].at'],
      [5, 'events[1].node'],
      [6, 'events[2].node'],
      [7, 'events[3].type'],
    ]);
  });

  it('do not judge times against a duration that could not be read', () => {
    const errors = errorsOf(['name: t', 'duration: 30 minutes', 'events: [{ at: 2h, type: backup }]'].join('\n'));
    expect(errors.map((e) => e.path)).toEqual(['duration']);
  });

  it('do not judge an upscale against a tier that could not be read', () => {
    const errors = errorsOf(['name: t', 'cluster: { tier: Pro13 }', 'events: [{ at: 2m, type: upscale, to: Pro12 }]'].join('\n'));
    expect(errors.map((e) => e.path)).toEqual(['cluster.tier']);
  });

  it('do not count nodes of an architecture that could not be read', () => {
    const errors = errorsOf(
      ['name: t', 'cluster: { tier: Pro48, architecture: scaledd }', 'events: [{ at: 2m, type: node-crash, node: 5 }]'].join('\n'),
    );
    expect(errors.map((e) => e.path)).toEqual(['cluster.architecture']);
  });

  it('report a schema problem of one event before judging the timeline', () => {
    const errors = errorsOf(
      ['name: t', 'events:', '  - { at: 20m, type: node-crash, node: 9 }', '  - { at: 25m, type: backup, node: 1 }'].join('\n'),
    );
    expect(errors.map((e) => e.path)).toEqual(['events[1].node']);
  });

  it('check each upscale against the last one that was valid', () => {
    const errors = errorsOf(
      [
        'name: t',
        'events:',
        '  - { at: 10m, type: upscale, to: Pro48 }',
        '  - { at: 20m, type: upscale, to: Pro24 }',
        '  - { at: 30m, type: upscale, to: Pro96 }',
      ].join('\n'),
    );
    expect(errors.map((e) => [e.path, e.expected])).toEqual([
      ['events[1].to', 'a tier larger than Pro48 (16 vCPU per node), the tier after the upscale at 10m (events[0])'],
    ]);
  });
});
