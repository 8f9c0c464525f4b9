// What an element keeps when one of its sources is retracted: the other sources' citations, the
// status the latest remaining source reports, and, where sources disagreed on a value, the values the
// remaining sources gave. The result is the change to store (`SET +=`, null removes a key); the
// import's merge (seed/merge-properties.ts) is the rule this undoes.

type Value = unknown;

const strings = (value: Value): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Whether an element cites only this source (and so goes with it). */
export function citesOnly(properties: Record<string, Value>, sourceId: string): boolean {
  const sources = strings(properties.sources);
  return sources.length > 0 && sources.every((source) => source === sourceId);
}

/** The change that removes one source's citations and what it alone reported from an element. */
export function withoutSource(properties: Record<string, Value>, sourceId: string): Record<string, Value> {
  const sources = strings(properties.sources);
  const quotes = strings(properties.quotes);
  const kept = sources
    .map((source, i) => ({ source, quote: quotes[i] ?? '' }))
    .filter((c) => c.source !== sourceId);
  const change: Record<string, Value> = {
    sources: kept.map((c) => c.source),
    quotes: kept.map((c) => c.quote),
    sourceCount: new Set(kept.map((c) => c.source)).size,
  };
  Object.assign(change, statusWithout(properties.statusHistory, sourceId));
  for (const [key, value] of Object.entries(properties)) {
    if (!key.endsWith('Sources') || key === 'sources') continue;
    const valueKey = key.slice(0, -'Sources'.length);
    Object.assign(change, disagreementWithout(valueKey, properties[valueKey], value, sourceId));
  }
  return change;
}

/** "<published>|<status>|<source>" reports, oldest first: the latest remaining one gives the status. */
function statusWithout(history: Value, sourceId: string): Record<string, Value> {
  if (!Array.isArray(history)) return {};
  const reports = strings(history);
  const kept = reports.filter((report) => report.split('|')[2] !== sourceId);
  if (kept.length === reports.length || kept.length === 0) return {};
  const latest = (kept[kept.length - 1] as string).split('|')[1];
  const sourcesLeft = new Set(kept.map((report) => report.split('|')[2]));
  // One source left: the merge stores a status alone, without a history.
  return { status: latest, statusHistory: sourcesLeft.size < 2 ? null : kept };
}

/** Values several sources disagreed on: `<key>` holds them, `<key>Sources` says who gave each ("a, b"). */
function disagreementWithout(
  key: string,
  values: Value,
  givers: Value,
  sourceId: string,
): Record<string, Value> {
  if (!Array.isArray(values) || !Array.isArray(givers) || values.length !== givers.length) return {};
  const kept: { value: Value; by: string }[] = [];
  values.forEach((value, i) => {
    const by = String(givers[i])
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && s !== sourceId);
    if (by.length > 0) kept.push({ value, by: by.join(', ') });
  });
  if (kept.length === values.length) return {};
  if (kept.length === 0) return { [key]: null, [`${key}Sources`]: null };
  if (kept.length === 1) return { [key]: kept[0]?.value, [`${key}Sources`]: null };
  return { [key]: kept.map((k) => k.value), [`${key}Sources`]: kept.map((k) => k.by) };
}
