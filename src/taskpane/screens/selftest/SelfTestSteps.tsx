// The self-test's steps as a list a screen reader reads in order: each step's status, its name and what it found.
import { Badge, Body1Strong, Caption1, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import {
  STATUS_LABELS,
  STEP_LABELS,
  type SelfTestResult,
  type StepStatus,
} from "../../../workbook/selftest/selfTestReport";
import { selfTestPaneMessages as m } from "../../messages/selfTestMessages";
import { useLang, useT } from "../../pane/language";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  step: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  details: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  detail: { overflowWrap: "anywhere" },
});

const COLORS: Record<StepStatus, BadgeProps["color"]> = {
  pass: "success",
  fail: "danger",
  skip: "warning",
  "not-run": "subtle",
};

export function SelfTestSteps({ result }: { result: SelfTestResult }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  return (
    <ol className={styles.list} aria-label={t(m.stepsLabel)}>
      {result.steps.map((step) => {
        const [first, ...more] = step.details;
        return (
          <li key={step.id} className={styles.step}>
            <div className={styles.title}>
              <Badge appearance="filled" color={COLORS[step.status]}>
                {STATUS_LABELS[step.status][lang]({})}
              </Badge>
              <Body1Strong>{STEP_LABELS[step.id][lang]({})}</Body1Strong>
            </div>
            {first && <Caption1 className={styles.detail}>{first[lang]}</Caption1>}
            {more.length > 0 && (
              <ul className={styles.details}>
                {more.map((detail, i) => (
                  <li key={i}>
                    <Caption1 className={styles.detail}>{detail[lang]}</Caption1>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
