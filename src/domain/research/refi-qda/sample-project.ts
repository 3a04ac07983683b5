import type { QdaCode, QdaProject } from './model';
import { codePointLength } from './text-positions';

/**
 * A small but realistic REFI-QDA project for tests and demos: two researchers coding two buyer interviews about
 * sales–marketing alignment, with a nested codebook, overlapping selections, typed case variables and memos on
 * the project, a code, a source, a selection and a coding. The texts mix accents, CJK, emoji, XML specials and
 * Windows line ends, the things exports get wrong.
 */

const guid = (n: number) => `6f1c2a3b-4d5e-4f60-8a7b-${n.toString(16).padStart(12, '0')}`;

export const SAMPLE_GUIDS = {
  ana: guid(1),
  ben: guid(2),
  alignment: guid(10),
  leadQuality: guid(11),
  handoff: guid(12),
  pricing: guid(13),
  discounts: guid(14),
  emotions: guid(15),
  frustration: guid(16),
  trust: guid(17),
  role: guid(20),
  yearsInRole: guid(21),
  decisionMaker: guid(22),
  satisfaction: guid(23),
  interviewDate: guid(24),
  recordedAt: guid(25),
  acme: guid(30),
  brightline: guid(31),
  interviewAcme: guid(40),
  interviewBrightline: guid(41),
  projectMemo: guid(60),
  codeMemo: guid(61),
  selectionMemo: guid(62),
} as const;

const ACME_TEXT =
  'Interviewer: How do leads reach your sales team?\r\n' +
  'Zoë (Sales, Acme): Marketing sends "MQLs" & we <triage> them — honestly, half are cold. 😕\r\n' +
  'Interviewer: And pricing?\r\n' +
  'Zoë (Sales, Acme): Discounts are decided ad hoc; 价格 changes weekly.';

const BRIGHTLINE_TEXT =
  'Q: Who owns the hand-off?\n' +
  'A: Nobody, really. Marketing thinks it ends at the form; sales thinks it starts at the call.\n\n' +
  'Q: Trust?\n' +
  'A: We trust the data more than each other. 🙃';

/** [start, end) in code points of the first occurrence of `fragment`. */
function span(text: string, fragment: string): { start: number; end: number } {
  const offset = text.indexOf(fragment);
  if (offset < 0) throw new Error(`"${fragment}" is not in the text`);
  const start = codePointLength(text.slice(0, offset));
  return { start, end: start + codePointLength(fragment) };
}

function code(guidValue: string, name: string, color: string, children: QdaCode[] = [], description?: string): QdaCode {
  return { guid: guidValue, name, isCodable: true, color, children, ...(description === undefined ? {} : { description }) };
}

export function sampleQdaCodes(): QdaCode[] {
  const g = SAMPLE_GUIDS;
  return [
    code(g.alignment, 'Sales–marketing alignment', '#3366CC', [
      code(g.leadQuality, 'Lead quality', '#6699ff', [], 'Whether marketing leads are worth a sales call.\nIncludes "MQL" talk.'),
      code(g.handoff, 'Hand-off', '#36c'),
    ]),
    code(g.pricing, 'Pricing & discounts <policy>', '#CC6633', [code(g.discounts, 'Ad-hoc discounts', '#993300')]),
    {
      guid: g.emotions,
      name: 'Emotions',
      isCodable: false,
      description: 'Category only: code the children.',
      children: [code(g.frustration, 'Frustration', '#990000'), code(g.trust, 'Trust', '#009933')],
    },
  ];
}

