// The job a message is about, from the subject or the body: "your application for the Data Analyst role".
import type { ParsedMessage } from './message';
import { ownText, ROLE_WORDS } from './text-patterns';

const TITLE_BODY = String.raw`((?:[^\n.,;:!?()"“”«»]|,(?=\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:at|chez|bei|bij)\s)){2,80}?)`;
const TITLE_WITH_COMMAS = String.raw`((?:[^\n.,;:!?()"“”«»]|,(?= \p{Lu})){2,80}?)`;
const TITLE_END = String.raw`(?=\s+(?:at|with|chez|à|au sein|bei|en|bij|in|for|pour|within|on|dans|le|starting|from|am|el|op|has|have|is|was|will|you|that|which|avec|mit|con|met|est|a été|qui|que|ist|wurde|die|der|es|fue|is|werd)\s|\s*(?:[\n.;:!?()"“”«»]|,(?!\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:at|chez|bei|bij)\s))|\s+[-–|]\s|\s+(?:et|and|und|y|en)\s+(?:nous|vous|we|i|wir|ich|nos|we|wij)\b|$)`;
const TITLE_PATTERNS: RegExp[] = [
  new RegExp(String.raw`(?:position|role|post|job)\s+of\s+(?:an?\s+)?${TITLE_BODY}${TITLE_END}`, 'giu'),
  // "for the Development Manager, Major Gifts role": the word after it closes the title, so a comma may stand inside.
  new RegExp(String.raw`(?:for|to|in|about|regarding|re)\s+(?:the|our|this|your)\s+${TITLE_WITH_COMMAS}\s+(?:position|role|opening|job|vacancy|opportunity|application|req)\b`, 'giu'),
  new RegExp(String.raw`(?:application|applying|applied|apply|candidacy)\s+(?:for|to)\s+(?:the\s+|our\s+|an?\s+)?${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`\bas\s+(?:an?|our)\s+${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`(?:interview|entretien|Gespräch|entrevista|gesprek)\s+(?:for|pour|für|para|voor)\s+(?:the\s+|our\s+|an?\s+|le\s+poste\s+(?:de\s+|d['’])?)?${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`(?:poste|offre|emploi)\s*(?:de\s+|d['’]|:\s*|«\s*)?${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`(?:candidature|postuler|postulé)\s+(?:au|pour le|à l['’]offre)\s+(?:poste\s+)?(?:de\s+|d['’])?${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`(?:Stelle|Position|Bewerbung|Tätigkeit)\s+als\s+${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`(?:puesto|vacante|posición)\s+(?:de\s+)?${TITLE_BODY}${TITLE_END}`, 'giu'),
  new RegExp(String.raw`(?:vacature|functie)\s+(?:van\s+|als\s+|voor\s+)?(?:de\s+)?${TITLE_BODY}${TITLE_END}`, 'giu'),
];

export function findTitle(message: ParsedMessage): string | null {
  const subject = message.subject ?? '';
  const body = ownText(message.body);
  for (const text of [subject, body]) {
    for (const pattern of TITLE_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const title = cleanTitle(match[1]);
        if (title) return title;
      }
    }
  }
  // "Acme | Senior Engineer | Interview", "Senior Engineer (Remote) - Acme", "Senior Engineer @ Acme": the part that reads as a title.
  // "Aide à domicile (H/F)" on a line of its own: the gender note marks a job title whatever its words.
  for (const line of body.split('\n')) {
    const marked = /^\s*([\p{Lu}][^\n]{1,80}?)\s*\((?:h\/f|f\/h|m\/w\/d|w\/m\/d|m\/f\/d|d\/m\/w|m\/v\/x|m\/f\/x|h\/f\/x|f\/h\/x|m\/v|m\/f|w\/m|h\/m|m\/h)\)\s*$/iu.exec(line);
    if (marked && !/[.!?:]$/.test(marked[1]) && marked[1].split(/\s+/).length <= 8) return marked[1].trim();
  }
  // "¡Ya te postulaste! Analista de Liquidación", "Merci ! Chef de rang": a cheer before the title is no part of it.
  for (const part of subject.split(/\s+(?:[|–—/@-]|<>|x)\s+|:\s+|\s*[()]\s*|(?<=[!?])\s+/)) {
    // "Analytics Engineer at Meridiaan": the title without who it is with.
    const title = cleanTitle(part.replace(/^(?:re|fw|fwd|tr|aw)\s*:\s*/i, '').replace(INVITATION_WORDS, '').replace(APPLICATION_WORDS, '').replace(/\s+(?:at|chez|bei|bij)\s+\p{Lu}[^]*$/u, ''));
    if (title && title.split(/\s+/).length <= 8 && !/\b(?:your|votre|ihre|tu|uw|interview|entretien|application|candidature)\b/i.test(title)) return title;
  }
  return null;
}

// "Uitnodiging sollicitatiegesprek Data Engineer", "Invitation to interview for …": the words before the title.
const INVITATION_WORDS = /^(?:(?:uitnodiging|einladung|invitation|convocation|confirmation|bevestiging|reminder|rappel|invitación|confirmación)\s+(?:(?:to|for|voor|zum|zu|à|a|de|d'|an?|un|une|een|het|la|el)\s+)*)?(?:(?:phone|video|technical|final|first|second)\s+)?(?:interview|entretien|sollicitatiegesprek|gesprek|vorstellungsgespräch|gespräch|entrevista)\s*(?:(?:for|pour|für|voor|para|:)\s+)?/i;

const APPLICATION_WORDS = /^(?:your|je|uw|votre|ihre|tu|su)\s+(?:application|sollicitatie|candidature|bewerbung|solicitud|candidatura)\s+(?:for|to|voor|pour|au poste de|als|para|a)\s+(?:the\s+)?/i;

function cleanTitle(raw: string | undefined): string | null {
  // "our conversation about the Product Manager" → "Product Manager"
  const lead = /^.*\b(?:about|for|to|of|in|into|regarding|on|with|concernant|pour|sur)\s+(?:the|our|this|your|an?|le|la|l['’]|votre|notre)\s+/i;
  const title = (raw ?? '')
    .replace(lead, '')
    .replace(/^(?:el|la|le|die|de|the)?\s*(?:puesto|cargo|posición|poste|stelle|functie|vacature|role|position|job)\s+(?:de\s+|d['’]|als\s+|van\s+|of\s+)?/i, '')
    .replace(/\s*\((?:[a-z]{1,2}\s*\/\s*)+[a-z]{1,2}\)\s*/gi, ' ').trim().replace(/^(?:the|our|a|an|le|la|l['’]|de|d['’])\s+/i, '').replace(/\s+(?:position|role|job|opening|poste)$/i, '').replace(/^["'“«\s]+|["'”»\s]+$/g, '');
  if (!title || title.length < 2 || !ROLE_WORDS.test(title) || title.split(/\s+/).length > 8) return null;
  if (/^(?:we|you|our|your|this|that|it|they|nous|vous)\b|^\d/i.test(title)) return null;
  // "12 nouvelles offres : …", "Exciting opportunity": a list or a pitch, not one job.
  if (/\b(?:jobs|offres|vacatures|stellenangebote|ofertas|new|nouvelles|neue|exciting|opportunity|opportunities)\b/i.test(title)) return null;
  return title;
}
