import type { SourceAdapter } from '../types';
import { ashby } from './ashby';
import { teamtailor } from './teamtailor';
import { personio } from './personio';
import { bamboohr } from './bamboohr';
import { jobvite } from './jobvite';
import { gem } from './gem';
import { taleo } from './taleo';
import { successfactors } from './successfactors';
import { rippling } from './rippling';
import { dover } from './dover';
import { breezy } from './breezy';
import { jazzhr } from './jazzhr';

import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { icims } from './icims';
import { indeed } from './indeed';
import { jobindex } from './jobindex';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { recruitee } from './recruitee';
import { seek } from './seek';
import { smartrecruiters } from './smartrecruiters';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';

export const ADAPTERS: SourceAdapter[] = [
  linkedin, indeed, greenhouse, lever, workday, ashby, smartrecruiters, workable, recruitee, icims, seek,
  glassdoor, wellfound, jobindex, teamtailor, personio, bamboohr, jobvite, gem, taleo, successfactors, rippling, dover,
  breezy, jazzhr,
];

/** The adapter whose board serves this host (whether or not the URL is a posting). */
export function adapterForHost(url: URL): SourceAdapter | null {
  return ADAPTERS.find((a) => a.host(url)) ?? null;
}
