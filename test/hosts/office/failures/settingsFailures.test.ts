// Failures mid-operation while the add-in runs "settings" in Excel (fake runtime): see describeFailures.ts.

import { describeFailures } from "./describeFailures";
import { settingsOperation } from "./failureOperations";

describeFailures(settingsOperation, ["partial", "unchanged"]);
