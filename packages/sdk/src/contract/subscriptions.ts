import * as z from 'zod/mini';
import { Key, Timestamp } from './common.js';
import { endpoint } from './endpoint.js';
import { SubjectParams } from './subjects.js';

export const TopicSubscription = z.object({
  topic: Key,
  subscribed: z.boolean(),
  updatedAt: z.nullable(Timestamp),
});

/** Every active topic, subscribed or not, and the global "nothing at all". */
export const Subscriptions = z
  .object({
    optedOutOfAll: z.boolean(),
    topics: z.array(TopicSubscription),
  })
  .register(z.globalRegistry, { id: 'Subscriptions' });
export type Subscriptions = z.infer<typeof Subscriptions>;

export const SubscriptionsPut = z.strictObject({
  optedOutOfAll: z.optional(z.boolean()),
  topics: z.optional(z.array(z.strictObject({ topic: Key, subscribed: z.boolean() })).check(z.maxLength(200))),
  source: z.optional(Key),
});
export type SubscriptionsPut = z.infer<typeof SubscriptionsPut>;

const tag = 'Subscriptions';
export const subscriptionEndpoints = {
  get: endpoint({
    method: 'GET',
    path: '/v1/subjects/{id}/subscriptions',
    operationId: 'getSubscriptions',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'A person’s subscription to every active topic, and whether they opted out of everything.',
    params: SubjectParams,
    status: 200,
    response: Subscriptions,
  }),
  put: endpoint({
    method: 'PUT',
    path: '/v1/subjects/{id}/subscriptions',
    operationId: 'setSubscriptions',
    tag,
    auth: 'staff',
    right: 'edit_persons',
    summary: 'Subscribe or unsubscribe topics, or opt out of everything; each change is appended to the ledger.',
    params: SubjectParams,
    body: SubscriptionsPut,
    status: 200,
    response: Subscriptions,
  }),
};
