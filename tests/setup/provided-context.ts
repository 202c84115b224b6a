// Values the global setups hand to the test workers (vitest's provide/inject).
declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL URL of a database on the test server from which databases can be created. */
    postgresAdminUrl: string;
    /** The migrated base database every PostgreSQL test database is copied from. */
    postgresTemplateDatabase: string;
    /** A data directory dump (tar) of an in-memory PGlite database with every migration applied. */
    pgliteSnapshotPath: string;
  }
}

export {};
