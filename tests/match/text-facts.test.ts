import { describe, expect, it } from 'vitest';
import { TextFacts } from '../../src/match/text-facts.js';

describe('TextFacts.standsAlone', () => {
  const facts = new TextFacts('The harbour of Eastmoor, a moor-side town, lay 12 km from the moor.');

  it('should find a word the text writes on its own', () => {
    expect(facts.standsAlone('moor')).toBe(true);
  });

  it('should not find a word only inside a longer one', () => {
    expect(facts.standsAlone('harb')).toBe(false);
    expect(facts.standsAlone('town2')).toBe(false);
  });

  it('should count case', () => {
    expect(facts.standsAlone('eastmoor')).toBe(false);
    expect(facts.standsAlone('Eastmoor')).toBe(true);
  });

  it('should search for a word that holds a hyphen', () => {
    expect(facts.standsAlone('moor-side')).toBe(true);
    expect(facts.standsAlone('or-side')).toBe(false);
  });
});
