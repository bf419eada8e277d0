import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/index.js';
import { type ErrorCase, errorsOf, expectErrorCase } from './errorCase.js';

const cases: ErrorCase[] = [
  {
    title: 'read replicas without a split database are refused with the reason',
    lines: ['name: t', 'cluster:', '  db: { replicasPerSplit: 1 }'],
    path: 'cluster.db.replicasPerSplit',
    line: 3,
    column: 27,
    words: ['expected replicas only with a split database', 'found replicasPerSplit 1 with no split'],
    hint: 'the main database is a Galera cluster: every node already serves reads',
  },
  {
    title: 'more read replicas than other database nodes are refused',
    lines: ['name: t', 'cluster:', '  db: { split: [checkout], replicasPerSplit: 3 }'],
    path: 'cluster.db.replicasPerSplit',
    line: 3,
    column: 46,
    words: ['expected at most 2 (one on each of the other database nodes)', 'found 3'],
  },
  {
    title: 'an unknown tier lists the valid tiers',
    lines: ['name: t', 'cluster:', '  tier: Pro13'],
    path: 'cluster.tier',
    line: 3,
    column: 9,
    words: ['expected a tier: Pro12, Pro24, Pro48, Pro96, Pro120, or { vcpuPerNode, ramGbPerNode }', 'found `Pro13`'],
  },
  {
    title: 'a custom tier without its RAM points at the tier map',
    lines: ['name: t', 'cluster:', '  tier: { vcpuPerNode: 12 }'],
    path: 'cluster.tier.ramGbPerNode',
    line: 3,
    column: 3,
    words: ['expected a positive number', 'found nothing'],
    hint: 'this field is required',
  },
  {
    title: 'a negative rate',
    lines: ['name: t', 'traffic:', '  sessions:', '    rate: -5/s'],
    path: 'traffic.sessions.rate',
    line: 4,
    column: 11,
    words: ['expected a positive rate such as 300/s', 'found `-5/s`'],
  },
  {
    title: 'a zero rate',
    lines: ['name: t', 'traffic:', '  sessions:', '    rate: 0'],
    path: 'traffic.sessions.rate',
    line: 4,
    column: 11,
    words: ['expected a positive rate', 'found 0'],
  },
  {
    title: 'a zero rate with a unit',
    lines: ['name: t', 'traffic:', '  requests:', '    rate: 0/min'],
    path: 'traffic.requests.rate',
    line: 4,
    column: 11,
    words: ['expected a positive rate', 'found `0/min`'],
  },
  {
    title: 'a missing rate points at the map that should hold it',
    lines: ['name: t', 'traffic:', '  sessions:', '    profile: [{ at: 0, x: 1 }]'],
    path: 'traffic.sessions.rate',
    line: 3,
    column: 3,
    words: ['expected a positive rate', 'found nothing'],
    hint: 'this field is required',
  },
  {
    title: 'behaviours that do not sum to 1 say the sum',
    lines: ['name: t', 'traffic:', '  behaviours:', '    browseAbandonCart: 0.62', '    browseOnly: 0.30', '    guestCheckout: 0.04'],
    path: 'traffic.behaviours',
    line: 3,
    column: 3,
    words: ['expected shares that sum to 1', 'found a sum of 0.96'],
    hint: 'shares left out count as 0',
  },
  {
    title: 'a request mix that does not sum to 1 says the sum',
    lines: ['name: t', 'traffic:', '  requests:', '    rate: 100/s', '    mix: { product: 0.5, search: 60% }'],
    path: 'traffic.requests.mix',
    line: 5,
    column: 5,
    words: ['expected shares that sum to 1', 'found a sum of 1.1'],
  },
  {
    title: 'an unknown top-level key suggests the closest known key',
    lines: ['name: t', 'sead: 3'],
    path: 'sead',
    line: 2,
    column: 1,
    words: ['expected a known key (name, seed, duration', 'found `sead`'],
    hint: 'did you mean `seed`?',
  },
  {
    title: 'an unknown nested key suggests a key of the same map',
    lines: ['name: t', 'traffic:', '  sessions: { rate: 5/s, proflie: [] }'],
    path: 'traffic.sessions.proflie',
    line: 3,
    column: 26,
    words: ['expected a known key (rate, profile)', 'found `proflie`'],
    hint: 'did you mean `profile`?',
  },
  {
    title: 'an unknown key far from every known key has no suggestion',
    lines: ['name: t', 'cluster:', '  colour: blue'],
    path: 'cluster.colour',
    line: 3,
    column: 3,
    words: ['expected a known key (tier, architecture, db, php, network, balancing, services)'],
    hint: null,
  },
  {
    title: 'an unknown class name in classes suggests the class',
    lines: ['name: t', 'classes:', '  prodcut: { dbReads: 3 }'],
    path: 'classes.prodcut',
    line: 3,
    column: 3,
    words: ['found `prodcut`'],
    hint: 'did you mean `product`?',
  },
  {
    title: 'a bad unit',
    lines: ['name: t', 'duration: 5 parsecs'],
    path: 'duration',
    line: 2,
    column: 11,
    words: ['expected a positive duration such as 250ms, 100us, 30s, 5m, 1h', 'found `5 parsecs`'],
  },
  {
    title: 'a warmup as long as the run',
    lines: ['name: t', 'duration: 10m', 'warmup: 10m'],
    path: 'warmup',
    line: 3,
    column: 9,
    words: ['expected a warmup shorter than the duration (`10m`)', 'found warmup `10m`'],
  },
  {
    title: 'a run shorter than the default warmup blames the duration',
    lines: ['name: t', 'duration: 4m'],
    path: 'duration',
    line: 2,
    column: 11,
    words: ['shorter than the duration (`4m`)', 'found warmup 5m, the default'],
  },
  {
    title: 'a window longer than the run',
    lines: ['name: t', 'duration: 30s', 'warmup: 0', 'window: 1m'],
    path: 'window',
    line: 4,
    column: 9,
    words: ['expected a window no longer than the duration (`30s`)', 'found window `1m`'],
  },
  {
    title: 'a lognormal p95 too far above its mean says the ratio and the range',
    lines: ['name: t', 'classes:', '  product:', '    phpCpu: { dist: lognormal, mean: 100ms, p95: 500ms }'],
    path: 'classes.product.phpCpu.p95',
    line: 4,
    column: 50,
    words: ['expected p95/mean in (1, 3.8681] for a lognormal', 'found p95/mean = 5 (p95 500ms, mean 100ms)'],
  },
  {
    title: 'a lognormal p95 below its mean says the ratio and the range',
    lines: ['name: t', 'classes:', '  product:', '    phpCpu: { dist: lognormal, mean: 100ms, p95: 80ms }'],
    path: 'classes.product.phpCpu.p95',
    line: 4,
    column: 50,
    words: ['p95/mean in (1, 3.8681]', 'found p95/mean = 0.8'],
  },
  {
    title: 'an unknown distribution suggests the closest',
    lines: ['name: t', 'classes:', '  cart:', '    phpCpu: { dist: lognorm, mean: 1s }'],
    path: 'classes.cart.phpCpu.dist',
    line: 4,
    column: 21,
    words: ['expected dist: deterministic, exponential, uniform, lognormal or gamma', 'found `lognorm`'],
    hint: 'did you mean `lognormal`?',
  },
  {
    title: 'an unknown key of a distribution lists the keys of that distribution',
    lines: ['name: t', 'classes:', '  cart:', '    phpCpu: { dist: gamma, mean: 1s, cv: 1, sd: 2 }'],
    path: 'classes.cart.phpCpu.sd',
    line: 4,
    column: 45,
    words: ['expected a known key (dist, mean, cv)', 'found `sd`'],
    hint: null,
  },
  {
    title: 'a uniform distribution with max below min',
    lines: ['name: t', 'classes:', '  static:', '    phpCpu: { dist: uniform, min: 2ms, max: 1ms }'],
    path: 'classes.static.phpCpu.max',
    line: 4,
    column: 45,
    words: ['expected a maximum ≥ min (2ms)', 'found `1ms`'],
  },
  {
    title: 'a hit ratio on a class that is not cacheable',
    lines: ['name: t', 'cdn:', '  hitRatio:', '    search: 0.5'],
    path: 'cdn.hitRatio.search',
    line: 4,
    column: 13,
    words: ['expected hit ratio 0 for `search`, which is not cacheable', 'found 0.5'],
    hint: 'set classes.search.cacheable: true, or drop its hit ratio',
  },
  {
    title: 'a hit ratio on a class made uncacheable',
    lines: ['name: t', 'classes: { home: { cacheable: false } }', 'cdn: { hitRatio: { home: 0.9 } }'],
    path: 'cdn.hitRatio.home',
    line: 3,
    column: 26,
    words: ['which is not cacheable', 'found 0.9'],
  },
  {
    title: 'more hot-row writes than writes',
    lines: ['name: t', 'classes:', '  cart:', '    hotRowWrites: 2'],
    path: 'classes.cart.hotRowWrites',
    line: 4,
    column: 19,
    words: ['expected hotRowWrites ≤ dbWrites (1)', 'found hotRowWrites 2'],
  },
  {
    title: 'profile times that do not increase',
    lines: [
      'name: t',
      'traffic:',
      '  sessions:',
      '    rate: 5/s',
      '    profile:',
      '      - { at: 0, x: 1 }',
      '      - { at: 30m, x: 2 }',
      '      - { at: 20m, x: 1 }',
    ],
    path: 'traffic.sessions.profile[2].at',
    line: 8,
    column: 15,
    words: ["expected an `at` later than the previous point's (30m)", 'found `20m`'],
  },
  {
    title: 'a negative profile multiplier',
    lines: ['name: t', 'traffic:', '  sessions:', '    rate: 5/s', '    profile:', '      - { at: 0, x: 1 }', '      - { at: 30m, x: -2 }'],
    path: 'traffic.sessions.profile[1].x',
    line: 7,
    column: 23,
    words: ['expected a number ≥ 0', 'found -2'],
  },
  {
    title: 'an unknown class in a journey suggests the class',
    lines: ['name: t', 'traffic:', '  journeys:', '    browseOnly: [home, catgory, product]'],
    path: 'traffic.journeys.browseOnly[1]',
    line: 4,
    column: 24,
    words: ['expected a request class: home, category', 'found `catgory`'],
    hint: 'did you mean `category`?',
  },
  {
    title: 'both sessions and requests',
    lines: ['name: t', 'traffic:', '  sessions: { rate: 5/s }', '  requests: { rate: 5/s }'],
    path: 'traffic.requests',
    line: 4,
    column: 3,
    words: ['expected exactly one of traffic.sessions and traffic.requests', 'found both'],
  },
  {
    title: 'session settings with requests',
    lines: ['name: t', 'traffic:', '  requests: { rate: 5/s }', '  thinkTime: { base: 1s }'],
    path: 'traffic.thinkTime',
    line: 4,
    column: 3,
    words: ['expected no `thinkTime` with traffic.requests'],
  },
  {
    title: 'the scaled architecture below Pro48 says why',
    lines: ['name: t', 'cluster:', '  tier: Pro24', '  architecture: scaled'],
    path: 'cluster.architecture',
    line: 4,
    column: 17,
    words: ['expected architecture standard on Pro24', 'found scaled', 'Pro48 and up'],
  },
  {
    title: 'fewer than three scaled web nodes',
    lines: ['name: t', 'cluster:', '  tier: Pro48', '  architecture: { scaled: { webNodes: 2 } }'],
    path: 'cluster.architecture.scaled.webNodes',
    line: 4,
    column: 39,
    words: ['expected a whole number ≥ 3', 'found 2'],
  },
  {
    title: 'a split listed twice',
    lines: ['name: t', 'cluster: { db: { split: [sales, sales] } }'],
    path: 'cluster.db.split[1]',
    line: 2,
    column: 33,
    words: ['expected each part at most once', 'found `sales`'],
  },
  {
    title: 'a name that cannot be a folder name',
    lines: ['name: Black Friday'],
    path: 'name',
    line: 1,
    column: 7,
    words: ['expected a name of lowercase letters, digits and hyphens', 'found `Black Friday`'],
  },
  {
    title: 'a missing name points at the top-level map',
    lines: ['# comment', 'seed: 2'],
    path: 'name',
    line: 2,
    column: 1,
    words: ['found nothing'],
    hint: 'this field is required',
  },
  {
    title: 'a non-finite number',
    lines: ['name: t', 'cdn: { hitRatio: { home: .nan } }'],
    path: 'cdn.hitRatio.home',
    line: 2,
    column: 26,
    words: ['expected a probability', 'found `NaN`'],
  },
  {
    title: 'a YAML syntax error has its own position',
    lines: ['name: t', 'duration: 1h: 2'],
    path: '',
    line: 2,
    column: 11,
    words: ['bad.yaml:2:11: expected valid YAML, found a syntax error: nested mappings'],
  },
  {
    title: 'a duplicate key is a YAML error',
    lines: ['name: t', 'seed: 1', 'seed: 2'],
    path: '',
    line: 3,
    column: 1,
    words: ['map keys must be unique'],
  },
  {
    title: 'two documents in one file',
    lines: ['name: t', '---', 'name: u'],
    path: '',
    line: 2,
    column: 1,
    words: ['more than one document'],
  },
  {
    title: 'an empty file',
    lines: [''],
    path: '',
    line: 1,
    column: 1,
    words: ['bad.yaml:1:1: expected a scenario map with at least `name`, found an empty file'],
  },
  {
    title: 'a file of comments only is empty',
    lines: ['# nothing here', '# yet'],
    path: '',
    line: 1,
    column: 1,
    words: ['found an empty file'],
  },
  {
    title: 'a top level that is a list',
    lines: ['- name: t'],
    path: '',
    line: 1,
    column: 1,
    words: ['bad.yaml:1:1: expected a map of scenario fields at the top level, found a list'],
  },
  {
    title: 'a top level that is a string',
    lines: ['', 'just some text'],
    path: '',
    line: 2,
    column: 1,
    words: ['found `just some text`'],
  },
];

