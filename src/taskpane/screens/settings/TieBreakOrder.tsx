// The tie-break steps as an ordered list: a tick box per step (used or not) and Up / Down buttons to reorder, usable
// from the keyboard (focus follows the moved step) and announced to screen readers.
import { Button, Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { MessageDef } from "../../../core/messages/messageTypes";
import type { TieBreakKey } from "../../../core/settings/settingsTypes";
import { settingsMessages as m } from "../../messages/settingsMessages";
import { useT } from "../../pane/language";
import { useVisuallyHidden } from "../../components/visuallyHidden";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: 0, listStyleType: "none" },
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  label: { flexGrow: 1 },
});

export const TIE_LABEL: Record<TieBreakKey, MessageDef<Record<string, never>>> = {
  "first-group": m.tieFirstGroup,
  "fewer-deductions": m.tieFewerDeductions,
  "more-full-criteria": m.tieMoreFull,
  priority: m.tiePriority,
};

export type TieBreakItems = { key: TieBreakKey; on: boolean }[];

export interface TieBreakOrderProps {
  items: TieBreakItems;
  onChange: (items: TieBreakItems) => void;
  disabled?: boolean;
  /** id of the element saying what is wrong with the order, when something is. */
  describedBy?: string;
}

export function TieBreakOrder({ items, onChange, disabled, describedBy }: TieBreakOrderProps) {
  const styles = useStyles();
  const t = useT();
  const hidden = useVisuallyHidden();
  const buttons = useRef(new Map<string, HTMLElement | null>());
  const [focus, setFocus] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const label = (key: TieBreakKey) => t(TIE_LABEL[key]);

  // After a move the step's button keeps the focus, wherever the list put it.
  useEffect(() => {
    if (focus) buttons.current.get(focus)?.focus();
  }, [focus, items]);

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    [next[index], next[target]] = [next[target], next[index]];
    onChange(next);
    const key = items[index].key;
    // At the list's end the other button is the one that still does something.
    const edge = target === 0 || target === items.length - 1;
    setFocus(`${key}:${edge ? (by < 0 ? "down" : "up") : by < 0 ? "up" : "down"}`);
    setAnnouncement(t(m.moved, { step: label(key), position: target + 1 }));
  };

  return (
    <>
      <Caption1>{t(m.tieBreakHint)}</Caption1>
      <ol className={styles.list} aria-describedby={describedBy}>
        {items.map((item, i) => (
          <li key={item.key} className={styles.item}>
            <Checkbox
              className={styles.label}
              checked={item.on}
              disabled={disabled}
              label={`${i + 1}. ${label(item.key)}`}
              onChange={(_, d) =>
                onChange(items.map((step) => (step.key === item.key ? { ...step, on: d.checked === true } : step)))
              }
            />
            <Button
              size="small"
              icon={<ArrowUp16Regular />}
              aria-label={t(m.moveUp, { step: label(item.key) })}
              disabled={disabled || i === 0}
              ref={(el) => void buttons.current.set(`${item.key}:up`, el)}
              onClick={() => move(i, -1)}
            >
              {t(m.up)}
            </Button>
            <Button
              size="small"
              icon={<ArrowDown16Regular />}
              aria-label={t(m.moveDown, { step: label(item.key) })}
              disabled={disabled || i === items.length - 1}
              ref={(el) => void buttons.current.set(`${item.key}:down`, el)}
              onClick={() => move(i, 1)}
            >
              {t(m.down)}
            </Button>
          </li>
        ))}
      </ol>
      <div aria-live="polite" className={hidden.hidden}>
        {announcement}
      </div>
    </>
  );
}
