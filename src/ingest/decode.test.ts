import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, InputError } from './decode.js';

// Invented sentences; fixtures are generated here rather than committed as binaries.
const AR = 'قال المتحدث باسم اللجنة إن القافلة وصلت إلى المدينة صباح الخميس.\nوأضاف أن الطريق آمن.';
const codes = (ws: { code: string }[]) => ws.map((w) => w.code);

describe('decodeBytes', () => {
  it('reads plain UTF-8 without warnings', () => {
    const d = decodeBytes(Buffer.from(AR, 'utf8'), 'a.txt');
    expect(d).toEqual({ text: AR, encoding: 'utf-8', warnings: [] });
  });

  it('strips a UTF-8 BOM', () => {
    const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(AR)]), 'a.txt');
    expect(d.text).toBe(AR);
    expect(d.encoding).toBe('utf-8-bom');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(AR, 'utf16le')]);
    expect(decodeBytes(le, 'a.txt')).toMatchObject({ text: AR, encoding: 'utf-16le' });
    const be = Buffer.from(Buffer.from(AR, 'utf16le')).swap16();
    const beBom = Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
    expect(decodeBytes(beBom, 'a.txt')).toMatchObject({ text: AR, encoding: 'utf-16be' });
  });

  it('detects BOM-less UTF-16 by its byte pattern and says so', () => {
    const le = decodeBytes(Buffer.from(AR, 'utf16le'), 'a.txt');
    expect(le).toMatchObject({ text: AR, encoding: 'utf-16le' });
    expect(codes(le.warnings)).toEqual(['ENCODING_GUESSED']);
    const be = decodeBytes(Buffer.from(AR, 'utf16le').swap16(), 'a.txt');
    expect(be).toMatchObject({ text: AR, encoding: 'utf-16be' });
    const latin = decodeBytes(Buffer.from('The convoy reached the city on Thursday.', 'utf16le'), 'e.txt');
    expect(latin.encoding).toBe('utf-16le');
  });

  it('reads Windows-1256 and reports the guess with its evidence', () => {
    const d = decodeBytes(iconv.encode(AR, 'windows-1256'), 'old.txt');
    expect(d.text).toBe(AR);
    expect(d.encoding).toBe('windows-1256');
    expect(d.warnings[0].code).toBe('ENCODING_GUESSED');
    expect(d.warnings[0].message).toMatch(/^not valid utf-8 .*windows-1256.*100% of letters Arabic/);
  });

  it('keeps UTF-8 with a few broken bytes and counts the replacements', () => {
    const good = Buffer.from(AR.repeat(3));
    const at = good.indexOf(0x20, 30); // between two characters
    const buf = Buffer.concat([good.subarray(0, at), Buffer.from([0xff, 0xc3]), good.subarray(at)]);
    const d = decodeBytes(buf, 'bad.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text.replace(/\uFFFD/g, '')).toBe(AR.repeat(3).replace(/\uFFFD/g, ''));
    expect(codes(d.warnings)).toContain('REPLACED_BYTES');
    expect(d.warnings.find((w) => w.code === 'REPLACED_BYTES')!.message).toMatch(/^2 undecodable/);
  });

  it('refuses binary files with a coded error', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => decodeBytes(png, 'x.txt')).toThrow(InputError);
    expect(() => decodeBytes(png, 'x.txt')).toThrow(/x\.txt: binary file \(PNG/);
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 256;
    try {
      decodeBytes(noise, 'noise.bin');
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).code).toBe('BINARY');
    }
    const ctl = Buffer.from('abc\x01\x02\x03\x04\x05\x06def\x07\x08'.repeat(50));
    expect(() => decodeBytes(ctl, 'c.txt')).toThrow(/binary/);
  });
});
