import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSpeakerTurns, speakerName } from './speaker-turns';
import type { TranscriptLine } from './speaker-turns';

const plain = (text: string): TranscriptLine[] => text.split('\n').map((line) => ({ text: line }));
const markdown = (text: string): TranscriptLine[] => text.split('\n').map((line) => ({ text: line, isHeading: line.startsWith('#') }));

function spans(lines: TranscriptLine[], stripLabelEmphasis = false): Array<[string, string]> {
  const { text, turns } = detectSpeakerTurns(lines, { stripLabelEmphasis });
  return turns.map((turn) => [turn.speaker, text.slice(turn.start, turn.end)]);
}

describe('detectSpeakerTurns', () => {
  it('starts a turn at each label and runs it, across blank lines, to the next one', () => {
    const transcript = 'Recorded in Lyon.\nInterviewer: How do leads reach you?\nRespondent: Mostly forms.\n\nSome calls.\n  \nInterviewer: Thanks.';
    expect(spans(plain(transcript))).toEqual([
      ['Interviewer', 'Interviewer: How do leads reach you?'],
      ['Respondent', 'Respondent: Mostly forms.\n\nSome calls.'],
      ['Interviewer', 'Interviewer: Thanks.'],
    ]);
  });

  it('reads Q/A, numbered speakers, names with a role and timestamps before or after the label', () => {
    const transcript = [
      'Q: Why?',
      'A: Because.',
      '[00:01:02] Speaker 1: Bracketed time.',
      '00:01:05 Speaker 2: Bare time.',
      'Speaker 3 (00:02:00): Time after the label.',
      '  Jane (Sales, EMEA): Indented.',
      'Dr. María van der Berg: A long name.',
      'interviewer: lower-case role.',
      'Participant 12:',
      'Said on the next line.',
    ].join('\n');
    expect(spans(plain(transcript)).map(([speaker, said]) => `${speaker} | ${said}`)).toEqual([
      'Q | Q: Why?',
      'A | A: Because.',
      'Speaker 1 | [00:01:02] Speaker 1: Bracketed time.',
      'Speaker 2 | 00:01:05 Speaker 2: Bare time.',
      'Speaker 3 | Speaker 3 (00:02:00): Time after the label.',
      'Jane (Sales, EMEA) | Jane (Sales, EMEA): Indented.',
      'Dr. María van der Berg | Dr. María van der Berg: A long name.',
      'interviewer | interviewer: lower-case role.',
      'Participant 12 | Participant 12:\nSaid on the next line.',
    ]);
  });

  it('takes emphasis off markdown labels, keeping the words, and lets a heading end a turn', () => {
    const transcript = '# Interview 3\n**Jane (Sales):** We were never asked.\n**Interviewer**: Why?\n## Part two\n__Ann__: Under.\n*Bob*: Italic.';
    const { text, turns } = detectSpeakerTurns(markdown(transcript), { stripLabelEmphasis: true });
    expect(text).toBe('# Interview 3\nJane (Sales): We were never asked.\nInterviewer: Why?\n## Part two\nAnn: Under.\nBob: Italic.');
    expect(turns.map((turn) => [turn.speaker, text.slice(turn.start, turn.end)])).toEqual([
      ['Jane (Sales)', 'Jane (Sales): We were never asked.'],
      ['Interviewer', 'Interviewer: Why?'],
      ['Ann', 'Ann: Under.'],
      ['Bob', 'Bob: Italic.'],
    ]);
  });

  it('does not read prose, metadata, links, times or unbalanced emphasis as speakers', () => {
    const transcript = [
      'Date: 12 March 2024',
      'Note: the recording starts late.',
      'The problem is: nobody owns it.',
      'So what we did, basically: nothing.',
      'https://example.com: a link',
      '10:30: we met',
      '**Unclosed: not a label',
      'A very long label that goes on and on and on: prose',
    ].join('\n');
    expect(spans(plain(transcript))).toEqual([]);
  });

  it('keeps plain text exactly as given, so offsets match the file', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('Q: hi', 'A: **no**', '**Jane:** x', '# H', '')), { maxLength: 20 }), (lines) => {
        const joined = lines.join('\n').replace(/\r/g, '');
        const { text, turns } = detectSpeakerTurns(plain(joined), { stripLabelEmphasis: false });
        expect(text).toBe(joined);
        let previousEnd = 0;
        for (const turn of turns) {
          expect(turn.start).toBeGreaterThanOrEqual(previousEnd);
          expect(turn.end).toBeGreaterThanOrEqual(turn.start);
          expect(turn.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(turn.start, turn.end).trim()).toBe(text.slice(turn.start, turn.end));
          previousEnd = turn.end;
        }
      }),
    );
  });
});

describe('speakerName', () => {
  it('accepts short capitalised names and known roles, and nothing else', () => {
    expect(speakerName(' Jane   Doe ')).toBe('Jane Doe');
    expect(speakerName('R')).toBe('R');
    expect(speakerName('moderator 2')).toBe('moderator 2');
    expect(speakerName('Senior Sales Director Acme North')).toBeUndefined();
    expect(speakerName('our team')).toBeUndefined();
    expect(speakerName('Summary')).toBeUndefined();
    expect(speakerName('2024')).toBeUndefined();
  });
});
