import { Fragment } from "react";
import { parseInline, type InlinePlain } from "@/lib/guides/inline";

const codeClass = "wrap-anywhere rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.9em] text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100";

function Plain({ token }: { token: InlinePlain }) {
  return token.type === "code" ? <code className={codeClass}>{token.value}</code> : <>{token.value}</>;
}

/** Guide text with its `code` and **bold** rendered; everything else is plain text. */
export function InlineText({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((token, i) =>
        token.type === "bold" ? (
          <strong key={i} className="font-semibold text-zinc-900 dark:text-zinc-50">
            {token.children.map((child, j) => (
              <Plain key={j} token={child} />
            ))}
          </strong>
        ) : (
          <Fragment key={i}>
            <Plain token={token} />
          </Fragment>
        ),
      )}
    </>
  );
}
