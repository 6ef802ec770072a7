import * as z from 'zod/mini';
import { Description, Key, KeyParams, Name, Timestamp } from './common.js';
import { endpoint } from './endpoint.js';

const Order = z.number().check(z.int(), z.minimum(0), z.maximum(100000));

/** Something a person can opt in to or out of, governed by one purpose. */
export const Topic = z
  .object({
    key: Key,
    name: z.string(),
    description: z.string(),
    purpose: Key,
    order: z.number(),
    active: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'Topic' });
export type Topic = z.infer<typeof Topic>;

export const TopicCreate = z.strictObject({
  key: Key,
  name: Name,
  description: z.optional(Description),
  purpose: Key,
  order: z.optional(Order),
});
export type TopicCreate = z.infer<typeof TopicCreate>;

export const TopicPatch = z.strictObject({
  name: z.optional(Name),
  description: z.optional(Description),
  purpose: z.optional(Key),
  order: z.optional(Order),
  active: z.optional(z.boolean()),
});
export type TopicPatch = z.infer<typeof TopicPatch>;

const tag = 'Topics';
export const topicEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/v1/topics',
    operationId: 'listTopics',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'List the subscription topics in their order.',
    status: 200,
    response: z.object({ items: z.array(Topic) }),
  }),
  create: endpoint({
    method: 'POST',
    path: '/v1/topics',
    operationId: 'createTopic',
    tag,
    auth: 'staff',
    right: 'manage_purposes',
    summary: 'Define a subscription topic governed by a purpose.',
    body: TopicCreate,
    status: 201,
    response: Topic,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/v1/topics/{key}',
    operationId: 'updateTopic',
    tag,
    auth: 'staff',
    right: 'manage_purposes',
    summary: 'Change, reorder, deactivate or reactivate a topic.',
    params: KeyParams,
    body: TopicPatch,
    status: 200,
    response: Topic,
  }),
};
