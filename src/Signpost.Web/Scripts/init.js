// Starts GOV.UK Frontend components (Exit this page, service navigation) when JavaScript runs.
import { initAll } from "/assets/govuk-frontend.min.js";
initAll();
