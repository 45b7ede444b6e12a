// Loaded synchronously at the top of <body>, so GOV.UK Frontend's JavaScript-only styles apply
// before the first paint. It was inline; it is a file so the Content-Security-Policy can forbid
// inline script (docs/adr/0004-content-security-policy.md).
document.body.className += " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
