// The working screens of a workbook that holds a scoring table: the tab list, Hoàn tác (undo), and one panel per tab.
import { makeStyles, Spinner, Tab, TabList } from "@fluentui/react-components";
import { lazy, Suspense, useState, type ComponentType } from "react";
import type { MessageDef } from "../../core/messages/messageTypes";
import { analysisMessages } from "../messages/analysisMessages";
import { formsMessages } from "../messages/formsMessages";
import { meetingScreenMessages } from "../messages/meetingScreenMessages";
import { provinceScreenMessages } from "../messages/provinceMessages";
import { screenMessages as m } from "../messages/screenMessages";
import { selfTestPaneMessages } from "../messages/selfTestMessages";
import { settingsMessages } from "../messages/settingsMessages";
import { useT } from "../pane/language";
import { UndoButton } from "./UndoButton";

const screen = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((mod) => ({ default: mod[name] })));

interface TabSpec {
  id: string;
  label: MessageDef<Record<string, never>>;
  Screen: ComponentType;
  /**
   * "always": mounted from the start, so its results stay when another tab is shown; "once-opened": its code loads
   * and it mounts the first time its tab is chosen, then stays; "while-shown": mounted each time it is shown.
   */
  mount: "always" | "once-opened" | "while-shown";
}

/**
 * The tabs, in order. To add a screen: put it in screens/<name>/ as a component without props that reads what it
 * needs through usePane() and useT() (host, language, clock, workbook, the one running operation); give each of its
 * operations a name in pane/operationName.ts; let its buttons that start one spread useLock() and show
 * <OperationStatus of={[...its operations]} />; then add its line here.
 */
const TABS: readonly TabSpec[] = [
  {
    id: "validate",
    label: m.tabValidate,
    Screen: screen(() => import("../screens/validate/ValidateScreen"), "ValidateScreen"),
    mount: "always",
  },
  {
    id: "rank",
    label: m.tabRank,
    Screen: screen(() => import("../screens/rank/RankScreen"), "RankScreen"),
    mount: "always",
  },
  {
    // Its charts are not part of the first paint.
    id: "analysis",
    label: analysisMessages.tab,
    Screen: screen(() => import("../screens/analysis/AnalysisScreen"), "AnalysisScreen"),
    mount: "once-opened",
  },
  {
    // The forms made keep their list (making them again changes their ids).
    id: "forms",
    label: formsMessages.tab,
    Screen: screen(() => import("../screens/forms/FormsScreen"), "FormsScreen"),
    mount: "once-opened",
  },
  {
    // The year-end meeting: what was typed for the tally stays while another tab is shown; it reads the workbook
    // again itself whenever the pane's workbook changed.
    id: "meeting",
    label: meetingScreenMessages.tab,
    Screen: screen(() => import("../screens/meeting/MeetingScreen"), "MeetingScreen"),
    mount: "once-opened",
  },
  {
    // A cluster's secretariat may also sit on the Board: the province workbook is made from files, not this one.
    id: "province",
    label: provinceScreenMessages.tab,
    Screen: screen(() => import("../screens/province/ProvinceScreen"), "ProvinceScreen"),
    mount: "once-opened",
  },
  {
    // Read afresh each time: the settings may have been edited on their sheet meanwhile.
    id: "settings",
    label: settingsMessages.tab,
    Screen: screen(() => import("../screens/settings/SettingsScreen"), "SettingsScreen"),
    mount: "while-shown",
  },
  {
    // Runs in a blank workbook only: in a working workbook it says so and how to get one.
    id: "selftest",
    label: selfTestPaneMessages.tab,
    Screen: screen(() => import("../screens/selftest/SelfTestScreen"), "SelfTestScreen"),
    mount: "while-shown",
  },
];

const useStyles = makeStyles({
  // Six tabs are wider than a 350 px pane: they wrap onto a second line rather than scroll sideways.
  tabs: { flexWrap: "wrap" },
});

export function WorkingScreens() {
  const styles = useStyles();
  const t = useT();
  const [shown, setShown] = useState(TABS[0].id);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([TABS[0].id]));
  const mounted = (tab: TabSpec) =>
    tab.mount === "always" || (tab.mount === "once-opened" ? opened.has(tab.id) : shown === tab.id);

  return (
    <>
      <TabList
        selectedValue={shown}
        onTabSelect={(_, d) => {
          const id = String(d.value);
          setShown(id);
          setOpened((before) => new Set(before).add(id));
        }}
        aria-label={t(m.navLabel)}
        size="small"
        className={styles.tabs}
      >
        {TABS.map((tab) => (
          <Tab key={tab.id} value={tab.id}>
            {t(tab.label)}
          </Tab>
        ))}
      </TabList>
      {/* Excel's own undo does not cover the add-in's writes: this undoes the last one; the pane reads again. */}
      <UndoButton />
      <Suspense fallback={<Spinner size="small" label={t(m.loadingWorkbook)} />}>
        {TABS.filter(mounted).map(({ id, label, Screen }) => (
          <div key={id} role="tabpanel" hidden={shown !== id} aria-label={t(label)}>
            <Screen />
          </div>
        ))}
      </Suspense>
    </>
  );
}
