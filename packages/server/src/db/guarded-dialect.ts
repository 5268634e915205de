import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from 'kysely';

/**
 * The most bind parameters one statement may carry. The PostgreSQL protocol counts them in 16
 * bits; PGlite reads that count as signed, and a statement with 32,768 or more parameters puts
 * its connection out of step, so that every later query of every workspace answers wrongly until
 * the process restarts (hardening issue, item 1). Lists that can grow with user data are passed
 * as one array parameter instead (`anyOf` in ./sql.ts).
 */
export const MAX_BIND_PARAMETERS = 32_767;

export class TooManyParametersError extends Error {
  constructor(readonly count: number) {
    super(
      `a statement with ${count.toLocaleString('en')} bind parameters was refused before reaching the database (at most ${MAX_BIND_PARAMETERS.toLocaleString('en')})`,
    );
  }
}

const check = (query: CompiledQuery) => {
  if (query.parameters.length > MAX_BIND_PARAMETERS)
    throw new TooManyParametersError(query.parameters.length);
};

class GuardedConnection implements DatabaseConnection {
  constructor(private readonly inner: DatabaseConnection) {}
  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    check(query);
    return this.inner.executeQuery<R>(query);
  }
  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    check(query);
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

class GuardedDriver implements Driver {
  private readonly wrapped = new WeakMap<DatabaseConnection, GuardedConnection>();
  constructor(private readonly inner: Driver) {}
  init() {
    return this.inner.init();
  }
  async acquireConnection() {
    const connection = await this.inner.acquireConnection();
    let guarded = this.wrapped.get(connection);
    if (!guarded) this.wrapped.set(connection, (guarded = new GuardedConnection(connection)));
    return guarded;
  }
  private unwrap(connection: DatabaseConnection) {
    return (connection as unknown as { inner: DatabaseConnection }).inner;
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    return this.inner.beginTransaction(this.unwrap(connection), settings);
  }
  commitTransaction(connection: DatabaseConnection) {
    return this.inner.commitTransaction(this.unwrap(connection));
  }
  rollbackTransaction(connection: DatabaseConnection) {
    return this.inner.rollbackTransaction(this.unwrap(connection));
  }
  savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return this.inner.savepoint!(this.unwrap(connection), name, compile);
  }
  rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return this.inner.rollbackToSavepoint!(this.unwrap(connection), name, compile);
  }
  releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return this.inner.releaseSavepoint!(this.unwrap(connection), name, compile);
  }
  releaseConnection(connection: DatabaseConnection) {
    return this.inner.releaseConnection(this.unwrap(connection));
  }
  destroy() {
    return this.inner.destroy();
  }
}

/** Wraps a dialect so that no statement the driver cannot carry ever reaches it. */
export function guarded(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new GuardedDriver(dialect.createDriver()),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}
