using Microsoft.AspNetCore.Mvc;
using Signpost.Core.Content;
using Signpost.Core.Editorial.Diff;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Organisations;

public sealed class EditModel(OrganisationWorkflow workflow, ContentSchedules schedules)
    : EditPageBase<Organisation, OrganisationSnapshot>(workflow, schedules)
{
    public OrganisationForm Form { get; private set; } = new();
    public bool CanTrust { get; private set; }

    protected override string Segment => "organisations";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Form = OrganisationForm.From(OrganisationSnapshot.FromJson(Latest.Snapshot), Latest.Number, Item.IsTrusted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? action, ScheduleInput? publishAt, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Form = new OrganisationForm();
        await TryUpdateModelAsync(Form, "");
        ModelState.Clear();

        // Refused before saving: a refused trust change leaves no draft behind either.
        var touchesTrust = Form.TrustShown || Request.Form.ContainsKey(nameof(OrganisationForm.IsTrusted));
        if (!MayTake(action) || (touchesTrust && !CanTrust))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!TryReadPublishAt(publishAt, action, out var publishAtUtc))
        {
            return Page();
        }

        var (snapshot, errors) = OrganisationFormReader.Read(Form, Item.Slug);
        if (snapshot is null)
        {
            errors.ForEach(e => ModelState.AddModelError(e.Key, e.Message));
            return Page();
        }

        var (next, response) = await SaveAsync(id, Form.BaseVersion, snapshot, Form.Comment, action, publishAtUtc, n => Form.BaseVersion = n, cancellationToken);
        if (response is not null)
        {
            return response;
        }

        if (next.Succeeded && touchesTrust)
        {
            next = await workflow.SetTrustedAsync(User, id, Form.IsTrusted, cancellationToken);
            if (this.Refusal(next) is { } refusedTrust)
            {
                return refusedTrust;
            }
        }

        return Finish(id, next, action, publishAtUtc);
    }

    protected override IReadOnlyList<FieldChange> Compare(OrganisationSnapshot theirs, OrganisationSnapshot yours) => SnapshotDiff.Compare(theirs, yours);

    protected override async Task LoadKindAsync(Organisation item, CancellationToken cancellationToken) =>
        CanTrust = await workflow.AllowsAsync(User, item, ContentOperations.Trust, cancellationToken);
}
