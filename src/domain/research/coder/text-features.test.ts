import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentStems, MAX_TEXT_CHARS, textFeatures } from './text-features';

describe('contentStems', () => {
  it('lowercases, drops stopwords and stems', () => {
    expect(contentStems('The reps are IGNORING the directives')).toEqual(['rep', 'ignor', 'direct']);
  });

  it('reads "n’t" as "not", drops a possessive and removes accents', () => {
    expect(contentStems('Marketing’s plan doesn’t fit')).toEqual(['market', 'plan', 'not', 'fit']);
    expect(contentStems('the café’s clients')).toEqual(contentStems('the cafe customers'));
  });

  it('folds everyday synonyms and British spellings onto one word', () => {
    expect(contentStems('clients')).toEqual(contentStems('customers'));
    expect(contentStems('sceptical')).toEqual(contentStems('skeptical'));
    expect(contentStems('salespeople')).toEqual(contentStems('reps'));
  });

  it('keeps words of other scripts and numbers as tokens, and gives nothing for punctuation alone', () => {
    expect(contentStems('市场营销 2024')).toEqual(['市场营销', '2024']);
    expect(contentStems('  …!?  ')).toEqual([]);
    expect(contentStems('')).toEqual([]);
  });

  it(`reads only the first ${MAX_TEXT_CHARS} characters`, () => {
    const long = `${'budget '.repeat(MAX_TEXT_CHARS / 7)}silo`;
    expect(contentStems(long)).not.toContain('silo');
  });
});

describe('textFeatures', () => {
  it('adds the bigrams of neighbouring stems, bridging stopwords', () => {
    const features = textFeatures('Have you talked to marketing?');
    expect(features).toContain('talk');
    expect(features).toContain('talk market');
  });

  it('adds a shared concept for near-synonyms', () => {
    expect(textFeatures('they disregard us')).toContain('~ignore');
    expect(textFeatures('they ignore us')).toContain('~ignore');
    expect(textFeatures('we ran a pilot')).toContain('~test');
  });

  it('is a pure function of the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(textFeatures(text)).toEqual(textFeatures(text));
      }),
    );
  });
});
