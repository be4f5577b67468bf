// The button that starts one of the pane's operations: locked (and pointing to the notice that says why) while any
// operation runs, and showing a spinner and its "…ing" text while its own runs.
import { Button, Spinner, type ButtonProps } from "@fluentui/react-components";
import type { MessageDef } from "../../core/messages/messageTypes";
import { useT } from "../pane/language";
import type { OperationName } from "../pane/operationName";
import { useLock, usePane } from "../pane/paneContext";

type Label = MessageDef<Record<string, never>>;

export interface RunButtonProps {
  operation: OperationName;
  label: Label;
  /** The text while its own operation runs ("Đang xếp hạng…"). */
  runningLabel: Label;
  onClick?: () => void;
  /** Not ready to run, whatever the lock says (a form with an error). */
  blocked?: boolean;
  appearance?: ButtonProps["appearance"];
  type?: "button" | "submit";
  className?: string;
}

export function RunButton({
  operation,
  label,
  runningLabel,
  onClick,
  blocked,
  appearance,
  type,
  className,
}: RunButtonProps) {
  const t = useT();
  const lock = useLock();
  const mine = usePane().running?.name === operation;
  return (
    <Button
      appearance={appearance}
      type={type}
      className={className}
      onClick={onClick}
      icon={mine ? <Spinner size="tiny" /> : undefined}
      {...lock}
      disabled={lock.disabled || blocked}
    >
      {mine ? t(runningLabel) : t(label)}
    </Button>
  );
}
