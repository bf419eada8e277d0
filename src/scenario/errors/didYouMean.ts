import { closest, distance } from 'fastest-levenshtein';

/** Farthest edit distance at which a known word is offered as a correction. */
export const DID_YOU_MEAN_MAX_DISTANCE = 3;

/**
 * "did you mean `x`?" for the closest of `candidates`, if it is at most 3 edits away and
 * fewer edits than the word has letters (so `a` does not suggest `name`).
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, candidates as string[]);
  const edits = distance(word, best);
  return edits <= DID_YOU_MEAN_MAX_DISTANCE && edits < word.length ? `did you mean \`${best}\`?` : undefined;
}
