// What a sentence says about whether its agreement or event happened, read from its verbs and tense,
// in the project's status vocabulary (seed/model/statuses.ts): a plan is never drafted as a fact.
import type { ActStatus, AgreementStatus, EventStatus } from '../../seed/model/statuses.ts';

const RENEWED = /(?<!\p{L})(?:renouvel|reconduit|prolong|renewed|renewal|extended)/iu;
const ENDED = /(?<!\p{L})(?:a pris fin|ont pris fin|dénoncé|résili|ended|terminated|expired)/iu;
const ANNOUNCED =
  /(?<!\p{L})(?:signera|signeront|va signer|vont signer|devrait signer|devraient signer|doit signer|doivent signer|sera signée?s?|seront signée?s?|prévoi|prévu|projet d[e’']|envisag|annonc|à venir|will sign|to be signed|is to sign|are to sign|plans? to|planned|expected to|would sign|will be signed|intends? to|en vue de la signature|prochainement)/iu;
const SIGNED =
  /(?<!\p{L})(?:a signé|ont signé|avait signé|avaient signé|signée?s?(?!\p{L})|signature|a conclu|ont conclu|conclu|scellé|paraphé|signed|concluded|entered into|inked)/iu;

/** An agreement's status from the clause that tells of it; `undefined` when the text says nothing. */
export function agreementStatusOf(clause: string): AgreementStatus | undefined {
  if (ENDED.test(clause)) return 'ended';
  if (RENEWED.test(clause)) return 'renewed';
  if (ANNOUNCED.test(clause)) return 'announced';
  if (SIGNED.test(clause)) return 'signed';
  return undefined;
}

const FUTURE =
  /(?<!\p{L})(?:se rendra|se rendront|ira|iront|partira|partiront|aura lieu|auront lieu|sera menée|seront menées|va se rendre|vont se rendre|prévu|prévue|prochain|prochaine|à venir|will travel|will visit|will lead|will take place|is to visit|planned|upcoming|next)/iu;
const CANCELLED = /(?<!\p{L})(?:annulée?s?|reportée?s?|cancelled|canceled|called off|postponed)/iu;

/** An event's status: planned when told in the future, cancelled when called off, else held. */
export function eventStatusOf(clause: string): EventStatus {
  if (CANCELLED.test(clause)) return 'cancelled';
  if (FUTURE.test(clause)) return 'planned';
  return 'held';
}

/** The status of an act (a visit, leading, being party to an agreement) that follows its event's or agreement's. */
export function actStatusOf(status: EventStatus | AgreementStatus | undefined): ActStatus {
  if (status === 'planned' || status === 'announced') return 'planned';
  if (status === 'cancelled') return 'cancelled';
  return 'done';
}
