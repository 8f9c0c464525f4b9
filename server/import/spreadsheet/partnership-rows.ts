// A partnership row: a French actor, a foreign partner, and the link between them: an agreement
// both are party to (with its kind, date, status and topics), or a cooperation without one.
import type { NodeRecord, RelationshipRecord } from '../../../seed/dataset-schema.ts';
import type { SpreadsheetField } from '../../contract/spreadsheet.ts';
import type { DocumentBuilder } from './document-builder.ts';
import { addNode, addRelationship } from './record-checks.ts';
import type { RowContext } from './row-context.ts';
import {
  ACT_STATUS_EXAMPLES,
  AGREEMENT_STATUS_EXAMPLES,
  actOfAgreement,
  actStatusOf,
  agreementStatusOf,
  isoDateOf,
  kindOf,
  LINK_TYPE_WORDS,
  linkTypeOf,
  listOf,
} from './row-values.ts';

type ActorFields = { name: SpreadsheetField; kind: SpreadsheetField; country: SpreadsheetField };
const FRENCH: ActorFields = { name: 'frenchActor', kind: 'frenchKind', country: 'frenchCountry' };
const PARTNER: ActorFields = { name: 'partner', kind: 'partnerKind', country: 'partnerCountry' };

export function readPartnershipRow(ctx: RowContext, builder: DocumentBuilder, defaultCountry?: string): void {
  const source = builder.sourceOf(ctx);
  const linkText = ctx.value('linkType');
  const link = linkTypeOf(linkText);
  if (!link)
    ctx.error(
      'linkType',
      `"${linkText}" is not a known link type; expected one of ${LINK_TYPE_WORDS.join(', ')}`,
    );
  const dateText = ctx.value('date');
  const date = dateText ? isoDateOf(dateText) : undefined;
  if (dateText && !date)
    ctx.error('date', `"${dateText}" is not a date; expected YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY`);
  const statusText = ctx.value('status');
  const quote = builder.citationOf(ctx, [
    `${ctx.value('frenchActor')} — ${ctx.value('partner')}`,
    linkText,
    dateText,
    statusText,
    ctx.value('topic'),
  ]);
  if (!source || !quote || !link) return;

  const a = actor(ctx, builder, FRENCH, quote, defaultCountry);
  const b = actor(ctx, builder, PARTNER, quote);
  if (!a || !b) return;

  if (link.relationship === 'COOPERATES_WITH') {
    const status = statusText ? actStatusOf(statusText) : undefined;
    if (statusText && !status) {
      ctx.error(
        'status',
        `"${statusText}" is not a status of a cooperation; expected one of ${ACT_STATUS_EXAMPLES}`,
      );
      return;
    }
    const props: NonNullable<RelationshipRecord['props']> = {};
    if (date) props.since = date;
    if (status) props.status = status;
    const topicNames = listOf(ctx.value('topic'));
    if (topicNames.length > 0) props.topics = topicNames;
    addRelationship(ctx, { type: 'COOPERATES_WITH', from: a.id, to: b.id, props, quote }, 'linkType');
    return;
  }
  const status = agreementStatusOf(statusText);
  if (!status) {
    ctx.error(
      'status',
      statusText
        ? `"${statusText}" is not a status of an agreement; expected one of ${AGREEMENT_STATUS_EXAMPLES}`
        : `an agreement must say its status (a plan is not a fact); expected one of ${AGREEMENT_STATUS_EXAMPLES}`,
    );
    return;
  }
  const agreementId = [link.kind, a.id, b.id, date?.slice(0, 4)]
    .filter(Boolean)
    .join('-')
    .slice(0, 120)
    .replace(/-+$/, '');
  const agreement: NodeRecord = {
    id: agreementId,
    label: 'Agreement',
    name: `${link.label} ${a.name} – ${b.name}`,
    kind: link.kind,
    props: { status, ...(date ? { date } : {}) },
    quote,
  };
  addNode(ctx, agreement, 'linkType');
  for (const party of [a, b])
    addRelationship(
      ctx,
      { type: 'PARTY_TO', from: party.id, to: agreementId, props: { status: actOfAgreement(status) }, quote },
      'status',
    );
  for (const name of listOf(ctx.value('topic'))) {
    const topic = topicId(ctx, builder, name, quote);
    addRelationship(ctx, { type: 'CONCERNS', from: agreementId, to: topic, quote }, 'topic');
  }
}

/** The row's actor: matched by name, or new (with its kind and country, cited by the row). */
function actor(
  ctx: RowContext,
  builder: DocumentBuilder,
  fields: ActorFields,
  quote: string,
  defaultCountry?: string,
): { id: string; name: string } | undefined {
  const name = ctx.value(fields.name);
  if (!name) {
    ctx.error(fields.name, 'empty: every partnership row names both actors');
    return undefined;
  }
  const kind = kindOf(ctx.value(fields.kind));
  const resolved = builder.resolve(ctx, name, ['Organisation', 'Person'], (id) => ({
    id,
    label: 'Organisation',
    name,
    ...(kind ? { kind } : {}),
    quote,
  }));
  if (resolved.record) {
    addNode(ctx, resolved.record, fields.name);
    const country = ctx.value(fields.country) || defaultCountry;
    if (country) {
      const place = countryId(ctx, builder, country, quote, fields.country);
      addRelationship(ctx, { type: 'LOCATED_IN', from: resolved.id, to: place, quote }, fields.country);
    }
  }
  return { id: resolved.id, name: resolved.record?.name ?? ctx.matched.at(-1)?.name ?? name };
}

export function countryId(
  ctx: RowContext,
  builder: DocumentBuilder,
  country: string,
  quote: string,
  field: SpreadsheetField,
): string {
  const resolved = builder.resolve(
    ctx,
    country,
    ['Place'],
    (id) => ({ id, label: 'Place', name: country, kind: 'country', quote }),
    'place-',
  );
  if (resolved.record) addNode(ctx, resolved.record, field);
  return resolved.id;
}

function topicId(ctx: RowContext, builder: DocumentBuilder, topic: string, quote: string): string {
  const resolved = builder.resolve(
    ctx,
    topic,
    ['Topic'],
    (id) => ({ id, label: 'Topic', name: topic, quote }),
    'topic-',
  );
  if (resolved.record) addNode(ctx, resolved.record, 'topic');
  return resolved.id;
}
