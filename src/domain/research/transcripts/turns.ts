/** A speaker's turn: character offsets [start, end) of the whole line or paragraph, label included. */
export interface Turn {
  speaker: string;
  start: number;
  end: number;
}

// "Interviewer: …", "Q: …", "[00:01:02] Speaker 1: …", "**Jane (Sales):** …", "Jane (Sales) - …" is not a turn.
const TURN = /^(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s*)?(?:\*\*|__)?([\p{L}][\p{L}\p{N} .'’()&/-]{0,60}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+\S/u;

/**
 * Speaker turns in a transcript: a line that opens with a short label and a colon starts a turn, which runs until
 * the next turn; lines before the first turn belong to no one. Labels longer than 60 characters are prose.
 */
export function detectTurns(text: string): Turn[] {
  const turns: Turn[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const match = TURN.exec(line);
    if (match) {
      const previous = turns.at(-1);
      if (previous) previous.end = Math.max(previous.start, offset - 1);
      turns.push({ speaker: (match[1] as string).trim(), start: offset, end: text.length });
    }
    offset += line.length + 1;
  }
  return turns;
}
