// The one error type the UI shows for anything the API (or the network) refused.
import type { Problem } from '../../../server/contract/graph.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly problem: Problem | null;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail: string;
    problem?: Problem | null;
  }) {
    super(`${init.title}: ${init.detail}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.problem = init.problem ?? null;
  }

  /** Where Neo4j located a Cypher error, when the server passed it on. */
  get position(): { line: number; column: number; offset: number } | null {
    const position = this.problem?.position;
    if (position && typeof position === 'object' && 'line' in position && 'column' in position) {
      return position as { line: number; column: number; offset: number };
    }
    return null;
  }
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).title === 'string' &&
    typeof (value as Problem).status === 'number'
  );
}

/** Turns a non-2xx response into an ApiError, reading problem+json when the server sent it. */
export async function errorFromResponse(response: Response, path: string): Promise<ApiError> {
  const text = await response.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's HTML page, say): the raw text becomes the detail below.
      body = null;
    }
  }
  if (isProblem(body)) {
    return new ApiError({
      status: body.status,
      code: typeof body.code === 'string' ? body.code : 'error',
      title: body.title,
      detail: typeof body.detail === 'string' ? body.detail : '',
      problem: body,
    });
  }
  return new ApiError({
    status: response.status,
    code: `http-${response.status}`,
    title: `${response.status} ${response.statusText || 'error'}`,
    detail: `${path}: ${text.slice(0, 200) || 'the server sent no explanation'}`,
  });
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
