export const helpText = `kiln: a self-hosted AI media studio

Usage: kiln <command> [options]

Commands:
  serve    [--port 8080] [--host 127.0.0.1] [--no-worker]
                                              API, web UI and (unless --no-worker) an in-process worker
  worker   [--concurrency 2] [--metrics-port 9464] [--metrics-host 127.0.0.1]
                                              run jobs from the shared queue (needs DATABASE_URL to share);
                                              --metrics-port serves GET /metrics with this worker's counts
  doctor   [--json]                            show every configured backend, its state and device
  backends detect [--address URL] [--json]     find model servers running here (Ollama, llama.cpp, vLLM, LM Studio,
                                              ComfyUI, AUTOMATIC1111, Kokoro, Style-Bert-VITS2...) and their models
  run      <pipeline> [--input JSON] [--json]  run one job here and wait for it (e.g. kiln run diagnostic)
  story    "<idea>" --out DIR [--name Mia] [--age 5] [--interests space,cats] [--scenes 4] [--no-video] [--portrait] [--seed N]
                                              write a bedtime story here: story.json, story.md, pictures, audio, video
  analyze  <song> [--moments 7] [--bpm 90] [--json]
                                              tempo, beats, sections and key moments of a song
                                              (--bpm: the tempo you count, about; the beat is found near it)
  musicvideo <song> --out DIR [--character a.png ...] [--style "..."] [--moments 7] [--bpm 90]
           [--width 960] [--height 540] [--fps 24] [--beat-offset 0] [--dance] [--json]
                                              make a music video here: final_video.mp4, analysis.json, pictures
                                              (--dance: the characters dance over the pictures)
  vocab extract <transcript> [--source URL] [--title T] [--json]
                                              find the vocabulary of a Japanese stream and save it to the data folder
  vocab export --format csv|apkg|pdf|posts --out FILE [--status new|learning|known|all] [--mined]
                                              write your vocabulary as CSV, an Anki deck, a PDF worksheet or posts
  vocab sync --to notion|anki                  send your vocabulary to a Notion database or to Anki (AnkiConnect)
  vocab shorts <recording> --transcript FILE --out DIR [--chat FILE] [--count 1-5]
                                              vertical shorts with subtitles, chapters.txt and edit-points.json
  assets migrate --to s3 [--from DIR] [--json]
                                              copy the local asset folder to the S3 store the config names (resumable)
  help                                         this text
  version                                      the Kiln version

Environment: PORT, HOST, KILN_DATA_DIR (default ./data), DATABASE_URL, KILN_CONFIG, KILN_JWT_SECRET,
KILN_JWKS_URL, KILN_<CAPABILITY> (fallback list, e.g. KILN_TEXT=ollama:llama3.2,builtin:storyteller).
Exit codes: 0 success, 1 failure, 2 bad usage or input.
`;
