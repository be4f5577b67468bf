// Shows an operation's failure in a MessageBar with what to do next: the host's own words (cause, what the workbook
// was left with, next step), or a general next step for a failure nobody foresaw.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Bilingual } from "../../core/messages/messageTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import { localize } from "../messages/localize";
import { screenMessages as m } from "../messages/screenMessages";

export function ErrorBar({ error, lang, onDismiss }: { error: Bilingual | true; lang: Lang; onDismiss: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{localize(m.errorTitle, lang)}</MessageBarTitle>
        {/* A host's message already says what happened and what to do; only an unknown failure gets the general
            next step. */}
        {error === true ? localize(m.errorNextStep, lang) : error[lang]}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={localize(m.dismiss, lang)}
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
