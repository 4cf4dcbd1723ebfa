import "server-only";
import { env } from "@/lib/env";
import { aeadDecrypt, aeadEncrypt, CryptoError } from "./aead";
import { Keyring, parseMasterKeys } from "./keyring";

/**
 * Sealing of the app's own small secrets (OAuth tokens from sign-in, the sandbox's API Key
 * Secrets and Access Token Secrets) under the master keyring, bound to a `context` that
 * says where the value belongs. Format: `a1.<master key id>.<base64url(nonce‖ciphertext‖tag)>`;
 * the key id lets a value sealed before a rotation still open.
 */

const VERSION = "a1";

let keyring: Keyring | null = null;
/** This deployment's master keyring (lazily, so importing this module needs no env). */
export function masterKeyring(): Keyring {
  keyring ??= new Keyring(parseMasterKeys(env.PERCH_MASTER_KEYS));
  return keyring;
}

/** Seals `plaintext` for `context` under a keyring's active key. */
export function sealWith(ring: Keyring, plaintext: string, context: string): string {
  const { id } = ring.active;
  return `${VERSION}.${id}.${aeadEncrypt(ring.subkey(id, "app-seal"), plaintext, context).toString("base64url")}`;
}

/** Opens a value from sealWith; CryptoError when it is damaged, foreign, or its key is gone. */
export function openWith(ring: Keyring, sealed: string, context: string): string {
  const [version, id, body, ...rest] = sealed.split(".");
  if (version !== VERSION || !id || !body || rest.length) throw new CryptoError();
  return aeadDecrypt(ring.subkey(id, "app-seal"), Buffer.from(body, "base64url"), context).toString("utf8");
}

/**
 * The id of the master key a sealed value was sealed under, or null when it is not a
 * sealed value at all. Lets master-key rotation find what is still under an old key
 * without opening anything.
 */
export function sealedKeyId(sealed: string): string | null {
  const [version, id, body, ...rest] = sealed.split(".");
  return version === VERSION && id && body && rest.length === 0 ? id : null;
}

/**
 * Opens a sealed value with whichever key sealed it and seals it again under the
 * keyring's active key, for the same context (master-key rotation). CryptoError when it
 * does not open.
 */
export function resealWith(ring: Keyring, sealed: string, context: string): string {
  return sealWith(ring, openWith(ring, sealed, context), context);
}

/** Seals a secret of the app, bound to `context`. */
export function sealForApp(plaintext: string, context: string): string {
  return sealWith(masterKeyring(), plaintext, context);
}

/** Opens a value sealed by sealForApp for the same context. */
export function openForApp(sealed: string, context: string): string {
  return openWith(masterKeyring(), sealed, context);
}
