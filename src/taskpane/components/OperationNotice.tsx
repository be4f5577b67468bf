// Says, above every screen, which operation is running while it locks the pane's other buttons (they point here
// with aria-describedby), so a disabled button on another tab never leaves the user guessing why.
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { OPERATION_LABELS, operationMessages as m } from "../messages/operationMessages";
import { useT } from "../pane/language";
import { usePane } from "../pane/paneContext";

export function OperationNotice() {
  const t = useT();
  const { running, noticeId } = usePane();
  // The region stays in the page so that screen readers announce each operation as it starts.
  return (
    <div id={noticeId} aria-live="polite">
      {running && (
        <MessageBar intent="info" icon={<Spinner size="extra-tiny" />}>
          <MessageBarBody>{t(m.running, { operation: t(OPERATION_LABELS[running.name]) })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
