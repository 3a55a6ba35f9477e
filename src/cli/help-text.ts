export const helpText = `kiln: a self-hosted AI media studio

Usage: kiln <command> [options]

Commands:
  serve    [--port 8080] [--host 127.0.0.1] [--no-worker]
                                              API, web UI and (unless --no-worker) an in-process worker
  worker   [--concurrency 2]                   run jobs from the shared queue (needs DATABASE_URL to share)
  doctor   [--json]                            show every configured backend, its state and device
  run      <pipeline> [--input JSON] [--json]  run one job here and wait for it (e.g. kiln run diagnostic)
  help                                         this text
  version                                      the Kiln version

Environment: PORT, HOST, KILN_DATA_DIR (default ./data), DATABASE_URL, KILN_CONFIG, KILN_JWT_SECRET,
KILN_JWKS_URL, KILN_<CAPABILITY> (fallback list, e.g. KILN_TEXT=ollama:llama3.2,builtin:storyteller).
Exit codes: 0 success, 1 failure, 2 bad usage or input.
`;
