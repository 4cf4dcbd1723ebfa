import { Button, Callout, Heading, Input, Lines, Panel, Text } from "@/content/guides/kit/draw";
import { ConsoleScreen, NAV_X, navY, Toggle, Warning } from "./console";

/** The Billing page: credit balance and Buy credits, auto-recharge, a spending limit, legacy plans. */
export function CreditsDrawing() {
  return (
    <ConsoleScreen path="/billing" active="Billing">
      <Heading x={30} y={44} title="Billing" subtitle="Pay-per-use: credits are bought in advance" />

      <Panel x={30} y={84} w={340} h={180} title="Credit balance">
        <Text x={46} y={136} size={12} tone="muted">
          Deducted per resource read or per write
        </Text>
        <rect x="46" y="152" width="308" height="12" rx="6" className="fill-zinc-200 dark:fill-zinc-700" />
        <rect x="46" y="152" width="96" height="12" rx="6" className="fill-emerald-500 dark:fill-emerald-400" />
        <Button x={46} y={206} label="Buy credits" />
      </Panel>

      <Panel x={390} y={84} w={350} h={180} title="Auto-recharge">
        <Toggle x={406} y={120} label="Top up automatically" isOn />
        <Input x={406} y={170} w={150} label="Recharge amount" placeholder="Amount" />
        <Input x={574} y={170} w={150} label="When balance is below" placeholder="Threshold" />
      </Panel>

      <Panel x={30} y={284} w={340} h={170} title="Spending limit">
        <Input x={46} y={330} w={308} label="Limit per billing cycle" placeholder="Set a limit" />
        <Button x={46} y={402} label="Save limit" variant="secondary" />
      </Panel>

      <Panel x={390} y={284} w={350} h={170} title="Legacy plan (Basic or Pro)">
        <Lines x={406} y={326} w={310} count={2} />
        <Text x={406} y={374} size={12} tone="muted">
          Opt in to pay-per-use, or stay on your plan.
        </Text>
        <Button x={406} y={402} label="Compare and opt in" variant="secondary" />
      </Panel>

      <Warning x={30} y={474} w={710} text="Requests are blocked while the balance is at or below zero, until you add credits." />

      <Callout n={1} x={NAV_X + 160} y={navY(3)} />
      <Callout n={2} x={188} y={222} to={{ x: 164, y: 222 }} />
      <Callout n={3} x={716} y={130} />
      <Callout n={4} x={340} y={368} />
    </ConsoleScreen>
  );
}
