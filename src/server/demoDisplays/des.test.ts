// @vitest-environment node
// DES against the FIPS 46 worked example and vectors from OpenSSL's legacy provider; the VNC response likewise.
import { describe, expect, it } from 'vitest';
import { desEncryptBlock, vncResponse } from './des';

describe('DES', () => {
  it.each([
    ['133457799bbcdff1', '0123456789abcdef', '85e813540f0ab405'],
    ['ebc04ffb52fc8aa4', '024c668973c1cd7f', 'da811b69986e00ce'],
    ['ef52e5b83ec9427f', '9075a5780b5bc954', '04092b48ee9250ae'],
    ['a11c3756857fa5a0', '002bf650ee326bde', 'fb0838f209b5978f'],
  ])('key %s encrypts %s to %s', (key, plain, cipher) => {
    expect(desEncryptBlock(Buffer.from(key, 'hex'), Buffer.from(plain, 'hex')).toString('hex')).toBe(cipher);
  });

  it('answers a VNC challenge with the mirrored-bit password key, using only its first 8 characters', () => {
    const challenge = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    expect(vncResponse('Tk7pQ2xZ', challenge).toString('hex')).toBe('a436d2330f6476508a0210ec3295b767');
    expect(vncResponse('Tk7pQ2xZ-ignored', challenge).toString('hex')).toBe('a436d2330f6476508a0210ec3295b767');
    expect(vncResponse('Tk7pQ2xY', challenge).toString('hex')).not.toBe('a436d2330f6476508a0210ec3295b767');
  });
});
