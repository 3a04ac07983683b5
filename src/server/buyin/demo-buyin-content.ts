/** Words for the buy-in demo: initiatives in every stage, with what sales asked and what marketing answered. */
export const DEMO_QUESTIONS = [
  { kind: 'question', text: 'How does this fit with the discount rules we already have for key accounts?' },
  { kind: 'concern', text: 'Our territory buys through distributors; the direct-only message will not land here.' },
  { kind: 'idea', text: 'Add two customer references from manufacturing; that is what my buyers ask for.' },
  { kind: 'question', text: 'Who do we call when a partner claims the same account?' },
  { kind: 'comment', text: 'The one-page summary is good. The 40-slide deck is not something I can use with a customer.' },
  { kind: 'concern', text: 'Quarter end is in three weeks: launching now pulls us off deals that are about to close.' },
  { kind: 'question', text: 'Is the new pricing in the CPQ tool yet, or do we quote by hand?' },
  { kind: 'idea', text: 'Let the district managers run the first workshop instead of a webinar from HQ.' },
  { kind: 'comment', text: 'Nobody from the field was asked before this was decided.' },
  { kind: 'question', text: 'What happens to deals already in negotiation at the old terms?' },
  { kind: 'concern', text: 'The lead definition changed again; my reps do not trust the scores.' },
  { kind: 'idea', text: 'Pilot it with two reps per district before the whole region.' },
] as const;

export const DEMO_ANSWERS = [
  { decision: 'adopted', reason: 'Done: the key-account rules now sit on page 2 of the guide, agreed with sales operations.' },
  { decision: 'partly', reason: 'We added a distributor version of the message for your region; the price list stays the same everywhere.' },
  { decision: 'adopted', reason: 'Two manufacturing references are in the library now, both approved by the customers.' },
  { decision: 'not_adopted', reason: 'Account ownership stays with the CRM owner; the partner team confirmed this with the VP Sales.' },
  { decision: 'adopted', reason: 'We cut the deck to six slides and kept the one-pager as the main tool.' },
  { decision: 'partly', reason: 'Launch moved one week later; we cannot skip the quarter because the campaign is booked.' },
  { decision: 'adopted', reason: 'Yes, it is in CPQ since Monday; the quoting guide has screenshots.' },
  { decision: 'adopted', reason: 'District managers lead the workshops; marketing brings the material and the data.' },
] as const;

export const DEMO_FLEX = [
  { aspect: 'price', request: 'Allow a 5% launch discount for the first two quarters: our competitor is cheaper here.' },
  { aspect: 'message', request: 'Lead with uptime, not with sustainability: that is what our buyers rank first.' },
  { aspect: 'timing', request: 'Start four weeks later, after the trade fair season.' },
] as const;

export const DEMO_EVIDENCE = [
  { kind: 'data', title: 'Win rates by deal size, last eight quarters', note: 'Deals above 50k close 9 points more often when value is quantified.' },
  { kind: 'research', title: 'Buyer interviews (24 customers)', note: 'What buyers say tipped their decision.' },
  { kind: 'customer', title: 'Reference: Norrland Paper', note: 'Cut downtime 18%; agreed to take calls from prospects.' },
  { kind: 'link', title: 'Analyst note on the category', note: 'Market sizing and competitor pricing.', url: 'https://example.com/analyst-note' },
] as const;
