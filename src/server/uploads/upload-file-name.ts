import { cleanFileName } from '../http/content-disposition.ts';

// Direction overrides and isolates (U+202A–202E, U+2066–2069), marks (U+200E/F, U+061C) and the other
// invisible format characters: in a stored name they make `gpj.exe` display as `exe.jpg`.
const invisibleCharacters = /[\p{Cc}\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/gu;

/** The name an uploaded file is stored under: its last path segment, without control or bidi characters. */
export function uploadFileName(name: string | undefined, fallback: string): string {
  return cleanFileName((name ?? '').replace(invisibleCharacters, '')) || fallback;
}
