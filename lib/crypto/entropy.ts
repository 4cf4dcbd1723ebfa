/**
 * A rough, conservative estimate of how much randomness a secret holds, for refusing
 * weak secrets at the boundary (NEXTAUTH_SECRET, master keys, practice passwords).
 *
 * Counting distinct symbols alone accepts repeated patterns ("abcdefgh" four times has 8
 * distinct characters) and sequences. This estimate charges each symbol only when it is
 * news: a symbol whose preceding pair was already seen followed by it (the string is
 * repeating something) or that continues an arithmetic run ("abc", "7531", "aaa") adds
 * nothing. The symbols that are news are each worth the string's Shannon entropy per
 * symbol. A random 32-byte key scores about 150 bits, `openssl rand -base64 32` about
 * 200; a pattern repeated scores about what one copy of it would.
 */
export function estimateEntropyBits(symbols: ArrayLike<number>): number {
  const n = symbols.length;
  if (n === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) counts.set(symbols[i]!, (counts.get(symbols[i]!) ?? 0) + 1);
  let perSymbol = 0;
  for (const c of counts.values()) perSymbol -= (c / n) * Math.log2(c / n);
  const seen = new Set<string>();
  let news = 0;
  for (let i = 0; i < n; i++) {
    const a = symbols[i - 2];
    const b = symbols[i - 1];
    const c = symbols[i]!;
    if (a !== undefined && b !== undefined) {
      const trigram = `${a},${b},${c}`;
      const repeats = seen.has(trigram);
      seen.add(trigram);
      if (repeats || c - b === b - a) continue;
    }
    news++;
  }
  return news * perSymbol;
}

/** The estimate for a text, by Unicode code point. */
export function textEntropyBits(text: string): number {
  return estimateEntropyBits(Array.from(text, (ch) => ch.codePointAt(0)!));
}
