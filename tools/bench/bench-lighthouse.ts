/**
 * Lighthouse performance scores for `npm run bench`, desktop and mobile presets, with Lighthouse's
 * default simulated throttling. Lighthouse 12 (13 needs Node 22.19) drives a Chromium we launch
 * ourselves with --remote-debugging-port, since playwright's browsers talk over a pipe.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { median } from './bench-stats.ts';
import { CHROMIUM_ARGS } from '../lib/chromium.ts';

async function launchWithPort(
  chromiumPath: string,
): Promise<{ port: number; stop(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const child: ChildProcess = spawn(
    chromiumPath,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Chromium writes to its profile while it shuts down: remove the profile once it has exited.
  const stop = async () => {
    if (child.exitCode === null) child.kill();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(
        () => reject(new Error(`Chromium printed no DevTools port: ${err}`)),
        30_000,
      );
      child.stderr?.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.once('exit', (code) => reject(new Error(`Chromium exited (${String(code)}): ${err}`)));
    });
    return { port, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  speedIndexMs: 'speed-index',
  cls: 'cumulative-layout-shift',
} as const;

export async function lighthouseScores(chromiumPath: string, url: string, runs: number) {
  const chrome = await launchWithPort(chromiumPath);
  try {
    const presets = { desktop: desktopConfig, mobile: undefined };
    const out: Record<string, unknown> = {
      throttling: 'lighthouse simulated preset (default throttlingMethod "simulate")',
      runs,
    };
    for (const [name, config] of Object.entries(presets)) {
      const scores: number[] = [];
      const metrics: Record<string, number[]> = {};
      const warnings = new Set<string>();
      for (let i = 0; i < runs; i++) {
        console.error(`bench: lighthouse ${name} ${i + 1}/${runs}`);
        const result = await lighthouse(
          `${url}/`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          config,
        );
        if (!result) throw new Error('lighthouse returned no result');
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
        for (const w of lhr.runWarnings) warnings.add(String(w));
        scores.push(Math.round((lhr.categories['performance']?.score ?? 0) * 100));
        for (const [key, audit] of Object.entries(METRICS)) {
          const v = lhr.audits[audit]?.numericValue;
          if (v !== undefined) (metrics[key] ??= []).push(v);
        }
      }
      out[name] = {
        score: median(scores),
        scores,
        ...Object.fromEntries(
          Object.entries(metrics).map(([k, xs]) => [
            k,
            k === 'cls' ? Math.round(median(xs) * 1000) / 1000 : Math.round(median(xs)),
          ]),
        ),
        ...(warnings.size > 0 ? { warnings: [...warnings] } : {}),
      };
    }
    return out;
  } finally {
    await chrome
      .stop()
      .catch((e: unknown) => console.error(`bench: lighthouse clean-up: ${String(e)}`));
  }
}
