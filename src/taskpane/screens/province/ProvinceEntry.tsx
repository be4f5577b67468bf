// The way to the Tỉnh screen from Start: a Board opens Excel on a blank workbook, which has no scoring table and so
// no tabs. One button; the screen's code (and the consolidation's) loads only when it is chosen.
import { Button, Spinner } from "@fluentui/react-components";
import { BuildingGovernmentRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useState } from "react";
import { provinceScreenMessages as m } from "../../messages/provinceMessages";
import { useT } from "../../pane/language";

const ProvinceScreen = lazy(() => import("./ProvinceScreen").then((mod) => ({ default: mod.ProvinceScreen })));

export function ProvinceEntry() {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button appearance="secondary" icon={<BuildingGovernmentRegular />} onClick={() => setOpen(true)}>
        {t(m.entry)}
      </Button>
    );
  }
  return (
    <Suspense fallback={<Spinner size="small" label={t(m.title)} />}>
      <ProvinceScreen />
    </Suspense>
  );
}
