import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/src/cli/main.js');
const out = (): string => join(mkdtempSync(join(tmpdir(), 'magesim-progress-')), 'r');

describe('progress on stderr', () => {
  it('is drawn when stderr is a terminal: done fraction, simulated time, events/s and ETA; the reports are the same bytes', () => {
    // `script` (util-linux) runs the command on a pseudo-terminal.
    const args = ['run', 'scenarios/default.yaml', '--duration', '4m', '-r', '2', '--no-timing'];
    const tty = out();
    const command = [process.execPath, bin, ...args, '--out', tty].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', cwd: root });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\d+% \| simulated \d+m \d\ds of 4m 00s \| [\d.]+ [kM] events\/s \| ETA/);
    // The cursor stays visible: a Ctrl-C kills the run where it stands (the simulation
    // holds the thread, so no handler could show a hidden cursor again).
    expect(r.stdout).not.toContain('\x1b[?25l');
    const plain = out();
    expect(spawnSync(process.execPath, [bin, ...args, '-q', '--out', plain], { cwd: root }).status).toBe(0);
    for (const f of readdirSync(plain)) expect(readFileSync(join(tty, f), 'utf8'), f).toBe(readFileSync(join(plain, f), 'utf8'));
  });

  it('writes no carriage return (nor anything else) when stderr is not a terminal', () => {
    const r = spawnSync(process.execPath, [bin, 'run', 'scenarios/default.yaml', '--duration', '3m', '-r', '2', '--out', out()], { encoding: 'utf8', cwd: root });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('\r');
  });
});
