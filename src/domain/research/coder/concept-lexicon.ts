import { porterStem } from './porter-stem';

/**
 * Groups of everyday words that informants use for the same idea. Each word in a text also counts as its group's
 * concept ("disregard" and "ignore" both add "~ignore"), so a paraphrase can meet the codebook's wording. The groups are
 * general English near-synonyms for talk about organisations, not phrases lifted from any code.
 */
const CONCEPT_GROUPS: Readonly<Record<string, string>> = {
  ignore: 'ignore disregard dismiss overlook neglect tune skip bin trash delete unread',
  exclude: 'exclude excluded exclusion outsider outsiders ostracize ostracise ostracized shun shunned sideline sidelined shut',
  value: 'value valued undervalued appreciate appreciated unappreciated worth worthless recognise recognize recognition',
  respect: 'respect respected rapport esteem regard professional professionals',
  talk: 'talk talking talked speak spoke conversation conversations dialogue dialog discuss discussion communicate communication chat',
  inform: 'inform informed tell posted loop update updates notify heads',
  feedback: 'feedback input suggestion suggestions opinion opinions idea ideas view views comment comments',
  help: 'help helps helping support supported supporting assist assistance backing',
  promise: 'promise promised promises pledge pledged commit committed commitment commitments vow guarantee',
  vague: 'vague noncommittal fuzzy empty hollow insincere evasive',
  fight: 'fight fighting fought war warfare battle battles conflict conflicts clash argue argument arguments attack attacks hostile',
  rank: 'rank outrank outranks overrule overruled dictate dictated impose imposed authority power powerful superior seniority',
  avoid: 'avoid avoided avoiding distance away apart withdraw withdrew',
  pointless: 'pointless useless futile futility wasted waste nowhere vain',
  hopeless: 'hopeless hopelessness hope despair resigned',
  direction: 'direction directions directionless rudder rudderless heading bearings drift drifting blind steer compass',
  freedom: 'freedom autonomy autonomous independence independent latitude leeway free',
  adapt: 'adapt adapted adjust adjusted tailor tailored customize customized localize modify flexible flexibility',
  consistent: 'consistent consistency uniform standard standards guideline guidelines align alignment aligned',
  test: 'test tested testing pilot piloted trial trialled experiment experiments',
  evidence: 'evidence numbers facts fact research figures rationale reasoning reason reasons why logic proof analysis',
  tools: 'tool tools collateral materials material brochure brochures presentation presentations deck decks flyers cards',
  team: 'team teams group committee board taskforce squad council',
  definition: 'define defined definition definitions meaning meanings mean means term terms terminology vocabulary language',
  lead: 'lead leads inquiry inquiries enquiry opportunity opportunities prospect prospects',
  together: 'together partner partners partnership jointly joint shared alongside',
  goal: 'goal goals mission objective objectives purpose slogan mantra vision superordinate overarching',
  price: 'price prices pricing discount discounts margin margins',
  priority: 'prioritise prioritize priority priorities order sequence sequencing focus first',
  bypass: 'bypass bypassed around directly straight circumvent',
  defend: 'defend defending defense justify justifying justification',
  protect: 'protect protecting guard guarding cover shield safeguard',
  understand: 'understand understanding empathy empathize empathise shoes perspective pressures',
  submit: 'submit submissive comply compliant yield obey concede',
  inferior: 'inferior inferiority lower beneath below second tier caste class ranked',
  target: 'target targeted attack attacked deliberately deliberate purpose personal singled picked',
  nuisance: 'nuisance bother bothering annoy annoying annoyance irritation irritating pest interruption distraction',
  notice: 'notice noticed realise realize realised realized discover discovered hit tipped trigger',
  react: 'respond response react reaction deal dealing cope handle decided',
  belong: 'belong place stand future standing',
  role: 'role roles job jobs responsibility duty',
  dilute: 'dilute diluted watered garbled distorted',
  visible: 'visible visibility newsletter bulletin intranet portal showcase announce publicise publicize',
  informal: 'informal coffee lunch lunches hallway friends friendship network networks unofficial',
  cycle: 'spiral cycle circle circular vicious snowball snowballed escalate escalated',
  silo: 'silo silos wall walls separate separated sealed barrier barriers',
  time: 'rushed rush hurry hurried digest absorb time weeks',
  quarter: 'quarter quarterly month monthly short',
  level: 'level levels layer layers hierarchy cascade cascades',
  customer: 'customer customers',
  money: 'money budget budgets spend spending headcount resources',
  alone: 'alone myself lone solo',
};

const CONCEPT_OF_STEM: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [concept, words] of Object.entries(CONCEPT_GROUPS)) {
    for (const word of words.split(' ')) if (!map.has(porterStem(word))) map.set(porterStem(word), `~${concept}`);
  }
  return map;
})();

/** The concept feature ("~ignore") a stem belongs to, if any. */
export function conceptOf(stem: string): string | undefined {
  return CONCEPT_OF_STEM.get(stem);
}
