import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { DataTable } from './data-table';

function Rows() {
  const [names, setNames] = useState(['Hélène']);
  return (
    <>
      <button type="button" onClick={() => setNames((n) => [...n, 'Marc'])}>
        more
      </button>
      <DataTable data-testid="t">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">
              <span className="ro-visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {names.map((n) => (
            <tr key={n}>
              <td>{n}</td>
              <td>
                <a href={`#${n}`}>Open</a>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}

describe('DataTable', () => {
  it('names each cell after its column, leaves screen-reader-only columns unnamed, and names rows added later', async () => {
    render(<Rows />);
    const table = screen.getByTestId('t');
    expect(table).toHaveClass('ro-table');
    expect(screen.getByText('Hélène')).toHaveAttribute('data-label', 'Name');
    expect(screen.getByRole('link', { name: 'Open' }).closest('td')).not.toHaveAttribute('data-label');
    await userEvent.click(screen.getByRole('button', { name: 'more' }));
    await screen.findByText('Marc');
    await vi.waitFor(() => expect(screen.getByText('Marc')).toHaveAttribute('data-label', 'Name'));
  });
});
