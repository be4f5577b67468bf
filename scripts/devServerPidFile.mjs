// Where `npm start` on Linux records its dev server's process id, so that `npm run stop` can end exactly that one.
import { join } from "node:path";
import { projectRoot } from "./projectRoot.mjs";

export const devServerPidFile = join(projectRoot, "node_modules", ".cache", "thidua", "dev-server.pid");
