import * as z from 'zod/mini';

// Who may do what. The server enforces a right on every route; the console only hides what the
// server would refuse anyway. One table, read by both.

/** Every function right, in the order the console lists them. */
export const RIGHTS = [
  /** See persons, their legal bases, subscriptions and ledger, and the forms and settings. */
  'view_persons',
  /** Add and edit persons; set or withdraw a legal basis; change subscriptions; send manage links. */
  'edit_persons',
  /** See fields marked sensitive or special category unmasked, and export them. */
  'see_sensitive',
  /** Create, change and deactivate purposes, legal bases, sources and topics. */
  'manage_purposes',
  /** Change the Privacy Center settings: controller, DPO, defaults, consent requests, embed origins. */
  'manage_settings',
  /** Design, change and publish forms, and read their submissions. */
  'design_forms',
  /** Compose and send mailings. */
  'send_mailings',
  /** Send a mailing to persons the consent gate blocks, with a written reason. */
  'override_gate',
  /** Invite users, give them roles, lock and remove them. */
  'manage_users',
  /** Read the audit log of every change. */
  'view_audit',
] as const;
export const Right = z.enum(RIGHTS);
export type Right = z.infer<typeof Right>;

export const ROLES = ['admin', 'privacy_officer', 'marketer', 'sales', 'service', 'viewer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** A new user starts here: privacy by default. */
export const DEFAULT_ROLE: Role = 'viewer';

/** What each role may do. */
export const ROLE_RIGHTS: Readonly<Record<Role, readonly Right[]>> = {
  admin: RIGHTS,
  privacy_officer: ['view_persons', 'edit_persons', 'see_sensitive', 'manage_purposes', 'manage_settings', 'design_forms', 'view_audit'],
  marketer: ['view_persons', 'edit_persons', 'design_forms', 'send_mailings'],
  sales: ['view_persons', 'edit_persons'],
  service: ['view_persons', 'edit_persons', 'see_sensitive'],
  viewer: ['view_persons'],
};

export function hasRight(role: Role, right: Right): boolean {
  return ROLE_RIGHTS[role].includes(right);
}
