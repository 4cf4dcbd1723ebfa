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
 * - field, format 2 (written now): `0x02 ‖ nonce(12) ‖ ciphertext ‖ tag(16)` under the
 *   team's data key, associated data
 *   `perch:v2|team:<teamId>|credential:<appId>|field:<name>|version:<field version>`.
 *   The field's version (CredentialField.version, one more on every write) is bound in, so
 *   putting back a field's previous ciphertext, with the row's version left as it is,
 *   fails to open instead of silently restoring an old secret.
 * - field, format 1 (read only): `0x01 ‖ …`, associated data without the version. Kept
 *   readable rather than migrated, because a migration would need the master keys at
 *   migration time (migrations run without them) and a crash midway would leave two
 *   formats anyway. Every write, and every team re-key, re-seals in format 2, so format 1
 *   fades out as values change (a re-key upgrades a whole team at once).
 */
import { randomBytes } from "node:crypto";
import { aeadDecrypt, aeadEncrypt, CryptoError, KEY_BYTES, NONCE_BYTES, TAG_BYTES } from "@/lib/crypto/aead";
import type { Keyring } from "@/lib/crypto/keyring";

/** First byte of a field ciphertext of format 1: AES-256-GCM, 96-bit random nonce, v1 associated data (read only). */
export const FIELD_FORMAT_V1 = 0x01;
/** First byte of a field ciphertext of format 2: as format 1, with the field's version in the associated data. */
export const FIELD_FORMAT_V2 = 0x02;

/** Bytes a field ciphertext adds to the UTF-8 plaintext: version byte, nonce and tag. */
export const FIELD_OVERHEAD_BYTES = 1 + NONCE_BYTES + TAG_BYTES;

/** Which data key: a team's key of one version (a re-key adds a version). */
export type DataKeyRef = { teamId: string; version: number };

/** Where a field value belongs: its team, its credential (vault app) and its field name. */
export type FieldRef = { teamId: string; appId: string; field: string };
/** A field value's place and its version (CredentialField.version of the row it is written with). */
export type VersionedFieldRef = FieldRef & { fieldVersion: number };

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

/** Associated data of a field value of format 2: format 1's with `|version:<field version>`. */
export function fieldAadV2({ teamId, appId, field, fieldVersion }: VersionedFieldRef): string {
  if (!Number.isSafeInteger(fieldVersion) || fieldVersion < 1) throw new CryptoError("invalid field version");
  return `perch:v2|${part("team", teamId)}|${part("credential", appId)}|${part("field", field)}|version:${fieldVersion}`;
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
 * Encrypts one field value under a team's data key: `0x02 ‖ nonce ‖ ciphertext ‖ tag`,
 * bound to its team, credential, field and the field version it is written with. A string
 * that is not well-formed Unicode (a lone surrogate) is refused: UTF-8 would silently
 * change it, and a vault must give back exactly what it was given.
 */
export function encryptField(dataKey: Buffer, ref: VersionedFieldRef, plaintext: string): Buffer<ArrayBuffer> {
  if (!plaintext.isWellFormed()) throw new CryptoError("the value is not well-formed Unicode");
  const body = aeadEncrypt(dataKey, plaintext, fieldAadV2(ref));
  // One copy to prepend the version byte; measured in bench/ (vault-crypto) against raw AES-GCM.
  const out = Buffer.allocUnsafe(1 + body.length);
  out[0] = FIELD_FORMAT_V2;
  body.copy(out, 1);
  return out;
}

/**
 * Decrypts a field value for the same team, credential, field and field version (format
 * 2), or, for a value written before format 2, the same team, credential and field.
 * CryptoError for an unknown format, truncation, any changed bit, the wrong data key, a
 * ciphertext that belongs somewhere else or to another version of the field; never a
 * partial value.
 */
export function decryptField(dataKey: Buffer, ref: VersionedFieldRef, stored: Uint8Array): string {
  const blob = toBuffer(stored);
  if (blob.length < FIELD_OVERHEAD_BYTES) throw new CryptoError();
  if (blob[0] === FIELD_FORMAT_V2) return aeadDecrypt(dataKey, blob.subarray(1), fieldAadV2(ref)).toString("utf8");
  if (blob[0] === FIELD_FORMAT_V1) return aeadDecrypt(dataKey, blob.subarray(1), fieldAad(ref)).toString("utf8");
  throw new CryptoError("unknown vault field format version");
}

/** Prisma gives `Bytes` columns as Uint8Array; view them as a Buffer without copying. */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
