// The text of a PDF that Chromium printed, for tests to check what a printed brief says. Chromium
// (Skia) writes each font as a Type0 font with a ToUnicode CMap and shows glyph ids as hex strings
// in Flate-compressed content streams; this reads just that much (no general PDF parser is installed).
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const found = new Map<number, PdfObject>();
  const source = pdf.toString('latin1');
  const pattern = /(\d+) 0 obj\b([\s\S]*?)endobj/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    const body = match[2] ?? '';
    const streamAt = body.indexOf('stream');
    let stream: Buffer | null = null;
    let dict = body;
    if (streamAt >= 0) {
      dict = body.slice(0, streamAt);
      let start = streamAt + 'stream'.length;
      if (body[start] === '\r') start += 1;
      if (body[start] === '\n') start += 1;
      const end = body.lastIndexOf('endstream');
      const raw = Buffer.from(body.slice(start, end), 'latin1');
      try {
        stream = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
      } catch {
        stream = raw;
      }
    }
    found.set(Number(match[1]), { dict, stream });
  }
  return found;
}

function hexToString(hex: string): string {
  const clean = hex.replace(/\s+/g, '');
  let text = '';
  for (let i = 0; i + 4 <= clean.length; i += 4)
    text += String.fromCodePoint(Number.parseInt(clean.slice(i, i + 4), 16));
  return text;
}

/** glyph id (hex, 4 digits) → text, from a ToUnicode CMap. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set((pair[1] ?? '').toUpperCase().padStart(4, '0'), hexToString(pair[2] ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const from = Number.parseInt(range[1] ?? '0', 16);
      const to = Number.parseInt(range[2] ?? '0', 16);
      const first = Number.parseInt(range[3] ?? '0', 16);
      for (let glyph = from; glyph <= to; glyph += 1) {
        map.set(
          glyph.toString(16).toUpperCase().padStart(4, '0'),
          String.fromCodePoint(first + glyph - from),
        );
      }
    }
  }
  return map;
}

export function pdfText(pdf: Buffer): string {
  const all = objects(pdf);
  // Font resource names (/F4) → object numbers, and font objects → their CMaps.
  const fontNames = new Map<string, number>();
  for (const object of all.values()) {
    for (const font of object.dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const entry of (font[1] ?? '').matchAll(/\/([\w.-]+)\s+(\d+)\s+0\s+R/g))
        fontNames.set(entry[1] ?? '', Number(entry[2]));
    }
  }
  const cmaps = new Map<number, Map<string, string>>();
  for (const [number, object] of all) {
    const ref = /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(object.dict);
    const cmap = ref ? all.get(Number(ref[1]))?.stream : undefined;
    if (cmap) cmaps.set(number, toUnicode(cmap.toString('latin1')));
  }
  let text = '';
  for (const object of all.values()) {
    if (
      !object.stream ||
      object.dict.includes('/ToUnicode') ||
      !/\bBT\b/.test(object.stream.toString('latin1'))
    )
      continue;
    const content = object.stream.toString('latin1');
    let cmap: Map<string, string> | undefined;
    const ops = /\/([\w.-]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>|\b(ET|T\*|Td|TD|Tm)\b/g;
    for (let op = ops.exec(content); op; op = ops.exec(content)) {
      if (op[1] !== undefined) cmap = cmaps.get(fontNames.get(op[1]) ?? -1);
      else if (op[2] !== undefined) {
        const hex = op[2].replace(/\s+/g, '').toUpperCase();
        for (let i = 0; i + 4 <= hex.length; i += 4) text += cmap?.get(hex.slice(i, i + 4)) ?? '';
      } else text += ' ';
    }
    text += '\n';
  }
  return text;
}
