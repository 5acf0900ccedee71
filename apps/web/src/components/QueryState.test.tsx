import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { QueryState } from './QueryState';

describe('QueryState', () => {
  it('announces loading in a status region', () => {
    render(<QueryState result={{ fetching: true }} label="trend">{() => 'data'}</QueryState>);
    expect(screen.getByRole('status')).toHaveTextContent('Loading trend…');
  });

  it('says in words when there is nothing', () => {
    render(
      <QueryState result={{ fetching: false, data: [] as number[] }} label="actions" isEmpty={(d) => d.length === 0}>
        {() => 'data'}
      </QueryState>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('There are no actions yet.');
    expect(screen.queryByText('data')).not.toBeInTheDocument();
  });

  it("shows the API's message for a refused question, with a retry", async () => {
    const onRetry = jest.fn();
    const error = new CombinedError({ graphQLErrors: [{ message: 'Invalid trend: from: 2010-01-01 is after the end', extensions: { code: 'BAD_USER_INPUT' } }] });
    render(<QueryState result={{ fetching: false, error }} label="trend" onRetry={onRetry}>{() => 'data'}</QueryState>);
    expect(screen.getByRole('alert')).toHaveTextContent('The trend could not be shown. Invalid trend: from: 2010-01-01 is after the end');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('explains a forbidden question without the technical wording', () => {
    const error = new CombinedError({ graphQLErrors: [{ message: 'Your role may not do Query.trend.', extensions: { code: 'FORBIDDEN' } }] });
    render(<QueryState result={{ fetching: false, error }} label="trend">{() => 'data'}</QueryState>);
    expect(screen.getByRole('alert')).toHaveTextContent('Your role does not allow you to see the trend.');
  });

  it('asks for a moment when the server is busy, not for the administrator', () => {
    const error = new CombinedError({ graphQLErrors: [{ message: 'The server is busy. Please try again in a moment.', extensions: { code: 'SERVER_BUSY' } }] });
    render(<QueryState result={{ fetching: false, error }} label="trend" onRetry={() => undefined}>{() => 'data'}</QueryState>);
    expect(screen.getByRole('alert')).toHaveTextContent('Complaints Insight is busy. Wait a moment, then try again to see the trend.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
