// Failures mid-operation while the add-in runs "collect" in Excel (fake runtime): see describeFailures.ts.

import { describeFailures } from "./describeFailures";
import { collectOperation } from "./failureOperations";

describeFailures(collectOperation, ["partial", "unchanged"]);
