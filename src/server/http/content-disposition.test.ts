import { describe, expect, it } from 'vitest';
import { cleanFileName, contentDisposition } from './content-disposition.ts';

describe('cleanFileName', () => {
  it('keeps only the last path segment and drops control characters and leading dots', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\fakepath\\song.wav')).toBe('song.wav');
    expect(cleanFileName('.env')).toBe('env');
    expect(cleanFileName('a\r\nSet-Cookie: x.png')).toBe('aSet-Cookie: x.png');
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the full UTF-8 name', () => {
    expect(contentDisposition('夜の歌 "final".mp4', 'attachment')).toBe(
      `attachment; filename=_final_.mp4; filename*=UTF-8''%E5%A4%9C%E3%81%AE%E6%AD%8C%20%22final%22.mp4`,
    );
  });

  it('never lets a name break out of the header', () => {
    const header = contentDisposition('x";\r\nX-Evil: 1', 'inline');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith('inline; filename="x__X-Evil: 1";')).toBe(true);
  });

  it('names an empty or all-dots name `download`', () => {
    expect(contentDisposition('...', 'inline')).toBe('inline; filename=download');
  });
});
