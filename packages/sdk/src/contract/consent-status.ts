import * as z from 'zod/mini';

export const ConsentStatus = z.enum(['active', 'withdrawn', 'objected', 'expired', 'pending']);
export type ConsentStatus = z.infer<typeof ConsentStatus>;
