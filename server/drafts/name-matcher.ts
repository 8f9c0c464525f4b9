// Mentions of actors already in the graph: one Aho–Corasick automaton over the folded names,
// English names, aliases and acronyms of every actor, run once over the folded article. Its cost
// grows with the text, not with the number of names (100,000 names stay fast).
import AhoCorasick from 'modern-ahocorasick';
import { foldName, foldWithOffsets } from './text-fold.ts';

export interface KnownActor {
  id: string;
  label: string;
  name: string;
  names: string[];
}

export interface ActorMention {
  start: number;
  end: number;
  actor: KnownActor;
  /** Which name of the actor matched (folded). */
  matched: string;
}

/** Folded names too short or too common to stand for an actor alone ("la", "est", "ville"). */
const TOO_SHORT = 2;
const STOP_NAMES = new Set([
  'le',
  'la',
  'les',
  'de',
  'du',
  'des',
  'et',
  'en',
  'un',
  'une',
  'the',
  'of',
  'and',
  'a',
  'est',
  'il',
  'elle',
  'on',
  'in',
  'to',
  'at',
]);
const LEADING_ARTICLE = /^(?:le|la|les|l|the) /;
/** Words that name a kind of body, not one body: an alias reduced to one of them is left out. */
const GENERIC_WORDS = new Set([
  'region',
  'ville',
  'city',
  'metropole',
  'departement',
  'prefecture',
  'pole',
  'cluster',
  'universite',
  'university',
  'agence',
  'agency',
  'association',
  'fondation',
  'ministere',
  'chambre',
  'mairie',
  'etat',
  'state',
  'commune',
  'conseil',
  'council',
  'ambassade',
  'embassy',
]);
/** A name after one of these words stands for a place ("à Kumamoto") rather than for its authority. */
const PLACE_PREPOSITION = /(?:^|[\s'’])(?:à|a|au|aux|en|in|to|at|vers|près de|near)\s+$/iu;

export class NameMatcher {
  private readonly automaton: AhoCorasick<KnownActor[]> | undefined;
  readonly size: number;
  private readonly byId = new Map<string, KnownActor>();

  constructor(actors: readonly KnownActor[]) {
    for (const actor of actors) this.byId.set(actor.id, actor);
    const byName = new Map<string, KnownActor[]>();
    for (const actor of actors) {
      for (const name of new Set([actor.name, ...actor.names])) {
        const folded = foldName(name);
        // Without its article: the article of the text ("la", "l'") is a word of its own, and an alias
        // such as "la Région" must not turn every "la région" into that one region.
        const variant = folded.replace(LEADING_ARTICLE, '');
        {
          if (variant.length < TOO_SHORT || STOP_NAMES.has(variant) || GENERIC_WORDS.has(variant)) continue;
          const holders = byName.get(variant) ?? [];
          if (!holders.includes(actor)) holders.push(actor);
          byName.set(variant, holders);
        }
      }
    }
    this.size = byName.size;
    const patterns = [...byName].map(([pattern, data]) => ({ pattern, data }));
    // Folded text is ASCII words and single spaces: an ASCII boundary is a word boundary.
    this.automaton = patterns.length > 0 ? new AhoCorasick(patterns, { boundary: 'ascii' }) : undefined;
  }

  hasId(id: string): boolean {
    return this.byId.has(id);
  }

  actor(id: string): KnownActor | undefined {
    return this.byId.get(id);
  }

  /**
   * Every mention, the longest at each place ("Région Occitanie" over "Occitanie"), in text order.
   * A name two actors share (Kumamoto the city, Kumamoto the prefecture) goes to the place after a
   * preposition ("à Kumamoto") and to the organisation elsewhere; the analyst can change it with "same as".
   */
  find(text: string): ActorMention[] {
    if (!this.automaton) return [];
    const { folded, origin } = foldWithOffsets(text);
    const mentions: ActorMention[] = [];
    for (const match of this.automaton.search(folded, { strategy: 'leftmost-longest' })) {
      const start = origin[match.start] as number;
      const actor = pickHolder(match.data ?? [], text.slice(Math.max(0, start - 12), start));
      if (!actor) continue;
      const end = (origin[match.end - 1] as number) + 1;
      mentions.push({ start, end, actor, matched: match.pattern });
    }
    return mentions;
  }
}

function pickHolder(holders: readonly KnownActor[], before: string): KnownActor | undefined {
  if (holders.length < 2) return holders[0];
  const wantPlace = PLACE_PREPOSITION.test(before);
  return holders.find((h) => (h.label === 'Place') === wantPlace) ?? holders[0];
}
