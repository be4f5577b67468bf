// Failures mid-operation while the add-in runs "inject" in Excel (fake runtime): see describeFailures.ts.

import { describeFailures } from "./describeFailures";
import { injectOperation } from "./failureOperations";

describeFailures(injectOperation, ["undone", "unchanged"]);
