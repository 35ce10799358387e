import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aParticipant, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

const id = '3f1c2a9e-8d4b-4c7a-9e2f-1a2b3c4d5e6f';

function participantServed() {
  server.use(
    http.get('/api/participants/{id}', ({ response }) =>
      response(200).json(aParticipant(), { headers: { ETag: '"1"' } }),
    ),
  );
}

describe("a participant's access request export", () => {
  it('downloads the PDF with the bearer token for a coordinator', async () => {
    participantServed();
    let asked: { accept: string | null; auth: string | null } | undefined;
    server.use(
      http.get('/api/participants/{id}/access-export.pdf', ({ request }) => {
        asked = { accept: request.headers.get('Accept'), auth: request.headers.get('Authorization') };
        return new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), { headers: { 'Content-Type': 'application/pdf' } });
      }),
    );
    const saved: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:export';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    renderApp({ path: `/participants/${id}` });

    expect(await screen.findByRole('heading', { name: 'Access request export' })).toBeInTheDocument();
    await user.click(screen.getByTestId('access-export-pdf'));
    expect(await screen.findByText('The export was downloaded.')).toBeInTheDocument();
    expect(asked).toEqual({ accept: 'application/pdf, application/problem+json', auth: 'Bearer test-token' });
    expect(saved[0]!.type).toBe('application/pdf');
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it("shows the API's problem when the export is refused", async () => {
    participantServed();
    server.use(
      http.get('/api/participants/{id}/access-export', () =>
        new Response(JSON.stringify({ type: '/problems/unavailable', title: 'Unavailable', status: 503, detail: 'Try again in a minute.' }), {
          status: 503,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: `/participants/${id}` });
    await user.click(await screen.findByTestId('access-export-json'));
    const alert = await screen.findByTestId('error-alert');
    // the problem's detail, read back from the blob the download asked for
    expect(alert).toHaveTextContent('Try again in a minute.');
    expect(screen.queryByText('The export was downloaded.')).not.toBeInTheDocument();
  });

  it('is not offered to a mediator', async () => {
    participantServed();
    renderApp({ path: `/participants/${id}`, roles: ['mediator'] });
    expect(await screen.findByTestId('page-heading')).toHaveTextContent('Hélène Tremblay');
    expect(screen.queryByTestId('access-export')).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    const { changeLanguage } = await import('../../../lib/i18n/i18n');
    await changeLanguage('fr');
    participantServed();
    renderApp({ path: `/participants/${id}` });
    expect(await screen.findByRole('heading', { name: 'Communication de renseignements personnels' })).toBeInTheDocument();
    expect(screen.getByTestId('access-export-pdf')).toHaveTextContent('Télécharger en PDF (français et anglais)');
  });
});
