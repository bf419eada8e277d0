/** Schema of the `traffic` section: sessions or raw requests, and their shape over time. */
import { z } from 'zod';
import { durationText, withDefault } from './defaultText.js';
import { DEFAULT_ASSETS_PER_PAGE, DEFAULT_BEHAVIOURS, DEFAULT_PROFILE, DEFAULT_SESSION_RATE_PER_S, DEFAULT_THINK_TIME } from '../normalise/defaults.js';
import { BEHAVIOURS, REQUEST_CLASSES } from '../Scenario.js';
import { openMapSchema } from '../classes/classSchema.js';
import { countSchema, durationSchema, fractionSchema, nonnegativeNumberSchema, rateSchema } from './unitSchemas.js';
import { parseDurationS, parseFraction } from '../units.js';

/** Shares within this distance of summing to 1 are accepted. */
export const SUM_TOLERANCE = 1e-6;

const profileSchema = z
  .array(
    z.strictObject(
      {
        at: durationSchema('nonnegative', 'Time since the start of the run.'),
        x: nonnegativeNumberSchema('Multiplier of the base rate at this time.'),
      },
      { error: 'a point { at, x }' },
    ),
    { error: 'a list of points { at, x }' },
  )
  .min(1, { error: 'a list of at least one point { at, x }' })
  .superRefine((points, ctx) => {
    for (let i = 1; i < points.length; i++) {
      const previous = parseDurationS(points[i - 1].at);
      if (parseDurationS(points[i].at) <= previous) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'at'],
          message: `an \`at\` later than the previous point's (${String(points[i - 1].at)})`,
          input: points[i].at,
          params: { hint: 'profile points must be in increasing time order' },
        });
      }
    }
  })
  .describe(
    'Piecewise-linear multiplier of the base rate: [{ at, x }, …] with `at` increasing; ' +
      `x is held before the first and after the last point. Default [${DEFAULT_PROFILE.map((p) => `{ at: ${p.atS}, x: ${p.x} }`).join(', ')}].`,
  );

/** Checks that the given shares sum to 1 (missing keys count as 0). */
function sumsToOne(what: string) {
  return (shares: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const values = Object.values(shares).map(parseFraction);
    if (values.some((v) => !(v >= 0 && v <= 1))) return;
    const sum = values.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) <= SUM_TOLERANCE) return;
    ctx.addIssue({
      code: 'custom',
      path: [],
      message: `${what} that sum to 1`,
      input: shares,
      params: { found: `a sum of ${Number(sum.toPrecision(10))}`, hint: `${what} left out count as 0`, aggregate: true },
    });
  };
}

const CLASS_EXPECTED = 'a request class: a built-in one or one defined under classes';

const sessionsSchema = z
  .strictObject(
    {
      rate: rateSchema('New sessions per second before the profile multiplier (required).'),
      profile: profileSchema.optional(),
    },
    { error: 'a map { rate, profile }' },
  )
  .describe('Closed-loop shoppers: sessions arrive at `rate` and walk a journey with think times.');

const requestsSchema = z
  .strictObject(
    {
      rate: rateSchema('Requests per second before the profile multiplier (required).'),
      profile: profileSchema.optional(),
      mix: openMapSchema(REQUEST_CLASSES, (c) => fractionSchema(`Share of ${c ?? 'this class\'s'} requests.`), 'request classes to shares')
        .superRefine(sumsToOne('shares'))
        .optional()
        .describe('Share of each request class; sums to 1. Default: the performance toolkit storefront mix.'),
    },
    { error: 'a map { rate, profile, mix }' },
  )
  .describe('Open-loop requests at `rate` with a class mix (no sessions, no think time).');

/** A page pulls tens to hundreds of assets; far beyond that is a typo, and each asset is drawn per page. */
export const MAX_ASSETS_PER_PAGE = 10_000;

const SESSION_ONLY = ['behaviours', 'journeys', 'thinkTime', 'assetsPerPage'] as const;

export const trafficSchema = z
  .strictObject(
    {
      sessions: sessionsSchema.optional(),
      requests: requestsSchema.optional(),
      behaviours: openMapSchema(BEHAVIOURS, (b) => fractionSchema(b === undefined ? 'Share of sessions of this behaviour (one of the scenario\'s own: it needs a journey).' : `Share of ${b} sessions.`), 'behaviours to shares')
        .superRefine(sumsToOne('shares'))
        .optional()
        .describe(`Share of sessions per behaviour; sums to 1. Default ${Object.values(DEFAULT_BEHAVIOURS).map((x) => x.toFixed(2)).join(' / ')}.`),
      journeys: openMapSchema(
        BEHAVIOURS,
        (b) =>
          z
            .array(z.string({ error: CLASS_EXPECTED }), { error: 'a list of request classes' })
            .min(1, { error: 'a list of at least one request class' })
            .describe(b === undefined ? 'Pages a session of this scenario\'s own behaviour requests, in order (give it a share under behaviours).' : `Pages a ${b} session requests, in order.`),
        'behaviours to page lists',
      )
        .optional()
        .describe('Page sequence per behaviour, replacing the default of that behaviour; any other name defines a behaviour.'),
      thinkTime: z
        .strictObject(
          {
            base: durationSchema('nonnegative', withDefault('Constant part of the think time.', durationText(DEFAULT_THINK_TIME.baseS))).optional(),
            jitter: durationSchema('nonnegative', withDefault('Uniform random part added to it.', durationText(DEFAULT_THINK_TIME.jitterS))).optional(),
          },
          { error: 'a map { base, jitter }' },
        )
        .optional()
        .describe('Pause between two pages of a session: base + uniform(0, jitter).'),
      assetsPerPage: countSchema(0, withDefault(`Static asset requests each page triggers, at most ${MAX_ASSETS_PER_PAGE}.`, DEFAULT_ASSETS_PER_PAGE), MAX_ASSETS_PER_PAGE).optional(),
    },
    { error: 'a map of traffic settings' },
  )
  .superRefine((traffic, ctx) => {
    if (traffic.sessions !== undefined && traffic.requests !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['requests'],
        message: 'exactly one of traffic.sessions and traffic.requests',
        input: traffic.requests,
        params: { found: 'both' },
      });
    }
    if (traffic.requests === undefined) return;
    for (const key of SESSION_ONLY) {
      if (traffic[key] === undefined) continue;
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `no \`${key}\` with traffic.requests`,
        input: traffic[key],
        params: { hint: `\`${key}\` describes sessions; remove it or use traffic.sessions` },
      });
    }
  })
  .optional()
  .describe(`Offered load: exactly one of sessions and requests. Default: sessions at ${DEFAULT_SESSION_RATE_PER_S}/s.`);
