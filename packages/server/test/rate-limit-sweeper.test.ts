import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RATE_LIMIT_MEMORY_MS, startRateLimitSweeper } from '../src/jobs/rate-limit-sweeper.js';
import { countHit } from '../src/store/rate-limits.js';
import { DIALECTS, freshStore } from './harness.js';

for (const dialect of DIALECTS) {
  describe(`the rate-limit sweep (${dialect})`, async () => {
    const store = await freshStore(dialect);

    it('forgets windows long past and keeps the ones that still count', async () => {
      const now = Date.now();
      await countHit(store.db, 'public-client:198.51.100.0', new Date(now - RATE_LIMIT_MEMORY_MS - 60_000).toISOString());
      await countHit(store.db, 'public-client:203.0.113.0', new Date(now - 60_000).toISOString());
      const sweeper = startRateLimitSweeper(store, { intervalMs: 60_000 });
      await sweeper.runOnce();
      await sweeper.stop();
      const buckets = await store.db.selectFrom('rate_limits').select('bucket').execute();
      assert.deepEqual(
        buckets.map((b) => b.bucket),
        ['public-client:203.0.113.0'],
      );
    });
  });
}
