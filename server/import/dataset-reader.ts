// The documents of an import as sources of records, read as often as the loader needs (once to check,
// once to write): in memory (POST /api/import, the curated dataset) or streamed from a file, so that
// a document of a million relationships is never held whole.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream';
import Assembler from 'stream-json/assembler.js';
import { parser } from 'stream-json/parser.js';
import type { DocumentVisitor } from '../../seed/dataset-check.ts';
import type { DatasetInput } from '../../seed/validate-dataset.ts';

/** A visitor whose record handlers may make the reader wait (a batch being written). */
export type AsyncDocumentVisitor = {
  [K in keyof DocumentVisitor]: (...args: Parameters<DocumentVisitor[K]>) => void | Promise<void>;
};

export interface DatasetSource {
  /** The name errors give (the file's base name, or documents[i]). */
  readonly file: string;
  visit(visitor: AsyncDocumentVisitor): Promise<void>;
}

/** A document already parsed, visited source first, then nodes, then relationships. */
export function inMemorySource({ file, data }: DatasetInput): DatasetSource {
  return {
    file,
    async visit(visitor) {
      await visitor.begin(file);
      if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        await visitor.notAnObject(data);
        await visitor.end();
        return;
      }
      const doc = data as Record<string, unknown>;
      if ('source' in doc) await visitor.source(doc.source);
      for (const section of ['nodes', 'relationships'] as const) {
        const list = doc[section];
        if (!Array.isArray(list)) {
          if (section in doc) await visitor.other(section, list);
          continue;
        }
        await visitor.list(section);
        for (const [index, raw] of list.entries()) {
          const pending = section === 'nodes' ? visitor.node(index, raw) : visitor.relationship(index, raw);
          if (pending) await pending;
        }
      }
      for (const [key, value] of Object.entries(doc)) {
        if (key !== 'source' && key !== 'nodes' && key !== 'relationships') await visitor.other(key, value);
      }
      await visitor.end();
    },
  };
}

export class DatasetFileError extends Error {}

/**
 * A JSON document streamed from disk: each top-level member, and each item of `nodes` and
 * `relationships`, is assembled alone and handed over in the file's order. The stream pauses while
 * a handler's promise (a batch write) is pending.
 */
export function fileSource(filePath: string): DatasetSource {
  const file = path.basename(filePath);
  return {
    file,
    visit: (visitor) => streamDocument(filePath, file, visitor),
  };
}

type Token = { name: string; value?: unknown };

async function streamDocument(filePath: string, file: string, visitor: AsyncDocumentVisitor): Promise<void> {
  await visitor.begin(file);
  let depth = 0;
  let key: string | undefined;
  let list: 'nodes' | 'relationships' | undefined;
  let index = 0;
  let assembler: Assembler | undefined;
  let deliver: (value: unknown) => void | Promise<void> = () => {};

  const startValue = (token: Token, onValue: (value: unknown) => void | Promise<void>) => {
    assembler = new Assembler();
    deliver = onValue;
    return feed(token);
  };
  const feed = (token: Token): void | Promise<void> => {
    const current = assembler as Assembler;
    current.consume(token as Parameters<Assembler['consume']>[0]);
    if (!current.done) return;
    assembler = undefined;
    return deliver(current.current);
  };

  const onToken = (token: Token): void | Promise<void> => {
    if (assembler) return feed(token);
    if (depth === 0) {
      if (token.name === 'startObject') {
        depth = 1;
        return;
      }
      return startValue(token, (value) => visitor.notAnObject(value));
    }
    if (depth === 1) {
      if (token.name === 'keyValue') {
        key = token.value as string;
        return;
      }
      if (token.name === 'endObject') {
        depth = 0;
        return;
      }
      const member = key as string;
      if ((member === 'nodes' || member === 'relationships') && token.name === 'startArray') {
        depth = 2;
        list = member;
        index = 0;
        return visitor.list(member);
      }
      return startValue(token, (value) =>
        member === 'source' ? visitor.source(value) : visitor.other(member, value),
      );
    }
    // depth 2: an item of `nodes` or `relationships`, or the end of the list.
    if (token.name === 'endArray') {
      depth = 1;
      list = undefined;
      return;
    }
    const section = list as 'nodes' | 'relationships';
    const at = index++;
    return startValue(token, (value) =>
      section === 'nodes' ? visitor.node(at, value) : visitor.relationship(at, value),
    );
  };

  await new Promise<void>((resolve, reject) => {
    const tokens = parser.asStream({ packValues: true, streamValues: false });
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      tokens.destroy();
      reject(error);
    };
    pipeline(createReadStream(filePath), tokens, (error) => {
      if (error) {
        fail(
          error instanceof Error && !('code' in error && String(error.code).startsWith('E'))
            ? new DatasetFileError(`${file}: not valid JSON: ${error.message}`)
            : error,
        );
      }
    });
    tokens.on('data', (token: Token) => {
      if (failed) return;
      try {
        const pending = onToken(token);
        if (pending) {
          // Paused, the parser stops handing tokens over until the batch is written.
          tokens.pause();
          pending.then(
            () => tokens.resume(),
            (error: unknown) => fail(error),
          );
        }
      } catch (error) {
        fail(error);
      }
    });
    tokens.on('end', () => {
      if (failed) return;
      if (depth !== 0 || assembler) fail(new DatasetFileError(`${file}: not valid JSON: it ends too early`));
      else resolve();
    });
  });
  await visitor.end();
}
