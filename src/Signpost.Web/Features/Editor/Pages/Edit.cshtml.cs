using Microsoft.AspNetCore.Mvc;
using Signpost.Core.Editorial.Diff;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Core.Markdown;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Features.Editor.Workflow;
using Page = Signpost.Core.Content.Page;

namespace Signpost.Web.Features.Editor.Pages;

public sealed class EditModel(PageWorkflow workflow, PageEditorQueries queries, ContentSchedules schedules)
    : EditPageBase<Page, PageSnapshot>(workflow, schedules)
{
    public PageForm Form { get; private set; } = new();
    public IReadOnlyList<PageParent> Parents { get; private set; } = [];

    protected override string Segment => "pages";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Form = PageForm.From(PageSnapshot.FromJson(Latest.Snapshot), Latest.Number);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? action, ScheduleInput? publishAt, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!MayTake(action))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Form = new PageForm();
        await TryUpdateModelAsync(Form, "");
        ModelState.Clear();
        if (!TryReadPublishAt(publishAt, action, out var publishAtUtc))
        {
            return Page();
        }

        var (snapshot, errors) = PageFormReader.Read(Form, Parents.Select(p => p.Path).ToList());
        if (snapshot is null)
        {
            errors.ForEach(e => ModelState.AddModelError(e.Key, e.Message));
            return Page();
        }

        var (next, response) = await SaveAsync(id, Form.BaseVersion, snapshot, Form.Comment, action, publishAtUtc, n => Form.BaseVersion = n, cancellationToken);
        return response ?? Finish(id, next, action, publishAtUtc);
    }

    /// <summary>The live preview pane's request (markdown-editor.js posts the text as "description"): the body rendered exactly as the public page will.</summary>
    public async Task<IActionResult> OnPostMarkdownPreviewAsync(Guid id, [FromForm(Name = "description")] string? body, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Content(SafeMarkdown.ToHtml(body ?? ""), "text/html; charset=utf-8");

    protected override IReadOnlyList<FieldChange> Compare(PageSnapshot theirs, PageSnapshot yours) => SnapshotDiff.Compare(theirs, yours);

    protected override async Task LoadKindAsync(Page item, CancellationToken cancellationToken) =>
        Parents = await queries.ParentsAsync(item.Path, cancellationToken);
}
