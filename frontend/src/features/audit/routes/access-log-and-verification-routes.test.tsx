import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';
import { anEntry } from './audit-fixtures';

const checkpoints = {
  items: [
    { number: 2, at: '2026-11-30T10:00:00Z', sealed: 400, lastSeq: 410, head: 'b'.repeat(64), keyId: 'abcd1234abcd1234', signature: 'sig2' },
    { number: 1, at: '2026-11-30T09:00:00Z', sealed: 200, lastSeq: 205, head: 'a'.repeat(64), keyId: 'abcd1234abcd1234', signature: 'sig1' },
  ],
  total: 2,
  page: 0,
  size: 20,
  algorithm: 'Ed25519',
  publicKey: 'KEY',
  keyId: 'abcd1234abcd1234',
};

describe("a record's access log", () => {
  it('reads the entries of that record, and links back to the filtered trail', async () => {
    const paths: string[] = [];
    server.use(
      http.get('/api/audit/records/{type}/{id}', ({ params, response }) => {
        paths.push(`${params.type}/${params.id}`);
        return response(200).json({ items: [anEntry({ action: 'UPDATE' }), anEntry({ seq: 40, action: 'CREATE' })], total: 2, totalIsExact: true, page: 0, size: 25, next: null });
      }),
    );
    renderApp({ path: '/audit/records/PARTICIPANT/p-1', roles: ['auditor'] });
    const rows = await screen.findAllByTestId('audit-entry');
    expect(rows.map((r) => within(r).getAllByRole('cell')[3]!.textContent)).toEqual(['UPDATE', 'CREATE']);
    expect(paths).toEqual(['PARTICIPANT/p-1']);
    expect(screen.getByTestId('access-log-record')).toHaveTextContent('Participant');
    expect(screen.getByTestId('trail-of-record')).toHaveAttribute('href', '/audit?resourceType=PARTICIPANT&resourceId=p-1');
  });

  it('is for auditors only', async () => {
    renderApp({ path: '/audit/records/CASE/c-1', roles: ['coordinator'] });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});

describe('the chain verification', () => {
  it('runs the check and shows an intact chain with the checkpoint it reached; the checkpoints show as verified', async () => {
    let runs = 0;
    server.use(
      http.get('/api/audit/checkpoints', ({ response }) => response(200).json(checkpoints)),
      http.get('/api/audit/verification', ({ response }) => {
        runs++;
        return response(200).json({ intact: true, checked: 412, firstBrokenSeq: null, fromCheckpoint: null, sealed: 412, unsealed: 3, checkpointsChecked: 2, lastCheckpoint: 2, findings: [], tookMillis: 12 });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/audit/verification', roles: ['auditor'] });
    const statuses = await screen.findAllByTestId('checkpoint-status');
    expect(statuses[0]).toHaveTextContent('not verified yet');
    expect(screen.getByTestId('checkpoint-key')).toHaveTextContent('Signed with Ed25519, key abcd1234abcd1234.');
    expect(runs).toBe(0);
    await user.click(screen.getByTestId('run-verification'));
    expect(await screen.findByTestId('verification-intact')).toHaveTextContent('412 sealed entries checked');
    expect(screen.getByTestId('verification-lastCheckpoint')).toHaveTextContent('2');
    expect(screen.getAllByTestId('checkpoint-status').map((s) => s.textContent)).toEqual(['Verified', 'Verified']);
  });

  it('names the first broken entry, the findings, and a checkpoint whose signature does not verify', async () => {
    server.use(
      http.get('/api/audit/checkpoints', ({ response }) => response(200).json(checkpoints)),
      http.get('/api/audit/verification', ({ response }) =>
        response(200).json({
          intact: false,
          checked: 300,
          firstBrokenSeq: 207,
          fromCheckpoint: null,
          sealed: 412,
          unsealed: 0,
          checkpointsChecked: 2,
          lastCheckpoint: 1,
          findings: [
            { kind: 'EDITED_ENTRY', seq: 207, checkpoint: null, detail: 'hash differs' },
            { kind: 'BAD_SIGNATURE', seq: null, checkpoint: 2, detail: 'signature' },
          ],
          tookMillis: 9,
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: '/audit/verification', roles: ['auditor'] });
    await user.click(await screen.findByTestId('run-verification'));
    expect(await screen.findByTestId('verification-broken')).toHaveTextContent('The first broken entry is number 207.');
    const findings = screen.getAllByTestId('verification-finding');
    expect(findings[0]).toHaveTextContent('Entry changed — entry 207');
    expect(findings[1]).toHaveTextContent('Bad signature — checkpoint 2');
    expect(screen.getAllByTestId('checkpoint-status').map((s) => s.textContent)).toEqual(['Does not verify', 'Verified']);
  });

  it('says when no key signs checkpoints', async () => {
    server.use(http.get('/api/audit/checkpoints', ({ response }) => response(200).json({ ...checkpoints, items: [], total: 0, keyId: null, publicKey: null })));
    renderApp({ path: '/audit/verification', roles: ['auditor'] });
    expect(await screen.findByTestId('checkpoint-key')).toHaveTextContent('No signing key is configured');
    expect(screen.getByTestId('no-checkpoints')).toBeInTheDocument();
  });
});
