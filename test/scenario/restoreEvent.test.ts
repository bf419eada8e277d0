import { describe, it, expect } from 'vitest';
import { expectErrorCase } from './errorCase.js';
import { scenarioOf as load } from '../support/scenarioOf.js';


describe('the restore event', () => {
  it('restores the latest snapshot unless told how old a backup to take', () => {
    const s = load('name: t\nduration: 2h\nevents:\n  - { at: 70m, type: restore }\n  - { at: 100m, type: restore, backup: 3h }\n');
    expect(s.events).toEqual([
      { type: 'restore', atS: 4200, minAgeS: 0 },
      { type: 'restore', atS: 6000, minAgeS: 10800 },
    ]);
  });

  it('refuses a backup older than the retention keeps', () =>
    expectErrorCase({
      title: 'too old',
      lines: ['name: t', 'events:', '  - { at: 5m, type: restore, backup: 4000h }'],
      path: 'events[0].backup',
      line: 3,
      column: 38,
      words: ['expected a backup at most 22 weeks old', 'found `4000h`'],
    }));
});
