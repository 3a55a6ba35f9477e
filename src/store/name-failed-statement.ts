/**
 * Runs one statement and, should it fail, adds the statement's text to the error's message, so the
 * server log says which query failed ("unsupported Unicode escape sequence" alone does not). The
 * parameters stay out (they carry users' text); the error keeps its class and its fields (`code`,
 * `constraint`…), which callers match on. A job's record never shows this message: a database error
 * is an internal one there.
 */
export async function nameFailedStatement<T>(sql: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error) error.message = `${error.message} (statement: ${shortened(sql)})`;
    throw error;
  }
}

const longest = 300;

function shortened(sql: string): string {
  const oneLine = sql.replace(/\s+/g, ' ').trim();
  return oneLine.length > longest ? `${oneLine.slice(0, longest)}…` : oneLine;
}
