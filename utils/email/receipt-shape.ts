// A receipt in any word order: the application named, and a verb saying it arrived or went on to the employer
// ("Ihre Bewerbung liegt uns vollständig vor", "Ihre Bewerbung wurde … an die Bundesanstalt übermittelt",
// "su postulación al cargo … fue registrada", "je sollicitatie is goed aangekomen"). Sentences are plain text.

const APPLICATION = /\b(?:your (?:job )?(?:application|candidacy|cv|resume|documents)|(?:ihre|deine) (?:bewerbung(?:sunterlagen)?|unterlagen)|(?:votre|ta) (?:candidature|dossier|cv)|(?:tu|su) (?:postulacion|candidatura|solicitud|aplicacion|hoja de vida|cv)|(?:je|uw|jouw) (?:sollicitatie|kandidatuur|cv|reactie))\b/g;
const ARRIVED = /\b(?:received|arrived|reached us|logged|registered|liegt (?:uns )?(?:\w+ )?vor|eingegangen|eingetroffen|angekommen|ubermittelt|weitergeleitet|recue|arrivee|enregistree|transmise|transmis|transmises|ist raus|sind raus|recibid[oa]|registrad[oa]|enviad[oa]|remitid[oa]|ontvangen|aangekomen|doorgestuurd|gestuurd|verstuurd|verzonden|geregistreerd|bezorgd)\b/;
// "has not yet been received", "noch nicht eingegangen", "once your application has been received".
const NOT_YET_OR_LATER = /\b(?:will|wird|werden|sera|seront|zal|zullen|not|yet|noch|nicht|pas|encore|aun|todavia|no|nog|niet|geen|once|when|if|after|sobald|wenn|falls|nachdem|des que|lorsque|si|cuando|una vez|zodra|wanneer|nadat)\b|n't\b/;

// "Nous vous confirmons que vous avez postulé", "we confirm that you applied": the board confirms the act itself.
const CONFIRMS_YOU_APPLIED = /\b(?:confirm\w*|bestatig\w*|bevestig\w*) (?:\w+ ){0,2}(?:que|that|dass|dat) (?:vous avez|tu as|you(?:'ve| have)?|sie (?:sich )?|du (?:dich )?|usted ha|has|u heeft|je hebt|jij hebt) (?:bien |successfully |erfolgreich )?(?:postule|applied|beworben|postulado|gesolliciteerd|solliciteerde)\b/;

// "Je vous confirme que nous l'avons bien reçue": the application as a pronoun, after the thanks for it.
const RECEIVED_IT = /\b(?:(?:nous|je) l['’](?:avons|ai) bien (?:recue?|re[cç]ue?)|(?:la|lo) (?:hemos|he) recibido (?:correctamente|bien)|(?:we(?:'ve| have)|i(?:'ve| have)) (?:safely |now )?received it|(?:wir haben|ich habe) sie (?:gut|erfolgreich|bereits) erhalten|(?:we hebben|ik heb) (?:hem|deze) (?:goed|in goede orde) ontvangen)\b/;

export function saysTheApplicationArrived(sentence: string): boolean {
  if (sentence.trim().endsWith('?')) return false;
  if (CONFIRMS_YOU_APPLIED.test(sentence) || RECEIVED_IT.test(sentence)) return true;
  const arrived = ARRIVED.exec(sentence);
  if (!arrived) return false;
  for (const application of sentence.matchAll(APPLICATION)) {
    const [from, to] = application.index < arrived.index ? [application.index, arrived.index] : [arrived.index, application.index + application[0].length];
    // "Ihre Unterlagen für die Position <a long title> sind bei uns vollständig angekommen".
    if (to - from > 140) continue;
    if (NOT_YET_OR_LATER.test(sentence.slice(Math.max(0, Math.min(from, arrived.index) - 30), Math.max(to, arrived.index)))) continue;
    return true;
  }
  return false;
}
