/**
 * Four synthetic dyadic interviews for the demo research project, written for Tandem (no real informant).
 * Each coding names a passage by its exact words and the built-in construct two demo coders gave it; coder B
 * differs from coder A on a few passages, so agreement is high but not perfect.
 */
export interface DemoInterview {
  informant: { name: string; function: 'sales' | 'marketing'; level: 'middle' | 'frontline'; dyadKey: string; unit: string };
  title: string;
  text: string;
  codings: Array<{ quote: string; a: string; b: string | null }>;
}

export const DEMO_INTERVIEWS: DemoInterview[] = [
  {
    informant: { name: 'District manager, EMEA North', function: 'sales', level: 'middle', dyadKey: 'EMEA-N middle', unit: 'EMEA North' },
    title: 'Interview 1 — district sales manager',
    text: [
      'Interviewer: Why does it matter whether your team believes in a marketing plan?',
      'District manager: Because if I am not convinced, my reps see it in five minutes. When the spring launch came in, nobody told us why that segment and not the installers we actually sell to. A memo is not a conversation.',
      'Interviewer: What would have helped?',
      'District manager: Show us the data. Tell us why it is the right call, do not sell it to us like a customer. And give us a few weeks to try it with two or three accounts before they ask for our commitment.',
      'Interviewer: How do you hear back on your feedback?',
      'District manager: Mostly we do not. We sent a full page on pricing for the north and it disappeared. Our world is different up here and nobody came back to say what happened to it.',
    ].join('\n'),
    codings: [
      { quote: 'nobody told us why that segment and not the installers we actually sell to. A memo is not a conversation.', a: 'buyin.objectivity', b: 'buyin.objectivity' },
      { quote: 'Show us the data. Tell us why it is the right call, do not sell it to us like a customer.', a: 'buyin.objectivity', b: 'buyin.objectivity' },
      { quote: 'give us a few weeks to try it with two or three accounts before they ask for our commitment', a: 'buyin.absorption', b: 'buyin.involvement' },
      { quote: 'We sent a full page on pricing for the north and it disappeared.', a: 'buyin.sensitivity', b: 'buyin.sensitivity' },
      { quote: 'Our world is different up here and nobody came back to say what happened to it.', a: 'buyin.sensitivity', b: 'dysfunction.communication_paucity' },
    ],
  },
  {
    informant: { name: 'Product marketing manager, EMEA North', function: 'marketing', level: 'middle', dyadKey: 'EMEA-N middle', unit: 'EMEA North' },
    title: 'Interview 2 — product marketing manager',
    text: [
      'Interviewer: What is the role of your sales counterpart in a launch?',
      'Marketing manager: In theory they carry the message to the customer. In practice the district managers change the price and the pitch region by region and we find out a quarter later.',
      'Interviewer: How does that affect your work?',
      'Marketing manager: We plan as if sales will not help. Honestly, I have stopped asking them for account lists; it is an exercise in futility.',
      'Interviewer: What has worked?',
      'Marketing manager: The monthly forum with the district managers. Once we heard why the north prices differently we agreed on a margin floor and left the rest to them.',
    ].join('\n'),
    codings: [
      { quote: 'the district managers change the price and the pitch region by region and we find out a quarter later', a: 'tension.alignment_vs_flexibility', b: 'tension.alignment_vs_flexibility' },
      { quote: 'We plan as if sales will not help.', a: 'response.learned_skepticism', b: 'response.learned_skepticism' },
      { quote: 'I have stopped asking them for account lists; it is an exercise in futility', a: 'interpretation.exercise_in_futility', b: 'interpretation.exercise_in_futility' },
      { quote: 'The monthly forum with the district managers.', a: 'management.appreciation_empathy', b: 'management.appreciation_empathy' },
      { quote: 'we agreed on a margin floor and left the rest to them', a: 'management.selective_compromise', b: 'linkage.structure' },
    ],
  },
  {
    informant: { name: 'Account executive, EMEA North', function: 'sales', level: 'frontline', dyadKey: 'EMEA-N frontline', unit: 'EMEA North' },
    title: 'Interview 3 — account executive',
    text: [
      'Interviewer: How do you decide which of the campaigns to take to a customer?',
      'Account executive: I cannot push eight programmes at once. I take the one that pays, then the one my customer actually needs, and the rest waits.',
      'Interviewer: Do you talk with the field marketer in your region?',
      'Account executive: Less and less. She stopped inviting me to the customer events, so I stopped asking her for materials. I just build my own slides now.',
      'Interviewer: What would make the tools useful?',
      'Account executive: Something that saves me time in front of the buyer. Help us be successful, do not add another report to fill in.',
    ].join('\n'),
    codings: [
      { quote: 'I cannot push eight programmes at once. I take the one that pays, then the one my customer actually needs, and the rest waits.', a: 'tension.arrays_vs_sequences', b: 'tension.arrays_vs_sequences' },
      { quote: 'She stopped inviting me to the customer events', a: 'defense.isolation', b: 'defense.disconnectedness' },
      { quote: 'so I stopped asking her for materials. I just build my own slides now.', a: 'response.lone_wolfism', b: 'response.lone_wolfism' },
      { quote: 'Help us be successful, do not add another report to fill in.', a: 'buyin.positioning', b: 'buyin.positioning' },
    ],
  },
  {
    informant: { name: 'Field marketer, EMEA North', function: 'marketing', level: 'frontline', dyadKey: 'EMEA-N frontline', unit: 'EMEA North' },
    title: 'Interview 4 — field marketer',
    text: [
      'Interviewer: How do you work with the account executives?',
      'Field marketer: I used to plan the events with them. Then they stopped answering my emails, so now I go to the customers directly with the webinars.',
      'Interviewer: How does that feel?',
      'Field marketer: Like I am a nuisance to them. They have so much autonomy that nobody tells me anything until the deal is lost.',
      'Interviewer: And your leadership?',
      'Field marketer: Our VP keeps saying we are in it together, customers first. The joint account plans are the only place where that is true.',
    ].join('\n'),
    codings: [
      { quote: 'so now I go to the customers directly with the webinars', a: 'response.usurping', b: 'response.usurping' },
      { quote: 'Like I am a nuisance to them.', a: 'interpretation.nuisance', b: 'interpretation.nuisance' },
      { quote: 'They have so much autonomy that nobody tells me anything until the deal is lost.', a: 'interpretation.autonomy_overkill', b: 'dysfunction.communication_paucity' },
      { quote: 'we are in it together, customers first', a: 'linkage.philosophical', b: 'linkage.philosophical' },
      { quote: 'The joint account plans are the only place where that is true.', a: 'linkage.process', b: 'linkage.process' },
    ],
  },
];
