/**
 * AES-256-GCM (Node's crypto) for backup files: the body is encrypted, and the
 * header, which travels in the clear so that a file can be identified without
 * the key, is authenticated with it. A file altered anywhere, or cut short,
 * fails authentication.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'crypto';
import { Transform } from 'stream';

export const CIPHER = 'aes-256-gcm';
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

/** A short, one-way name for a key, so that a file can say which key it needs without revealing it. */
export function keyId(key: Buffer): string {
  return createHash('sha256').update('complaints-insight backup key\0').update(key).digest('hex').slice(0, 16);
}

export function newIv(): Buffer {
  return randomBytes(IV_BYTES);
}

/** Encrypts what passes through and appends the authentication tag at the end. */
export function sealingStream(key: Buffer, iv: Buffer, header: Buffer): Transform {
  const cipher = createCipheriv(CIPHER, key, iv);
  cipher.setAAD(header);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, cipher.update(chunk));
    },
    flush(done) {
      this.push(cipher.final());
      this.push(cipher.getAuthTag());
      done();
    },
  });
}

/** Decrypts a body whose tag has been read from the end of the file; fails at the end if anything was altered. */
export function openingStream(key: Buffer, iv: Buffer, header: Buffer, tag: Buffer): Transform {
  const decipher = createDecipheriv(CIPHER, key, iv);
  decipher.setAAD(header);
  decipher.setAuthTag(tag);
  return decipher;
}
