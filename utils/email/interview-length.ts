// How long an interview lasts, as the letter says it: "45 minutes", "1h30" after "durera", "een half uurtje".

const DURATION_CUE = /\b(?:lasts?|lasting|for|about|around|approximately|roughly|up to|duration|length|dure(?:ra)?|durée|pendant|environ|dauert|dauer|etwa|ca\.|duración|durará|durante|unos|duurt|ongeveer|pr[ée]voi[rz]|pr[ée]voyez|comptez|reken op)\W*(?:\w+\W+){0,2}$/i;

/** "a 45-minute video call", "for an hour", "durée : 1h30", "30 Minuten". */
export function durationStated(text: string): number | null {
  const spelled: Record<string, number> = { an: 1, one: 1, une: 1, ein: 1, eine: 1, una: 1, een: 1, 'one and a half': 1.5, two: 2, deux: 2, zwei: 2, dos: 2, twee: 2 };
  const options: Array<{ index: number; value: number; cued: boolean; clockLike: boolean }> = [];
  const cued = (index: number) => DURATION_CUE.test(text.slice(Math.max(0, index - 40), index));
  for (const match of text.matchAll(/\b(\d)\s*h\s*(\d{2})\b(?!\s*(?:am|pm))/gi)) {
    options.push({ index: match.index, value: Number(match[1]) * 60 + Number(match[2]), cued: cued(match.index), clockLike: true });
  }
  for (const match of text.matchAll(/\b(\d{2,3})[\s-]*(?:minutes?|mins?|minuten|minutos|min\.?)(?![a-z])(?!\s+(?:early|before|prior|in advance|ahead|avant|à l'avance|en avance|vorher|früher|antes|voor|eerder))/gi)) {
    options.push({ index: match.index, value: Number(match[1]), cued: cued(match.index), clockLike: false });
  }
  for (const match of text.matchAll(/\b(\d(?:[.,]\d+)?|an|one|one and a half|une|ein|eine|una|een|two|deux|zwei|dos|twee)[\s-]*(?:hours?|heures?|stunden?|stunde|horas?|uur)\b/gi)) {
    const count = spelled[match[1].toLowerCase()] ?? Number(match[1].replace(',', '.'));
    // "om 3 uur 's middags" is a clock, "4 heures de décalage" the gap between two clocks: neither is a length.
    const clock = /^\s+(?:['’]s\s+(?:middags|avonds|ochtends|morgens|nachts)|de d[ée]calage|d['’][ée]cart|ahead|behind|(?:time )?difference|Zeit(?:unterschied|verschiebung)|de diferencia|(?:tijds)?verschil)\b/i.test(text.slice(match.index + match[0].length)) || /\b(?:om|um|à|at|is)\s*$/i.test(text.slice(Math.max(0, match.index - 6), match.index));
    if (Number.isFinite(count) && count > 0 && count <= 8 && !clock) options.push({ index: match.index, value: Math.round(count * 60), cued: cued(match.index), clockLike: false });
  }
  // "een half uurtje", "anderhalf uur", "een uurtje": Dutch lengths in words.
  for (const match of text.matchAll(/\b(anderhalf|een half|half|een)\s*uurtje\b|\b(anderhalf|een half)\s*uur\b|\bhalfuur(?:tje)?\b/gi)) {
    const words = (match[1] ?? match[2] ?? 'half').toLowerCase();
    options.push({ index: match.index, value: words === 'anderhalf' ? 90 : words === 'een' ? 60 : 30, cued: cued(match.index), clockLike: false });
  }
  // "1h30" is also how French writes half past one: it counts as a length only after "durera", "pendant"...
  const usable = options.filter((option) => option.value >= 10 && option.value <= 480 && (option.cued || !option.clockLike));
  usable.sort((a, b) => Number(b.cued) - Number(a.cued) || a.index - b.index);
  return usable[0]?.value ?? null;
}
