// An actor row: an organisation the register lists, with its kind, country, aliases, English name
// and web site. A name already in the graph adds its citation (and the row's aliases) to that node.
import type { NodeRecord } from '../../../seed/dataset-schema.ts';
import type { DocumentBuilder } from './document-builder.ts';
import { countryId } from './partnership-rows.ts';
import { addNode, addRelationship } from './record-checks.ts';
import type { RowContext } from './row-context.ts';
import { kindOf, listOf } from './row-values.ts';

export function readActorRow(ctx: RowContext, builder: DocumentBuilder): void {
  const source = builder.sourceOf(ctx);
  const name = ctx.value('name');
  if (!name) ctx.error('name', 'empty: every actor row names its actor');
  const url = ctx.value('url');
  if (url && !/^https?:\/\/\S+$/.test(url))
    ctx.error('url', `"${url}" is not a web address (http:// or https://)`);
  const quote = builder.citationOf(ctx, [name, ctx.value('kind'), ctx.value('country')]);
  if (!source || !quote || !name) return;

  const kind = kindOf(ctx.value('kind'));
  const nameEn = ctx.value('nameEn');
  const aliases = listOf(ctx.value('aliases'));
  const extra = {
    ...(nameEn ? { nameEn } : {}),
    ...(url ? { props: { website: url } } : {}),
  };
  const resolved = builder.resolve(ctx, name, ['Organisation', 'Person'], (id) => ({
    id,
    label: 'Organisation',
    name,
    ...(kind ? { kind } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    ...extra,
    quote,
  }));
  const known = ctx.matched.at(-1);
  const record: NodeRecord =
    resolved.record ??
    // The node in the graph keeps its name and label; the row's spelling becomes an alias.
    ({
      id: resolved.id,
      label: (known?.label ?? 'Organisation') as NodeRecord['label'],
      name: known?.name ?? name,
      ...(aliases.length > 0 || name !== known?.name
        ? { aliases: [...new Set([...(name !== known?.name ? [name] : []), ...aliases])] }
        : {}),
      ...extra,
      quote,
    } satisfies NodeRecord);
  addNode(ctx, record, 'name');
  const country = ctx.value('country');
  if (country) {
    const place = countryId(ctx, builder, country, quote, 'country');
    addRelationship(ctx, { type: 'LOCATED_IN', from: resolved.id, to: place, quote }, 'country');
  }
}
