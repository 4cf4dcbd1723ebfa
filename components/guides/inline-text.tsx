import type { ReactNode } from "react";
import { parseInline, type InlinePlain } from "@/lib/guides/inline";

// Plain text stays a bare string: no wrapper element or fragment, which every guide
// page would otherwise carry hundreds of times in its HTML and again in its RSC payload.
function plain(token: InlinePlain, key: number): ReactNode {
  return token.type === "code" ? (
    <code key={key} className="guide-code">
      {token.value}
    </code>
  ) : (
    token.value
  );
}

/** Guide text with its `code` and **bold** rendered; everything else is plain text. */
export function InlineText({ text }: { text: string }) {
  return parseInline(text).map((token, i) =>
    token.type === "bold" ? (
      <strong key={i} className="guide-strong">
        {token.children.map(plain)}
      </strong>
    ) : (
      plain(token, i)
    ),
  );
}
