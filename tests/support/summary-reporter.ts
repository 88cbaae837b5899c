/**
 * Prints one plain closing line after all other reporters, counting test cases over all projects:
 *   Tests: 12 passed, 0 failed            (", 3 skipped" is added only when some were skipped)
 * A file that failed to load, a failing beforeAll/afterAll (whose tests vitest marks skipped) and
 * each unhandled error count as one failure, so the line never claims a clean run that vitest
 * itself reports as failed.
 */
import { writeSync } from 'node:fs';
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1; // 'skipped' (skip/todo/only elsewhere) or never run ('pending')
      }
      // Errors outside test cases: the file failed to load, or a beforeAll/afterAll hook threw
      // (vitest then marks that suite's tests as skipped). Each such file or suite is one failure.
      if (testModule.errors().length > 0) failed += 1;
      for (const suite of testModule.children.allSuites()) {
        if (suite.errors().length > 0) failed += 1;
      }
    }
    failed += unhandledErrors.length;
    // e.g. a global setup that threw: vitest failed the run before any test case existed.
    if (reason === 'failed' && failed === 0) failed = 1;
    const skippedPart = skipped > 0 ? `, ${String(skipped)} skipped` : '';
    const line = `\nTests: ${String(passed)} passed, ${String(failed)} failed${skippedPart}\n`;
    if (testModules.length === 0 && reason === 'failed') {
      // The run failed before any file ran (e.g. global setup threw); vitest prints that error
      // after the reporters, so write the line when the process exits to keep it last.
      process.once('exit', () => writeSync(1, line));
    } else {
      process.stdout.write(line);
    }
  }
}
