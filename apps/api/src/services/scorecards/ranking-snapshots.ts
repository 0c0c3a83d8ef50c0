import { randomBytes } from 'node:crypto';

/**
 * A month's ranking is computed whole (ranks need every total) and then paged. The pages after
 * the first read the ranking their cursor names, so one walk through the pages sees one
 * consistent ranking and pays for it once. Kept in memory for a few minutes; an expired or
 * unknown snapshot is simply computed again.
 */
export class RankingSnapshots<T> {
  private readonly entries = new Map<string, { owner: string; at: number; value: T }>();

  constructor(
    private readonly ttlMs = 5 * 60_000,
    private readonly maxEntries = 20,
  ) {}

  /** Stores a ranking for `owner` (caller and query) and returns its id. */
  put(owner: string, value: T): string {
    this.prune();
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    const id = randomBytes(9).toString('base64url');
    this.entries.set(id, { owner, at: Date.now(), value });
    return id;
  }

  /** The ranking `id` if it is still kept and belongs to `owner`. */
  get(id: string, owner: string): T | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.owner !== owner || Date.now() - entry.at > this.ttlMs) return undefined;
    return entry.value;
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, entry] of this.entries) if (now - entry.at > this.ttlMs) this.entries.delete(id);
  }
}
