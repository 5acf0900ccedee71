import { databaseFromArgument, parseArguments, UsageError } from './cli';

describe('parseArguments', () => {
  it('reads --flag value, --flag=value and positional arguments', () => {
    const args = parseArguments(['file.backup', '--to', 'sqlite:x.sqlite', '--from=mysql://u@h/db'], ['to', 'from']);
    expect(args.positional).toEqual(['file.backup']);
    expect(Object.fromEntries(args.flags)).toEqual({ to: 'sqlite:x.sqlite', from: 'mysql://u@h/db' });
  });

  it('refuses an unknown flag and a flag without its value', () => {
    expect(() => parseArguments(['--force'], ['out'])).toThrow(new UsageError('unknown option --force'));
    expect(() => parseArguments(['--out'], ['out'])).toThrow(/--out needs a value/);
  });
});

describe('databaseFromArgument', () => {
  it('names a SQLite file relative to the current directory, or a MySQL database', () => {
    expect(databaseFromArgument('sqlite:data/x.sqlite', '/srv/app')).toEqual({ dialect: 'sqlite', path: '/srv/app/data/x.sqlite' });
    expect(databaseFromArgument('mariadb://u:p@db:3306/complaints')).toEqual({ dialect: 'mysql', url: 'mysql://u:p@db:3306/complaints', poolSize: 20 });
  });

  it('refuses anything else with a one-line reason', () => {
    expect(() => databaseFromArgument('data/x.sqlite')).toThrow(/use sqlite:PATH or mysql:\/\//);
    expect(() => databaseFromArgument('mysql://nodatabase')).toThrow(/the database URL must look like/);
    expect(() => databaseFromArgument('sqlite:')).toThrow(UsageError);
  });
});
