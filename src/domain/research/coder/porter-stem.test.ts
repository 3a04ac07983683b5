import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { porterStem } from './porter-stem';

describe('porterStem', () => {
  it('matches the published Porter outputs for words that exercise every step', () => {
    const expected: Record<string, string> = {
      caresses: 'caress', ponies: 'poni', ties: 'ti', caress: 'caress', cats: 'cat',
      feed: 'feed', agreed: 'agre', plastered: 'plaster', bled: 'bled', motoring: 'motor', sing: 'sing',
      conflated: 'conflat', troubled: 'troubl', sized: 'size', hopping: 'hop', tanned: 'tan', falling: 'fall',
      hissing: 'hiss', fizzed: 'fizz', failing: 'fail', filing: 'file', happy: 'happi', sky: 'sky',
      relational: 'relat', conditional: 'condit', rational: 'ration', valenci: 'valenc', digitizer: 'digit',
      conformabli: 'conform', radicalli: 'radic', differentli: 'differ', vileli: 'vile', analogousli: 'analog',
      vietnamization: 'vietnam', predication: 'predic', operator: 'oper', feudalism: 'feudal', decisiveness: 'decis',
      hopefulness: 'hope', callousness: 'callous', formaliti: 'formal', sensitiviti: 'sensit', sensibiliti: 'sensibl',
      triplicate: 'triplic', formative: 'form', formalize: 'formal', electriciti: 'electr', electrical: 'electr',
      hopeful: 'hope', goodness: 'good', revival: 'reviv', allowance: 'allow', inference: 'infer', airliner: 'airlin',
      gyroscopic: 'gyroscop', adjustable: 'adjust', defensible: 'defens', irritant: 'irrit', replacement: 'replac',
      adjustment: 'adjust', dependent: 'depend', adoption: 'adopt', homologou: 'homolog', communism: 'commun',
      activate: 'activ', angulariti: 'angular', homologous: 'homolog', effective: 'effect', bowdlerize: 'bowdler',
      probate: 'probat', rate: 'rate', cease: 'ceas', controll: 'control', roll: 'roll',
    };
    for (const [word, stem] of Object.entries(expected)) expect(porterStem(word), word).toBe(stem);
  });

  it('brings the forms an informant uses for one idea together', () => {
    expect(porterStem('negotiation')).toBe(porterStem('negotiations'));
    expect(porterStem('ignoring')).toBe(porterStem('ignored'));
    expect(porterStem('territories')).toBe(porterStem('territory'));
  });

  it('leaves short words, digits and other scripts alone', () => {
    expect(porterStem('is')).toBe('is');
    expect(porterStem('b2b')).toBe('b2b');
    expect(porterStem('überblick')).toBe('überblick');
    expect(porterStem('市场营销')).toBe('市场营销');
  });

  it('never lengthens a word by more than one letter and never empties it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,20}$/), (word) => {
        const stem = porterStem(word);
        expect(stem.length).toBeGreaterThan(0);
        expect(stem.length).toBeLessThanOrEqual(word.length + 1);
      }),
    );
  });
});
