import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { z } from 'zod';

export type SigningKey = { kid: string; privateKey: CryptoKey; publicKey: CryptoKey; publicJwk: JWK };

const KEY_FILE = 'signing-key.json';

const keyFileSchema = z.object({
  kid: z.string().min(1),
  privateJwk: z.looseObject({ kty: z.literal('RSA'), n: z.string(), e: z.string(), d: z.string() }),
});

/**
 * The RSA key that signs every token, kept in the data dir so tokens (and the portal's refresh tokens) stay valid
 * across a restart. The file is created once with `wx`, so two emulators starting on one data dir agree on a key.
 */
export async function loadOrCreateSigningKey(dataDir: string): Promise<SigningKey> {
  const file = path.join(dataDir, KEY_FILE);
  let text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (text === null) {
    const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
    const privateJwk = await exportJWK(privateKey);
    const kid = await calculateJwkThumbprint(privateJwk);
    await mkdir(dataDir, { recursive: true });
    const created = JSON.stringify({ kid, privateJwk }, null, 2);
    try {
      await writeFile(file, created, { flag: 'wx', mode: 0o600 });
      text = created;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      text = await readFile(file, 'utf8');
    }
  }
  const parsed = keyFileSchema.safeParse(safeJson(text));
  if (!parsed.success) {
    throw new Error(`${file} is not a signing key this emulator wrote; delete it (or start with --reset).`);
  }
  return fromPrivateJwk(parsed.data.kid, parsed.data.privateJwk);
}

/** A throwaway key that carries our kid: tokens signed with it must fail signature validation, not key lookup. */
export async function createForeignKey(kid: string): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  return fromPrivateJwk(kid, await exportJWK(privateKey));
}

async function fromPrivateJwk(kid: string, privateJwk: JWK): Promise<SigningKey> {
  const privateKey = (await importJWK(privateJwk, 'RS256')) as CryptoKey;
  const { kty, n, e } = privateJwk;
  const publicJwk: JWK = { kty, n, e, use: 'sig', alg: 'RS256', kid };
  const publicKey = (await importJWK(publicJwk, 'RS256')) as CryptoKey;
  return { kid, privateKey, publicKey, publicJwk };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
