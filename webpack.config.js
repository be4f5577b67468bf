// Builds the task pane and the ribbon function file into dist/ (layout and script names follow Microsoft's
// Office-Addin-TaskPane-React template). Environment: ADDIN_URL (production manifest host), OFFICE_JS=local.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_URL, resolveAddinUrl, rewriteManifestUrls } = require("./scripts/manifestUrls.cjs");
const { officeJsFiles } = require("./scripts/officeJsFiles.cjs");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** `local` copies Office.js into dist/office-js/; anything but unset, `cdn` or `local` is a mistake. */
function officeJsMode(value) {
  const mode = (value || "cdn").trim().toLowerCase();
  if (mode !== "cdn" && mode !== "local") {
    throw new Error(
      `OFFICE_JS must be "local" (copy Office.js into dist/) or "cdn" (the default), but it is "${value}".`,
    );
  }
  return mode;
}

/**
 * Scripts only from this origin (and Microsoft's Office.js CDN when used); Griffel, Fluent UI's CSS-in-JS engine,
 * inserts <style> elements, hence 'unsafe-inline' for styles only (test/build/contentSecurityPolicy.browser.test.ts
 * shows they are refused without it). No eval anywhere, also in development (devtool "source-map" needs none), so
 * development and production pages carry the same policy. No frame-ancestors: a <meta> policy ignores it, and
 * Office frames the pane. SECURITY.md explains each directive.
 */
function contentSecurityPolicy(mode) {
  const scripts = mode === "cdn" ? "'self' https://appsforoffice.microsoft.com" : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Settings from --env (tests pass them this way) or the environment; fails with one sentence on a bad value. */
function settings(env, argv) {
  try {
    const production = argv.mode !== "development";
    const officeJs = officeJsMode(env.OFFICE_JS ?? process.env.OFFICE_JS);
    const addin = production ? resolveAddinUrl(env.ADDIN_URL ?? process.env.ADDIN_URL) : { url: DEV_URL };
    return { production, officeJs, addin };
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

module.exports = async (env, argv) => {
  const { production, officeJs, addin } = settings(env, argv);
  if (addin.note && !env.WEBPACK_SERVE) console.log(addin.note);
  const officeJsUrl = officeJs === "local" ? "office-js/office.js" : OFFICE_JS_CDN;
  const pageParameters = { officeJsUrl, csp: contentSecurityPolicy(officeJs) };

  const copyPatterns = [
    { from: "assets/icon-*.png", to: "assets/[name][ext]" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => (production ? rewriteManifestUrls(content.toString(), addin.url) : content),
    },
  ];
  if (officeJs === "local") {
    for (const file of officeJsFiles(OFFICE_JS_DIST)) {
      copyPatterns.push({ from: path.join(OFFICE_JS_DIST, file), to: `office-js/${file}`, info: { minimized: true } });
    }
  }

  const config = {
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, "dist"),
      // Relative URLs, so dist/ works under any folder of the server named by ADDIN_URL.
      publicPath: "",
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic", development: !production } },
                // Office on Mac runs Safari's WebKit; ES2020 keeps older supported macOS versions working.
                target: "es2020",
              },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: pageParameters,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: pageParameters,
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    performance: {
      // The budget (design.md) is 250 KB gzipped; test/build checks it. Raw size here is only an early warning.
      hints: production ? "warning" : false,
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 900 * 1024,
      assetFilter: (name) => name.endsWith(".js") && !name.startsWith("office-js/"),
    },
  };

  if (env.WEBPACK_SERVE) {
    const { devServerHttpsOptions } = require("./scripts/devServerCertificate.cjs");
    config.devServer = {
      hot: true,
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devServerHttpsOptions() },
      static: false,
      client: { overlay: { warnings: false } },
    };
  }
  return config;
};
