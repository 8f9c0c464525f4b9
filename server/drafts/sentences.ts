// The article split into sentences with their offsets, by the runtime's sentence segmenter, mended
// where French and English abbreviations end a "sentence" too early ("M. Dupont", "Dr Martin").
export interface Sentence {
  start: number;
  end: number;
}

/** Words that a full stop follows without ending the sentence. */
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'dr',
  'pr',
  'me',
  'st',
  'ste',
  'mr',
  'mrs',
  'ms',
  'prof',
  'av',
  'bd',
  'env',
  'etc',
  'cf',
  'p',
  'vol',
  'no',
  'n°',
  'inc',
  'corp',
  'ltd',
  'co',
  'jan',
  'janv',
  'fév',
  'févr',
  'avr',
  'juil',
  'sept',
  'oct',
  'nov',
  'déc',
  'feb',
  'mar',
  'apr',
  'aug',
  'sep',
  'dec',
  'vs',
  'e.g',
  'i.e',
]);

/** A segment that ends on an abbreviation or an initial ("J.", "S.A.") runs on into the next one. */
function endsOnAbbreviation(segment: string): boolean {
  const match = /(?:^|[\s(«"])([\p{L}°.]+)\.\s*$/u.exec(segment);
  if (!match) return false;
  const word = (match[1] as string).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // An initial or a dotted acronym: "J." "S.A." "U.S."
  return /^(?:\p{L}\.)*\p{L}$/u.test(match[1] as string) && /^\p{Lu}/u.test(match[1] as string);
}

export function splitSentences(text: string, language = 'fr'): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  let pending: Sentence | undefined;
  for (const { index, segment } of segmenter.segment(text)) {
    const current = pending
      ? { start: pending.start, end: index + segment.length }
      : { start: index, end: index + segment.length };
    // A line break ends a sentence whatever precedes it (titles, list items).
    if (!segment.includes('\n') && endsOnAbbreviation(segment)) {
      pending = current;
      continue;
    }
    pending = undefined;
    sentences.push(trimmed(text, current));
  }
  if (pending) sentences.push(trimmed(text, pending));
  return sentences.filter((s) => s.end > s.start);
}

function trimmed(text: string, { start, end }: Sentence): Sentence {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}
