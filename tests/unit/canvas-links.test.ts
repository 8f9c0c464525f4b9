// How the canvas asks for the links among its nodes: one subgraph request while the ids fit under the
// API's cap, else chunks that still put every (new, new) and (new, known) pair in one request.
import { describe, expect, it } from 'vitest';
import { SUBGRAPH_MAX_IDS as CLIENT_CAP, subgraphRequests } from '../../client/src/explore/links.ts';
import { SUBGRAPH_MAX_IDS as SERVER_CAP } from '../../server/contract/api.ts';

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe('links among canvas nodes', () => {
  it("uses the API's own cap on ids per request", () => expect(CLIENT_CAP).toBe(SERVER_CAP));

  it('asks once for new and known nodes together while they fit', () => {
    const requests = subgraphRequests(ids('new', 300), [...ids('known', 1000), 'new1']);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toHaveLength(1300);
  });

  it('asks nothing when nothing is new', () => expect(subgraphRequests([], ids('known', 10))).toEqual([]));

  it('above the cap, every pair of a new node with a new or known node shares a request, each under the cap', () => {
    const fresh = ids('new', 6000);
    const known = ids('known', 7000);
    const requests = subgraphRequests(fresh, known);
    expect(requests.length).toBeGreaterThan(1);
    for (const request of requests) expect(request.length).toBeLessThanOrEqual(SERVER_CAP);
    const sets = requests.map((request) => new Set(request));
    const together = (a: string, b: string) => sets.some((set) => set.has(a) && set.has(b));
    for (const [a, b] of [
      ['new0', 'new5999'],
      ['new2600', 'new2601'],
      ['new10', 'known6999'],
      ['new5999', 'known0'],
    ] as const)
      expect(together(a, b), `${a} with ${b}`).toBe(true);
  });
});
