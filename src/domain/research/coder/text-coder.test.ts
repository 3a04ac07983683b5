import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CODEBOOK } from '../codebook/builtin-codebook';
import { codableCodes } from '../codebook/codebook-structure';
import { CoderInputError } from './coder-error';
import { MAX_TEXT_CHARS } from './text-features';
import { createTextCoder, type CodedSegment, type CoderCode, type TextCoder } from './text-coder';

const builtinCoder = createTextCoder({ codes: codableCodes(BUILTIN_CODEBOOK) });
const topCode = (coder: TextCoder, text: string) => coder.suggest({ text }, 1)[0]?.code;
const rankOf = (coder: TextCoder, input: Parameters<TextCoder['suggest']>[0], code: string) =>
  coder.suggest(input, Number.POSITIVE_INFINITY).findIndex((s) => s.code === code) + 1;

const code = (id: string, text: string, extra: Partial<CoderCode> = {}): CoderCode => ({ id, name: id, definition: text, examples: [], ...extra });

describe('createTextCoder with the built-in codebook', () => {
  it('suggests the construct a plainly worded segment is about', () => {
    expect(topCode(builtinCoder, 'They keep going straight to my customers and bypass the sales team.')).toBe('response.usurping');
    expect(topCode(builtinCoder, 'We still don’t agree on what a qualified lead is.')).toBe('linkage.language');
    expect(topCode(builtinCoder, 'Nobody will ever change anything here; it is hopeless.')).toBe('interpretation.hopelessness');
  });

  it('returns at most `top` suggestions, three by default, best first', () => {
    const text = 'Marketing never asks for our input.';
    expect(builtinCoder.suggest({ text })).toHaveLength(3);
    expect(builtinCoder.suggest({ text }, 1)).toHaveLength(1);
    expect(builtinCoder.suggest({ text }, 0)).toEqual([]);
    expect(builtinCoder.suggest({ text }, -2)).toEqual([]);
    expect(builtinCoder.suggest({ text }, 2.7)).toHaveLength(2);
    expect(builtinCoder.suggest({ text }, 1000)).toHaveLength(codableCodes(BUILTIN_CODEBOOK).length);
  });

  it('suggests nothing for empty text, stopwords only, punctuation or words it has never seen', () => {
    for (const text of ['', '   \n\t', 'and the of it was', '?!…', 'xylophone quokka zeppelin', '市场营销部门从不沟通']) {
      expect(builtinCoder.suggest({ text }), JSON.stringify(text)).toEqual([]);
    }
  });

  it('reads accented and mixed-script text without failing', () => {
    expect(topCode(builtinCoder, 'Le marketing ignore nos clíents — they bypass the sales team and go straight to customers')).toBe('response.usurping');
  });

  it('caps the cost of very long text by reading only its beginning', () => {
    const start = 'Marketing goes straight to the customer and bypasses us. ';
    const long = start.repeat(Math.ceil(MAX_TEXT_CHARS / start.length)) + 'hopeless '.repeat(200_000);
    expect(long.length).toBeGreaterThan(1_000_000);
    expect(builtinCoder.suggest({ text: long })).toEqual(builtinCoder.suggest({ text: long.slice(0, MAX_TEXT_CHARS) }));
  });

  it('favours the code of the speaker’s function and level when the words alone do not decide', () => {
    const codes = [code('m', 'ignored by the other side', { side: 'marketing' }), code('s', 'ignored by the other side', { side: 'sales' })];
    const coder = createTextCoder({ codes });
    expect(coder.suggest({ text: 'ignored' }).map((s) => s.code)).toEqual(['m', 's']);
    expect(coder.suggest({ text: 'ignored', function: 'sales' }).map((s) => s.code)).toEqual(['s', 'm']);
    expect(coder.suggest({ text: 'ignored', function: 'marketing' }).map((s) => s.code)).toEqual(['m', 's']);
    expect(coder.suggest({ text: 'ignored', function: 'other' })[0]?.score).toBeCloseTo(0.5, 12);

    const byLevel = createTextCoder({ codes: [code('a', 'plan conflict', { level: 'senior' }), code('b', 'plan conflict', { level: 'frontline' })] });
    expect(byLevel.suggest({ text: 'plan', level: 'frontline' })[0]?.code).toBe('b');
    expect(byLevel.suggest({ text: 'plan', level: 'senior' })[0]?.code).toBe('a');
  });

  it('lets the speaker’s side tip a close call but not override clear wording', () => {
    const text = 'We go straight to the customers ourselves and bypass the reps.';
    expect(builtinCoder.suggest({ text, function: 'sales', level: 'frontline' })[0]?.code).toBe('response.usurping');
  });
});

