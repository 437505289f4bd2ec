import { isKnownTimeZone } from '../model/settings';
import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import { findIana } from 'windows-iana';
import type { WallTime } from './message';

// A zone written next to a time names a region, not an offset: people write "PST" all summer and mean
// Pacific time, so abbreviations map to IANA zones and the offset comes from the date itself.
// Abbreviations are matched case-sensitively (French "et" and "est" are words); names are not.
const ZONE_WORDS: Array<[RegExp, string]> = [
  [/\bP[SD]?T\b/, 'America/Los_Angeles'],
  [/\bPacific(?:\s+(?:Standard|Daylight))?(?:\s+Time)?\b|\bheure du Pacifique\b|\bLos Angeles\b|\bSan Francisco\b|\bSeattle\b|\bVancouver\b/i, 'America/Los_Angeles'],
  // "Mountain Standard Time (Arizona)": Arizona keeps standard time all year, whatever region is named first.
  [/\bMountain(?:\s+Standard)?\s+Time\s*\(Arizona\)|\bArizona\b|\bPhoenix\b|\bYuma\b/i, 'America/Phoenix'],
  [/\bM[SD]?T\b/, 'America/Denver'],
  [/\bMountain(?:\s+(?:Standard|Daylight))?\s+Time\b|\bDenver\b/i, 'America/Denver'],
  [/\bC[SD]?T\b/, 'America/Chicago'],
  // "2:00-2:30pm Central", "noon Mountain": the region alone, right after the time.
  [/^\s*\(?Central\b(?!\s+Europe)/i, 'America/Chicago'],
  [/^\s*\(?Atlantic\b(?!\s+(?:Canada|Ocean|City|Europe))/i, 'America/Halifax'],
  [/^\s*\(?Mountain\b/i, 'America/Denver'],
  [/\bCentral(?:\s+(?:Standard|Daylight))?\s+Time\b|\bChicago\b|\bAustin\b|\bDallas\b/i, 'America/Chicago'],
  [/\bH[NA]E\b/, 'America/Toronto'],
  [/\bH[NA]C\b/, 'America/Chicago'],
  [/\bH[NA]P\b/, 'America/Los_Angeles'],
  [/\bMontr[ée]al\b|\bToronto\b|\bQu[ée]bec\b|\bOttawa\b|\bheure de l'Est\b/i, 'America/Toronto'],
  [/\bE[SD]?T\b/, 'America/New_York'],
  // US zones in Spanish: "2:00 PM hora del Este", "hora del Pacífico", "hora de la Montaña".
  [/\bhora del Este\b|\bOstküstenzeit\b/i, 'America/New_York'],
  [/\bhora del Pac[íi]fico\b/i, 'America/Los_Angeles'],
  [/\bhora de la Monta[ñn]a\b/i, 'America/Denver'],
  [/\bEastern(?:\s+(?:Standard|Daylight))?(?:\s+Time)?\b|\bNew York(?:se|er)?\b|\bBoston\b/i, 'America/New_York'],
  [/\bBST\b/, 'Europe/London'],
  [/\bLondon(?:er)?\b|\bLondres\b|\bUK time\b/i, 'Europe/London'],
  [/\bhora canaria\b|\bCanarias\b|\bCanary Islands\b|\bLas Palmas\b|\bTenerife\b/i, 'Atlantic/Canary'],
  [/\bDublin\b|\bIrish time\b|\bIreland time\b|\bheure irlandaise\b/i, 'Europe/Dublin'],
  [/\bLisbon\b|\bLisbonne\b|\bLissabon|\bLisboa\b|\bportugiesischer Zeit\b|\bhora de Portugal\b|\bheure de Lisbonne\b/i, 'Europe/Lisbon'],
  [/\bParis\b|\bLyon\b|\bMarseille\b|\bToulouse\b|\bLille\b|\bBordeaux\b|\bNantes\b|\bheure française\b|\bheure de France\b/i, 'Europe/Paris'],
  [/\bBerlin\b|\bMünchen\b|\bMunich\b|\bHamburg\b|\bK[öo]ln\b|\bCologne\b|\bFrankfurt\b|\bStuttgart\b|\bDüsseldorf\b|\bdeutscher Zeit\b/i, 'Europe/Berlin'],
  [/\bAmsterdam\b|\bNederlandse tijd\b/i, 'Europe/Amsterdam'],
  [/\bBrussels\b|\bBruxelles\b/i, 'Europe/Brussels'],
  [/\bMadrid\b|\bBarcelona\b|\bhora peninsular\b|\bhora de Espa(?:ñ|n)a\b|\bSpain time\b/i, 'Europe/Madrid'],
  [/\bZ[uü]rich\b|\bGen[eè]v[ae]\b|\bSchweiz(?:er)?\s+Zeit\b|\bheure suisse\b|\bSwiss time\b/i, 'Europe/Zurich'],
  [/\b(?:CES?T|MESZ|MEZ)\b/, 'Europe/Paris'],
  [/\bCentral European(?:\s+(?:Summer|Standard))?\s+Time\b/i, 'Europe/Paris'],
  [/\bhora (?:del centro )?de M[ée]xico\b|\bhora del centro\b|\bCiudad de M[ée]xico\b|\bCDMX\b|\bMonterrey\b|\bGuadalajara\b/i, 'America/Mexico_City'],
  // "Bogotá" ends in a letter \b does not count as one: the accented spellings close without it.
  [/\bBogot(?:á|a\b)|\bhora de Colombia\b/i, 'America/Bogota'],
  [/\bBuenos Aires\b|\bhora (?:de )?Argentina\b/i, 'America/Argentina/Buenos_Aires'],
  [/\bSantiago de Chile\b|\bhora de Chile\b/i, 'America/Santiago'],
  [/\bLima\b|\bhora de Per(?:ú|u\b)|\bhora peruana\b/i, 'America/Lima'],
  [/\bQuito\b|\bGuayaquil\b|\bhora (?:de|del) Ecuador\b|\bhora ecuatoriana\b/i, 'America/Guayaquil'],
  [/\bCaracas\b|\bhora de Venezuela\b/i, 'America/Caracas'],
  [/\bMontevideo\b|\bhora (?:de|del) Uruguay\b|\bhora uruguaya\b/i, 'America/Montevideo'],
  [/\bAsunci(?:ó|o)n\b|\bhora (?:de|del) Paraguay\b/i, 'America/Asuncion'],
  [/\bhora de Bolivia\b|\bhora boliviana\b|\bLa Paz\b/i, 'America/La_Paz'],
  [/\bPanam(?:á|a\b)|\bhora de Panam/i, 'America/Panama'],
  [/\bCosta Rica\b/i, 'America/Costa_Rica'],
  [/\bGuatemala\b/i, 'America/Guatemala'],
  [/\bSanto Domingo\b|\bRep(?:ú|u)blica Dominicana\b/i, 'America/Santo_Domingo'],
  [/\bPuerto Rico\b/i, 'America/Puerto_Rico'],
  [/\bMiami\b|\bAtlanta\b/i, 'America/New_York'],
  [/\bHouston\b|\bSan Antonio,? (?:TX|Texas)\b/i, 'America/Chicago'],
  // Mexico's border cities keep the US clock change; Chihuahua and Sonora keep one time all year.
  [/\b(?:Nuevo )?Laredo\b|\bReynosa\b|\bMatamoros\b|\bMcAllen\b|\bBrownsville\b/i, 'America/Matamoros'],
  [/\bCiudad Ju(?:á|a)rez\b|\bJu(?:á|a)rez\b|\bEl Paso\b/i, 'America/Ciudad_Juarez'],
  [/\bChihuahua\b/i, 'America/Chihuahua'],
  [/\bHermosillo\b|\bSonora\b/i, 'America/Hermosillo'],
  [/\bTijuana\b|\bMexicali\b|\bBaja California\b/i, 'America/Tijuana'],
  [/\bCalgary\b|\bEdmonton\b/i, 'America/Edmonton'],
  [/\bWinnipeg\b/i, 'America/Winnipeg'],
  // "Doha time (AST, GMT+3)": in the Gulf, AST is Arabia Standard Time, so the city is read before the Atlantic's letters.
  [/\bDoha\b|\bQatar\b/i, 'Asia/Qatar'],
  [/\bRiyadh\b|\bJeddah\b|\bSaudi Arabia\b|\bKSA time\b/i, 'Asia/Riyadh'],
  [/\bKuwait\b/i, 'Asia/Kuwait'],
  [/\bBahrain\b|\bManama\b/i, 'Asia/Bahrain'],
  // The Caribbean keeps its clocks all year: "11:00 a.m. Jamaica time (EST)" is UTC-5 in May, "AST" in Barbados UTC-4.
  [/\bJamaica\b|\bNegril\b|\bMontego Bay\b|\bOcho Rios\b/i, 'America/Jamaica'],
  [/\bBarbados\b|\bBridgetown\b/i, 'America/Barbados'],
  [/\bTrinidad\b|\bPort of Spain\b|\bTobago\b/i, 'America/Port_of_Spain'],
  [/\bBahamas\b|\bNassau\b/i, 'America/Nassau'],
  [/\bHa(?:ï|i)ti\b|\bPort-au-Prince\b|\bheure (?:d'Ha(?:ï|i)ti|ha(?:ï|i)tienne)\b/i, 'America/Port-au-Prince'],
  [/\bAntananarivo\b|\bMadagascar\b|\bheure malgache\b/i, 'Indian/Antananarivo'],
  [/\bA[DS]T\b|\bAtlantic (?:Standard |Daylight )?Time\b|\bHalifax\b|\bheure (?:de l['’]Atlantique|des Maritimes)\b|\bMoncton\b/, 'America/Halifax'],
  [/\bN[DS]T\b|\bNewfoundland\b|\bSt\.? John's\b/, 'America/St_Johns'],
  [/\bH[SD]T\b|\bHawaii\b|\bHonolulu\b/, 'Pacific/Honolulu'],
  [/\bAK[SD]T\b|\bAlaska\b|\bAnchorage\b/, 'America/Anchorage'],
  [/\bSuriname\b|\bSurinaamse tijd\b|\bParamaribo\b/i, 'America/Paramaribo'],
  [/\bCura(?:ç|c)ao\b|\bCura(?:ç|c)aose tijd\b|\bAruba(?:anse tijd)?\b|\bBonaire\b|\bBonairiaanse tijd\b|\bKralendijk\b|\bOranjestad\b/i, 'America/Curacao'],
  [/\bSint Maarten\b|\bPhilipsburg\b/i, 'America/Lower_Princes'],
  [/\bS(?:ã|a)o Paulo\b|\bBras(?:í|i)lia\b|\bhora de Brasil\b|\bBRT\b/i, 'America/Sao_Paulo'],
  [/\bLuxembourg\b|\bLuxemburg\b/i, 'Europe/Luxembourg'],
  [/\bWien\b|\bVienna\b|\b(?:ö|o)sterreichischer Zeit\b/i, 'Europe/Vienna'],
  // The Nordic and Baltic capitals: Finland and the Baltic states keep Eastern European time, an hour ahead of Scandinavia.
  [/\bHelsinki\b|\bFinnish time\b|\bSuomen aikaa\b|\bTallinn\b|\bEstonian time\b|\bRiga\b|\bLatvian time\b|\bVilnius\b|\bLithuanian time\b|\bEES?T\b/, 'Europe/Helsinki'],
  [/\bStockholm\b|\bSwedish time\b|\bOslo\b|\bNorwegian time\b|\bCopenhagen\b|\bDanish time\b/, 'Europe/Stockholm'],
  [/\bReykjav(?:í|i)k\b|\bIceland(?:ic)? time\b/, 'Atlantic/Reykjavik'],
  [/\bBeyrouth\b|\bBeirut\b|\bheure (?:du Liban|libanaise)\b/i, 'Asia/Beirut'],
  [/\bCairo\b|\bLe Caire\b|\bEgypt(?:ian)? time\b/i, 'Africa/Cairo'],
  [/\bAmman\b|\bJordan(?:ian)? time\b/i, 'Asia/Amman'],
  [/\bMuscat\b|\bOman time\b/i, 'Asia/Muscat'],
  [/\bKampala\b|\bDar es Salaam\b|\bAddis Ababa\b|\bJuba\b|\bDodoma\b|\bArusha\b/i, 'Africa/Nairobi'],
  // The French Antilles and Guiana keep one clock all year; Saint-Pierre-et-Miquelon changes it with North America.
  [/\bMartinique\b|\bGuadeloupe\b|\bheure des Antilles\b|\bFort-de-France\b|\bPointe-à-Pitre\b/i, 'America/Martinique'],
  [/\bCayenne\b|\bGuyane\b|\bheure de Guyane\b|\bKourou\b/i, 'America/Cayenne'],
  [/\bMiquelon\b|\bheure (?:locale )?\(?(?:de )?Saint-Pierre\b/i, 'America/Miquelon'],
  [/\bLa R(?:é|e)union\b|\bheure r(?:é|e)unionnaise\b|\bSaint-Denis de La R(?:é|e)union\b/i, 'Indian/Reunion'],
  [/\bPort[- ]Louis\b|\bheure (?:de (?:l['’]île )?Maurice|mauricienne)\b|\bMauritius time\b/i, 'Indian/Mauritius'],
  [/\bBelgische tijd\b|\bheure belge\b/i, 'Europe/Brussels'],
  [/\bCasablanca\b|\bRabat\b|\bheure (?:du Maroc|marocaine)\b/i, 'Africa/Casablanca'],
  [/\bTunis\b|\bheure (?:de Tunisie|tunisienne)\b/i, 'Africa/Tunis'],
  [/\bAlgiers\b|\bheure (?:d'Alg(?:é|e)rie|alg(?:é|e)rienne)\b/i, 'Africa/Algiers'],
  [/\bDakar\b|\bheure (?:du S(?:é|e)n(?:é|e)gal|s(?:é|e)n(?:é|e)galaise)\b/i, 'Africa/Dakar'],
  [/\bAbidjan\b|\bheure (?:de C(?:ô|o)te d'Ivoire|ivoirienne)\b/i, 'Africa/Abidjan'],
  [/\bDouala\b|\bYaound(?:é|e\b)|\bheure (?:du Cameroun|camerounaise)\b/i, 'Africa/Douala'],
  [/\bKinshasa\b|\bheure de Kinshasa\b/i, 'Africa/Kinshasa'],
  // The east of the DRC, Rwanda, Burundi and southern Africa keep Central Africa Time, UTC+2 all year.
  [/\bLubumbashi\b|\bKigali\b|\bBujumbura\b|\bHarare\b|\bLusaka\b|\bWindhoek\b|\bGaborone\b|\bLilongwe\b|\bBlantyre\b|\bMaputo\b|\bCAT\b|\bCentral Africa(?:n)? Time\b/, 'Africa/Maputo'],
  [/\bDjibouti\b/, 'Africa/Djibouti'],
  [/\bOuagadougou\b|\bBamako\b|\bLom(?:é|e\b)|\bNouakchott\b|\bConakry\b/, 'Africa/Abidjan'],
  [/\bCotonou\b|\bPorto-Novo\b|\bNiamey\b|\bLibreville\b|\bBrazzaville\b|\bN['’]Djamena\b|\bBangui\b|\bMalabo\b/, 'Africa/Lagos'],
  [/\bWAT\b|\bNigeria(?:n)? time\b/, 'Africa/Lagos'],
  [/\bNairobi\b|\bEAT\b/, 'Africa/Nairobi'],
  [/\bJohannesburg\b|\bCape Town\b|\bSAST\b|\bSouth Africa(?:n)? (?:Standard )?Time\b/, 'Africa/Johannesburg'],
  [/\bPKT\b|\bPakistan(?:i)? (?:Standard )?[Tt]ime\b|\bKarachi\b|\bLahore\b|\bIslamabad\b/, 'Asia/Karachi'],
  [/\bSri Lanka(?:n)? (?:Standard )?[Tt]ime\b|\bSLST\b|\bColombo\b/, 'Asia/Colombo'],
  [/\bDhaka\b|\bBangladesh(?:i)? (?:Standard )?[Tt]ime\b/, 'Asia/Dhaka'],
  [/\bAccra\b|\bGhana (?:time|Mean Time)\b/, 'Africa/Accra'],
  [/\bKathmandu\b|\bNepal(?:i)? (?:Standard )?[Tt]ime\b|\bNPT\b/, 'Asia/Kathmandu'],
  [/\bDubai\b|\bAbu Dhabi\b|\bGulf Standard Time\b|\bUAE time\b/i, 'Asia/Dubai'],
  // Perth is in Scotland too: the Australian one by its zone, its state or "Perth time".
  [/\bAW[SD]T\b|\bPerth(?: time|,? WA)\b|\bheure de Perth\b|\bWestern Australia(?:n)? (?:Standard )?Time\b/, 'Australia/Perth'],
  [/\bAC[SD]T\b|\bAdelaide\b/, 'Australia/Adelaide'],
  [/\bBrisbane\b|\bQueensland\b/, 'Australia/Brisbane'],
  [/\bFiji\b|\bSuva\b|\bNadi\b/, 'Pacific/Fiji'],
  [/\bSamoa\b|\bApia\b/, 'Pacific/Apia'],
  [/\bPort Moresby\b|\bPapua New Guinea\b|\bPNG time\b/, 'Pacific/Port_Moresby'],
  [/\bNoum(?:é|e)a\b|\bNouvelle-Cal(?:é|e)donie\b/, 'Pacific/Noumea'],
  [/\bTahiti\b|\bPapeete\b|\bPolyn(?:é|e)sie\b/, 'Pacific/Tahiti'],
  [/\bNZ[SD]T\b|\bAuckland\b|\bNew Zealand (?:Standard |Daylight )?Time\b|\bNZ time\b/, 'Pacific/Auckland'],
  [/\bHKT\b|\bHong Kong\b/, 'Asia/Hong_Kong'],
  [/\bPHT\b|\bManila\b/, 'Asia/Manila'],
  [/\bKST\b|\bSeoul\b/, 'Asia/Seoul'],
  [/\bWIB\b|\bJakarta\b/, 'Asia/Jakarta'],
  [/\bMYT\b|\bKuala Lumpur\b/, 'Asia/Kuala_Lumpur'],
  [/\bBeijing\b|\bShanghai\b|\bChina Standard Time\b/, 'Asia/Shanghai'],
  [/\bAE[SD]T\b/, 'Australia/Sydney'],
  [/\bSydney\b|\bMelbourne\b/i, 'Australia/Sydney'],
  [/\bSGT\b/, 'Asia/Singapore'],
  [/\bSingapore\b/i, 'Asia/Singapore'],
  [/\bJST\b/, 'Asia/Tokyo'],
  [/\bTokyo\b/i, 'Asia/Tokyo'],
  [/\bIST\b/, 'Asia/Kolkata'],
  [/\bIndia(?:n)? (?:Standard )?Time\b|\bBengaluru\b|\bBangalore\b/i, 'Asia/Kolkata'],
];

export function windowsZoneToIana(name: string): string | null {
  if (isKnownTimeZone(name)) return name;
  // Outlook writes Windows zone names in TZID ("Pacific SA Standard Time" is Chile's); CLDR's table gives the region.
  return findIana(name)[0] ?? zoneNamedIn(name)?.zone ?? null;
}

// Britain's places, dialling code and domains.
const BRITAIN = /\b(?:UK|United Kingdom|Britain|British|England|London|Scotland|Wales)\b|\+44\b|\.uk\b/;

// India's places and dialling code, the usual home of "IST" against both Ireland and Israel.
const INDIA = /\b(?:India|Indian|Bengaluru|Bangalore|Mumbai|Delhi|Chennai|Hyderabad|Pune|Kolkata|Gurgaon|Gurugram|Noida)\b|\+91\b|\.in\b/;

/**
 * Letters several countries write for their own time. Each is read as the zone ZONE_WORDS gives it, unless the message
 * is plainly from the other country: its place names or dialling code, the reader living there, or a Date header on
 * that country's offset ("11:00 AM (BST)" from Dhaka is Bangladesh Standard Time, UTC+6, not Britain's summer).
 */
const SHARED_LETTERS: Array<{ letters: RegExp; usual: string; usualPlace: RegExp; other: string; otherPlace: RegExp; otherOffsets: number[] }> = [
  { letters: /\bBST\b/, usual: 'Europe/London', usualPlace: BRITAIN, other: 'Asia/Dhaka', otherPlace: /\b(?:Bangladesh|Dhaka|Chattogram|Chittagong|Khulna|Sylhet|Rajshahi|Gazipur|Narayanganj)\b|\+880\b|\.bd\b/, otherOffsets: [360] },
  { letters: /\bIST\b/, usual: 'Asia/Kolkata', usualPlace: INDIA, other: 'Europe/Dublin', otherPlace: /\b(?:Ireland|Irish|Dublin|Cork|Galway|Limerick|Waterford)\b|\+353\b|\.ie\b/, otherOffsets: [] },
  { letters: /\bIST\b/, usual: 'Asia/Kolkata', usualPlace: INDIA, other: 'Asia/Jerusalem', otherPlace: /\b(?:Israel|Israeli|Tel Aviv|Jerusalem|Haifa|Herzliya|Petah Tikva)\b|\+972\b|\.il\b/, otherOffsets: [] },
];

/** The zone for letters written beside a clock, read against the whole message (see SHARED_LETTERS). */
export function sharedLettersZone(zone: string | null, besideClock: string, message: string, userZone: string, writerOffset: number | null): string | null {
  // "10am GMT" in July from a London recruiter ("which I make 5pm your time in Singapore"): in Britain "GMT" is the
  // country's clock all year, as "PST" is the Pacific's; in winter the two are the same time.
  if (zone === 'UTC' && /\bGMT\b(?!\s*[+-−]\s*\d)/.test(besideClock) && BRITAIN.test(message)) return 'Europe/London';
  for (const shared of SHARED_LETTERS) {
    if (zone !== shared.usual || !shared.letters.test(besideClock)) continue;
    const fromThere = userZone === shared.other || (writerOffset !== null && shared.otherOffsets.includes(writerOffset)) || shared.otherPlace.test(message);
    if (fromThere && !shared.usualPlace.test(message)) return shared.other;
  }
  return zone;
}

/** An offset written as "GMT+2", "UTC-05:00", "(GMT-07:00)", in minutes east of UTC. */
// "GMT +5.30": Sri Lanka and India write the half hour with a dot.
const OFFSET = /\b(?:GMT|UTC)\s*([+-−])\s*(\d{1,2})(?:[:.]?(\d{2}))?\b/i;

export interface NamedZone {
  zone: string;
  index: number;
}

/** The first zone named in a piece of text (a region, a city, or an explicit offset as `UTC±hh:mm`). */
const AMBIGUOUS_REGION = /^hora del centro\b/i;

export function zoneNamedIn(text: string): NamedZone | null {
  // "9:00 Uhr Chicagoer Zeit", "New Yorker Zeit": German names a city's time by its demonym.
  // "deutscher Zeit", "österreichischer Zeit" are adjectives the zone words name whole.
  text = text.replace(/(\p{L}{3,})er Zeit\b/gu, (whole: string, stem: string) => (/(?:isch|sch)$/u.test(stem) ? whole : `${stem}   Zeit`));
  // A named region beats an offset printed beside it: "(GMT-07:00) Pacific Time" still follows DST.
  const found: NamedZone[] = [];
  for (const [pattern, zone] of ZONE_WORDS) {
    const match = pattern.exec(text);
    if (match) found.push({ zone, index: match.index });
  }
  found.sort((a, b) => a.index - b.index);
  const [named] = found;
  // "hora del centro (hora de Houston)": Mexico's name for its own time is US Spanish for Central time; the place says which.
  if (named && AMBIGUOUS_REGION.test(text.slice(named.index))) return found.find((other) => other.index > named.index && other.index - named.index <= 40) ?? named;
  // "10:00 a.m. AST (Barbados time)": letters several regions share, then the place in brackets that says which.
  const placeInBrackets = named && found.find((other) => other.index > named.index && /^[A-Z]{2,5}\s*\(\s*$/.test(text.slice(named.index, other.index)));
  if (placeInBrackets) return placeInBrackets;
  if (named) return named;
  const offset = OFFSET.exec(text);
  if (offset) {
    const sign = offset[1] === '+' ? '+' : '-';
    return { zone: `${sign}${offset[2].padStart(2, '0')}:${offset[3] ?? '00'}`, index: offset.index };
  }
  const utc = /\b(?:GMT|UTC)\b/.exec(text);
  return utc ? { zone: 'UTC', index: utc.index } : null;
}

/** The instant of a wall-clock time in a zone (IANA name, `UTC`, or a `±hh:mm` offset). */
/**
 * The zone a clock is read in, from what follows it on its line. "8 am your time (UK) - that's 10:00 in Tallinn" is the
 * reader's own clock, "om 9 uur 's avonds onze tijd" the writer's (the Date header's offset). Then the zone written right
 * after the time, a region over an offset: "(GMT-05:00) Eastern Time (US & Canada)" is Eastern time with daylight
 * saving, "14:00 GMT (that is 7.30pm for you in Bengaluru)" is GMT. Then a place further along the line ("à 10h30 dans
 * nos locaux (12 rue de la Paix, 75002 Paris)").
 */
export function zoneOfClock(clock: string, rest: string, userZone: string, writerOffset: number | null): string | null {
  // "16:00 Uhr (11:00 Uhr Toronto)": a zone after the next clock on the line is that clock's.
  // Not an offset: "2:00 PM-3:00 PM. (UTC-05:00) Eastern Time".
  const nextClock = /(?<![\d:.+\-−])(?<!(?:UTC|GMT)\s?)\d{1,2}(?:[:.h]\d{2}|\s?(?:am|pm|a\.m\.|p\.m\.|uhr|uur|hrs)\b)/i.exec(rest);
  const line = nextClock ? rest.slice(0, nextClock.index) : rest;
  const near = line.slice(0, 36);
  const [nearFound, withNearFound] = [zoneNamedIn(near), zoneNamedIn(`${clock}${near}`)];
  // "10:00 a.m. Atlantic (10:30 a.m. Newfoundland time)": the zone right after the clock is its own, not one named later.
  const withNear = nearFound && withNearFound && nearFound.index + clock.length < withNearFound.index ? nearFound.zone : withNearFound?.zone;
  const [inTime, inNear, inLine] = [zoneNamedIn(clock)?.zone, nearFound?.zone, zoneNamedIn(line)?.zone];
  const region = (zone: string | undefined) => (zone && !/^(?:[+-]\d{2}:\d{2}|UTC)$/.test(zone) ? zone : undefined);
  if (/^\s*\(?(?:your (?:local )?time|(?:à |a )?votre heure|bei (?:Ihnen|dir)|Ihrer Zeit|bij (?:u|jou)|(?:jouw|uw) tijd|(?:a )?su hora|(?:a )?tu hora)\b/i.test(line)) return inTime ?? userZone;
  if (writerOffset !== null && /^[^,.;\n]{0,16}?\b(?:onze tijd|our time|unserer Zeit|notre heure|nuestra hora)\b/i.test(line)) return inTime ?? fixedOffset(writerOffset);
  return region(withNear) ?? region(inNear) ?? inTime ?? inNear ?? inLine ?? null;
}

/** 120 minutes east of UTC as "+02:00". */
function fixedOffset(minutes: number): string {
  const whole = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

export function instantOf(time: WallTime, fallbackZone: string): number {
  const zone = time.zone ?? fallbackZone;
  const fixed = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (fixed) {
    const minutes = (Number(fixed[2]) * 60 + Number(fixed[3])) * (fixed[1] === '+' ? 1 : -1);
    return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute) - minutes * 60_000;
  }
  return new TZDate(time.year, time.month - 1, time.day, time.hour, time.minute, 0, zone).getTime();
}

/** The day of the week of a wall-clock date, Sunday 0. */
export function weekdayOf(time: WallTime): number {
  return new Date(Date.UTC(time.year, time.month - 1, time.day)).getUTCDay();
}

/** ISO 8601 with the user's offset, e.g. 2026-03-10T14:00:00-04:00. */
export function isoInZone(instant: number, timeZone: string): string {
  // London's winter is the offset "+00:00" (the user's offset, as anywhere else); "Z" is kept for a user on UTC itself.
  const iso = formatISO(new TZDate(instant, timeZone));
  return /^(?:UTC|Etc\/UTC|GMT|Etc\/GMT)$/i.test(timeZone) ? iso : iso.replace(/Z$/, '+00:00');
}
