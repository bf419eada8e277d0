import { describe, it, expect } from 'vitest';
import { REQUEST_CLASSES, BEHAVIOURS } from '../../src/scenario/index.js';
import { MAX_CLASSES } from '../../src/scenario/classes/classNames.js';
import { expectErrorCase, errorsOf } from './errorCase.js';
import { scenarioOf as load } from '../support/scenarioOf.js';


const headless = `name: headless
classes:
  graphql: { phpCpu: 90ms, dbReads: 12, redisOps: 14, cacheable: true }
  admin: { phpCpu: { dist: exponential, mean: 400ms }, dbWrites: 3, dbPart: checkout }
  product: { dbReads: 20 }
cdn: { hitRatio: { graphql: 0.6 } }
traffic:
  sessions: { rate: 5/s }
  behaviours: { browseOnly: 0.7, headless: 0.3 }
  journeys: { headless: [graphql, graphql, admin] }
slo: { classes: { graphql: { p95: 500ms } } }
`;

describe('request classes and behaviours of the scenario’s own', () => {
  it('come after the built-ins, in file order, with their own demand and the documented defaults', () => {
    const s = load(headless);
    expect(Object.keys(s.classes)).toEqual([...REQUEST_CLASSES, 'graphql', 'admin']);
    expect(s.classes.graphql).toEqual({
      phpCpu: { dist: 'deterministic', valueS: 0.09 },
      dbReads: 12,
      dbWrites: 0,
      redisOps: 14,
      searches: 0,
      cacheable: true,
      dbPart: 'main',
      hotRowWrites: 0,
      pageAssets: false,
    });
    // checkout is not split here, so its writes go to the main database.
    expect(s.classes.admin).toMatchObject({ dbWrites: 3, dbPart: 'main', cacheable: false });
    expect(s.classes.product.dbReads).toBe(20);
    expect(s.cdn.hitRatio.graphql).toBe(0.6);
    expect(s.cdn.hitRatio.admin).toBe(0);
    expect(s.mechanics.cdnObjects.graphql).toBe(1);
    expect(s.slo.classes.graphql).toMatchObject({ p95S: 0.5 });
    if (s.traffic.kind !== 'sessions') throw new Error('sessions expected');
    expect(Object.keys(s.traffic.behaviours)).toEqual([...BEHAVIOURS, 'headless']);
    expect(s.traffic.behaviours).toMatchObject({ browseOnly: 0.7, headless: 0.3, guestCheckout: 0 });
    expect(s.traffic.journeys.headless).toEqual(['graphql', 'graphql', 'admin']);
  });

  it('a cacheable class of the scenario’s own has hit ratio 0 unless the file gives one', () => {
    const s = load('name: t\nclasses: { feed: { phpCpu: 20ms, cacheable: true } }\ntraffic: { requests: { rate: 1/s, mix: { feed: 1 } } }\n');
    expect(s.cdn.hitRatio.feed).toBe(0);
    if (s.traffic.kind !== 'requests') throw new Error('requests expected');
    expect(s.traffic.mix).toEqual({ feed: 1 });
  });

  const cases = [
    {
      title: 'a new class without phpCpu, near a built-in',
      lines: ['name: t', 'classes:', '  prodct: { dbReads: 3 }'],
      path: 'classes.prodct',
      line: 3,
      column: 3,
      words: ['a new request class with its phpCpu', 'found `prodct` without phpCpu'],
      hint: 'did you mean `product`?',
    },
    {
      title: 'a new class without phpCpu',
      lines: ['name: t', 'classes:', '  graphql: { dbReads: 3 }'],
      path: 'classes.graphql',
      line: 3,
      column: 3,
      words: ['a new request class with its phpCpu'],
      hint: 'give classes.graphql.phpCpu, e.g. 80ms',
    },
    {
      title: 'a class name that is not a name',
      lines: ['name: t', 'classes:', '  "9lives": { phpCpu: 10ms }'],
      path: 'classes.9lives',
      line: 3,
      column: 3,
      words: ['letters, digits, _ and - starting with a letter', 'found `9lives`'],
    },
    {
      title: 'a class named like the reports’ own row',
      lines: ['name: t', 'classes:', '  all: { phpCpu: 10ms }'],
      path: 'classes.all',
      line: 3,
      column: 3,
      words: ['found `all`'],
      hint: 'the reports use `all` for their own row',
    },
    {
      title: 'a mix share of a class nobody defined',
      lines: ['name: t', 'classes: { graphql: { phpCpu: 10ms } }', 'traffic: { requests: { rate: 1/s, mix: { grapql: 1 } } }'],
      path: 'traffic.requests.mix.grapql',
      line: 3,
      column: 42,
      words: ['expected a request class (home,', "this scenario's: graphql", 'found `grapql`'],
      hint: 'did you mean `graphql`?',
    },
    {
      title: 'a journey page of a class nobody defined',
      lines: ['name: t', 'traffic:', '  journeys: { browseOnly: [home, feed] }'],
      path: 'traffic.journeys.browseOnly[1]',
      line: 3,
      column: 34,
      words: ['expected a request class (home,', 'found `feed`'],
      hint: 'define it under classes (with at least its phpCpu)',
    },
    {
      title: 'a behaviour share without a journey',
      lines: ['name: t', 'traffic:', '  behaviours: { browseOnly: 0.5, headless: 0.5 }'],
      path: 'traffic.behaviours.headless',
      line: 3,
      column: 34,
      words: ['expected a behaviour (browseAbandonCart,', 'found `headless`'],
      hint: 'give it a journey: traffic.journeys.headless: [home, …]',
    },
    {
      title: 'a class target, a hit ratio and an object count of classes nobody defined',
      lines: ['name: t', 'slo: { classes: { feed: { p95: 1s } } }'],
      path: 'slo.classes.feed',
      line: 2,
      column: 19,
      words: ['expected a request class'],
    },
    {
      title: 'a hit ratio on an uncacheable class of the scenario’s own',
      lines: ['name: t', 'classes: { feed: { phpCpu: 10ms } }', 'cdn: { hitRatio: { feed: 0.5 } }'],
      path: 'cdn.hitRatio.feed',
      line: 3,
      column: 26,
      words: ['hit ratio 0 for `feed`, which is not cacheable'],
    },
  ];
  for (const c of cases) it(`reports ${c.title}`, () => expectErrorCase(c));

  it('reports only the broken phpCpu of a new class, and loads nothing, when it is the class’s only problem', () => {
    const errors = errorsOf('name: t\nclasses:\n  feed:\n    phpCpu: { dist: { a: 1 }, mean: 90ms }\n');
    expect(errors.map((e) => e.path)).toEqual(['classes.feed.phpCpu.dist']);
  });

  it('suggests the scenario’s own class for a new class without phpCpu near it (a --set typo)', () => {
    const errors = errorsOf('name: t\nclasses:\n  graphql: { phpCpu: 10ms }\n  grapql: { dbReads: 20 }\n');
    expect(errors.map((e) => [e.path, e.hint])).toEqual([['classes.grapql', 'did you mean `graphql`?']]);
  });

  it('refuses more classes than reports can carry', () => {
    const many = Array.from({ length: MAX_CLASSES - REQUEST_CLASSES.length + 1 }, (_, i) => `  c${i}: { phpCpu: 10ms }`);
    const errors = errorsOf(['name: t', 'classes:', ...many].join('\n') + '\n');
    expect(errors.map((e) => [e.path, e.expected])).toEqual([['classes', `at most ${MAX_CLASSES} request classes, built-ins included`]]);
    expect(load(['name: t', 'classes:', ...many.slice(1)].join('\n') + '\n').classes).toHaveProperty('c1');
  });
});
