using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Diff;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Core.Markdown;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Features.Editor.Services;
using Signpost.Web.Features.Editor.Workflow;
using Page = Signpost.Core.Content.Page;

namespace Signpost.Web.Features.Editor.Pages;

public sealed class EditModel(PageWorkflow workflow, PageEditorQueries queries, ContentSchedules schedules) : PageModel
{
    public Page Item { get; private set; } = null!;
    public ContentVersion Latest { get; private set; } = null!;
    public PageForm Form { get; private set; } = new();
    public IReadOnlyList<PageParent> Parents { get; private set; } = [];
    public bool CanSubmit { get; private set; }
    public bool CanPublish { get; private set; }

    /// <summary>Scheduled publishes and withdrawals still to run, with who may cancel them.</summary>
    public SchedulePanel Schedule { get; private set; } = null!;
    public ScheduleInput PublishAt { get; private set; } = new();
    public bool CanWithdraw { get; private set; }
    public bool CanRestore { get; private set; }

    /// <summary>Set when this save lost a race: the other editor's version and how this form differs from it.</summary>
    public ConflictView? Conflict { get; private set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

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

        // Refused before saving, so a refused publish or submit leaves no draft behind either.
        if ((action == "publish" && !CanPublish) || (action == "submit" && !CanSubmit))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Form = new PageForm();
        await TryUpdateModelAsync(Form, "");
        ModelState.Clear();
        PublishAt = publishAt ?? new ScheduleInput();
        if (!schedules.TryReadPublishAt(PublishAt, action, ModelState, out var publishAtUtc))
        {
            return Page();
        }

        var (snapshot, errors) = PageFormReader.Read(Form, Parents.Select(p => p.Path).ToList());
        if (snapshot is null)
        {
            errors.ForEach(e => ModelState.AddModelError(e.Key, e.Message));
            return Page();
        }

        var next = await workflow.SaveThenAsync(User, id, Form.BaseVersion, snapshot, Form.Comment, action, cancellationToken, publishAtUtc);
        if (this.Refusal(next) is { } refused)
        {
            return refused;
        }

        if (next.Outcome == WorkflowOutcome.Conflict)
        {
            var conflict = next.Conflict!;
            Conflict = new ConflictView(conflict.Theirs, SnapshotDiff.Compare(conflict.TheirSnapshot, conflict.Yours), $"/editor/pages/{id}/edit");
            Latest = conflict.Theirs;
            Form.BaseVersion = conflict.Theirs.Number;
            return Page();
        }


        if (!next.Succeeded)
        {
            ModelState.AddModelError(next.Field ?? "", next.Message!);
            return Page();
        }

        return Redirect($"/editor/pages/{id}/edit?done={StepResponses.DoneWord(action, publishAtUtc is not null)}");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken cancellationToken) =>
        this.Refusal(await workflow.WithdrawAsync(User, id, cancellationToken)) ?? Redirect($"/editor/pages/{id}/edit?done=withdrawn");

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken) =>
        this.Refusal(await workflow.RestoreAsync(User, id, cancellationToken)) ?? Redirect($"/editor/pages/{id}/edit?done=restored");

    /// <summary>The live preview pane's request (markdown-editor.js posts the text as "description"): the body rendered exactly as the public page will.</summary>
    public async Task<IActionResult> OnPostMarkdownPreviewAsync(Guid id, [FromForm(Name = "description")] string? body, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Content(SafeMarkdown.ToHtml(body ?? ""), "text/html; charset=utf-8");

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await workflow.LoadAsync(id, tracking: false, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        Item = page;
        if (!await workflow.AllowsAsync(User, page, ContentOperations.View, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Latest = await workflow.LatestAsync(page, cancellationToken);
        Parents = await queries.ParentsAsync(page.Path, cancellationToken);
        CanSubmit = await workflow.AllowsAsync(User, page, ContentOperations.Submit, cancellationToken);
        CanPublish = await workflow.AllowsAsync(User, page, ContentOperations.Publish, cancellationToken);
        CanWithdraw = page.Status == ContentStatus.Published && await workflow.AllowsAsync(User, page, ContentOperations.Withdraw, cancellationToken);
        CanRestore = page.Status == ContentStatus.Withdrawn && await workflow.AllowsAsync(User, page, ContentOperations.Restore, cancellationToken);
        Schedule = new SchedulePanel(await schedules.PendingAsync(workflow.Kind, id, cancellationToken), CanPublish, await workflow.AllowsAsync(User, page, ContentOperations.Withdraw, cancellationToken));
        return null;
    }
}
