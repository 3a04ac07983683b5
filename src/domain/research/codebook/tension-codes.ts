import type { CodeDefinition } from './code-definition';

/** Tensions, the defences that paralyse them and the management that works, by level (DOMAIN.md §4). */
export const TENSION_CODES: readonly CodeDefinition[] = [
  {
    id: 'tension',
    name: 'Tensions in the sales ecosystem',
    definition:
      'Paradoxes between sales and marketing in which both poles are legitimate; they must be balanced rather than ' +
      'resolved by picking one side.',
    examples: ['both sides have a point', 'a constant tug of war between the two views'],
    parentId: null,
    kind: 'aggregate',
  },
  {
    id: 'tension.closure_vs_fluency',
    name: 'Strategic closure versus fluency',
    definition:
      'Senior leaders: marketing sees strategy as a rigorous, closed, time-bound plan; sales sees it as a proposal, an ' +
      'ongoing negotiation that the field must vet.',
    examples: [
      'once the plan is approved it is final',
      'strategy is a living document',
      'the field has to vet it first',
      'it is a proposal, not a decree',
      'the annual plan is locked',
    ],
    parentId: 'tension',
    kind: 'second_order',
    level: 'senior',
  },
  {
    id: 'tension.resource_commitment',
    name: 'Resource commitment',
    definition:
      'Senior leaders: marketing wants sales to commit people and time fully, sales wants marketing to commit money and ' +
      'support fully, and each keeps its own resources flexible.',
    examples: [
      'commit your people to it',
      'put real money behind the launch',
      'they want our reps’ time but won’t fund it',
      'we keep our own budget flexible',
      'headcount and budget',
    ],
    parentId: 'tension',
    kind: 'second_order',
    level: 'senior',
  },
  {
    id: 'tension.alignment_vs_flexibility',
    name: 'Alignment versus flexibility',
    definition:
      'Middle managers: marketing wants tight alignment to the plan, consistency and control; sales wants the operational ' +
      'autonomy to adapt pricing, messages and programmes to its region.',
    examples: [
      'stick to the plan',
      'a consistent message everywhere',
      'let me adapt pricing to my region',
      'local autonomy',
      'follow the brand guidelines',
    ],
    parentId: 'tension',
    kind: 'second_order',
    level: 'middle',
  },
  {
    id: 'tension.arrays_vs_sequences',
    name: 'Arrays versus sequences',
    definition:
      'Frontline: marketing wants the whole portfolio of initiatives balanced at once; sales prioritises and sequences ' +
      'them by pay, customer benefit, ease and opportunity cost.',
    examples: [
      'push every product at the same time',
      'I can only focus on one or two things',
      'too many initiatives at once',
      'I prioritise what pays',
      'one at a time, in the order that makes sense',
    ],
    parentId: 'tension',
    kind: 'second_order',
    level: 'frontline',
  },
  {
    id: 'tension.accountability',
    name: 'Accountability',
    definition:
      'Frontline: marketing is accountable to the firm — metrics, brand, margin — while sales feels accountable to its ' +
      'customers, its own team and itself.',
    examples: [
      'protect the margin and the brand',
      'hit the metrics',
      'I answer to my customers',
      'I have to look after my team and myself',
      'who am I accountable to',
    ],
    parentId: 'tension',
    kind: 'second_order',
    level: 'frontline',
  },
  {
    id: 'defense',
    name: 'Paralysing defences',
    definition: 'What people do instead of managing a tension; defences freeze the tension rather than balance it.',
    examples: ['we avoided dealing with it', 'nobody addressed the real issue'],
    parentId: null,
    kind: 'aggregate',
  },
  {
    id: 'defense.pulling_rank',
    name: 'Pulling rank',
    definition: 'Senior: the more powerful executive dictates the outcome instead of working the tension through.',
    examples: [
      'pulling rank',
      'he outranks her, so his view won',
      'dictated from the top',
      'the decision was forced through because he had more power',
    ],
    parentId: 'defense',
    kind: 'second_order',
    level: 'senior',
  },
  {
    id: 'defense.internal_line_of_defense',
    name: 'Internal line of defence',
    definition:
      'Senior: the executive who lost signals non-support to his or her own deputies, building a line of defence inside ' +
      'the function against the decision.',
    examples: [
      'he told his managers not to bother with it',
      'quietly signalled to her team that it was not a priority',
      'the message to his deputies was: we don’t support this',
    ],
    parentId: 'defense',
    kind: 'second_order',
    level: 'senior',
  },
  {
    id: 'defense.evasive_pledges',
    name: 'Evasive pledges',
    definition: 'Senior: vague, insincere promises of resources that are not meant to be kept.',
    examples: ['empty promises of support', 'vague commitments of money', 'we will see what we can do', 'the promised people never showed up'],
    parentId: 'defense',
    kind: 'second_order',
    level: 'senior',
  },
  {
    id: 'defense.reactance_regression',
    name: 'Reactance and regression',
    definition:
      'Middle: managers disregard the other side and retreat harder into stereotypes; they talk past each other and ' +
      'filter the feedback they pass on.',
    examples: [
      'talking past each other',
      'marketing sits in an ivory tower',
      'typical sales, they only want discounts',
      'filtered feedback',
      'we dug in our heels',
      'they just don’t get it',
      'dismiss their proposals out of hand',
      'stereotypes about the other side',
    ],
    parentId: 'defense',
    kind: 'second_order',
    level: 'middle',
  },
  {
    id: 'defense.isolation',
    name: 'Isolation',
    definition:
      'Frontline: people avoid contact with their counterparts, for example by no longer inviting them to customer meetings.',
    examples: ['I stopped inviting marketing to customer meetings', 'I avoid them', 'we never see each other', 'keep them away from my accounts'],
    parentId: 'defense',
    kind: 'second_order',
    level: 'frontline',
  },
  {
    id: 'defense.disconnectedness',
    name: 'Disconnectedness',
    definition:
      'Frontline: people stay disconnected from the other side’s work and pay it lip service without engaging.',
    examples: [
      'lip service',
      'nod along and then do my own thing',
      'going through the motions',
      'disconnected from what they do',
      'agree in the meeting and then do nothing',
      'half-hearted, no real engagement',
    ],
    parentId: 'defense',
    kind: 'second_order',
    level: 'frontline',
  },
  {
    id: 'management',
    name: 'Managing tensions',
    definition: 'Practices that keep both poles of a tension in play and the two functions working together.',
    examples: ['how we work through our differences'],
    parentId: null,
    kind: 'aggregate',
  },
  {
    id: 'management.leadership_intervention',
    name: 'Leadership intervention',
    definition:
      'Senior: a neutral leader to whom both executives report steps in and forces them into dialogue before deciding.',
    examples: [
      'have you talked to marketing?',
      'the president made both of them sit down together',
      'a neutral leader above both functions',
      'she would not decide until the two of them had talked',
    ],
    parentId: 'management',
    kind: 'second_order',
    level: 'senior',
  },
  {
    id: 'management.strategic_mantra',
    name: 'Strategic mantra',
    definition:
      'Senior: leaders set a superordinate goal, repeated as a mantra, that both functions put above their own goals.',
    examples: ['a superordinate goal', 'our mantra', 'one overarching goal for the whole company', 'everything ties back to that one goal'],
    parentId: 'management',
    kind: 'second_order',
    level: 'senior',
  },
  {
    id: 'management.appreciation_empathy',
    name: 'Appreciation and empathy',
    definition:
      'Middle: scheduled, recurring forums where managers confront their differences openly; over time they build ' +
      'empathy and open the door to evaluated field experiments.',
    examples: [
      'a monthly forum to hash out our differences',
      'now I understand the pressures they are under',
      'we agreed to run an experiment in two districts and measure it',
      'walk a mile in their shoes',
    ],
    parentId: 'management',
    kind: 'second_order',
    level: 'middle',
  },
  {
    id: 'management.selective_compromise',
    name: 'Selective compromise',
    definition:
      'Frontline: agree the shared accountabilities such as targets and margin and leave execution details malleable; ' +
      'agree the order in which initiatives reach the customer; compromise most where most is at stake.',
    examples: [
      'we agreed on the margin target and I decide how to get there',
      'we agreed which offer goes to the customer first',
      'compromise where it matters most',
      'flexible on the details, firm on the targets',
    ],
    parentId: 'management',
    kind: 'second_order',
    level: 'frontline',
  },
];
