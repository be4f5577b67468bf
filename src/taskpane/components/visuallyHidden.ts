// Hides text from the eye but not from screen readers: the charts' numbers as a list, the labels a list row shows by
// its layout ("Hạng", "điểm").
import { makeStyles } from "@fluentui/react-components";

export const useVisuallyHidden = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
