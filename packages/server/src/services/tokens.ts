import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * What a token lets its holder do: manage their preferences, confirm a submission, give a
 * requested consent, or create the first administrator of the console (`setup`, about no person).
 */
export type TokenPurpose = 'manage' | 'confirm' | 'consent_request' | 'setup';
const PURPOSE_CODES: Record<TokenPurpose, number> = { manage: 1, confirm: 2, consent_request: 3, setup: 4 };

const FORMAT = 1;
const PAYLOAD_BYTES = 44;

export interface TokenClaims {
  purpose: TokenPurpose;
  subjectId: string;
  /** The person's token version when the token was made; bumping it revokes the token. */
  tokenVersion: number;
  expiresAt: Date;
  /**
   * What the token is about, such as the submission it confirms: an id carried in the token's
   * 128-bit slot, which is random when none is given (the HMAC, not the slot, makes a token unguessable).
   */
  ref?: string;
}

function mac(secret: string, payload: Buffer): Buffer {
  return createHmac('sha256', secret).update('basis-token\n').update(payload).digest();
}

/**
 * A signed, compact token: format, purpose, the person's id, their token version, the expiry
 * and 128 bits (the `ref`, or random), then an HMAC-SHA256 of all that under BASIS_SECRET.
 */
export function signToken(secret: string, claims: TokenClaims): string {
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  payload[0] = FORMAT;
  payload[1] = PURPOSE_CODES[claims.purpose];
  Buffer.from(claims.subjectId.replace(/-/g, ''), 'hex').copy(payload, 2);
  payload.writeUInt32BE(claims.tokenVersion, 18);
  payload.writeUIntBE(Math.floor(claims.expiresAt.getTime() / 1000), 22, 6);
  (claims.ref ? Buffer.from(claims.ref.replace(/-/g, ''), 'hex') : randomBytes(16)).copy(payload, 28);
  return `${payload.toString('base64url')}.${mac(secret, payload).toString('base64url')}`;
}

function uuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The claims of a genuine, unexpired token for `purpose`, or undefined. Every way a token can be
 * wrong ends the same way; the signature is compared in constant time.
 */
export function verifyToken(secret: string, token: string, purpose: TokenPurpose, now = new Date()): TokenClaims | undefined {
  const match = /^([A-Za-z0-9_-]{59})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return undefined;
  const payload = Buffer.from(match[1]!, 'base64url');
  const given = Buffer.from(match[2]!, 'base64url');
  if (payload.length !== PAYLOAD_BYTES || given.length !== 32) return undefined;
  if (!timingSafeEqual(given, mac(secret, payload))) return undefined;
  if (payload[0] !== FORMAT || payload[1] !== PURPOSE_CODES[purpose]) return undefined;
  const expiresAt = new Date(payload.readUIntBE(22, 6) * 1000);
  if (expiresAt <= now) return undefined;
  return {
    purpose,
    subjectId: uuid(payload.subarray(2, 18).toString('hex')),
    tokenVersion: payload.readUInt32BE(18),
    expiresAt,
    ref: uuid(payload.subarray(28, 44).toString('hex')),
  };
}
