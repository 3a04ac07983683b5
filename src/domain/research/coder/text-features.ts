import { conceptOf } from './concept-lexicon';
import { porterStem } from './porter-stem';

/** Only the first this many characters of a text are read, so a pasted transcript costs no more than a long answer. */
export const MAX_TEXT_CHARS = 20_000;

/**
 * Function words that carry no construct. Negations and words such as "never", "nobody" and "together" are kept on
 * purpose: "no dialogue" and "in it together" are exactly what distinguishes some codes.
 */
const STOPWORDS = new Set(
  (
    'a about above after again all also am an and any are as at be because been before being below between both but by ' +
    'ca can could did do does doing during each else even ever few for from further get gets got had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just let me might more most ' +
    'much must my myself of off on once only or other our ours ourselves over quite rather really said same say ' +
    'says she should so some such than that the their theirs them themselves then there these they this those through ' +
    'thus to too under until up upon us very was way we well were what when where which while who whom why will with ' +
    'wo would yes yet you your yours yourself yourselves one ll re ve d s t m o y thing things lot lots kind sort like ' +
    'actually basically maybe probably mean know think go going went come came make made see saw put take took'
  ).split(' '),
);

/**
 * Everyday synonyms folded onto one word before stemming, so that an informant's "client" meets the codebook's
 * "customer". Kept small and generic (people, customers, money, leaders); it is not a list of construct phrases.
 */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['client', 'customer'], ['clients', 'customers'], ['buyer', 'customer'], ['buyers', 'customers'],
  ['accounts', 'customers'], ['salespeople', 'reps'], ['salesperson', 'rep'], ['salesman', 'rep'], ['salesmen', 'reps'],
  ['sellers', 'reps'], ['representatives', 'reps'], ['representative', 'rep'], ['marketers', 'marketing'],
  ['marketer', 'marketing'], ['funding', 'money'], ['funds', 'money'], ['dollars', 'money'], ['cash', 'money'],
  ['ceo', 'leadership'], ['executives', 'leadership'], ['executive', 'leadership'], ['vp', 'leadership'],
  ['management', 'leadership'], ['bosses', 'leadership'], ['boss', 'leadership'], ['programme', 'program'],
  ['programmes', 'programs'], ['organisation', 'company'], ['organization', 'company'], ['firm', 'company'],
  ['emails', 'email'], ['e-mails', 'email'], ['meetings', 'meeting'], ['data', 'numbers'],
]);

/** British and American spellings, and a few irregular forms, that the stemmer would otherwise keep apart. */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['sceptical', 'skeptical'], ['scepticism', 'skepticism'], ['realise', 'realize'], ['realised', 'realized'],
  ['prioritise', 'prioritize'], ['prioritised', 'prioritized'], ['customise', 'customize'], ['customised', 'customized'],
  ['defence', 'defense'], ['defences', 'defenses'], ['behaviour', 'behavior'], ['favoured', 'favored'],
  ['favour', 'favor'], ['told', 'tell'], ['heard', 'hear'], ['thought', 'think'], ['felt', 'feel'], ['gave', 'give'],
  ['given', 'give'], ['left', 'leave'], ['kept', 'keep'], ['bought', 'buy'], ['sold', 'sell'], ['spent', 'spend'],
]);

/**
 * Splits a text into content stems: Unicode-normalised and lowercased, accents removed, "n't" read as "not", a
 * possessive 's dropped, words split on anything that is not a letter or digit, stopwords and one-letter tokens
 * removed, synonyms and spellings folded, then Porter-stemmed. Words in other scripts pass through unstemmed.
 */
export function contentStems(text: string): string[] {
  const normalised = text
    .slice(0, MAX_TEXT_CHARS)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/n't\b/g, ' not')
    .replace(/'s\b/g, '')
    .replace(/'/g, '');
  const stems: string[] = [];
  for (const word of normalised.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    stems.push(stemOf(word));
  }
  return stems;
}

/** Stemming is most of the cost of reading a text, and interviews reuse a small vocabulary, so stems are remembered. */
const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stem = porterStem(SPELLINGS.get(word) ?? SYNONYMS.get(word) ?? word);
    stemCache.set(word, stem);
  }
  return stem;
}

/**
 * The features the coder counts: each stem, and each pair of neighbouring stems as a bigram ("qualifi lead"), so a
 * phrase weighs more than its words scattered. Bigrams bridge removed stopwords ("talked to marketing" → "talk market").
 */
export function textFeatures(text: string): string[] {
  const stems = contentStems(text);
  const features = [...stems];
  for (let i = 1; i < stems.length; i++) features.push(`${stems[i - 1]} ${stems[i]}`);
  for (const stem of stems) {
    const concept = conceptOf(stem);
    if (concept !== undefined) features.push(concept);
  }
  return features;
}
