// Property and citation merging for the import: when several documents describe one node or
// relationship, agreeing values collapse to one and disagreeing values are all kept, each with the
// source that gave it, so that no source silently wins over another.

/** What a merged property may hold: what Neo4j stores on a node or relationship. */
export type NeoValue = string | number | boolean | string[] | number[] | boolean[];
/** What a document may give as an extra property (see the import format). */
export type PropValue = string | number | boolean | string[];

/** Where a value was read: for error messages and the `<key>Sources` lists. */
export interface Origin {
  file: string;
  record: string;
  source: string;
  /** The source's publication date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"). */
  published: string;
}

export interface PropertyProblem {
  origin: Origin;
  field: string;
  message: string;
}

interface Given {
  value: PropValue;
  origin: Origin;
  field: string;
}

/** The extra properties of one node or relationship, as given by every document that cites it. */
export class PropertyBag {
  private readonly given = new Map<string, Given[]>();

  add(props: Record<string, PropValue> | undefined, origin: Origin): void {
    for (const [key, value] of Object.entries(props ?? {})) {
      const list = this.given.get(key) ?? [];
      list.push({ value, origin, field: `props.${key}` });
      this.given.set(key, list);
    }
  }

  /** Merged properties: one value when all documents agree, else the distinct values plus `<key>Sources`. */
  resolve(): { properties: Record<string, NeoValue>; problems: PropertyProblem[] } {
    const properties: Record<string, NeoValue> = {};
    const problems: PropertyProblem[] = [];
    for (const [key, givens] of this.given) {
      const first = givens[0] as Given;
      if (key === 'status' && givens.every((g) => typeof g.value === 'string')) {
        Object.assign(properties, resolveStatus(givens));
        continue;
      }
      const shapeClash = givens.find((g) => Array.isArray(g.value) !== Array.isArray(first.value));
      if (shapeClash) {
        problems.push({
          origin: shapeClash.origin,
          field: shapeClash.field,
          message: `"${key}" is ${describe(shapeClash.value)} here but ${describe(first.value)} in ${first.origin.file} (${first.origin.record}); give the same shape everywhere`,
        });
        continue;
      }
      if (Array.isArray(first.value)) {
        // Lists (topics, aliases-like values) are unioned, as aliases are.
        properties[key] = unique(givens.flatMap((g) => g.value as string[]));
        continue;
      }
      const distinct: { value: string | number | boolean; sources: string[] }[] = [];
      for (const g of givens) {
        const value = g.value as string | number | boolean;
        const seen = distinct.find((d) => d.value === value);
        if (seen) seen.sources.push(g.origin.source);
        else distinct.push({ value, sources: [g.origin.source] });
      }
      if (distinct.length === 1) {
        properties[key] = first.value;
        continue;
      }
      const typeClash = givens.find((g) => typeof g.value !== typeof first.value);
      if (typeClash) {
        problems.push({
          origin: typeClash.origin,
          field: typeClash.field,
          message: `"${key}" is ${describe(typeClash.value)} here but ${describe(first.value)} in ${first.origin.file} (${first.origin.record}); disagreeing values are kept as a list, so they must have one type`,
        });
        continue;
      }
      // Dates are compared as strings in every date-window query: a list there would break them.
      if (['date', 'start', 'end', 'since', 'until'].includes(key)) {
        problems.push({
          origin: first.origin,
          field: `props.${key}`,
          message: `"${key}" is given as ${distinct.map((d) => JSON.stringify(d.value)).join(' and ')} by different documents; sources disagreeing on a date need one date and a note, not two dates`,
        });
        continue;
      }
      const sourcesKey = `${key}Sources`;
      if (this.given.has(sourcesKey)) {
        problems.push({
          origin: first.origin,
          field: `props.${sourcesKey}`,
          message: `"${sourcesKey}" is reserved for the sources of the disagreeing values of "${key}"`,
        });
        continue;
      }
      properties[key] = distinct.map((d) => d.value) as string[] | number[] | boolean[];
      properties[sourcesKey] = distinct.map((d) => unique(d.sources).join(', '));
    }
    return { properties, problems };
  }
}

/**
 * A status reported by several sources is not a disagreement but a history (an MoU announced,
 * later signed): the current status is the one of the most recently published source, and every
 * report is kept, oldest first, as "<published>|<status>|<source id>".
 */
function resolveStatus(givens: Given[]): Record<string, NeoValue> {
  const reports = givens
    .map((g, order) => ({
      published: g.origin.published,
      status: g.value as string,
      source: g.origin.source,
      order,
    }))
    .sort((a, b) => comparePublished(a.published, b.published) || a.order - b.order);
  const latest = reports[reports.length - 1] as (typeof reports)[number];
  if (new Set(reports.map((r) => r.source)).size < 2) return { status: latest.status };
  return {
    status: latest.status,
    statusHistory: reports.map((r) => `${r.published}|${r.status}|${r.source}`),
  };
}

/** Publication dates at different precisions compare by the first day they name ("2025" < "2025-04"). */
function comparePublished(a: string, b: string): number {
  const firstDay = (date: string) => `${date}-01-01`.slice(0, 10);
  const [dayA, dayB] = [firstDay(a), firstDay(b)];
  return dayA < dayB ? -1 : dayA > dayB ? 1 : a.length - b.length;
}

/** Parallel lists of source ids and quotes; a (source, quote) pair is kept once. */
export class Citations {
  readonly sources: string[] = [];
  readonly quotes: string[] = [];

  add(source: string, quote: string): void {
    const known = this.sources.some((s, i) => s === source && this.quotes[i] === quote);
    if (known) return;
    this.sources.push(source);
    this.quotes.push(quote);
  }
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function describe(value: PropValue): string {
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value} (${JSON.stringify(value)})`;
}