describe('loadScenarioText on a malformed file', () => {
  it.each(cases)('reports $title', expectErrorCase);
});

describe('loadScenarioText with several problems', () => {
  it('reports one error per problem, in file order', () => {
    const errors = errorsOf(
      [
        'name: t',
        'duration: 5 parsecs',
        'cluster:',
        '  tier: Pro13',
        'traffic:',
        '  sesions: { rate: 5/s }',
        '  behaviours: { browseOnly: 0.5, guestCheckout: 0.4 }',
        'classes:',
        '  product: { phpCpu: { dist: lognormal, mean: 100ms, p95: 1s } }',
        '  cart: { hotRowWrites: 3 }',
        'cdn: { hitRatio: { search: 0.2 } }',
      ].join('\n'),
    );
    expect(errors.map((e) => [e.line, e.path])).toEqual([
      [2, 'duration'],
      [4, 'cluster.tier'],
      [6, 'traffic.sesions'],
      [7, 'traffic.behaviours'],
      [9, 'classes.product.phpCpu.p95'],
      [10, 'classes.cart.hotRowWrites'],
      [11, 'cdn.hitRatio.search'],
    ]);
  });

  it('finds checks of a map that its other wrong fields would hide', () => {
    // `rate: fast` fails on type, which stops zod before the map-level check of traffic.
    const errors = errorsOf(['name: t', 'traffic:', '  sessions: { rate: fast }', '  requests: { rate: 5/s }'].join('\n'));
    expect(errors.map((e) => e.path)).toEqual(['traffic.sessions.rate', 'traffic.requests']);
  });

  it('does not report a rule that depends on a field already reported', () => {
    const errors = errorsOf(['name: t', 'duration: 5 parsecs', 'warmup: 2h'].join('\n'));
    expect(errors.map((e) => e.path)).toEqual(['duration']);
  });

  it('does not report a sum over a map with an unknown key in it', () => {
    const errors = errorsOf(['name: t', 'traffic:', '  requests: { rate: 5/s, mix: { product: 0.5, serch: 0.5 } }'].join('\n'));
    expect(errors.map((e) => e.path)).toEqual(['traffic.requests.mix.serch']);
    expect(errors[0].hint).toBe('did you mean `search`?');
  });

  it('never throws, whatever the input', () => {
    const inputs = ['', '\t', '[', '{', 'a: &a [*a]', ': :', 'null', '42', '!!binary x', 'name: t\nclasses: { home: { phpCpu: {} } }'];
    for (const text of inputs) expect(() => loadScenarioText(text, 'x.yaml')).not.toThrow();
    for (const text of inputs) expect(loadScenarioText(text, 'x.yaml').ok).toBe(false);
  });
});
