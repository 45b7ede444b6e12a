// Progressive enhancement for the service form's description: a word count and a live preview
// rendered by the server (the same safe Markdown the public page uses). Without JavaScript the
// plain textarea works and the Preview page shows the result.
const editor = document.querySelector("[data-markdown-editor]");
const form = editor?.closest("form");
if (editor && form) {
  const textarea = editor.querySelector("textarea");
  const count = editor.querySelector("[data-word-count]");
  const pane = editor.querySelector("[data-markdown-preview]");
  const body = editor.querySelector("[data-markdown-preview-body]");
  const token = form.querySelector("input[name='__RequestVerificationToken']")?.value;
  const previewUrl = form.getAttribute("action").split("?")[0].endsWith("/edit")
    ? form.getAttribute("action").split("?")[0] + "?handler=MarkdownPreview"
    : null;

  const words = () => {
    const n = textarea.value.trim() === "" ? 0 : textarea.value.trim().split(/\s+/).length;
    count.textContent = n === 1 ? "1 word" : `${n} words`;
  };

  let timer;
  let latest = 0;
  const preview = () => {
    if (!previewUrl || !token) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const request = ++latest;
      const data = new FormData();
      data.append("description", textarea.value);
      data.append("__RequestVerificationToken", token);
      try {
        const response = await fetch(previewUrl, { method: "POST", body: data, credentials: "same-origin" });
        if (response.ok && request === latest) {
          body.innerHTML = await response.text();
          pane.hidden = false;
        }
      } catch {
        // The preview is a convenience; saving still works without it.
      }
    }, 400);
  };

  textarea.addEventListener("input", () => { words(); preview(); });
  words();
  preview();
}
