import { PassThrough, Readable, Writable } from 'node:stream';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_CODEBOOK } from '../../domain/research/codebook/builtin-codebook';
import { codableCodes } from '../../domain/research/codebook/codebook-structure';
import { createTextCoder, type TextCoder } from '../../domain/research/coder/text-coder';
import { registerCodeCommand, suggestLines, type CodeCommandOptions, type SuggestLineResult } from './code-suggest';

async function* linesOf(...lines: string[]): AsyncGenerator<string> {
  for (const line of lines) yield line;
}

async function collect(results: AsyncIterable<SuggestLineResult>): Promise<SuggestLineResult[]> {
  const all: SuggestLineResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

/** A coder that echoes what it was asked, so the tests see exactly what suggestLines passes on. */
const echoCoder: TextCoder = {
  suggest: (input, top = 3) => [{ code: `${input.function ?? '-'}/${input.level ?? '-'}/${top}/${input.text}`, score: 0.123456 }],
};

describe('suggestLines', () => {
  it('writes one output line per input line, with the id and the rounded suggestions', async () => {
    const results = await collect(suggestLines(linesOf('{"id":"s1","text":"hello","function":"sales","level":"middle"}', '{"id":7,"text":"x"}'), echoCoder, 2));
    expect(results).toEqual([
      { ok: true, lineNumber: 1, output: '{"id":"s1","suggestions":[{"code":"sales/middle/2/hello","score":0.1235}]}' },
      { ok: true, lineNumber: 2, output: '{"id":7,"suggestions":[{"code":"-/-/2/x","score":0.1235}]}' },
    ]);
  });

  it('reports bad lines by number and carries on with the rest', async () => {
    const results = await collect(
      suggestLines(
        linesOf(
          'not json',
          '{"id":"ok","text":"fine"}',
          '[1,2]',
          '{"text":"no id"}',
          '{"id":"t"}',
          '{"id":"f","text":"x","function":"finance"}',
          '{"id":"l","text":"x","level":"junior"}',
          '{"id":"","text":"x"}',
        ),
        echoCoder,
        3,
      ),
    );
    expect(results.map((r) => (r.ok ? `${r.lineNumber} ok` : `${r.lineNumber} ${r.message}`))).toEqual([
      expect.stringMatching(/^1 not valid JSON \(.+\); give one JSON object per line$/),
      '2 ok',
      '3 expected a JSON object like {"id":"s1","text":"…"}',
      '4 missing "id": give each line a non-empty string or number id',
      '5 missing "text" for id "t": give the segment\'s text as a string',
      '6 "function" must be one of sales, marketing, other; got "finance"',
      '7 "level" must be one of senior, middle, frontline; got "junior"',
      '8 missing "id": give each line a non-empty string or number id',
    ]);
  });

  it('skips blank lines but keeps counting them, and treats null function and level as absent', async () => {
    const results = await collect(suggestLines(linesOf('', '   ', '{"id":"a","text":"t","function":null,"level":null}'), echoCoder, 1));
    expect(results).toEqual([{ ok: true, lineNumber: 3, output: '{"id":"a","suggestions":[{"code":"-/-/1/t","score":0.1235}]}' }]);
  });

  it('gives an empty suggestion list for text the coder cannot place', async () => {
    const coder = createTextCoder({ codes: codableCodes(BUILTIN_CODEBOOK) });
    const [result] = await collect(suggestLines(linesOf('{"id":"e","text":""}'), coder, 3));
    expect(result).toEqual({ ok: true, lineNumber: 1, output: '{"id":"e","suggestions":[]}' });
  });

  it('streams many lines one at a time', async () => {
    async function* many(): AsyncGenerator<string> {
      for (let i = 0; i < 20_000; i++) yield JSON.stringify({ id: i, text: 'marketing goes straight to our customers' });
    }
    let count = 0;
    for await (const result of suggestLines(many(), createTextCoder({ codes: codableCodes(BUILTIN_CODEBOOK) }), 1)) {
      if (result.ok) count++;
    }
    expect(count).toBe(20_000);
  });
});

describe('tandem code suggest', () => {
  let stdout: string;
  let stderr: string;

  beforeEach(() => {
    process.exitCode = undefined;
  });

  afterEach(() => {
    process.exitCode = undefined;
  });

  async function run(input: string, args: string[], options: Omit<CodeCommandOptions, 'io'> = {}): Promise<void> {
    const output = new PassThrough();
    const errors = new PassThrough();
    stdout = '';
    stderr = '';
    output.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    errors.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const program = new Command().exitOverride();
    registerCodeCommand(program, { ...options, io: { input: Readable.from([input]), output, errors } });
    await program.parseAsync(['code', 'suggest', ...args], { from: 'user' });
  }

  it('suggests built-in codes for each JSON line on stdin', async () => {
    await run('{"id":"a","text":"We go straight to the customers and bypass the reps.","function":"marketing"}\r\n{"id":"b","text":""}\n', ['--top', '2']);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; suggestions: Array<{ code: string; score: number }> });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]?.suggestions).toHaveLength(2);
    expect(lines[0]?.suggestions[0]?.code).toBe('response.usurping');
    expect(lines[1]?.suggestions).toEqual([]);
    expect(stderr).toBe('');
    expect(process.exitCode).toBeUndefined();
  });

  it('reports bad lines on stderr, codes the others and exits with 2', async () => {
    await run('{"id":"a","text":"silos"}\noops\n{"id":"c","text":"budget"}\n', []);
    expect(stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['a', 'c']);
    expect(stderr).toMatch(/^tandem code suggest: line 2: not valid JSON .*\n$/);
    expect(process.exitCode).toBe(2);
  });

  it('refuses a --top that is not a positive whole number', async () => {
    await run('', ['--top', 'three']);
    expect(stderr).toBe('tandem code suggest: --top must be a whole number of suggestions, at least 1; got "three".\n');
    expect(process.exitCode).toBe(2);
  });

  it('explains that --project needs the project store when no loader is available', async () => {
    await run('{"id":"a","text":"x"}\n', ['--project', 'p1']);
    expect(stderr).toMatch(/^tandem code suggest: --project needs access to the project store.*leave out --project/);
    expect(stdout).toBe('');
    expect(process.exitCode).toBe(2);
  });

  it('codes with the project’s own codes and segments when given --project and a loader', async () => {
    const asked: string[] = [];
    const loadProjectCoder = async (projectId: string) => {
      asked.push(projectId);
      return {
        codes: [{ id: 'p.launch', name: 'Launch', definition: 'the spring launch', examples: [] }, { id: 'p.other', name: 'Other', definition: 'pricing', examples: [] }],
        training: [{ text: 'Orbit launch slipped again', codeId: 'p.launch' }],
      };
    };
    await run('{"id":"s","text":"Orbit slipped"}\n', ['--project', 'proj-7', '--top', '1'], { loadProjectCoder });
    expect(asked).toEqual(['proj-7']);
    expect(JSON.parse(stdout)).toEqual({ id: 's', suggestions: [{ code: 'p.launch', score: expect.any(Number) }] });
  });

  it('reports a project that cannot be loaded, with exit 2 for a missing project', async () => {
    const missing = Object.assign(new Error('no project "nope" in this org'), { code: 'NOT_FOUND' });
    await run('', ['--project', 'nope'], { loadProjectCoder: () => Promise.reject(missing) });
    expect(stderr).toBe('tandem code suggest: cannot load project nope: no project "nope" in this org\n');
    expect(process.exitCode).toBe(2);

    await run('', ['--project', 'empty'], { loadProjectCoder: async () => ({ codes: [], training: [] }) });
    expect(stderr).toMatch(/project empty has no codes yet/);
  });

  it('stops quietly when the reader of its output goes away', async () => {
    let written = 0;
    const output = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, done) {
        written++;
        done(written > 2 ? Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }) : null);
      },
    });
    const input = Readable.from(Array.from({ length: 10_000 }, (_, i) => `{"id":${i},"text":"silos"}\n`));
    const program = new Command().exitOverride();
    registerCodeCommand(program, { io: { input, output, errors: new PassThrough() } });
    await expect(program.parseAsync(['code', 'suggest'], { from: 'user' })).resolves.toBeDefined();
    expect(written).toBeLessThan(10);
  });
});
