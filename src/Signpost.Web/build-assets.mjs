// Builds wwwroot/assets from npm packages: GOV.UK Frontend compiled with our own font
// (this is not a GOV.UK site, so no GDS Transport and no crown), plus Leaflet and our scripts.
import * as sass from "sass";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const out = join(root, "wwwroot", "assets");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
mkdirSync(out, { recursive: true });

const css = sass.compile(join(root, "Styles", "site.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(out, "site.css"), css.css);

cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "govuk-frontend.min.js"));
cpSync(join(govuk, "assets", "images"), join(out, "images"), { recursive: true });
cpSync(join(root, "node_modules", "leaflet", "dist"), join(out, "leaflet"), { recursive: true });
cpSync(join(root, "Scripts"), join(out, "js"), { recursive: true });
console.log("Signpost assets built in wwwroot/assets");
