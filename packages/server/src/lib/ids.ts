import { randomBytes } from 'node:crypto';

let last = { ms: 0, counter: 0 };

/**
 * A UUIDv7 (RFC 9562): time-ordered, so ids sort by creation and serve as pagination cursors.
 * Ids made within one millisecond keep their order by a counter in the 12 bits after the time
 * (RFC 9562, section 6.2, method 1).
 */
export function newId(now = Date.now()): string {
  let ms = now;
  let counter = 0;
  if (ms <= last.ms) {
    ms = last.ms;
    counter = last.counter + 1;
    if (counter > 0xfff) {
      ms += 1;
      counter = 0;
    }
  }
  last = { ms, counter };
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
