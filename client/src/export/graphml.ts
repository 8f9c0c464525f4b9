// GraphML for Gephi and yEd: one <key> per property (typed when all values agree), lists and
// objects such as sources and quotes kept as JSON strings.
import type { JsonValue, WireGraph } from '../../../server/contract/graph.ts';
import { nodeName } from '../graph/elements.ts';
import { cellValue, propertyKeys } from './formats.ts';

export function xmlEscape(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .split('')
    .filter((char) => {
      // XML 1.0 forbids control characters other than tab, line feed and carriage return.
      const code = char.charCodeAt(0);
      return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
    })
    .join('');
}

function attrType(values: (JsonValue | undefined)[]): 'string' | 'double' | 'boolean' {
  const present = values.filter((value) => value !== undefined && value !== null);
  if (present.length > 0 && present.every((value) => typeof value === 'number')) return 'double';
  if (present.length > 0 && present.every((value) => typeof value === 'boolean')) return 'boolean';
  return 'string';
}

/** Characters outside XML's NameChar (an id is an xs:NMTOKEN), kept to a safe subset. */
const NOT_NAME_CHAR = /[^\p{L}\p{M}\p{N}._:-]/gu;

/**
 * Turns wire ids into GraphML ids: valid xs:NMTOKENs (edge ids such as `a|PARTNER_OF|b` are not),
 * unique within one export, and the same id always mapped to the same token.
 */
export function graphmlIds(): (id: string) => string {
  const assigned = new Map<string, string>();
  const taken = new Set<string>();
  return (id) => {
    const known = assigned.get(id);
    if (known) return known;
    const base = id.replace(NOT_NAME_CHAR, '_') || '_';
    let token = base;
    for (let n = 2; taken.has(token); n += 1) token = `${base}-${n}`;
    assigned.set(id, token);
    taken.add(token);
    return token;
  };
}

function keyId(scope: 'n' | 'e', name: string): string {
  return `${scope}_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

export function toGraphml(graph: WireGraph): string {
  const nodeKeys = propertyKeys(graph.nodes, ['name', 'nameEn', 'kind']);
  // An `id` property equal to the edge's own id would repeat the e__id data below.
  const edgeKeys = propertyKeys(graph.edges, []).filter(
    (key) =>
      key !== 'id' ||
      graph.edges.some((edge) => edge.properties.id !== undefined && edge.properties.id !== edge.id),
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="n__label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="n__labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="e__type" for="edge" attr.name="type" attr.type="string"/>',
    // The explorer's own edge id, kept as data since the GraphML id had to be made a valid token.
    '  <key id="e__id" for="edge" attr.name="id" attr.type="string"/>',
  ];
  // Node ids may be valid tokens already (so Gephi shows them as they are); edge ids rarely are.
  const nodeId = graphmlIds();
  const edgeId = graphmlIds();
  for (const key of nodeKeys) {
    const type = attrType(graph.nodes.map((node) => node.properties[key]));
    lines.push(
      `  <key id="${keyId('n', key)}" for="node" attr.name="${xmlEscape(key)}" attr.type="${type}"/>`,
    );
  }
  for (const key of edgeKeys) {
    const type = attrType(graph.edges.map((edge) => edge.properties[key]));
    lines.push(
      `  <key id="${keyId('e', key)}" for="edge" attr.name="${xmlEscape(key)}" attr.type="${type}"/>`,
    );
  }
  lines.push('  <graph id="cooperation" edgedefault="directed">');
  const data = (id: string, value: string) => `      <data key="${id}">${xmlEscape(value)}</data>`;
  for (const node of graph.nodes) {
    lines.push(
      `    <node id="${xmlEscape(nodeId(node.id))}">`,
      data('n__label', nodeName(node)),
      data('n__labels', node.labels.join(';')),
    );
    for (const key of nodeKeys) {
      if (node.properties[key] !== undefined)
        lines.push(data(keyId('n', key), cellValue(node.properties[key])));
    }
    lines.push('    </node>');
  }
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${xmlEscape(edgeId(edge.id))}" source="${xmlEscape(nodeId(edge.source))}" target="${xmlEscape(nodeId(edge.target))}">`,
      data('e__type', edge.type),
      data('e__id', edge.id),
    );
    for (const key of edgeKeys) {
      if (edge.properties[key] !== undefined)
        lines.push(data(keyId('e', key), cellValue(edge.properties[key])));
    }
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
