/**
 * The vault's envelope encryption, without any database: master key (environment) →
 * one random 256-bit data key per team and key version, stored wrapped → each credential
 * field encrypted under its team's data key. Every ciphertext carries associated data that
 * names where it belongs, so a value copied to another team, credential or field, or a
 * data key copied to another team or version, fails to open instead of opening in the
 * wrong place. Everything fails closed with CryptoError; nothing returns a partial value.
 *
 * Formats (see README, "Vault encryption"):
 * - wrapped data key: `nonce(12) ‖ ciphertext(32) ‖ tag(16)` under the master key's
 *   "vault-wrap" subkey, associated data `perch:v1|team:<teamId>|datakey:v<version>`;
 *   the wrapping master key's id is stored beside it (TeamKey.masterKeyId).
 * - field: `0x01 ‖ nonce(12) ‖ ciphertext ‖ tag(16)` under the team's data key,
 *   associated data `perch:v1|team:<teamId>|credential:<appId>|field:<name>`.
 */
import { randomBytes } from "node:crypto";
import { aeadDecrypt, aeadEncrypt, CryptoError, KEY_BYTES, NONCE_BYTES, TAG_BYTES } from "@/lib/crypto/aead";
import type { Keyring } from "@/lib/crypto/keyring";

/** The first byte of every field ciphertext: AES-256-GCM, 96-bit random nonce, v1 associated data. */
export const FIELD_FORMAT_V1 = 0x01;

/** Bytes a field ciphertext adds to the UTF-8 plaintext: version byte, nonce and tag. */
export const FIELD_OVERHEAD_BYTES = 1 + NONCE_BYTES + TAG_BYTES;

/** Which data key: a team's key of one version (a re-key adds a version). */
export type DataKeyRef = { teamId: string; version: number };

/** Where a field value belongs: its team, its credential (vault app) and its field name. */
export type FieldRef = { teamId: string; appId: string; field: string };

/** A wrapped data key and the id of the master key that wrapped it. */
export type WrappedDataKey = { wrapped: Buffer<ArrayBuffer>; masterKeyId: string };

// The associated data is a `|`-separated list of `name:value` parts. A value holding `|`
// could make two different places spell the same string (team "a|credential:b" …), so
// such values are refused outright. Perch's ids are cuids and field names are
// `[A-Za-z]+` or `extra:<slug>`, so this never rejects a real value.
function part(name: string, value: string): string {
  if (value.length === 0 || value.includes("|")) throw new CryptoError(`invalid ${name} for associated data`);
  return `${name}:${value}`;
}

function checkVersion(version: number): number {
  if (!Number.isSafeInteger(version) || version < 1) throw new CryptoError("invalid data key version");
  return version;
}

/** A fresh random 256-bit data key. */
export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** Associated data of a wrapped data key: `perch:v1|team:<teamId>|datakey:v<version>`. */
export function dataKeyAad({ teamId, version }: DataKeyRef): string {
  return `perch:v1|${part("team", teamId)}|datakey:v${checkVersion(version)}`;
}

/** Associated data of a field value: `perch:v1|team:<teamId>|credential:<appId>|field:<name>`. */
export function fieldAad({ teamId, appId, field }: FieldRef): string {
  return `perch:v1|${part("team", teamId)}|${part("credential", appId)}|${part("field", field)}`;
}

/**
 * Wraps a team's data key under the keyring's active master key (its "vault-wrap"
 * subkey), bound to the team and key version. Store `masterKeyId` beside `wrapped`: it
 * says which master key can unwrap it after the active key has changed.
 */
export function wrapDataKey(ring: Keyring, ref: DataKeyRef, dataKey: Buffer): WrappedDataKey {
  if (dataKey.length !== KEY_BYTES) throw new CryptoError("a data key must be 32 bytes");
  const masterKeyId = ring.active.id;
  // aeadEncrypt builds its result with Buffer.concat, which is never backed by shared memory.
  const wrapped = aeadEncrypt(ring.subkey(masterKeyId, "vault-wrap"), dataKey, dataKeyAad(ref)) as Buffer<ArrayBuffer>;
  return { wrapped, masterKeyId };
}

/**
 * Unwraps a data key wrapped by wrapDataKey. CryptoError when the master key is not in
 * the keyring, the blob was wrapped for another team or version or by another key, or it
 * is damaged.
 */
export function unwrapDataKey(ring: Keyring, { teamId, version, masterKeyId }: DataKeyRef & { masterKeyId: string }, wrapped: Uint8Array): Buffer {
  const key = aeadDecrypt(ring.subkey(masterKeyId, "vault-wrap"), toBuffer(wrapped), dataKeyAad({ teamId, version }));
  // GCM already authenticated it; a different length means it was never a data key.
  if (key.length !== KEY_BYTES) throw new CryptoError();
  return key;
}

/**
 * Encrypts one field value under a team's data key: `0x01 ‖ nonce ‖ ciphertext ‖ tag`,
 * bound to its team, credential and field. A string that is not well-formed Unicode
 * (a lone surrogate) is refused: UTF-8 would silently change it, and a vault must give
 * back exactly what it was given.
 */
export function encryptField(dataKey: Buffer, ref: FieldRef, plaintext: string): Buffer<ArrayBuffer> {
  if (!plaintext.isWellFormed()) throw new CryptoError("the value is not well-formed Unicode");
  const body = aeadEncrypt(dataKey, plaintext, fieldAad(ref));
  // One copy to prepend the version byte; measured in bench/ (vault-crypto) against raw AES-GCM.
  const out = Buffer.allocUnsafe(1 + body.length);
  out[0] = FIELD_FORMAT_V1;
  body.copy(out, 1);
  return out;
}

/**
 * Decrypts a field value from encryptField for the same team, credential and field.
 * CryptoError for an unknown format version, truncation, any changed bit, the wrong data
 * key, or a ciphertext that belongs somewhere else; never a partial value.
 */
export function decryptField(dataKey: Buffer, ref: FieldRef, stored: Uint8Array): string {
  const blob = toBuffer(stored);
  if (blob.length < FIELD_OVERHEAD_BYTES) throw new CryptoError();
  if (blob[0] !== FIELD_FORMAT_V1) throw new CryptoError("unknown vault field format version");
  return aeadDecrypt(dataKey, blob.subarray(1), fieldAad(ref)).toString("utf8");
}

/** Prisma gives `Bytes` columns as Uint8Array; view them as a Buffer without copying. */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
