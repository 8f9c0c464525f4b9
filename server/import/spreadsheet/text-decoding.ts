// Text files from French administrations come in UTF-8 or in Windows-1252 (Excel's "CSV" on a
// French Windows). Valid UTF-8 is read as UTF-8 (a Windows-1252 file with accents is almost never
// valid UTF-8); anything else as Windows-1252. The caller may choose instead.
import type { Encoding } from '../../contract/spreadsheet.ts';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** false when the caller chose the encoding. */
  detected: boolean;
}

export function decodeText(bytes: Uint8Array, chosen?: Encoding): DecodedText {
  if (chosen) return { text: decodeAs(bytes, chosen), encoding: chosen, detected: false };
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8', detected: true };
  } catch {
    return { text: decodeAs(bytes, 'windows-1252'), encoding: 'windows-1252', detected: true };
  }
}

function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  // TextDecoder drops a UTF-8 BOM itself; a Windows-1252 file has none.
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding === 'utf-8') return text;
  // Some Node builds decode "windows-1252" as Latin-1, leaving 0x80–0x9F as C1 controls: those
  // bytes are Windows-1252's € ‚ ƒ „ … œ Ÿ and the typographic quotes, so map them here.
  return text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] ?? char);
}

/** Windows-1252 bytes 0x80–0x9F (undefined bytes keep their code point). */
const WINDOWS_1252_C1 = [
  '€',
  '\u0081',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '\u008d',
  'Ž',
  '\u008f',
  '\u0090',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '\u009d',
  'ž',
  'Ÿ',
];
