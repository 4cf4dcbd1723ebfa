// A progress display for long-running maintenance scripts: a redrawn text bar on a
// terminal, plain lines (every tenth of the way) when the output is a file or a pipe, so
// logs stay readable.

type Stream = NodeJS.WriteStream;

const fmt = (n: number) => n.toLocaleString("en-GB");

/** Reports progress of one phase after another on `stream` (stderr by default). */
export function progressReporter(stream: Stream = process.stderr) {
  const isTty = Boolean(stream.isTTY);
  let phase: string | null = null;
  let lastTenth = -1;
  let drawn = false;

  const finishLine = () => {
    if (isTty && drawn) stream.write("\n");
    drawn = false;
  };

  return {
    /** Shows `done` of `total` for `label`; a new label starts a new line. */
    update(label: string, done: number, total: number, note = ""): void {
      if (label !== phase) {
        finishLine();
        phase = label;
        lastTenth = -1;
      }
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const percent = Math.floor(ratio * 100);
      const counts = `${fmt(done)}/${fmt(total)}${note ? `  ${note}` : ""}`;
      if (isTty) {
        const width = 30;
        const full = Math.round(ratio * width);
        stream.write(`\r${label.padEnd(16)} [${"#".repeat(full)}${"-".repeat(width - full)}] ${String(percent).padStart(3)}%  ${counts}\x1b[K`);
        drawn = true;
        return;
      }
      const tenth = Math.floor(ratio * 10);
      if (tenth === lastTenth && done < total) return;
      lastTenth = tenth;
      stream.write(`${label}: ${percent}% (${counts})\n`);
    },
    /** Ends the current bar's line. */
    done(): void {
      finishLine();
      phase = null;
    },
  };
}
