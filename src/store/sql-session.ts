/** Raw SQL on one connection: the whole database, or one transaction. */
export interface SqlSession {
  /** One statement with `$1` parameters; the result rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}
