// Where the built add-in will be served from: the production build rewrites the development URL in
// manifest.xml to ADDIN_URL, so a secretariat can host dist/ on its own HTTPS server.

const DEV_URL = "https://localhost:3000/";

/**
 * Reads ADDIN_URL. Returns { url, note }: `url` is the base the manifest should point at, `note` a sentence to
 * print when the developer should know something (unset variable). Throws an Error whose message is one sentence
 * for the user when the value is unusable.
 */
function resolveAddinUrl(value) {
  if (value === undefined || value.trim() === "") {
    return {
      url: DEV_URL,
      note: `Note: ADDIN_URL is not set, so dist/manifest.xml points at ${DEV_URL} (fine for sideloading from this machine; set ADDIN_URL=https://your-server/path/ to deploy).`,
    };
  }
  const url = value.trim();
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.protocol !== "https:" || !url.endsWith("/") || parsed.search || parsed.hash) {
    throw new Error(
      `ADDIN_URL must be an https:// address ending in "/" (for example https://tdkt.example.gov.vn/addin/), but it is "${url}".`,
    );
  }
  return { url, note: undefined };
}

/** Replaces every development URL in a manifest's text by `url` (which ends in "/"). */
function rewriteManifestUrls(manifestText, url) {
  return manifestText.split(DEV_URL).join(url);
}

module.exports = { DEV_URL, resolveAddinUrl, rewriteManifestUrls };
