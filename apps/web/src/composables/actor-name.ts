/** Who acted on an approval, as the API names them (a history entry's `actor`), or as sent by older answers. */
export interface ActorNamed {
  actor?: { id: string; name: string | null } | null;
  actorName?: string | null;
  byName?: string;
  actorId?: string | null;
  by?: string;
}

/**
 * The actor's name: the API's (it joins the name, since a rep cannot list their manager), else a
 * person the caller knows, else `unknown` — never the id.
 */
export function actorName(entry: ActorNamed, known: (id: string) => string | undefined, unknown: string): string {
  const named = entry.actor?.name ?? entry.actorName ?? entry.byName;
  if (named) return named;
  const id = entry.actor?.id ?? entry.actorId ?? entry.by;
  return (id && known(id)) || unknown;
}
