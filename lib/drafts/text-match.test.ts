import { describe, expect, it } from "vitest";
import { stem } from "./stemmer";
import { analyze, concept, countWords, matchAll, mentions, numbersIn } from "./text-match";

describe("stem", () => {
  it.each([
    ["sell", "sells", "selling"],
    ["analyse", "analyze", "analysed", "analyses"],
    ["monetise", "monetize", "monetised"],
    ["display", "displayed", "displaying", "displays"],
    ["track", "tracking", "tracked"],
  ])("gives one stem for the forms of %s", (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });
  it("leaves non-ASCII words and short words alone", () => {
    expect(stem("données")).toBe("données");
    expect(stem("id")).toBe("id");
  });
});

describe("analyze", () => {
  it("splits sentences on stops, blank lines and bullets, not on abbreviations or wrapped lines", () => {
    const doc = analyze("We read Tweets, e.g. mentions. Then we reply\nto them.\n\n- one\n- two");
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end).trim())).toEqual(["We read Tweets, e.g. mentions.", "Then we reply\nto them.", "one", "two"]);
  });
  it("reads numbers with separators and multipliers", () => {
    const values = (t: string) => numbersIn(analyze(t).sentences[0]!);
    expect(values("1,500,000 IDs")).toEqual([1_500_000]);
    expect(values("2 million and 1.5M and 50k")).toEqual([2_000_000, 1_500_000, 50_000]);
  });
  it("splits contractions into a negation", () => {
    expect(analyze("We don't sell, can't and won't.").sentences[0]!.tokens.filter((t) => t.kind === "word").map((t) => t.norm)).toEqual(["we", "do", "not", "sell", "can", "not", "and", "will", "not"]);
  });
  it("keeps Tweet IDs apart from Tweets", () => {
    const share = concept("t", ["share tweets"]);
    expect(mentions(analyze("We share Tweet IDs.").sentences, share)).toBe(false);
    expect(mentions(analyze("We share Tweets.").sentences, share)).toBe(true);
  });
  it("counts words like a person", () => {
    expect(countWords("It's 1,500,000 Tweet IDs — e-mail us.")).toBe(6);
    expect(countWords("   ")).toBe(0);
  });
});

describe("negation scope", () => {
  const sell = concept("sell", ["sell ~3 data"]);
  const negated = (text: string) => matchAll(analyze(text).sentences, sell).map((m) => m.isNegated);
  it.each([
    "We do not sell data.",
    "We never, ever sell data.",
    "We will not, under any circumstances, sell user data.",
    "We sell no data.",
    "Selling data is not something we do? We do not sell data.",
  ])("sees the negation in %s", (text) => {
    expect(negated(text).at(-1)).toBe(true);
  });
  it.each(["We sell data.", "We do not store Tweets, and we sell the data.", "We never store Tweets but we sell data.", "No, we sell data.", "Not only do we sell data."])("sees no negation in %s", (text) => {
    expect(negated(text)).toEqual([false]);
  });
  it("sees a negation after the match", () => {
    expect(matchAll(analyze("Data sold? Data is never sold.").sentences, concept("x", ["data ~3 =sold"])).map((m) => m.isNegated)).toEqual([false, true]);
  });
});
