import type { CodeDefinition } from './code-definition';

/**
 * Linkages (DOMAIN.md §3). The five linkages are second-order themes; the boundary conditions under which the
 * language, structure and process linkages work are first-order categories beneath them.
 */
export const LINKAGE_CODES: readonly CodeDefinition[] = [
  {
    id: 'linkage',
    name: 'Linkages between sales and marketing',
    definition:
      'Connections that strengthen the interface between the functions — shared language, structure, joint teams, ' +
      'social ties and a shared philosophy — each of which works only under its boundary conditions.',
    examples: ['what connects us to marketing', 'the ties between the two departments'],
    parentId: null,
    kind: 'aggregate',
  },
  {
    id: 'linkage.language',
    name: 'Shared language',
    definition:
      'Sales and marketing agree on the meaning of key terms such as lead, qualified lead and value proposition, and on ' +
      'what each function’s activities are.',
    examples: [
      'what counts as a qualified lead',
      'we define a lead differently',
      'a common vocabulary',
      'value proposition means something else to the reps',
      'agree on the definitions of our terms',
    ],
    parentId: 'linkage',
    kind: 'second_order',
  },
  {
    id: 'linkage.language.vertical_communication',
    name: 'Vertical communication of meanings',
    definition:
      'A condition of shared language: meanings are carried down and up within each function’s own hierarchy so they ' +
      'are not diluted on the way from the leaders to the frontline.',
    examples: [
      'by the time it reaches the reps the meaning is lost',
      'diluted on the way down',
      'my own vice president explained the definition to us',
      'it gets watered down through each layer of management',
    ],
    parentId: 'linkage.language',
    kind: 'first_order',
  },
  {
    id: 'linkage.language.horizontal_bridges',
    name: 'Horizontal bridges between counterparts',
    definition:
      'A condition of shared language: counterparts at the same level in sales and marketing interpret the terms ' +
      'together, in their own context, at every level.',
    examples: [
      'my counterpart in marketing and I work out what it means for us',
      'peer-to-peer conversations across the functions',
      'the product manager and the regional manager translate it for the region',
    ],
    parentId: 'linkage.language',
    kind: 'first_order',
  },
  {
    id: 'linkage.language.bidirectional_channels',
    name: 'Bidirectional channels over time',
    definition:
      'A condition of shared language: two-way channels stay open over the long B2B sales cycle, because terms must be ' +
      'redefined as the strategy unfolds.',
    examples: [
      'the definition changed halfway through the sales cycle',
      'we keep revisiting what a lead is',
      'redefine the terms as we go',
      'an ongoing two-way dialogue over the whole cycle',
    ],
    parentId: 'linkage.language',
    kind: 'first_order',
  },
  {
    id: 'linkage.structure',
    name: 'Shared demand-generation structure',
    definition: 'One organisation-wide demand-generation process that both functions work through, from lead to close.',
    examples: [
      'one demand-generation process for the whole company',
      'the lead handoff process',
      'a common funnel from lead to close',
      'how leads get routed to sales',
    ],
    parentId: 'linkage',
    kind: 'second_order',
  },
  {
    id: 'linkage.structure.flexibility',
    name: 'Flexibility: give and take',
    definition:
      'A condition of the shared structure: both sides accept regional deviations from the common process, and each ' +
      'gives something to get something.',
    examples: [
      'give and take',
      'each side gives something to get something',
      'the process allows regional deviations',
      'we bent the process for our region and gave up something in return',
      'concessions on both sides',
      'deviate from the standard process when the region needs it',
    ],
    parentId: 'linkage.structure',
    kind: 'first_order',
  },
  {
    id: 'linkage.structure.ownership',
    name: 'Ownership at all levels',
    definition:
      'A condition of the shared structure: the process has the blessing of both leaderships and every level owns it; ' +
      'otherwise mixed signals flow down.',
    examples: [
      'both heads signed off on the process',
      'everyone owns the process',
      'mixed signals from the top',
      'nobody really owns the lead process',
    ],
    parentId: 'linkage.structure',
    kind: 'first_order',
  },
  {
    id: 'linkage.process',
    name: 'Joint sales–marketing teams',
    definition: 'Joint teams of sales and marketing people who plan and run initiatives together.',
    examples: ['a joint team', 'a cross-functional team of sales and marketing', 'a task force with both sides', 'we sit on the same team'],
    parentId: 'linkage',
    kind: 'second_order',
  },
  {
    id: 'linkage.process.visibility',
    name: 'Visibility of joint teams',
    definition:
      'A condition of joint teams: the team’s composition, each member’s role and its results are shown across the ' +
      'organisation — in meetings, newsletters, the intranet — so sales sees it is truly represented.',
    examples: [
      'the newsletter shows who is on the team',
      'the intranet lists the members and their roles',
      'we know who represents sales',
      'results are presented at the national meeting',
    ],
    parentId: 'linkage.process',
    kind: 'first_order',
  },
  {
    id: 'linkage.social',
    name: 'Social linkage',
    definition:
      'Personal rapport between counterparts at each level and informal cross-functional networks, which carry quick, ' +
      'unfiltered information; they depend on trust.',
    examples: ['I just pick up the phone and call her', 'we grab a coffee', 'an informal network', 'off the record', 'I trust him'],
    parentId: 'linkage',
    kind: 'second_order',
  },
  {
    id: 'linkage.philosophical',
    name: 'Shared philosophy',
    definition:
      'A shared outlook: customers first, organisational goals above functional goals, and the other function seen as a ' +
      'partner.',
    examples: [
      'we are in it together',
      'customers first',
      'company goals above department goals',
      'they are partners, not adversaries',
      'one team',
    ],
    parentId: 'linkage',
    kind: 'second_order',
  },
];
