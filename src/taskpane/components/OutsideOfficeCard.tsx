// Shown when the task pane is opened in a plain browser: what Thi đua is and how to open it in Excel.
import { Body1, Caption1, Card, CardHeader, makeStyles, Subtitle2, Title3, tokens } from "@fluentui/react-components";
import { shellMessages as m } from "../messages/shellMessages";
import { useT } from "../pane/language";

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    minHeight: "100vh",
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  card: { maxWidth: "640px", marginInline: "auto", rowGap: tokens.spacingVerticalM },
  text: { margin: 0 },
  why: { margin: 0, color: tokens.colorNeutralForeground3 },
  heading: { margin: 0 },
  steps: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
});

export function OutsideOfficeCard() {
  const styles = useStyles();
  const t = useT();
  return (
    <main className={styles.page}>
      <Card className={styles.card} aria-labelledby="outside-title">
        <CardHeader
          image={<img src="assets/icon-64.png" width={48} height={48} alt="" />}
          header={
            <Title3 as="h1" id="outside-title" className={styles.heading}>
              {t(m.outsideTitle)}
            </Title3>
          }
          description={<Caption1>{t(m.tagline)}</Caption1>}
        />
        <Body1 as="p" className={styles.text}>
          {t(m.outsideWhat)}
        </Body1>
        <Body1 as="p" className={styles.why}>
          {t(m.outsideWhy)}
        </Body1>
        <Subtitle2 as="h2" className={styles.heading}>
          {t(m.outsideHowTitle)}
        </Subtitle2>
        <ol className={styles.steps}>
          <li>
            <Body1>{t(m.outsideStepWeb)}</Body1>
          </li>
          <li>
            <Body1>{t(m.outsideStepDesktop)}</Body1>
          </li>
          <li>
            <Body1>{t(m.outsideStepOpen)}</Body1>
          </li>
        </ol>
      </Card>
    </main>
  );
}
