import { assert } from '@open-wc/testing';
import { CATALOGS, type Route, pathOf, routeOf, sectionOf } from '../../src/console/routing/routes.js';

const at = (path: string) => {
  const url = new URL(path, 'https://basis.test');
  return routeOf({ pathname: url.pathname, search: url.search });
};

describe('console routes', () => {
  it('reads every view from its address', () => {
    assert.deepEqual(at('/admin/persons'), { name: 'persons', query: '' });
    assert.deepEqual(at('/admin/persons?q=ada%40example.com'), { name: 'persons', query: 'ada@example.com' });
    assert.deepEqual(at('/admin/persons/00000000-0000-4000-8000-000000000001'), {
      name: 'person',
      id: '00000000-0000-4000-8000-000000000001',
    });
    assert.deepEqual(at('/admin/purposes'), { name: 'catalog', catalog: 'purposes' });
    assert.deepEqual(at('/admin/legal-bases/new'), { name: 'catalog-new', catalog: 'legal-bases' });
    assert.deepEqual(at('/admin/topics/product_news'), { name: 'catalog-item', catalog: 'topics', key: 'product_news' });
    assert.deepEqual(at('/admin/settings'), { name: 'settings' });
    assert.deepEqual(at('/admin/users'), { name: 'users' });
    assert.deepEqual(at('/admin/audit'), { name: 'audit', filter: {} });
    assert.deepEqual(at('/admin/audit?action=sendMailing&actor=user:u-1&from=2026-02-01T00:00:00.000Z'), {
      name: 'audit',
      filter: { actor: 'user:u-1', action: 'sendMailing', from: '2026-02-01T00:00:00.000Z' },
    });
    assert.deepEqual(
      at('/admin/audit?actor=grace&from=yesterday&targetType='),
      { name: 'audit', filter: {} },
      'what the API refuses is no filter',
    );
    assert.deepEqual(at('/admin/mailings'), { name: 'mailings' });
    assert.deepEqual(at('/admin/mailings/new'), { name: 'mailing-new' });
    assert.deepEqual(at('/admin/mailings/10000000-0000-4000-8000-000000000001'), {
      name: 'mailing',
      id: '10000000-0000-4000-8000-000000000001',
    });
    assert.deepEqual(at('/admin/forms'), { name: 'forms' });
    assert.deepEqual(at('/admin/forms/new'), { name: 'form-new' });
    assert.deepEqual(at('/admin/forms/0190f3c4-5e6f-7a8b-9c0d-000000000001'), { name: 'form', id: '0190f3c4-5e6f-7a8b-9c0d-000000000001' });
    assert.deepEqual(at('/admin/forms/0190f3c4-5e6f-7a8b-9c0d-000000000001/submissions'), {
      name: 'form-submissions',
      id: '0190f3c4-5e6f-7a8b-9c0d-000000000001',
    });
  });

  it('shows the home view, the dashboard, at the bare base, with or without a slash', () => {
    assert.deepEqual(at('/admin'), { name: 'dashboard' });
    assert.deepEqual(at('/admin/'), { name: 'dashboard' });
  });

  it('reads the outbox’s filters from the address, dropping a value the contract does not know', () => {
    assert.deepEqual(at('/admin/dashboard'), { name: 'dashboard' });
    assert.deepEqual(at('/admin/outbox'), { name: 'outbox', status: null, kind: null });
    assert.deepEqual(at('/admin/outbox?status=failed&kind=mailing'), { name: 'outbox', status: 'failed', kind: 'mailing' });
    assert.deepEqual(at('/admin/outbox?status=lost&kind=double_opt_in'), { name: 'outbox', status: null, kind: 'double_opt_in' });
  });

  it('answers not-found for anything it does not know, never throwing', () => {
    for (const path of [
      '/admin/nope',
      '/admin/dashboard/today',
      '/admin/outbox/message',
      '/admin/persons/not-an-id',
      '/admin/purposes/Not_A_Key',
      '/admin/purposes/newsletter/extra',
      '/admin/settings/more',
      '/admin/users/someone',
      '/admin/audit/entry',
      '/admin/mailings/not-an-id',
      '/admin/mailings/new/more',
      '/admin/mailings/10000000-0000-4000-8000-000000000001/recipients',
      '/admin/forms/not-an-id',
      '/admin/forms/new/submissions',
      '/admin/forms/0190f3c4-5e6f-7a8b-9c0d-000000000001/versions',
      '/admin/forms/0190f3c4-5e6f-7a8b-9c0d-000000000001/submissions/more',
      '/admin/%E0%A4%A',
      '/administrator',
      '/',
    ]) {
      const route = at(path);
      assert.strictEqual(route.name, 'not-found', path);
    }
  });

  it('writes the address of every route so that reading it gives the route back', () => {
    const routes: Route[] = [
      { name: 'persons', query: '' },
      { name: 'persons', query: 'ada lovelace & co' },
      { name: 'dashboard' },
      { name: 'outbox', status: null, kind: null },
      { name: 'outbox', status: 'sent', kind: null },
      { name: 'outbox', status: 'failed', kind: 'mailing_test' },
      { name: 'person', id: '00000000-0000-4000-8000-000000000001' },
      { name: 'settings' },
      { name: 'users' },
      { name: 'audit', filter: {} },
      { name: 'audit', filter: { actor: 'api_key:key-1', targetType: 'purposes', to: '2026-03-01T00:00:00.000Z' } },
      { name: 'mailings' },
      { name: 'mailing-new' },
      { name: 'mailing', id: '10000000-0000-4000-8000-000000000001' },
      { name: 'forms' },
      { name: 'form-new' },
      { name: 'form', id: '0190f3c4-5e6f-7a8b-9c0d-000000000001' },
      { name: 'form-submissions', id: '0190f3c4-5e6f-7a8b-9c0d-000000000001' },
      ...CATALOGS.flatMap((catalog): Route[] => [
        { name: 'catalog', catalog },
        { name: 'catalog-new', catalog },
        { name: 'catalog-item', catalog, key: 'some_key' },
      ]),
    ];
    for (const route of routes) assert.deepEqual(at(pathOf(route)), route, pathOf(route));
  });

  it('puts every page of a catalog in the catalog’s section of the navigation', () => {
    assert.strictEqual(sectionOf({ name: 'catalog-item', catalog: 'topics', key: 'x' }), 'topics');
    assert.strictEqual(sectionOf({ name: 'person', id: 'x' }), 'persons');
    assert.strictEqual(sectionOf({ name: 'form-submissions', id: 'x' }), 'forms');
    assert.strictEqual(sectionOf({ name: 'mailing', id: 'x' }), 'mailings');
    assert.strictEqual(sectionOf({ name: 'not-found', path: '/x' }), undefined);
  });

  it('works under another base', () => {
    assert.deepEqual(routeOf({ pathname: '/privacy/settings', search: '' }, '/privacy'), { name: 'settings' });
    assert.strictEqual(pathOf({ name: 'settings' }, '/privacy'), '/privacy/settings');
  });
});
