using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Diff;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Core.Markdown;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Scheduling;

namespace Signpost.Web.Features.Editor.Services;

public sealed class EditModel(
    ServiceWorkflow workflow,
    ServiceVersionReader versions,
    ServiceEditorQueries queries,
    EditorPermissions permissions,
    ContentSchedules schedules) : PageModel
{
    public Service Service { get; private set; } = null!;
    public ContentVersion Latest { get; private set; } = null!;
    public ServiceForm Form { get; private set; } = new();
    public ServiceOptions Options { get; private set; } = null!;
    public bool CanSubmit { get; private set; }
    public bool CanPublish { get; private set; }
    public bool CanWithdraw { get; private set; }
    public bool CanRestore { get; private set; }

    /// <summary>May withdraw, whatever the status now: who may cancel a scheduled withdrawal.</summary>
    public bool MayWithdraw { get; private set; }

    public IReadOnlyList<PendingAction> Pending { get; private set; } = [];
    public ScheduleInput PublishAt { get; private set; } = new();
    public ScheduleInput WithdrawAt { get; private set; } = new();

    /// <summary>Set when this save lost a race: the other editor's version, and what changed between it and this form.</summary>
    public ServiceConflict? Conflict { get; private set; }
    public IReadOnlyList<FieldChange> ConflictChanges { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Form = ServiceForm.From(ServiceSnapshot.FromJson(Latest.Snapshot), Latest.Number);
        await LoadOptionsAsync(cancellationToken);
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

        Form = new ServiceForm();
        await TryUpdateModelAsync(Form, "");
        ModelState.Clear();
        if (action is "add-session" or "add-closure")
        {
            // Without JavaScript, "add another" is a round trip that keeps everything typed so far.
            (action == "add-session" ? (Action)(() => Form.Schedules.Add(new ScheduleRow())) : () => Form.Closures.Add(new ClosureRow()))();
            await LoadOptionsAsync(cancellationToken);
            return Page();
        }

        // Checked before saving, so a mistyped time leaves no half-done publish behind.
        PublishAt = publishAt ?? new ScheduleInput();
        var (publishAtUtc, publishAtError) = schedules.ReadPublishAt(PublishAt, action == "publish");
        if (publishAtError is not null)
        {
            return await ShowErrorsAsync([(PublishAtId, publishAtError)], cancellationToken);
        }

        // The organisation the form was loaded with stays allowed even if withdrawn; a posted one may not be withdrawn.
        var loadedWith = ServiceSnapshot.FromJson(Latest.Snapshot).OrganisationId;
        var allowed = (await queries.OptionsAsync(await queries.ScopeAsync(User, cancellationToken), loadedWith, [], cancellationToken)).Organisations.Select(o => o.Id).ToList();
        var (snapshot, errors) = ServiceFormReader.Read(Form, allowed);
        if (snapshot is null)
        {
            return await ShowErrorsAsync(errors, cancellationToken);
        }

        var saved = await workflow.SaveDraftAsync(User, id, Form.BaseVersion, snapshot, Form.Comment, cancellationToken);
        if (this.Refusal(saved) is { } refused)
        {
            return refused;
        }

        if (saved.Outcome == WorkflowOutcome.Conflict)
        {
            return await ShowConflictAsync(saved.Conflict!, cancellationToken);
        }

        if (saved.Outcome == WorkflowOutcome.Invalid)
        {
            return await ShowErrorsAsync([("Slug", saved.Message!)], cancellationToken);
        }

        var next = action switch
        {
            "submit" => await workflow.SubmitAsync(User, id, cancellationToken),
            "publish" => await workflow.PublishAsync(User, id, saved.VersionNumber!.Value, asReviewer: false, cancellationToken, publishAtUtc),
            _ => saved,
        };
        if (this.Refusal(next) is { } refusedNext)
        {
            return refusedNext;
        }

        if (next.Outcome == WorkflowOutcome.Invalid)
        {
            return await ShowErrorsAsync([("", next.Message!)], cancellationToken);
        }

        return Redirect($"/editor/services/{id}/edit?done={action switch { "submit" => "submitted", "publish" when publishAtUtc is not null => "scheduled", "publish" => "published", _ => "saved" }}");
    }

    public const string PublishAtId = ContentSchedules.PublishAtId;
    public const string WithdrawAtId = ContentSchedules.WithdrawAtId;

    public async Task<IActionResult> OnPostWithdrawAtAsync(Guid id, ScheduleInput? withdrawAt, CancellationToken cancellationToken)
    {
        WithdrawAt = withdrawAt ?? new ScheduleInput();
        var (utc, error) = schedules.ReadWithdrawAt(WithdrawAt);
        var result = error is null ? await schedules.ScheduleWithdrawAsync(User, ContentKind.Service, id, utc!.Value, cancellationToken) : null;
        if (result is not null && this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result is { Succeeded: true })
        {
            return Redirect($"/editor/services/{id}/edit?done=withdraw-scheduled");
        }

        return await ShowPageWithErrorAsync(id, WithdrawAtId, error ?? result!.Message!, cancellationToken);
    }

    public async Task<IActionResult> OnPostCancelScheduleAsync(Guid id, long actionId, string? returnTo, CancellationToken cancellationToken)
    {
        var result = await schedules.CancelAsync(User, ContentKind.Service, id, actionId, cancellationToken);
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            return await ShowPageWithErrorAsync(id, "", result.Message!, cancellationToken);
        }

        return Redirect(returnTo == "dashboard" ? "/editor?done=schedule-cancelled" : $"/editor/services/{id}/edit?done=schedule-cancelled");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken cancellationToken) =>
        this.Refusal(await workflow.WithdrawAsync(User, id, cancellationToken)) ?? Redirect($"/editor/services/{id}/edit?done=withdrawn");

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken) =>
        this.Refusal(await workflow.RestoreAsync(User, id, cancellationToken)) ?? Redirect($"/editor/services/{id}/edit?done=restored");

    /// <summary>The live preview pane's request: the description rendered exactly as the public page will (safe Markdown).</summary>
    public async Task<IActionResult> OnPostMarkdownPreviewAsync(Guid id, [FromForm] string? description, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        return Content(SafeMarkdown.ToHtml(description ?? ""), "text/html; charset=utf-8");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await versions.LoadServiceAsync(id, tracking: false, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        if (!await permissions.AllowsAsync(User, service, ContentOperations.View))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Latest = await versions.LatestAsync(id, cancellationToken) ?? ServiceVersionReader.Imported(service);
        CanSubmit = await permissions.AllowsAsync(User, service, ContentOperations.Submit);
        CanPublish = await permissions.AllowsAsync(User, service, ContentOperations.Publish);
        CanWithdraw = service.Status == ContentStatus.Published && await permissions.AllowsAsync(User, service, ContentOperations.Withdraw);
        CanRestore = service.Status == ContentStatus.Withdrawn && await permissions.AllowsAsync(User, service, ContentOperations.Restore);
        MayWithdraw = await permissions.AllowsAsync(User, service, ContentOperations.Withdraw);
        Pending = await schedules.PendingAsync(ContentKind.Service, id, cancellationToken);
        return null;
    }

    private async Task<IActionResult> ShowPageWithErrorAsync(Guid id, string key, string message, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Form = ServiceForm.From(ServiceSnapshot.FromJson(Latest.Snapshot), Latest.Number);
        return await ShowErrorsAsync([(key, message)], cancellationToken);
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken) =>
        Options = await queries.OptionsAsync(await queries.ScopeAsync(User, cancellationToken), Form.OrganisationId, Form.LocationIds, cancellationToken);

    private async Task<IActionResult> ShowErrorsAsync(IEnumerable<(string Key, string Message)> errors, CancellationToken cancellationToken)
    {
        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key, message);
        }

        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    /// <summary>Shows the other editor's version beside this one; the form keeps this editor's input, now based on theirs, so saving again is a decision, not an accident.</summary>
    private async Task<IActionResult> ShowConflictAsync(ServiceConflict conflict, CancellationToken cancellationToken)
    {
        Conflict = conflict;
        ConflictChanges = SnapshotDiff.Compare(conflict.TheirSnapshot, conflict.Yours, await versions.NamesAsync(cancellationToken));
        Latest = conflict.Theirs;
        Form.BaseVersion = conflict.Theirs.Number;
        await LoadOptionsAsync(cancellationToken);
        return Page();
    }
}