export function sampleQdaProject(): QdaProject {
  const g = SAMPLE_GUIDS;
  const at = '2024-03-01T09:30:00Z';
  return {
    name: 'Buyer interviews — Q1 2024',
    origin: 'Tandem 0.1.0',
    createdBy: g.ana,
    creationDateTime: at,
    modifiedBy: g.ben,
    modifiedDateTime: '2024-03-04T16:05:12.250+01:00',
    description: 'Two pilot interviews on how leads move from marketing to sales.',
    users: [
      { guid: g.ana, name: 'Ana Ortiz' },
      { guid: g.ben, name: 'Ben Okafor', id: 'ben@example.com' },
    ],
    codes: sampleQdaCodes(),
    variables: [
      { guid: g.role, name: 'Role', typeOfVariable: 'Text', description: 'Job title as the buyer gave it.' },
      { guid: g.yearsInRole, name: 'Years in role', typeOfVariable: 'Integer' },
      { guid: g.decisionMaker, name: 'Decision maker', typeOfVariable: 'Boolean' },
      { guid: g.satisfaction, name: 'Satisfaction', typeOfVariable: 'Float' },
      { guid: g.interviewDate, name: 'Interview date', typeOfVariable: 'Date' },
      { guid: g.recordedAt, name: 'Recorded at', typeOfVariable: 'DateTime' },
    ],
    cases: [
      {
        guid: g.acme,
        name: 'Acme Corp',
        description: 'Mid-market manufacturer.',
        codeRefs: [],
        variableValues: [
          { variableGuid: g.role, value: 'Head of Sales, EMEA' },
          { variableGuid: g.yearsInRole, value: 7 },
          { variableGuid: g.decisionMaker, value: true },
          { variableGuid: g.satisfaction, value: 3.25 },
          { variableGuid: g.interviewDate, value: '2024-02-28' },
          { variableGuid: g.recordedAt, value: '2024-02-28T14:00:00Z' },
        ],
        sourceRefs: [g.interviewAcme],
        selectionRefs: [],
      },
      {
        guid: g.brightline,
        name: 'Brightline',
        codeRefs: [g.trust],
        variableValues: [
          { variableGuid: g.decisionMaker, value: false },
          { variableGuid: g.satisfaction, value: null },
        ],
        sourceRefs: [g.interviewBrightline],
        selectionRefs: [guid(51)],
      },
    ],
    sources: [
      {
        guid: g.interviewAcme,
        name: 'Interview 1 — Acme (Zoë)',
        description: 'Recorded on Teams; transcribed by hand.',
        plainText: ACME_TEXT,
        creatingUser: g.ana,
        creationDateTime: at,
        selections: [
          {
            guid: guid(50),
            name: 'half are cold',
            ...span(ACME_TEXT, 'Marketing sends "MQLs" & we <triage> them — honestly, half are cold. 😕'),
            creatingUser: g.ana,
            creationDateTime: at,
            codings: [
              { guid: guid(70), codeGuid: g.leadQuality, creatingUser: g.ana, creationDateTime: at },
              { guid: guid(71), codeGuid: g.frustration, creatingUser: g.ben },
            ],
          },
          {
            // Overlaps the selection above.
            guid: guid(52),
            ...span(ACME_TEXT, 'half are cold. 😕\r\nInterviewer: And pricing?'),
            creatingUser: g.ben,
            codings: [{ guid: guid(72), codeGuid: g.leadQuality, creatingUser: g.ben }],
          },
          {
            guid: guid(53),
            description: 'Note the Chinese word for price.',
            ...span(ACME_TEXT, 'Discounts are decided ad hoc; 价格 changes weekly.'),
            codings: [{ guid: guid(73), codeGuid: g.discounts, creatingUser: g.ana }],
          },
        ],
        codings: [{ guid: guid(74), codeGuid: g.alignment, creatingUser: g.ana }],
        variableValues: [{ variableGuid: g.interviewDate, value: '2024-02-28' }],
      },
      {
        guid: g.interviewBrightline,
        name: 'Interview 2 — Brightline',
        plainText: BRIGHTLINE_TEXT,
        creatingUser: g.ben,
        selections: [
          {
            guid: guid(51),
            ...span(BRIGHTLINE_TEXT, 'Marketing thinks it ends at the form; sales thinks it starts at the call.'),
            codings: [
              { guid: guid(75), codeGuid: g.handoff, creatingUser: g.ben },
              { guid: guid(76), codeGuid: g.handoff, creatingUser: g.ana },
            ],
          },
          {
            guid: guid(54),
            ...span(BRIGHTLINE_TEXT, 'We trust the data more than each other. 🙃'),
            codings: [{ guid: guid(77), codeGuid: g.trust, creatingUser: g.ben }],
          },
        ],
        codings: [],
        variableValues: [],
      },
    ],
    notes: [
      {
        guid: g.projectMemo,
        name: 'Project memo',
        text: 'Aim: see where leads stall.\r\nNext: interview marketing ops.',
        creatingUser: g.ana,
        creationDateTime: at,
        targets: [{ kind: 'project' }],
      },
      {
        guid: g.codeMemo,
        name: 'On "lead quality"',
        text: 'Both buyers equate quality with intent data — check with Ben.',
        creatingUser: g.ana,
        targets: [
          { kind: 'code', guid: g.leadQuality },
          { kind: 'source', guid: g.interviewAcme },
          { kind: 'coding', guid: guid(70) },
        ],
      },
      {
        guid: g.selectionMemo,
        text: 'Classic ownership gap. 👀',
        creatingUser: g.ben,
        targets: [{ kind: 'selection', guid: guid(51) }],
      },
    ],
  };
}
