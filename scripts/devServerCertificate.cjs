// HTTPS certificate for `npm run dev-server`. Microsoft's office-addin-dev-certs installs a trusted CA, which needs
// sudo (Linux) or an admin prompt; where that cannot work the server still starts with its generated files.
const fs = require("node:fs");
const { X509Certificate } = require("node:crypto");
const path = require("node:path");

const DAY_MS = 24 * 60 * 60 * 1000;

function onPath(command) {
  return (process.env.PATH || "").split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));
}

/** The generated files, when all present and valid for at least another day. */
function readGenerated(defaults) {
  const files = [defaults.localhostCertificatePath, defaults.localhostKeyPath, defaults.caCertificatePath];
  if (!files.every((f) => fs.existsSync(f))) return undefined;
  const cert = fs.readFileSync(defaults.localhostCertificatePath);
  const validTo = new Date(new X509Certificate(cert).validTo).getTime();
  if (validTo - Date.now() < DAY_MS) return undefined;
  return { cert, key: fs.readFileSync(defaults.localhostKeyPath), ca: fs.readFileSync(defaults.caCertificatePath) };
}

/**
 * Returns { key, cert, ca } for webpack-dev-server and prints one line about trust. Order: Microsoft's installed,
 * trusted certificate; else its generated files in ~/.office-addin-dev-certs; else new ones generated there.
 */
async function devServerHttpsOptions(log = console.log) {
  const devCerts = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults");
  // On Linux without sudo the CA install can only fail, and each failed attempt replaces the certificate files,
  // which would undo a browser's "proceed anyway" every time the server starts.
  const installCanWork = !(process.platform === "linux" && !onPath("sudo"));
  if (installCanWork) {
    try {
      const options = await devCerts.getHttpsServerOptions();
      log("HTTPS: using the trusted Office add-in developer certificate.");
      return options;
    } catch {
      // Fall through to the generated files: the server must start even where the CA cannot be installed.
    }
  }
  let options = readGenerated(defaults);
  if (!options) {
    await devCerts.generateCertificates();
    options = readGenerated(defaults);
  }
  if (!options) throw new Error(`Could not create a development certificate in ${defaults.certificateDirectory}.`);
  log(
    `HTTPS: the certificate in ${defaults.certificateDirectory} is not trusted by this system; open https://localhost:3000 once in your browser and accept it (or import ${defaults.caCertificatePath} as a trusted authority; with admin rights, npx office-addin-dev-certs install).`,
  );
  return options;
}

module.exports = { devServerHttpsOptions };
