// The note to a unit whose returned form was refused (refusalNote: the file, each error with its sheet and cell,
// what to do), one click from the clipboard, ready to paste into the reply; where Office refuses the clipboard to the
// pane, the note is shown selected instead, for Ctrl+C.
import { Button, makeStyles, Textarea } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { formsMessages as m } from "../../messages/formsMessages";
import { useT } from "../../pane/language";

const useStyles = makeStyles({ note: { width: "100%" } });

export function RefusalNoteCopy({ note, file }: { note: string; file: string }) {
  const styles = useStyles();
  const t = useT();
  const [state, setState] = useState<"idle" | "copied" | "shown">("idle");
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state === "shown") area.current?.select();
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(note);
      setState("copied");
    } catch {
      setState("shown");
    }
  };

  return (
    <>
      <Button size="small" aria-label={t(m.copyNote, { file })} onClick={() => void copy()}>
        {state === "copied" ? t(m.noteCopied) : t(m.copyNoteShort)}
      </Button>
      {state === "shown" && (
        <Textarea
          ref={area}
          className={styles.note}
          readOnly
          resize="vertical"
          rows={6}
          value={note}
          aria-label={t(m.noteLabel, { file })}
        />
      )}
    </>
  );
}
