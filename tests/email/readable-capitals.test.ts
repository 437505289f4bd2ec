import { describe, expect, it } from 'vitest';
import { readableCapitals } from '../../utils/email/readable-capitals';
import { mail, read } from './pasted-mail';

describe('a name found only in capitals', () => {
  it('is written the usual way on the card, small words small, initials and legal forms kept', () => {
    expect(readableCapitals('ADMINISTRATION COMMUNALE DE BRAINE-LE-COMTE')).toBe('Administration Communale de Braine-le-Comte');
    expect(readableCapitals('REFORMAS GOIKOETXEA E HIJOS, S.L.')).toBe('Reformas Goikoetxea e Hijos, S.L.');
    expect(readableCapitals('ARCANE TALENTS SARL')).toBe('Arcane Talents SARL');
    expect(readableCapitals("L'OREAL PARIS")).toBe("L'Oreal Paris");
  });

  it('is left alone when it may be how the firm styles itself, or is already in mixed case', () => {
    expect(readableCapitals('KPMG')).toBe('KPMG');
    expect(readableCapitals('NHS TRUST')).toBe('NHS TRUST');
    expect(readableCapitals('McKinley & Sons')).toBe('McKinley & Sons');
    expect(readableCapitals(null)).toBeNull();
  });

  it('is proposed in readable form when a town hall writes its letterhead in capitals', async () => {
    const message = await read(mail('Service du personnel <personnel@ottignies.be>', 'Votre candidature', 'Tue, 9 Jun 2026 09:00:00 +0200', "ADMINISTRATION COMMUNALE D'OTTIGNIES-LOUVAIN-LA-NEUVE\nService du Personnel\nAvenue des Combattants 35, 1340 Ottignies\n\nMadame,\n\nNous avons le regret de vous informer que votre candidature n'a pas été retenue.\n\nVeuillez agréer, Madame, nos salutations distinguées."), 'Europe/Brussels', '2026-06-09T07:05:00Z');
    expect(message.kind).toBe('rejection');
    expect(message.company).toBe("Administration Communale d'Ottignies-Louvain-la-Neuve");
  });
});
