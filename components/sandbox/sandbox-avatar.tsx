import { avatarColor, initialsOf } from "@/lib/sandbox/avatar";
import { cn } from "@/lib/utils";

/** A sandbox account's picture, drawn inline (the same initials and colour as its SVG avatar). */
export function SandboxAvatar({ id, name, username, className }: { id: string; name: string; username: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn("inline-flex h-10 w-10 shrink-0 select-none items-center justify-center rounded-full text-sm font-semibold text-white", className)}
      style={{ backgroundColor: avatarColor(id) }}
    >
      {initialsOf(name, username.slice(0, 1).toUpperCase() || "?")}
    </span>
  );
}
