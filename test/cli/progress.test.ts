/**
 * The progress line: silent off a terminal and for quick scans; after the
 * delay, done/total and files per second, redrawn in place at a bounded rate
 * and cleared before the report is printed.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PROGRESS_DELAY_MS, ProgressLine } from '../../server/src/cli/progress';

function fakeStream(isTTY: boolean): { isTTY: boolean; written: string[]; write(text: string): void } {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('ProgressLine', () => {
  test('nothing on a stream that is not a terminal', () => {
    let now = 0;
    const stream = fakeStream(false);
    const progress = new ProgressLine(stream, () => now);
    now = 10_000;
    progress.update(5, 10);
    progress.clear();
    assert.deepEqual(stream.written, []);
  });

  test('nothing before the delay; then done/total and the rate, redrawn at most every 100 ms; cleared at the end', () => {
    let now = 0;
    const stream = fakeStream(true);
    const progress = new ProgressLine(stream, () => now);
    now = PROGRESS_DELAY_MS - 1;
    progress.update(100, 1000);
    assert.deepEqual(stream.written, []);
    now = 2500;
    progress.update(500, 1000);
    now = 2550;
    progress.update(510, 1000); // too soon: skipped
    now = 2600;
    progress.update(520, 1000);
    now = 2610;
    progress.update(1000, 1000); // the last update always draws
    progress.clear();
    assert.deepEqual(stream.written, [
      '\r\x1b[Kinternet-first-lint: 500/1000 files (200 files/s)',
      '\r\x1b[Kinternet-first-lint: 520/1000 files (200 files/s)',
      '\r\x1b[Kinternet-first-lint: 1000/1000 files (383 files/s)',
      '\r\x1b[K',
    ]);
  });

  test('a quick scan never drew, so clearing writes nothing', () => {
    const stream = fakeStream(true);
    const progress = new ProgressLine(stream, () => 0);
    progress.update(1, 1);
    progress.clear();
    assert.deepEqual(stream.written, []);
  });
});
