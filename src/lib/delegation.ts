/**
 * A delegation under the Chatham House Rule is shown only as numbers by role. Each person
 * counts once, under the first role listed in their file.
 */
import { PERSON_ROLES } from '../schemas/people.ts';
import { ROLE_LABELS, type Role } from './labels.ts';

export interface RoleCount {
  role: Role;
  count: number;
  /** "3 academics", "1 youth observer". */
  label: string;
}

export function countByRole(people: ReadonlyArray<{ data: { roles: readonly Role[] } }>): RoleCount[] {
  const counts = new Map<Role, number>();
  for (const person of people) {
    const role = person.data.roles[0];
    if (role) counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  return PERSON_ROLES.filter((role) => counts.has(role)).map((role) => {
    const count = counts.get(role)!;
    return { role, count, label: `${count} ${count === 1 ? ROLE_LABELS[role].one : ROLE_LABELS[role].many}` };
  });
}
