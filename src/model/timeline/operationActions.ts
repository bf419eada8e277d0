import type { TimelineAction } from './TimelineAction.js';
import type { TimelineInput } from '../ModelInput.js';
import { RollingUpscale } from './RollingUpscale.js';

type Of<T extends TimelineInput['type']> = TimelineAction<Extract<TimelineInput, { type: T }>>;

/** Fastly drops every object. */
export const cachePurge: Of<'cache-purge'> = (_e, { host: h }) => {
  h.purgeCdn();
  h.log.add(h.kernel.nowS, 'cdn', -1, 'purge', 'all objects');
};

/** The standard architecture's VMs resized one at a time. */
export const upscale: Of<'upscale'> = (e, c) => new RollingUpscale(c, e.vcpu, e.ramGb).begin();

/** A database dump on the main node: its queries cost more until the dump has read the database. */
export const backup: Of<'backup'> = (_e, { host: h, after }) => {
  const node = h.health.haproxy.main;
  const m = h.mechanics;
  const durationS = m.databaseBytes / m.backup.bytesPerS;
  h.setDbCpuFactor(node, m.backup.cpuFactor);
  h.log.add(h.kernel.nowS, 'backup', node, 'start', `dump of ${(m.databaseBytes / 2 ** 30).toFixed(1)} GB for ${durationS.toFixed(0)} s; queries ×${m.backup.cpuFactor}`);
  after(durationS, () => {
    h.setDbCpuFactor(node, 1);
    h.log.add(h.kernel.nowS, 'backup', node, 'end');
  });
};

/** More web nodes (scaled architecture) launch now. */
export const webScaleOut: Of<'web-scale-out'> = (e, { host: h }) => {
  h.log.add(h.kernel.nowS, 'scale-out', -1, 'started', `${e.count} web node(s) launching`);
  for (let i = 0; i < e.count; i++) h.launchWebNode();
};
