import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../utils/capture/sources';
import { sourceLabel } from '../../utils/capture/source-label';

describe('sourceLabel', () => {
  it('names every board and ATS the way the site writes its own name', () => {
    expect(sourceLabel('linkedin')).toBe('LinkedIn');
    expect(sourceLabel('greenhouse')).toBe('Greenhouse');
    expect(sourceLabel('smartrecruiters')).toBe('SmartRecruiters');
    expect(sourceLabel('icims')).toBe('iCIMS');
    for (const adapter of ADAPTERS) expect(sourceLabel(adapter.name), adapter.name).not.toBe(adapter.name);
  });

  it('calls a page read by the generic pass or from its structured data a company site', () => {
    for (const id of ['generic', 'jsonld', 'microdata', 'rdfa']) expect(sourceLabel(id)).toBe('Company site');
  });

  it('shows words it does not know as they were stored, and nothing for no source', () => {
    expect(sourceLabel('Referral from Sam')).toBe('Referral from Sam');
    expect(sourceLabel(null)).toBe('');
    expect(sourceLabel('  LinkedIn ')).toBe('LinkedIn');
  });
});
