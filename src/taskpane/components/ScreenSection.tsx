// A screen of the pane (or a section of one): a region named by its heading, its parts in one column.
import { makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  dense: { rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

export interface ScreenSectionProps {
  /** The heading's id, unique in the pane ("rank-title"). */
  id: string;
  title: string;
  /** Closer lines, for a section among others on one screen (the Forms screen's three). */
  dense?: boolean;
  children: ReactNode;
}

export function ScreenSection({ id, title, dense, children }: ScreenSectionProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby={id} className={mergeClasses(styles.screen, dense && styles.dense)}>
      <Subtitle2 as="h2" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
