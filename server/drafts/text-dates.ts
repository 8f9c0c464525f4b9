// Dates printed in an article, French and English forms, read to the precision the text gives
// ("2025", "2025-04", "2025-04-12") and ranges ("du 12 au 19 avril 2025" → start and end).
export interface TextDate {
  start: number;
  end: number;
  /** ISO date at the text's precision; for a range, its first day. */
  iso: string;
  /** The last day of a range ("du 12 au 19 avril 2025"). */
  endIso?: string;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  january: 1,
  jan: 1,
  fevrier: 2,
  février: 2,
  fevr: 2,
  févr: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  avril: 4,
  avr: 4,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juin: 6,
  june: 6,
  jun: 6,
  juillet: 7,
  juil: 7,
  july: 7,
  jul: 7,
  aout: 8,
  août: 8,
  august: 8,
  aug: 8,
  septembre: 9,
  sept: 9,
  september: 9,
  sep: 9,
  octobre: 10,
  oct: 10,
  october: 10,
  novembre: 11,
  nov: 11,
  november: 11,
  decembre: 12,
  décembre: 12,
  december: 12,
  dec: 12,
  déc: 12,
};
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:er|st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (word: string) => MONTHS[word.toLowerCase()];
const iso = (year: string, month?: number, day?: string) =>
  month === undefined
    ? year
    : day === undefined
      ? `${year}-${pad(month)}`
      : `${year}-${pad(month)}-${pad(Number(day))}`;
const validDay = (day: string | undefined) => day === undefined || (Number(day) >= 1 && Number(day) <= 31);

/** Patterns, most specific first; a span taken by one is not read again by a later one. */
const PATTERNS: {
  regex: RegExp;
  read: (m: RegExpExecArray) => Omit<TextDate, 'start' | 'end'> | undefined;
}[] = [
  // du 12 au 19 avril 2025 / from 12 to 19 April 2025 / 12-19 avril 2025
  {
    regex: new RegExp(
      `(?:\\b(?:du|from|between)\\s+)?\\b${DAY}\\s*(?:au|to|and|et|[-–])\\s*${DAY}\\s+${MONTH}\\s+${YEAR}`,
      'giu',
    ),
    read: (m) => {
      const month = monthOf(m[3] as string);
      if (!month || !validDay(m[1]) || !validDay(m[2])) return undefined;
      return { iso: iso(m[4] as string, month, m[1]), endIso: iso(m[4] as string, month, m[2]) };
    },
  },
  // du 28 mars au 2 avril 2025
  {
    regex: new RegExp(
      `\\b(?:du|from)\\s+${DAY}\\s+${MONTH}\\s*(?:au|to)\\s*${DAY}\\s+${MONTH}\\s+${YEAR}`,
      'giu',
    ),
    read: (m) => {
      const from = monthOf(m[2] as string);
      const to = monthOf(m[4] as string);
      if (!from || !to) return undefined;
      return { iso: iso(m[5] as string, from, m[1]), endIso: iso(m[5] as string, to, m[3]) };
    },
  },
  // April 12-19, 2025
  {
    regex: new RegExp(`\\b${MONTH}\\s+${DAY}\\s*[-–]\\s*${DAY},?\\s+${YEAR}`, 'giu'),
    read: (m) => {
      const month = monthOf(m[1] as string);
      if (!month) return undefined;
      return { iso: iso(m[4] as string, month, m[2]), endIso: iso(m[4] as string, month, m[3]) };
    },
  },
  // 12 avril 2025 / 1er avril 2025 / 12 April 2025
  {
    regex: new RegExp(`\\b${DAY}\\s+${MONTH}\\s+${YEAR}`, 'giu'),
    read: (m) => {
      const month = monthOf(m[2] as string);
      return month && validDay(m[1]) ? { iso: iso(m[3] as string, month, m[1]) } : undefined;
    },
  },
  // April 12, 2025
  {
    regex: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'giu'),
    read: (m) => {
      const month = monthOf(m[1] as string);
      return month && validDay(m[2]) ? { iso: iso(m[3] as string, month, m[2]) } : undefined;
    },
  },
  // 2025-04-12
  {
    regex: /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g,
    read: (m) => ({ iso: `${m[1]}-${m[2]}-${m[3]}` }),
  },
  // 12/04/2025 (day first, as French and British texts write it)
  {
    regex: /\b(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|1[0-2])\/((?:19|20)\d{2})\b/g,
    read: (m) => ({ iso: iso(m[3] as string, Number(m[2]), m[1]) }),
  },
  // avril 2025 / April 2025
  {
    regex: new RegExp(`\\b${MONTH}\\s+${YEAR}`, 'giu'),
    read: (m) => {
      const month = monthOf(m[1] as string);
      return month ? { iso: iso(m[2] as string, month) } : undefined;
    },
  },
  // en 2025 / in 2025 / depuis 2010 — a bare year, only after a word that makes it a date
  {
    regex:
      /(?<!\p{L})(?:en|in|depuis|since|dès|des|année|year|au printemps|à l’automne)\s+((?:19|20)\d{2})\b/giu,
    read: (m) => ({ iso: m[1] as string }),
  },
];

/** Every date in the text, in order, none overlapping. */
export function findDates(text: string): TextDate[] {
  const found: TextDate[] = [];
  const taken = (start: number, end: number) => found.some((d) => start < d.end && end > d.start);
  for (const { regex, read } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const date = read(m);
      if (date) found.push({ start, end, ...date });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The publication date printed in the article, if one is: a date after "publié le" / "published",
 * else a full date in the first lines (the dateline), else nothing. Never a guess from the body.
 */
export function proposePublished(text: string): string | undefined {
  const dates = findDates(text);
  const announced = /(publi[ée]e?s?|mis en ligne|posted|published|updated|mis à jour)\s*(le|on)?\s*:?\s*$/iu;
  for (const date of dates) {
    if (announced.test(text.slice(Math.max(0, date.start - 40), date.start))) return date.iso;
  }
  const head = text.slice(0, 300);
  return dates.find((d) => d.end <= head.length && d.iso.length === 10 && !d.endIso)?.iso;
}
