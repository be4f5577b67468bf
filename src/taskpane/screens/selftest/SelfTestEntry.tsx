// Tự kiểm tra's entry at the foot of the Start screen (a blank workbook, where it belongs): a short line on what it is
// for and a button that opens the self-test below, its code loaded only then.
import { Body1, Button, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useId, useState } from "react";
import { selfTestPaneMessages as m } from "../../messages/selfTestMessages";
import { useT } from "../../pane/language";

const SelfTestPanel = lazy(() => import("./SelfTestScreen").then((mod) => ({ default: mod.SelfTestPanel })));

const useStyles = makeStyles({
  entry: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  button: { alignSelf: "flex-start" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export function SelfTestEntry() {
  const styles = useStyles();
  const t = useT();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const panelId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.entry}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t(m.entryTitle)}
      </Subtitle2>
      <Body1>{t(m.entryIntro)}</Body1>
      <Button
        className={styles.button}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        {t(open ? m.close : m.open)}
      </Button>
      {open && (
        <div id={panelId} className={styles.panel}>
          <Suspense fallback={<Spinner size="small" />}>
            <SelfTestPanel />
          </Suspense>
        </div>
      )}
    </section>
  );
}
