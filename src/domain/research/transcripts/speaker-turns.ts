/**
 * Finds speaker turns in a transcript, line by line. A turn starts at a line that opens with a speaker label —
 * `Interviewer: …`, `Q: …`, `Speaker 2: …`, `Jane (Sales): …`, markdown `**Jane (Sales):** …` — optionally after a
 * timestamp (`[00:01:02] Speaker 1: …`, `00:01:02 Speaker 1: …`) or with one before the colon
 * (`Speaker 1 (00:01:02): …`). It runs to the next label or heading, across blank lines and paragraphs.
 * A turn's span starts where its line's timestamp or label starts and ends after the last non-blank character
 * before the next turn or heading — the convention the workbench lays out (it hides the label under the speaker
 * heading). Offsets index the returned text as a JavaScript string (UTF-16 code units).
 *
 * What counts as a label is a heuristic, kept deliberately narrow to avoid reading prose as speech: at most four
 * words (a parenthesised role and name particles such as "van der" aside), up to 40 characters, each word capitalised unless the label is a known role
 * (`interviewer`, `q`, `participant 3`), and not a metadata key such as `Date:` or `Note:`.
 */

export interface SpeakerTurn {
  speaker: string;
  /** UTF-16 offset of the turn's timestamp or label. */
  start: number;
  /** UTF-16 offset just past the last non-blank character of the turn. */
  end: number;
}

export interface TranscriptLine {
  text: string;
  /** A heading (markdown `#`, or a Word heading style): kept as text, never part of a turn. */
  isHeading?: boolean;
}

export interface DetectTurnsOptions {
  /** Rewrite `**Label:**` as `Label:` (markdown). Plain text keeps every character, so offsets match the file. */
  stripLabelEmphasis: boolean;
}

const TIMESTAMP = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const LABEL_LINE = new RegExp(
  String.raw`^(?<indent>[ \t]*)` +
    String.raw`(?<timestamp>(?:\[\s*${TIMESTAMP}\s*\]|\(\s*${TIMESTAMP}\s*\)|${TIMESTAMP})[ \t]+(?:[-–][ \t]+)?)?` +
    String.raw`(?<open>\*\*|__|\*|_)?` +
    String.raw`(?<label>[^\s:*_\[\]][^:*_\[\]\r\n]{0,59}?)` +
    String.raw`(?<after>[ \t]+[\[(]${TIMESTAMP}[\])])?` +
    String.raw`[ \t]*(?:(?<closeBefore>\*\*|__|\*|_)[ \t]*:|:(?:[ \t]*(?<closeAfter>\*\*|__|\*|_))?)` +
    String.raw`(?=\s|$)`,
  'u',
);
const KNOWN_ROLE = /^(?:interviewer|interviewee|respondent|participant|moderator|facilitator|speaker|host|guest|researcher|q|a|i|r|p|iv|ie)(?:\s*\d+)?$/iu;
const METADATA_KEYS = new Set([
  'date', 'time', 'duration', 'location', 'place', 'venue', 'participants', 'attendees', 'present', 'subject', 'topic',
  'title', 'project', 'transcript', 'transcriber', 'transcribed by', 'recorded', 'recording', 'note', 'notes', 'summary',
  'agenda', 'file', 'source', 'language', 'url', 'link', 'email', 'e-mail', 'phone', 'tel', 'fax', 'website', 'http',
  'https', 'mailto', 'ps', 'nb', 'tip', 'warning', 'example', 'update', 're', 'fw', 'fwd', 'cc', 'bcc', 'to', 'from',
]);
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'of', 'the', 'and', '&', 'y', 'bin', 'al']);
const MARKDOWN_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

export function isMarkdownHeading(line: string): boolean {
  return MARKDOWN_HEADING.test(line);
}

/** The speaker named by `label`, or undefined when the label does not look like one. */
export function speakerName(label: string): string | undefined {
  const name = label.trim().replace(/\s+/g, ' ');
  if (name.length === 0 || name.length > 40 || !/^\p{L}/u.test(name)) return undefined;
  if (!/^[\p{L}\p{M}\p{N} .'’()\-&/,#]+$/u.test(name)) return undefined;
  if (METADATA_KEYS.has(name.toLowerCase())) return undefined;
  if (KNOWN_ROLE.test(name)) return name;
  const words = name.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/).filter(Boolean);
  // Particles (van, de, of …) do not count towards the four words.
  if (words.length === 0 || words.filter((word) => !PARTICLES.has(word.toLowerCase())).length > 4) return undefined;
  const capitalised = words.every((word, index) => /^[\p{Lu}\p{Lt}\p{N}]/u.test(word) || (index > 0 && PARTICLES.has(word.toLowerCase())));
  return capitalised ? name : undefined;
}

interface LabelMatch {
  speaker: string;
  /** The line as it should read in the output text. */
  line: string;
  /** Where the timestamp or label starts within that line (after indentation). */
  labelAt: number;
}

function matchLabel(line: string, stripEmphasis: boolean): LabelMatch | undefined {
  const match = LABEL_LINE.exec(line);
  const groups = match?.groups;
  if (match === null || groups === undefined) return undefined;
  const open = groups.open ?? '';
  const close = groups.closeBefore ?? groups.closeAfter ?? '';
  if (open !== close) return undefined;
  const speaker = speakerName(groups.label ?? '');
  if (speaker === undefined) return undefined;
  const rest = line.slice(match[0].length);
  const labelAt = (groups.indent ?? '').length;
  if (!stripEmphasis || open === '') return { speaker, line, labelAt };
  const head = `${groups.indent ?? ''}${groups.timestamp ?? ''}${(groups.label ?? '').trimEnd()}${groups.after ?? ''}:`;
  return { speaker, line: head + rest, labelAt };
}

/** Joins the lines with `\n` (after any rewriting) and lists the speaker turns found in them. */
export function detectSpeakerTurns(lines: readonly TranscriptLine[], options: DetectTurnsOptions): { text: string; turns: SpeakerTurn[] } {
  const output: string[] = [];
  const turns: SpeakerTurn[] = [];
  let current: SpeakerTurn | undefined;
  let offset = 0;
  const closeTurn = () => {
    if (current !== undefined) turns.push(current);
    current = undefined;
  };
  for (const { text: original, isHeading } of lines) {
    const label = isHeading ? undefined : matchLabel(original, options.stripLabelEmphasis);
    const line = label?.line ?? original;
    if (isHeading) {
      closeTurn();
    } else if (label !== undefined) {
      closeTurn();
      current = { speaker: label.speaker, start: offset + label.labelAt, end: offset + line.trimEnd().length };
    } else if (current !== undefined && line.trim() !== '') {
      current.end = offset + line.trimEnd().length;
    }
    output.push(line);
    offset += line.length + 1;
  }
  closeTurn();
  return { text: output.join('\n'), turns };
}
