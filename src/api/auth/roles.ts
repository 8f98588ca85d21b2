/** The roles an API key can carry, weakest first: an editor can do everything a reader can. */
export const ROLES = ['reader', 'editor'] as const;
export type Role = (typeof ROLES)[number];

/** Who made a request: the holder of the API key it carried (named in the audit trail) and its role. */
export interface Caller {
  name: string;
  role: Role;
}

/** Whether the caller's role is `role` or a stronger one. */
export function hasRole(caller: Caller, role: Role): boolean {
  return ROLES.indexOf(caller.role) >= ROLES.indexOf(role);
}
