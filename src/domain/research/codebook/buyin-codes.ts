import type { CodeDefinition } from './code-definition';

/** Buy-in (DOMAIN.md §2): the four components, three organisational determinants and two contextual conditions. */
export const BUYIN_CODES: readonly CodeDefinition[] = [
  {
    id: 'buyin',
    name: 'Sales buy-in of marketing strategies',
    definition:
      'The sales function’s belief that a specific marketing initiative is appropriate and has merit. It is neither ' +
      'compliance (doing it because told) nor general integration, and money incentives alone do not produce it.',
    examples: ['the reps actually believe in this program', 'they only comply because they are told to', 'buy-in from the field'],
    parentId: null,
    kind: 'aggregate',
  },
  {
    id: 'buyin.objectivity',
    name: 'Objectivity and rational persuasion',
    definition:
      'Marketing wins sales over with facts rather than salesmanship: it shares the data and the reasoning behind an ' +
      'initiative and discusses it openly, without a private agenda, instead of selling the strategy or sending a memo.',
    examples: [
      'being objective',
      'fact-based discussion',
      'explain rationale',
      'don’t sell us your strategies — tell us why they are appropriate',
      'show us the numbers and the research behind the plan',
      'a memo is not enough, walk us through the why',
      'no hidden agenda, just the evidence',
      'back the plan up with market research',
      'tell us the reasoning, not the slogan',
      'unbiased information',
    ],
    parentId: 'buyin',
    kind: 'second_order',
  },
  {
    id: 'buyin.sensitivity',
    name: 'Sensitivity and responsiveness to field reality',
    definition:
      'Marketing accepts that territories and customers differ, customises for problem territories, invites questions ' +
      'and listens, and responds: it tells sales what happened to their feedback and why it was not adopted.',
    examples: [
      'our world is different',
      'not all territories are same',
      'respond to our ideas; communicate back',
      'tailor the program to my region',
      'we never hear back about what happened to our suggestions',
      'listen to the field before you roll it out everywhere',
      'one size does not fit all',
      'customise it for the problem territories',
      'close the loop and explain why our suggestion was not adopted',
    ],
    parentId: 'buyin',
    kind: 'second_order',
  },
  {
    id: 'buyin.involvement',
    name: 'Involvement in strategy creation',
    definition:
      'Sales takes part in shaping an initiative: early dialogue and fair negotiation, platforms such as sales advisory ' +
      'boards and cross-functional teams, joint field visits, and small test markets before a broad rollout.',
    examples: [
      'our contribution',
      'we will test your ideas',
      'we have a say in the process',
      'a sales advisory board that sees the plan early',
      'pilot it in a couple of test markets first',
      'marketing rides along on field visits',
      'bring us in at the start, not at launch',
      'sales should help write the plan, not just receive it',
      'ask the field before the strategy is final',
      'part of the planning from day one',
    ],
    parentId: 'buyin',
    kind: 'second_order',
  },
  {
    id: 'buyin.positioning',
    name: 'Positioning sales for success',
    definition:
      'Marketing gives the tools and consistent support that make the salesperson’s job easier and give a competitive ' +
      'advantage in front of customers, and it respects salespeople’s time.',
    examples: [
      'provide consistent support',
      'add value to our work',
      'help us be successful',
      'give us tools that help win deals',
      'collateral that actually works in front of a customer',
      'don’t waste our selling time',
    ],
    parentId: 'buyin',
    kind: 'second_order',
  },
  {
    id: 'buyin.walls',
    name: 'Eliminating walls between the functions',
    definition:
      'An organisational determinant of buy-in: the silos between sales and marketing come down so that market ' +
      'information and intelligence flow freely in both directions.',
    examples: [
      'tear down the silos',
      'information flows freely between us',
      'a wall between sales and marketing',
      'share what we hear in the market',
      'we work in separate worlds',
      'market intelligence from the field never reaches marketing',
      'break down the barriers between departments',
    ],
    parentId: 'buyin',
    kind: 'second_order',
  },
  {
    id: 'buyin.culture',
    name: 'Bridging the cultural divide',
    definition:
      'An organisational determinant of buy-in: both functions bridge the divide between sales’ short-term, tactical ' +
      'focus on this quarter’s numbers and marketing’s long-term, strategic horizon.',
    examples: [
      'sales lives quarter to quarter, marketing thinks years ahead',
      'short-term versus long-term thinking',
      'tactical versus strategic mindset',
      'meet in the middle on the time horizon',
      'different cultures',
    ],
    parentId: 'buyin',
    kind: 'second_order',
  },
  {
    id: 'buyin.relationships',
    name: 'Interpersonal relationships and mutual respect',
    definition:
      'An organisational determinant of buy-in: rapport and mutual respect between sales and marketing people across ' +
      'levels, which makes each side willing to listen to the other’s initiatives.',
    examples: [
      'mutual respect',
      'we respect each other',
      'I know my marketing people personally',
      'good relationship with the brand team',
      'they treat us as professionals',
    ],
    parentId: 'buyin',
    kind: 'second_order',
  },
  {
    id: 'buyin.hierarchy',
    name: 'Buy-in across the sales hierarchy',
    definition:
      'Buy-in is needed at every level of the sales hierarchy: the senior leaders’ blessing, middle managers whose lack of ' +
      'enthusiasm cascades down to their reps, and the frontline, who can sink a plan that leadership backed.',
    examples: [
      'the VP’s blessing',
      'if the district manager is not excited, the reps won’t be either',
      'the reps can kill a program the leadership signed off on',
      'you need buy-in at every level',
      'lack of enthusiasm cascades down',
    ],
    parentId: 'buyin',
    kind: 'second_order',
  },
  {
    id: 'buyin.absorption',
    name: 'Strategy absorption time',
    definition:
      'Sales needs time to think an initiative through, test it with customers and internalise it before being asked ' +
      'for feedback or commitment; rushing it produces push-back.',
    examples: [
      'give us time to digest it',
      'we need to try it with a few customers first',
      'don’t ask for feedback the week after launch',
      'it was rushed and we pushed back',
      'let it sink in',
    ],
    parentId: 'buyin',
    kind: 'second_order',
  },
];
