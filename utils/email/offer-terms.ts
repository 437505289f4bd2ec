// An offer said through its terms rather than a stock phrase: the employer wants the candidate, names the pay,
// and a start date or a contract ("on aimerait que tu nous rejoignes… CHF 132'000.- brut… le contrat part lundi").
// Read on plain text (lower case, no accents).

// The employer wants this candidate: "we'd love you to join", "que tu nous rejoignes", "Ihnen die Position … anbieten".
const WANTS_YOU = /\b(?:(?:you|u|je) (?:to )?join(?:ing)? (?:us|the team|our team)|have you (?:on board|join)|welcome you (?:to|aboard|on board)|(?:tu|vous) nous rejoign\w*|vous accueillir|t'accueillir|vous (?:proposer|offrir) le poste|te (?:proposer|propose|proposons|offrir) (?:le poste|un contrat|un cdi)|ce qu'on te propose|(?:ihnen|dir)\b[\s\S]{0,160}?\banbieten\b|(?:ihnen|dir) (?:ein|unser) angebot|(?:je|u) (?:heel )?(?:graag )?(?:aanwerven|aannemen|in dienst nemen|aan boord)|(?:hierbij )?ons aanbod|(?:je|u) (?:een|ons) (?:voorstel|aanbod)|(?:contratarte|contratarle|incorporarte|incorporarle|sumarte|sumarle)|(?:te|le) (?:ofrecemos|queremos ofrecer|proponemos)|(?:vous|te) prendre (?:dans l'equipe|chez nous|avec nous)|ce que (?:je|nous) vous propos\w*|(?:sie|dich) (?:sehr )?(?:gerne? )?(?:als [\w ]{2,40} )?(?:\([^)]{0,40}\) )?(?:bei uns )?(?:einstellen|anstellen)|unser angebot)\b/;
// Pay stated as an amount.
const PAY = /(?:salary|base|package|compensation|salaire|remuneration|gehalt|bruttomonatsgehalt|jahresgehalt|sueldo|salario|remuneracion|loon|brutomaandloon|salaris|brut|brutto|bruto)\b[^\n]{0,40}\d|(?:€|eur|chf|\$|£|usd|gbp|cad|aud|inr|r|ars|mxn|clp|cop)\s?\d|\d[\d'.,\s]*(?:k|000)(?:\.-|-)?\s?(?:€|eur|chf|\$|£|usd|gbp|cad|aud|inr|lpa|brut|bruto|brutto)\b|\d[\d'.,]*\s?(?:euro|eur|€|chf|franken|francs)\s+(?:brutto|bruto|brut|gross)\b/;
// A start date or the contract that follows.
const START_OR_CONTRACT = /\b(?:start(?:ing)? (?:date|on|from|in|mon|tue|wed|thu|fri|monday|tuesday|wednesday|thursday|friday|\d)|start\s*:|start zum|beginn|formal (?:offer )?letter|demarrage|cdi|date de (?:debut|demarrage)|debut|prise de poste|dienstbeginn|eintritt\w*|startdatum|begindatum|fecha de (?:inicio|ingreso|incorporacion)|incorporacion|contract|contrat|vertrag|dienstvertrag|arbeitsvertrag|contrato|arbeidsovereenkomst|contract)\b/;

/** Whether a message makes an offer by stating its terms to the candidate. */
export function offersTerms(plainText: string): boolean {
  return WANTS_YOU.test(plainText) && PAY.test(plainText) && START_OR_CONTRACT.test(plainText);
}