describe('learning from coded segments', () => {
  const codes = codableCodes(BUILTIN_CODEBOOK);
  const target = 'linkage.process.visibility';
  const unseen = { text: 'Half my reps could not tell you who sits on Project Orbit or what it has achieved so far.', function: 'sales', level: 'middle' } as const;
  const segments: CodedSegment[] = [
    { text: 'Project Orbit finally put its members and their wins up where every rep can see them.', codeId: target },
    { text: 'Until Project Orbit reported back at the kickoff, the field thought sales had no seat on it.', codeId: target },
    { text: 'Everyone should know who represents the districts on Project Orbit.', codeId: target },
    { text: 'A short note after each Orbit meeting tells the reps what was decided and by whom.', codeId: target },
  ];

  it('raises a code for an unseen, related segment as people code more segments with it', () => {
    const ranks = [0, 1, 2, 3, 4].map((n) => rankOf(createTextCoder({ codes, training: segments.slice(0, n) }), unseen, target));
    expect(ranks[0]).toBeGreaterThan(20);
    for (let n = 1; n < ranks.length; n++) expect(ranks[n]).toBeLessThanOrEqual(ranks[n - 1] as number);
    expect(ranks[4]).toBeLessThanOrEqual(5);
  });

  it('learns a project’s own code that has only a name, from its segments', () => {
    const own = code('project.orbit', '', { name: 'Orbit' });
    const coder = createTextCoder({ codes: [...codes, own], training: segments.map((s) => ({ ...s, codeId: 'project.orbit' })) });
    expect(rankOf(coder, unseen, 'project.orbit')).toBe(1);
  });

  it('ignores segments coded with a code it does not know, and empty segments', () => {
    const training = [{ text: 'anything at all', codeId: 'no.such.code' }, { text: '', codeId: target }];
    const coder = createTextCoder({ codes, training });
    expect(coder.suggest(unseen, 5)).toEqual(createTextCoder({ codes }).suggest(unseen, 5));
  });

  it('learns which function and level speak of a code', () => {
    const codes2 = [code('x', 'budget'), code('y', 'budget')];
    const training: CodedSegment[] = Array.from({ length: 20 }, () => ({ text: 'budget', codeId: 'y', function: 'marketing', level: 'senior' }));
    training.push(...Array.from({ length: 20 }, () => ({ text: 'budget', codeId: 'x', function: 'sales', level: 'frontline' }) as const));
    const coder = createTextCoder({ codes: codes2, training });
    expect(coder.suggest({ text: 'budget', function: 'marketing' })[0]?.code).toBe('y');
    expect(coder.suggest({ text: 'budget', level: 'frontline' })[0]?.code).toBe('x');
  });
});

describe('createTextCoder invariants', () => {
  it('breaks ties by code id and never suggests a code with no text and no segments', () => {
    const coder = createTextCoder({ codes: [code('b', 'silo walls'), code('a', 'silo walls'), code('empty', '', { name: '' })] });
    const suggestions = coder.suggest({ text: 'silo' }, 10);
    expect(suggestions.map((s) => s.code)).toEqual(['a', 'b']);
    expect(suggestions[0]?.score).toBe(suggestions[1]?.score);
  });

  it('refuses duplicate and empty code ids', () => {
    expect(() => createTextCoder({ codes: [code('a', 'x'), code('a', 'y')] })).toThrow(CoderInputError);
    expect(() => createTextCoder({ codes: [code('', 'x')] })).toThrow(/non-empty id/);
  });

  it('gives ranked, deterministic scores in [0, 1] for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 0, max: 70 }), fc.constantFrom(undefined, 'sales', 'marketing', 'other' as const), (text, top, fn) => {
        const suggestions = builtinCoder.suggest({ text, function: fn }, top);
        expect(suggestions.length).toBeLessThanOrEqual(top);
        expect(builtinCoder.suggest({ text, function: fn }, top)).toEqual(suggestions);
        let total = 0;
        suggestions.forEach((s, i) => {
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(1);
          total += s.score;
          const previous = suggestions[i - 1];
          if (previous !== undefined) {
            expect(previous.score > s.score || (previous.score === s.score && previous.code < s.code)).toBe(true);
          }
        });
        expect(total).toBeLessThanOrEqual(1 + 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('scores every word of the built-in codebook’s vocabulary when it is mixed into noise', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('silo', 'budget', 'lead', 'ignore', 'qualquer', '—', 'ünïcödé', '🙂'), { maxLength: 30 }), (words) => {
        const suggestions = builtinCoder.suggest({ text: words.join(' ') });
        const known = words.some((w) => ['silo', 'budget', 'lead', 'ignore'].includes(w));
        expect(suggestions.length > 0).toBe(known);
      }),
    );
  });
});
