import { describe, it, expect } from 'vitest';
import { staysPrimary } from '../../src/model/galera/quorum.js';

describe('Galera quorum', () => {
  it('losing one of three keeps a primary component', () => {
    expect(staysPrimary(3, 2, 0)).toBe(true);
  });
  it('losing two at once leaves the survivor non-primary', () => {
    expect(staysPrimary(3, 1, 0)).toBe(false);
  });
  it('losing one, then another, leaves the survivor non-primary', () => {
    expect(staysPrimary(3, 2, 0)).toBe(true);
    expect(staysPrimary(2, 1, 0)).toBe(false);
  });
  it('two graceful leaves keep the last node primary', () => {
    expect(staysPrimary(3, 1, 2)).toBe(true);
  });
});
