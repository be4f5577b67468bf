// Phiếu (Forms): the email round trip and the year's summary, in three sections: forms out (make, open, save,
// email), forms in (returned files checked and taken into the workbook) and the year roll-up of period workbooks.
// Each section shows the progress and failure of its own operations; the pane runs one at a time.
import { Divider, makeStyles, tokens } from "@fluentui/react-components";
import { FormsIn } from "./FormsIn";
import { FormsOut } from "./FormsOut";
import { YearRollup } from "./YearRollup";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

export function FormsScreen() {
  const styles = useStyles();
  return (
    <div className={styles.screen}>
      <FormsOut />
      <Divider />
      <FormsIn />
      <Divider />
      <YearRollup />
    </div>
  );
}
