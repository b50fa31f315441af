import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { databaseAppError, isDatabaseUnavailable } from './database-errors';

/** Errors shaped as node-postgres, its pool and TypeORM throw them. */
const pgError = (message: string, fields: Record<string, string>) => Object.assign(new Error(message), fields);
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);
const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code });

describe('database errors', () => {
  it.each([
    ['a refused connection', socketError('ECONNREFUSED')],
    ['a refused connection on every address', new AggregateError([socketError('ECONNREFUSED')], 'connect failed')],
    ['the pool acquire timeout', new Error('timeout exceeded when trying to connect')],
    [
      'a connect timeout',
      new Error('Connection terminated due to connection timeout', { cause: new Error('Connection terminated') }),
    ],
    ['a dropped connection mid-query', failedQuery(new Error('Connection terminated unexpectedly'))],
    [
      'an administrator shutdown',
      failedQuery(pgError('terminating connection due to administrator command', { code: '57P01' })),
    ],
    ['a server starting up', pgError('the database system is starting up', { code: '57P03' })],
    ['too many connections', pgError('sorry, too many clients already', { code: '53300' })],
    ['statement_timeout', failedQuery(pgError('canceling statement due to statement timeout', { code: '57014' }))],
    ['a deadlock', failedQuery(pgError('deadlock detected', { code: '40P01' }))],
    ['a transaction whose connection the server closed', new QueryRunnerAlreadyReleasedError()],
  ])('%s is 503 DATABASE_UNAVAILABLE with Retry-After', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    const appError = databaseAppError(error);
    expect(appError).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503 });
    expect(Number(appError?.headers['Retry-After'])).toBeGreaterThan(0);
  });

  it('makes a lost race on a unique constraint 409 CONFLICT, naming the field when the constraint is known', () => {
    const email = databaseAppError(
      failedQuery(
        pgError('duplicate key value violates unique constraint', { code: '23505', constraint: 'users_email_key' }),
      ),
    );
    expect(email).toMatchObject({ code: 'CONFLICT', status: 409, errors: [{ location: 'body', field: 'email' }] });
    const other = databaseAppError(
      failedQuery(pgError('duplicate key', { code: '23505', constraint: 'something_key' })),
    );
    expect(other).toMatchObject({ code: 'CONFLICT', errors: [] });
  });

  it('leaves every other error alone (a 500, logged)', () => {
    expect(databaseAppError(new Error('boom'))).toBeUndefined();
    expect(
      databaseAppError(failedQuery(pgError('violates foreign key constraint', { code: '23503' }))),
    ).toBeUndefined();
    expect(databaseAppError(failedQuery(pgError('syntax error', { code: '42601' })))).toBeUndefined();
    expect(databaseAppError(undefined)).toBeUndefined();
  });
});
