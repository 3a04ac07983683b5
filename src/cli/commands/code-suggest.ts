import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { FUNCTIONS, LEVELS, type Level, type PersonFunction } from '../../domain/org/types';
import { BUILTIN_CODEBOOK } from '../../domain/research/codebook/builtin-codebook';
import { codableCodes } from '../../domain/research/codebook/codebook-structure';
import { CoderInputError } from '../../domain/research/coder/coder-error';
import { createTextCoder, type TextCoder, type TextCoderOptions } from '../../domain/research/coder/text-coder';

/** What the server provides for `--project`: the project's own codes and the segments coded with them so far. */
export type ProjectCoderLoader = (projectId: string) => Promise<Pick<TextCoderOptions, 'codes' | 'training'>>;

export interface CodeCommandOptions {
  loadProjectCoder?: ProjectCoderLoader;
  /** Where lines are read and written; the process's standard streams unless a test gives others. */
  io?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; errors: NodeJS.WritableStream };
}

/** The result for one input line: the JSON line to print, or why the line was skipped. */
export type SuggestLineResult = { ok: true; lineNumber: number; output: string } | { ok: false; lineNumber: number; message: string };

/** Bad input (lines or options) exits with 2; 1 is left for unexpected failures, as in `tandem agreement`. */
const BAD_INPUT_EXIT_CODE = 2;
const COMMAND = 'code suggest';

/**
 * Suggests codes for each JSON line `{"id", "text", "function"?, "level"?}` and yields, in order, either the output
 * line `{"id", "suggestions": [{"code", "score"}]}` (scores rounded to 4 decimals) or a one-line reason the input line
 * was skipped. Blank lines are passed over silently. Holds one line at a time, so any number of lines streams through.
 */
export async function* suggestLines(lines: AsyncIterable<string>, coder: TextCoder, top: number): AsyncGenerator<SuggestLineResult> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const parsed = parseInputLine(line);
    if (typeof parsed === 'string') {
      yield { ok: false, lineNumber, message: parsed };
      continue;
    }
    const suggestions = coder
      .suggest({ text: parsed.text, function: parsed.function, level: parsed.level }, top)
      .map((s) => ({ code: s.code, score: Math.round(s.score * 10_000) / 10_000 }));
    yield { ok: true, lineNumber, output: JSON.stringify({ id: parsed.id, suggestions }) };
  }
}

export function registerCodeCommand(program: Command, options: CodeCommandOptions = {}): void {
  const code = program.command('code').description('Qualitative coding helpers');
  code
    .command('suggest')
    .description(
      'Suggest codes for text segments: reads JSON Lines {"id","text","function"?,"level"?} on stdin, ' +
        'writes {"id","suggestions":[{"code","score"}]} per line',
    )
    .option('--top <k>', 'suggestions per segment (default 3)')
    .option('--project <id>', "use the project's own codes and coded segments instead of the built-in codebook")
    .action(async (commandOptions: { top?: string; project?: string }) => {
      const io = options.io ?? { input: process.stdin, output: process.stdout, errors: process.stderr };
      const fail = (message: string, exitCode: number) => {
        io.errors.write(`tandem ${COMMAND}: ${oneLine(message)}\n`);
        process.exitCode = exitCode;
      };

      const top = parseTop(commandOptions.top);
      if (typeof top === 'string') return fail(top, BAD_INPUT_EXIT_CODE);
      const coder = await loadCoder(commandOptions.project, options.loadProjectCoder);
      if (!coder.ok) return fail(coder.message, coder.exitCode);

      const lines = createInterface({ input: io.input, crlfDelay: Number.POSITIVE_INFINITY });
      let outputClosed = false;
      // A reader that goes away (`| head`) makes every later write fail: stop quietly instead of crashing on EPIPE.
      io.output.on('error', () => {
        outputClosed = true;
        lines.close();
      });
      let badLines = 0;
      for await (const result of suggestLines(lines, coder.coder, top)) {
        if (outputClosed) break;
        if (result.ok) {
          if (!io.output.write(`${result.output}\n`)) await drained(io.output);
        } else {
          badLines++;
          io.errors.write(`tandem ${COMMAND}: line ${result.lineNumber}: ${result.message}\n`);
        }
      }
      if (badLines > 0) process.exitCode = BAD_INPUT_EXIT_CODE;
    });
}

/** Waits until the output can take more (constant memory for any input size), or has failed or closed. */
async function drained(output: NodeJS.WritableStream): Promise<void> {
  await Promise.race([once(output, 'drain'), once(output, 'close')]).catch(() => undefined); // errors: see the 'error' listener
}

type ParsedLine = { id: string | number; text: string; function?: PersonFunction; level?: Level };

/** The checked fields of one input line, or a message saying what is wrong with it. */
function parseInputLine(line: string): ParsedLine | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${oneLine(error instanceof Error ? error.message : String(error))}); give one JSON object per line`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object like {"id":"s1","text":"…"}';
  const record = value as Record<string, unknown>;
  const { id, text } = record;
  if (!((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)))) {
    return 'missing "id": give each line a non-empty string or number id';
  }
  if (typeof text !== 'string') return `missing "text" for id ${JSON.stringify(id)}: give the segment's text as a string`;
  const speakerFunction = record.function ?? undefined;
  if (speakerFunction !== undefined && !(FUNCTIONS as readonly unknown[]).includes(speakerFunction)) {
    return `"function" must be one of ${FUNCTIONS.join(', ')}; got ${JSON.stringify(speakerFunction)}`;
  }
  const level = record.level ?? undefined;
  if (level !== undefined && !(LEVELS as readonly unknown[]).includes(level)) {
    return `"level" must be one of ${LEVELS.join(', ')}; got ${JSON.stringify(level)}`;
  }
  return { id, text, function: speakerFunction as PersonFunction | undefined, level: level as Level | undefined };
}

function parseTop(value: string | undefined): number | string {
  if (value === undefined) return 3;
  const trimmed = value.trim();
  const top = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || top < 1) return `--top must be a whole number of suggestions, at least 1; got "${value}".`;
  return top;
}

type CoderLoad = { ok: true; coder: TextCoder } | { ok: false; message: string; exitCode: number };

async function loadCoder(projectId: string | undefined, loadProjectCoder: ProjectCoderLoader | undefined): Promise<CoderLoad> {
  if (projectId === undefined) return { ok: true, coder: createTextCoder({ codes: codableCodes(BUILTIN_CODEBOOK) }) };
  if (loadProjectCoder === undefined) {
    return {
      ok: false,
      exitCode: BAD_INPUT_EXIT_CODE,
      message: '--project needs access to the project store, which this tandem build does not have yet; leave out --project to use the built-in codebook.',
    };
  }
  try {
    const { codes, training } = await loadProjectCoder(projectId);
    if (codes.length === 0) {
      return { ok: false, exitCode: BAD_INPUT_EXIT_CODE, message: `project ${projectId} has no codes yet; add codes to it or leave out --project.` };
    }
    return { ok: true, coder: createTextCoder({ codes, training }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown } | null)?.code;
    const badInput = error instanceof CoderInputError || code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'INVALID_INPUT';
    return { ok: false, exitCode: badInput ? BAD_INPUT_EXIT_CODE : 1, message: `cannot load project ${projectId}: ${message}` };
  }
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
