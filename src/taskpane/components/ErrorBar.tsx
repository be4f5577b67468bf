// Shows an operation's failure in a MessageBar with what to do next: the host's own words (cause, what the workbook
// was left with, next step), or a general next step for a failure nobody foresaw.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Bilingual } from "../../core/messages/messageTypes";
import { screenMessages as m } from "../messages/screenMessages";
import { useLang, useT } from "../pane/language";

export function ErrorBar({ error, onDismiss }: { error: Bilingual | true; onDismiss: () => void }) {
  const t = useT();
  const lang = useLang();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(m.errorTitle)}</MessageBarTitle>
        {/* A host's message already says what happened and what to do; only an unknown failure gets the general
            next step. */}
        {error === true ? t(m.errorNextStep) : error[lang]}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={t(m.dismiss)} icon={<DismissRegular />} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
