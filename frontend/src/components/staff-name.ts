/** A staff member as the API names them: the user name they sign in with and the name to show. */
export interface StaffNameLike {
  username: string;
  displayName: string;
}

/** A staff member as people call them: their display name (the user name only when no one can say better). */
export function staffName(name: StaffNameLike | null | undefined, username?: string | null): string {
  return name?.displayName || username || '';
}

/** Staff members, as people call them, in a list. */
export function staffNames(names: readonly StaffNameLike[] | null | undefined, usernames: readonly string[] = []): string {
  return (names?.length ? names.map((n) => staffName(n)) : usernames).join(', ');
}
