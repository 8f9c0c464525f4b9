// The write token of this tab. Writes (imports, drafts, edits, retractions) need a bearer token the
// server knows; the analyst types it once, and it is kept in sessionStorage: for this tab only,
// gone when the tab closes, never in the URL or in a shared link.
const STORAGE_KEY = 'cge.writeToken';

/** Asks the analyst for a token (a dialog); undefined when they cancel. */
export type WriteTokenPrompt = (reason: 'missing' | 'refused') => Promise<string | undefined>;

export class WriteTokenStore {
  private prompt: WriteTokenPrompt = async () => undefined;

  constructor(private readonly storage: Storage | undefined = globalThis.sessionStorage) {}

  get(): string | undefined {
    return this.storage?.getItem(STORAGE_KEY) ?? undefined;
  }

  set(token: string): void {
    this.storage?.setItem(STORAGE_KEY, token);
  }

  forget(): void {
    this.storage?.removeItem(STORAGE_KEY);
  }

  /** The composition root plugs the dialog in, so the API layer stays free of UI. */
  usePrompt(prompt: WriteTokenPrompt): void {
    this.prompt = prompt;
  }

  /** The kept token, else one asked for now (and kept); undefined when the analyst cancels. */
  async obtain(reason: 'missing' | 'refused' = 'missing'): Promise<string | undefined> {
    const known = reason === 'missing' ? this.get() : undefined;
    if (known) return known;
    const given = (await this.prompt(reason))?.trim();
    if (!given) return undefined;
    this.set(given);
    return given;
  }
}
