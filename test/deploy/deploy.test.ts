import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';

/**
 * The shipped array-job files, run as their schedulers would run them, on a small sweep:
 * every shard's command with its index, then the merge; the merged report must be the
 * bytes one process writes. `magesim` (or `npx magesim`) in the files becomes this
 * checkout's compiled CLI, the image's /opt/magesim this checkout, /parts a temp folder,
 * and the bundled sweep file the small one; nothing else in the commands is changed.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/src/cli/main.js');
const sweep = join(root, 'test/deploy/tiny-sweep.yaml');
const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)}`;
/** The same, for a variable the script splits into words ($MAGESIM): no quotes. */
const cliWords = `${process.execPath} ${bin}`;

/**
 * Every file of a report folder, by name; sweep.json without its `timing` block, the
 * only wall-clock figures (the shipped commands keep them, as a user would).
 */
function files(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => {
        const text = readFileSync(join(dir, f), 'utf8');
        if (f !== 'sweep.json') return [f, text];
        const { timing, ...rest } = JSON.parse(text) as { timing?: unknown };
        expect(timing).toBeDefined();
        return [f, JSON.stringify(rest, null, 2)];
      }),
  );
}

/** Runs a shell script (`shellArgs` then the script); resolves with its exit code and stderr. */
function shell(shellArgs: string[], script: string, env: NodeJS.ProcessEnv, cwd = root): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(shellArgs[0], [...shellArgs.slice(1), '-c', script], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

/**
 * Runs `jobs` (a scheduler's pods or tasks) two at a time, as a two-core machine would:
 * all at once they only compete for the cores. Resolves with their results in order.
 */
async function twoAtATime<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all([lane(), lane()]);
  return results;
}

/** Runs the scripts one after the other, failing on the first that fails. */
async function steps(shellArgs: string[], scripts: string[], env: NodeJS.ProcessEnv): Promise<void> {
  for (const s of scripts) {
    const r = await shell(shellArgs, s, env);
    expect(r.code, `${s}\n${r.stderr}`).toBe(0);
  }
}

/**
 * Slurm and GitHub Actions take N from the scheduler (the array's size, the matrix's
 * length): those files run here with N = 3, as `sbatch --array=1-3` or a three-entry
 * matrix would run them, every shard with a cell. Kubernetes' N is written in the
 * command (`--shards`) and runs as shipped: 6 shards for the sweep's 4 cells, two of
 * them empty.
 */
const SCHEDULER_N = 3;

let tmp: string;
let reference: Record<string, string>;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'magesim-deploy-'));
  const r = spawnSync(process.execPath, [bin, 'sweep', sweep, '--out', join(tmp, 'reference'), '-q'], { cwd: root, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  reference = files(join(tmp, 'reference'));
});

interface Container {
  command: string[];
  args: string[];
  workingDir: string;
  volumeMounts: { name: string; mountPath: string }[];
}
interface K8sDoc {
  kind: string;
  metadata: { name: string };
  spec: {
    completionMode?: string;
    completions?: number;
    parallelism?: number;
    accessModes?: string[];
    template: { spec: { restartPolicy: string; containers: Container[]; volumes: { name: string; persistentVolumeClaim: { claimName: string } }[] } };
  };
}

function k8s(file: string): K8sDoc[] {
  return parseAllDocuments(readFileSync(join(root, 'deploy/kubernetes', file), 'utf8')).map((d) => d.toJS() as K8sDoc);
}

describe('deploy/kubernetes', () => {
  it('an Indexed Job of N pods, then the merge job, give the bytes of one process', async () => {
    const docs = k8s('sweep-job.yaml');
    const claim = docs.find((d) => d.kind === 'PersistentVolumeClaim')!;
    expect(claim.spec.accessModes).toEqual(['ReadWriteMany']);
    const job = docs.find((d) => d.kind === 'Job')!;
    expect(job.spec.completionMode).toBe('Indexed');
    const n = job.spec.completions!;
    expect(n).toBeGreaterThan(1);
    expect(job.spec.parallelism).toBeLessThanOrEqual(n);
    const pod = job.spec.template.spec;
    expect(pod.restartPolicy).toBe('Never');
    expect(pod.volumes[0].persistentVolumeClaim.claimName).toBe(claim.metadata.name);
    const [shard] = pod.containers;
    expect(shard.command).toEqual(['sh', '-c']);
    const script = shard.args.join(' ');
    expect(script).toContain(`--shards ${n} `);
    expect(shard.volumeMounts[0].mountPath).toBe('/parts');

    const merge = k8s('merge-job.yaml').find((d) => d.kind === 'Job')!.spec.template.spec;
    expect(merge.volumes[0].persistentVolumeClaim.claimName).toBe(claim.metadata.name);
    const parts = join(tmp, 'k8s-parts');
    mkdirSync(parts);
    const local = (s: string) =>
      s
        .replace(/\bmagesim (sweep|merge)\b/g, `${cli} $1`)
        .replace(/scenarios\/sweeps\/black-friday-frontier\.yaml/g, sweep)
        .replace(/\/parts\b/g, parts);
    const pods = Array.from({ length: n }, (_, index) => () => shell(['sh'], local(script), { JOB_COMPLETION_INDEX: String(index) }));
    for (const r of await twoAtATime(pods)) expect(r.code, r.stderr).toBe(0);
    await steps(['sh'], [local(merge.containers[0].args.join(' '))], {});
    expect(files(join(parts, 'report'))).toEqual(reference);
  }, 120_000);
});

