import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser; CHROMIUM_PATH overrides it. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The flags that let headless Chromium run here as root without reaching out: no
 * sandbox (root), no GPU, and none of the background connections (updates, sync,
 * QUIC) that a closed network refuses. Playwright adds a new empty user-data-dir.
 */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The path of a headless-capable Chromium. When there is none and this process may
 * install Debian packages (root, apt-get), it installs Debian's `chromium` — so the
 * browser test also runs where `npm ci && npm test` is the only set-up (`.ci/run`
 * installs it first). Never downloads a browser of its own. Throws with what to do
 * when neither works.
 */
export function ensureChromium(log: (line: string) => void = (l) => process.stderr.write(l + '\n')): string {
  const path = process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;
  if (existsSync(path)) return path;
  const root = process.getuid?.() === 0;
  if (process.env.CHROMIUM_PATH === undefined && root && existsSync('/usr/bin/apt-get')) {
    log(`browser test: ${DEBIAN_CHROMIUM} missing; installing Debian's chromium package (apt-get install chromium)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'chromium']]) {
      const r = spawnSync('apt-get', args, { env, encoding: 'utf8', timeout: 15 * 60_000 });
      if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status}): ${(r.stderr ?? '').slice(-2000)}`);
    }
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error(
    `the browser test needs headless Chromium at ${path}: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary`,
  );
}

/** Headless Chromium from `ensureChromium`, with CHROMIUM_FLAGS. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}
