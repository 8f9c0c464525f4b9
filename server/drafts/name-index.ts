// The name matcher over the graph's actors, built on first use and rebuilt after the graph changes
// (the source catalog tells, see SourceCatalog.onInvalidate). One query loads every name.
import type { Database } from '../database/database.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';
import { type KnownActor, NameMatcher } from './name-matcher.ts';

type NameRow = { id: string; label: string; name: string; names: string[] };

export class NameIndex {
  private building: Promise<NameMatcher> | undefined;

  constructor(
    private readonly db: Database,
    catalog: SourceCatalog,
  ) {
    catalog.onInvalidate(() => {
      this.building = undefined;
    });
  }

  matcher(): Promise<NameMatcher> {
    if (!this.building) {
      const building = this.load();
      this.building = building;
      // A failed load (database down) is not kept: the next draft tries again.
      building.catch(() => {
        if (this.building === building) this.building = undefined;
      });
    }
    return this.building;
  }

  private async load(): Promise<NameMatcher> {
    const result = await this.db.read<NameRow>('draftActorNames');
    const actors: KnownActor[] = result.records.map((record) => ({
      id: record.get('id'),
      label: record.get('label'),
      name: record.get('name'),
      names: record.get('names'),
    }));
    return new NameMatcher(actors);
  }
}
