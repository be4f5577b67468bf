// The working screens of a workbook that holds a scoring table: the navigation (the main screens as tabs, the others
// in a "Thêm" menu beside them, so that nine screens fit one row of a 350 px pane), Hoàn tác (undo), and one panel
// per screen.
import {
  makeStyles,
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  mergeClasses,
  Spinner,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
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
  /**
   * "tab": on the tab row, for the screens of every round (only as many as fit 350 px: three, with the menu);
   * by default in the "Thêm" (more) menu beside the tabs.
   */
  place?: "tab" | "menu";
}

/**
 * The tabs, in order. To add a screen: put it in screens/<name>/ as a component without props that reads what it
 * needs through usePane() and useT() (host, language, clock, workbook, the one running operation); give each of its
 * operations a name in pane/operationName.ts; let its buttons that start one spread useLock() and show
 * <OperationStatus of={[...its operations]} />; then add its line here. It goes into the "Thêm" menu unless its row
 * says place: "tab" (the tab row holds three at 350 px).
 */
const TABS: readonly TabSpec[] = [
  {
    id: "validate",
    label: m.tabValidate,
    Screen: screen(() => import("../screens/validate/ValidateScreen"), "ValidateScreen"),
    mount: "always",
    place: "tab",
  },
  {
    id: "rank",
    label: m.tabRank,
    Screen: screen(() => import("../screens/rank/RankScreen"), "RankScreen"),
    mount: "always",
    place: "tab",
  },
  {
    // The forms made keep their list (making them again changes their ids).
    id: "forms",
    label: formsMessages.tab,
    Screen: screen(() => import("../screens/forms/FormsScreen"), "FormsScreen"),
    mount: "once-opened",
    place: "tab",
  },
  {
    // Its charts are not part of the first paint.
    id: "analysis",
    label: analysisMessages.tab,
    Screen: screen(() => import("../screens/analysis/AnalysisScreen"), "AnalysisScreen"),
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

const ON_TABS = TABS.filter((tab) => tab.place === "tab");
const IN_MENU = TABS.filter((tab) => tab.place !== "tab");

const useStyles = makeStyles({
  // One row whatever the language: the tabs, then the menu button, which never shrinks.
  nav: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, minWidth: 0 },
  tabs: { flexShrink: 1, minWidth: 0 },
  more: { flexShrink: 0, maxWidth: "45%", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  // A screen from the menu is shown: its button carries the selected tab's underline.
  moreShown: {
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 0 -${tokens.strokeWidthThicker} 0 ${tokens.colorCompoundBrandStroke}`,
  },
});

export function WorkingScreens() {
  const styles = useStyles();
  const t = useT();
  const [shown, setShown] = useState(TABS[0].id);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([TABS[0].id]));
  const mounted = (tab: TabSpec) =>
    tab.mount === "always" || (tab.mount === "once-opened" ? opened.has(tab.id) : shown === tab.id);
  const show = (id: string) => {
    setShown(id);
    setOpened((before) => new Set(before).add(id));
  };
  const fromMenu = IN_MENU.find((tab) => tab.id === shown);
  // Fluent keeps a menu of radio items open on a choice; choosing a screen here closes it, as choosing a tab would.
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <>
      <nav className={styles.nav}>
        <TabList
          selectedValue={fromMenu ? null : shown}
          onTabSelect={(_, d) => show(String(d.value))}
          aria-label={t(m.navLabel)}
          size="small"
          className={styles.tabs}
        >
          {ON_TABS.map((tab) => (
            <Tab key={tab.id} value={tab.id} id={`screen-tab-${tab.id}`} aria-controls={`screen-${tab.id}`}>
              {t(tab.label)}
            </Tab>
          ))}
        </TabList>
        {IN_MENU.length > 0 && (
          <Menu
            open={menuOpen}
            onOpenChange={(_, d) => setMenuOpen(d.open)}
            checkedValues={{ screen: fromMenu ? [fromMenu.id] : [] }}
            onCheckedValueChange={(_, d) => {
              if (d.checkedItems[0]) show(d.checkedItems[0]);
              setMenuOpen(false);
            }}
          >
            <MenuTrigger disableButtonEnhancement>
              <MenuButton
                size="small"
                appearance="subtle"
                className={mergeClasses(styles.more, fromMenu && styles.moreShown)}
                aria-current={fromMenu ? "page" : undefined}
              >
                {fromMenu ? t(fromMenu.label) : t(m.moreScreens)}
              </MenuButton>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {IN_MENU.map((tab) => (
                  <MenuItemRadio key={tab.id} name="screen" value={tab.id}>
                    {t(tab.label)}
                  </MenuItemRadio>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
      </nav>
      {/* Excel's own undo does not cover the add-in's writes: this undoes the last one; the pane reads again. */}
      <UndoButton />
      <Suspense fallback={<Spinner size="small" label={t(m.loadingWorkbook)} />}>
        {TABS.filter(mounted).map(({ id, label, Screen, place }) => (
          <div
            key={id}
            id={`screen-${id}`}
            // A tab's panel is a tabpanel labelled by its tab; a menu's screen is a region named after it.
            role={place === "tab" ? "tabpanel" : "region"}
            aria-labelledby={place === "tab" ? `screen-tab-${id}` : undefined}
            aria-label={place === "tab" ? undefined : t(label)}
            hidden={shown !== id}
          >
            <Screen />
          </div>
        ))}
      </Suspense>
    </>
  );
}
