import { ROLES, ROLE_NAMES, type Role } from '../domain/roles.js';
import { normalizeForMatch } from './normalize.js';

const ROLE_BY_NAME = new Map<string, Role>(ROLE_NAMES.map((role) => [normalizeForMatch(ROLES[role].vi), role]));

/**
 * The role of the vocabulary (schema `Role`) whose Vietnamese name is `name`, compared after
 * `normalizeForMatch`; null when the vocabulary has no such role.
 *
 * @example roleNamed('Phó Bí thư Thường trực') === 'STANDING_DEPUTY_SECRETARY'
 * @example roleNamed('Hiệu trưởng') === null
 */
export function roleNamed(name: string): Role | null {
  return ROLE_BY_NAME.get(normalizeForMatch(name)) ?? null;
}

/** The Vietnamese name of a role of the vocabulary, e.g. `Bí thư` for SECRETARY. */
export function roleName(role: Role): string {
  return ROLES[role].vi;
}