describe('deploy/slurm', () => {
  it('an array of N tasks, then merge.sbatch, give the bytes of one process', async () => {
    const script = readFileSync(join(root, 'deploy/slurm/sweep.sbatch'), 'utf8');
    const m = /^#SBATCH --array=1-(\d+)$/m.exec(script);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(SCHEDULER_N);
    const n = SCHEDULER_N;
    const cpus = Number(/^#SBATCH --cpus-per-task=(\d+)$/m.exec(script)![1]);
    const env = { MAGESIM: cliWords, SWEEP: sweep, PARTS: join(tmp, 'slurm-parts'), REPORT: join(tmp, 'slurm-report') };
    const tasks = Array.from({ length: n }, (_, i) => () =>
      shell(['bash'], `bash ${join(root, 'deploy/slurm/sweep.sbatch')}`, { ...env, SLURM_ARRAY_TASK_ID: String(i + 1), SLURM_ARRAY_TASK_COUNT: String(n), SLURM_CPUS_PER_TASK: String(cpus) }),
    );
    for (const r of await twoAtATime(tasks)) expect(r.code, r.stderr).toBe(0);
    await steps(['bash'], [`bash ${join(root, 'deploy/slurm/merge.sbatch')}`], env);
    expect(files(env.REPORT)).toEqual(reference);
  }, 120_000);
});

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface ActionsJob {
  needs?: string;
  env?: Record<string, string>;
  strategy?: { 'fail-fast': boolean; matrix: { shard: number[] } };
  steps: Step[];
}

describe('deploy/github-actions', () => {
  it('the matrix of N shard jobs, then the merge job, give the bytes of one process', async () => {
    const workflow = parse(readFileSync(join(root, 'deploy/github-actions/sweep.yml'), 'utf8')) as { jobs: { shard: ActionsJob; merge: ActionsJob } };
    const { shard, merge } = workflow.jobs;
    expect(merge.needs).toBe('shard');
    expect(shard.strategy!['fail-fast']).toBe(false);
    const shipped = shard.strategy!.matrix.shard;
    expect(shipped).toEqual(Array.from({ length: shipped.length }, (_, i) => i + 1));
    expect(shipped.length).toBeGreaterThan(SCHEDULER_N);
    const list = shipped.slice(0, SCHEDULER_N);
    const n = list.length;
    // The runner's side: each job in its own workspace (a copy is not needed: the steps
    // write only under the workspace), artifacts in a folder of their own.
    const artifacts = join(tmp, 'actions-artifacts');
    mkdirSync(artifacts);
    const expr = (text: string, values: Record<string, string>) => text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => values[name] ?? `<${name}?>`);
    const script = (s: string) => s.replace(/\bnpx magesim\b/g, cli);
    const runJob = async (job: ActionsJob, values: Record<string, string>, workspace: string) => {
      mkdirSync(workspace);
      const env = Object.fromEntries(Object.entries(job.env ?? {}).map(([k, v]) => [k, expr(v, values)]));
      for (const step of job.steps) {
        if (step.run !== undefined) {
          if (step.run.trim() === 'npm ci') continue;
          const r = await shell(['bash', '--noprofile', '--norc', '-eo', 'pipefail'], script(expr(step.run, values)), { ...env, GITHUB_STEP_SUMMARY: join(workspace, 'summary.md') }, workspace);
          expect(r.code, `${step.run}\n${r.stderr}`).toBe(0);
        } else if (step.uses?.startsWith('actions/upload-artifact')) {
          const name = expr(String(step.with!.name), values);
          const path = expr(String(step.with!.path), values);
          expect(spawnSync('cp', ['-rL', join(workspace, path), join(artifacts, `${name}--${path.replace(/\/$/, '')}`)]).status).toBe(0);
        } else if (step.uses?.startsWith('actions/download-artifact')) {
          expect(step.with).toMatchObject({ pattern: 'part-*', 'merge-multiple': true });
          const into = join(workspace, String(step.with!.path));
          mkdirSync(into);
          for (const a of readdirSync(artifacts).filter((f) => f.startsWith('part-'))) spawnSync('cp', [join(artifacts, a), join(into, a.split('--')[1])]);
        }
      }
    };
    const values = (i: number) => ({ 'inputs.sweep': sweep, 'matrix.shard': String(list[i]), 'strategy.job-total': String(n) });
    await twoAtATime(list.map((_, i) => () => runJob(shard, values(i), join(tmp, `actions-shard-${i + 1}`))));
    const mergeWorkspace = join(tmp, 'actions-merge');
    await runJob(merge, values(0), mergeWorkspace);
    expect(files(join(artifacts, 'sweep-report--sweep-report'))).toEqual(reference);
    expect(readFileSync(join(mergeWorkspace, 'summary.md'), 'utf8')).toContain('deploy-tiny');
  }, 120_000);
});
