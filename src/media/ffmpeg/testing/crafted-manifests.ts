/**
 * Files that pass a look at their first bytes (an ID3 tag, a RIFF/WAVE header) but hold a playlist
 * or manifest behind it, naming another file on the server. ffmpeg left to guess the format follows
 * the manifest and reads that file; these are the inputs that prove it never does.
 */
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

/** An empty ID3v2.4 tag: ffmpeg's probe skips it and guesses from what follows. */
const id3Tag = Uint8Array.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0]);

function riffWaveHeader(): Uint8Array {
  // RIFF, a size, WAVE, then a chunk of an unknown kind that holds the manifest.
  return Uint8Array.from([...text('RIFF'), 0xff, 0xff, 0, 0, ...text('WAVE')]);
}

/** The manifests, each naming `privatePath` as its media. */
export function manifestsNaming(privatePath: string): Record<string, string> {
  return {
    dash: `<?xml version="1.0"?>
<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" profiles="urn:mpeg:dash:profile:isoff-on-demand:2011" type="static" mediaPresentationDuration="PT2S" minBufferTime="PT1S">
<Period><AdaptationSet mimeType="audio/mp4"><Representation id="a" bandwidth="64000" codecs="mp4a.40.2">
<BaseURL>file://${privatePath}</BaseURL><SegmentBase/></Representation></AdaptationSet></Period></MPD>
`,
    hls: `#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:3\n#EXTINF:2.0,\nfile://${privatePath}\n#EXT-X-ENDLIST\n`,
    ffconcat: `ffconcat version 1.0\nfile '${privatePath}'\n`,
    sdp: `v=0\no=- 0 0 IN IP4 127.0.0.1\ns=private\nc=IN IP4 127.0.0.1\nt=0 0\nm=audio 5004 RTP/AVP 96\na=rtpmap:96 MPEG4-GENERIC/44100/1\n`,
  };
}

/** Every manifest behind an ID3 tag (sniffed as MP3) and behind a RIFF/WAVE header (sniffed as WAV). */
export function craftedFiles(privatePath: string): Array<{ name: string; bytes: Uint8Array }> {
  return Object.entries(manifestsNaming(privatePath)).flatMap(([kind, manifest]) => [
    { name: `${kind} behind ID3`, bytes: Uint8Array.from([...id3Tag, ...text(manifest)]) },
    { name: `${kind} behind RIFF`, bytes: Uint8Array.from([...riffWaveHeader(), ...text(manifest)]) },
  ]);
}
