// The task pane's home inside an Excel the working screens cannot use: names the product and its jobs, and says
// what this Excel lacks when it is too old for the add-in.
import {
  Body1,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { ClipboardTaskListLtr24Regular, TableAdd24Regular, Trophy24Regular } from "@fluentui/react-icons";
import type { Bilingual } from "../../core/messages/messageTypes";
import { shellMessages as m } from "../messages/shellMessages";
import { useLang, useT } from "../pane/language";

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  tagline: { display: "block", color: tokens.colorNeutralForeground2 },
  jobs: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  job: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  icon: { flexShrink: 0, color: tokens.colorBrandForeground1 },
  status: { color: tokens.colorNeutralForeground3 },
});

export function HomeScreen({ notice = null }: { notice?: Bilingual | null }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const jobs = [
    { key: "template", icon: <TableAdd24Regular aria-hidden className={styles.icon} />, text: t(m.jobTemplate) },
    {
      key: "validate",
      icon: <ClipboardTaskListLtr24Regular aria-hidden className={styles.icon} />,
      text: t(m.jobValidate),
    },
    { key: "rank", icon: <Trophy24Regular aria-hidden className={styles.icon} />, text: t(m.jobRank) },
  ];
  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <img src="assets/icon-64.png" width={48} height={48} alt="" />
        <div>
          <Title2 as="h1" className={styles.heading}>
            {t(m.productName)}
          </Title2>
          <Body1 className={styles.tagline}>{t(m.tagline)}</Body1>
        </div>
      </header>
      <section aria-labelledby="home-jobs" className={styles.section}>
        <Subtitle2 as="h2" id="home-jobs" className={styles.heading}>
          {t(m.homeJobsTitle)}
        </Subtitle2>
        <ul className={styles.jobs}>
          {jobs.map((job) => (
            <li key={job.key} className={styles.job}>
              {job.icon}
              <Body1>{job.text}</Body1>
            </li>
          ))}
        </ul>
      </section>
      {notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{notice[lang]}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1 className={styles.status}>{t(m.homeStatus)}</Caption1>
    </main>
  );
}
