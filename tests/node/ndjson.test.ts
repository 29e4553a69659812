/** The NDJSON stream in one process: order, back-pressure on a slow reader, bounded buffering. */
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { createLinter } from '../../src/linter.js';
import { lintNdjsonStream } from '../../src/node/ndjson.js';

const linter = createLinter(defaultConfig(process.cwd()));

/** A reader that takes one chunk at a time and lets the writer wait for 'drain' each time. */
function slowSink(): { sink: Writable; lines: string[]; waits: () => number } {
  const lines: string[] = [];
  let waits = 0;
  const sink = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, done) {
      lines.push(String(chunk).trimEnd());
      setImmediate(done);
    },
  });
  sink.on('drain', () => {
    waits++;
  });
  return { sink, lines, waits: () => waits };
}

describe('lintNdjsonStream', () => {
  it('should write one result per line in input order, waiting for a slow reader', async () => {
    const input = Array.from({ length: 200 }, (_, index) => JSON.stringify({ id: index, text: index % 2 ? 'Gas came via Kraft Siberia.' : 'All quiet.' })).join('\n');
    const { sink, lines, waits } = slowSink();
    const summary = await lintNdjsonStream(Readable.from([input]), sink, linter);
    expect(summary).toEqual({ lines: 200, errorCount: 100, warningCount: 0 });
    expect(lines.map((line) => (JSON.parse(line) as { id: number }).id)).toEqual(Array.from({ length: 200 }, (_, index) => index));
    expect(waits()).toBeGreaterThan(0);
  });

  it('should skip blank lines but count them in line numbers', async () => {
    const { sink, lines } = slowSink();
    await lintNdjsonStream(Readable.from(['\n\n{"id": "a", "text": 5}\n']), sink, linter);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Malformed input at line 3');
  });
});
