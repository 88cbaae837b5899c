/**
 * The two builds `npm run bench -- --baseline=<ref>` compares (Node only):
 *   - before: a git worktree of <ref> in the temp dir (reused when it is already there at that
 *     commit), its dependencies (a symlink to this checkout's node_modules when its package-lock.json
 *     is byte-identical to ours, else `npm ci` there), built by ITS OWN Vite and vite.config.ts into
 *     its own out dir, and served by its own `vite preview`;
 *   - after: this working tree, built and served as before (tools/lib/preview-server.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, symlinkSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, startPreview } from '../lib/preview-server.ts';

export interface Build {
  label: 'before' | 'after';
  url: string;
  outDir: string;
  commit: string;
  subject: string;
  close(): Promise<void>;
}

export interface BuildInfo {
  ref?: string;
  commit: string;
  subject: string;
  /** The current build is the working tree: files that differ from its commit, if any. */
  uncommittedFiles?: number;
  worktree?: string;
  dependencies?: string;
}

function git(args: string[], cwd = REPO_ROOT): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${(r.stderr || r.stdout).trim()}`);
  return r.stdout.trim();
}

/** A command's output goes to stderr (stdout carries the bench's JSON only). */
function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', process.stderr, process.stderr] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}`)),
    );
  });
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() =>
        a !== null && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port')),
      );
    });
  });

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export function currentInfo(): BuildInfo {
  const changed = git(['status', '--porcelain', '--untracked-files=no']);
  return {
    commit: git(['rev-parse', 'HEAD']),
    subject: git(['log', '-1', '--format=%s']).slice(0, 200),
    uncommittedFiles: changed === '' ? 0 : changed.split('\n').length,
  };
}

/** The worktree of `ref` with its dependencies, ready to build. */
export async function prepareBaseline(
  ref: string,
  progress: (m: string) => void,
): Promise<BuildInfo & { worktree: string }> {
  const commit = git(['rev-parse', '--verify', `${ref}^{commit}`]);
  const worktree = join(tmpdir(), `bench-baseline-${commit.slice(0, 12)}`);
  if (existsSync(worktree) && git(['rev-parse', 'HEAD'], worktree) === commit) {
    const dirty = git(['status', '--porcelain', '--untracked-files=no'], worktree);
    if (dirty !== '')
      throw new Error(
        `the baseline worktree ${worktree} has changes; remove it (git worktree remove --force ${worktree})`,
      );
    progress(`baseline ${ref} (${commit.slice(0, 9)}): reusing the worktree ${worktree}`);
  } else {
    if (existsSync(worktree))
      throw new Error(`${worktree} exists and is not a worktree at ${commit}; remove it`);
    progress(`baseline ${ref} (${commit.slice(0, 9)}): git worktree add ${worktree}`);
    git(['worktree', 'prune']);
    git(['worktree', 'add', '--detach', worktree, commit]);
  }
  const sameLock =
    existsSync(join(worktree, 'package-lock.json')) &&
    readFileSync(join(worktree, 'package-lock.json')).equals(
      readFileSync(join(REPO_ROOT, 'package-lock.json')),
    );
  const modules = join(worktree, 'node_modules');
  const linked = lstatExists(modules) && lstatSync(modules).isSymbolicLink();
  let dependencies: string;
  if (sameLock) {
    if (!lstatExists(modules)) symlinkSync(join(REPO_ROOT, 'node_modules'), modules, 'dir');
    dependencies = lstatSync(modules).isSymbolicLink()
      ? 'package-lock.json identical to the current one: node_modules is a symlink to the current node_modules'
      : 'package-lock.json identical to the current one; its own node_modules, installed earlier';
  } else {
    if (linked) unlinkSync(modules);
    if (!existsSync(join(modules, '.package-lock.json'))) {
      progress(`baseline: its package-lock.json differs, npm ci in ${worktree}`);
      await run('npm', ['ci', '--no-audit', '--no-fund'], worktree);
    }
    dependencies = 'package-lock.json differs from the current one: npm ci in the worktree';
  }
  return {
    ref,
    commit,
    subject: git(['log', '-1', '--format=%s', commit]).slice(0, 200),
    worktree,
    dependencies,
  };
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Builds the baseline worktree with its own Vite into outDir and serves it with its vite preview. */
export async function startBaseline(
  info: BuildInfo & { worktree: string },
  outDir: string,
  progress: (m: string) => void,
): Promise<Build> {
  const vite = join(info.worktree, 'node_modules', 'vite', 'bin', 'vite.js');
  progress(`baseline: vite build --outDir ${outDir} (in ${info.worktree})`);
  await run(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    info.worktree,
  );
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      vite,
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: info.worktree, stdio: ['ignore', process.stderr, process.stderr] },
  );
  const url = `http://127.0.0.1:${port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitForHttp(`${url}/`, child, 60_000);
  } catch (e) {
    await close();
    throw e;
  }
  return { label: 'before', url, outDir, commit: info.commit, subject: info.subject, close };
}

/** This working tree, built into outDir and served. */
export async function startCurrent(outDir: string): Promise<Build> {
  const info = currentInfo();
  const server = await startPreview({ outDir });
  return {
    label: 'after',
    url: server.url,
    outDir,
    commit: info.commit,
    subject: info.subject,
    close: () => server.close(),
  };
}
