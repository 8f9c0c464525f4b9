// The parameters editor holds JSON text; it must parse to an object before a query is sent.
import type { JsonValue } from '../../../server/contract/graph.ts';

export type ParamsResult =
  | { ok: true; params: Record<string, JsonValue> }
  | { ok: false; error: 'invalidJson'; detail: string }
  | { ok: false; error: 'notObject' };

/** Empty text means no parameters. */
export function parseParams(text: string): ParamsResult {
  if (text.trim() === '') return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: 'invalidJson',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, error: 'notObject' };
  return { ok: true, params: value as Record<string, JsonValue> };
}

/** Parameter names, for the editor's `$` completion; none while the text does not parse. */
export function paramNames(text: string): string[] {
  const result = parseParams(text);
  return result.ok ? Object.keys(result.params) : [];
}

export function formatParams(params: Record<string, unknown>): string {
  return Object.keys(params).length === 0 ? '' : JSON.stringify(params, null, 2);
}
