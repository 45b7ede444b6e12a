using Microsoft.AspNetCore.Mvc;
using Signpost.Core.Content;
using Signpost.Core.Editorial.Diff;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Locations;

public sealed class EditModel(LocationWorkflow workflow, LocationQueries queries, ContentSchedules schedules)
    : EditPageBase<Location, LocationSnapshot>(workflow, schedules)
{
    public LocationForm Form { get; private set; } = new();

    protected override string Segment => "locations";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Form = LocationForm.From(LocationSnapshot.FromJson(Latest.Snapshot), Latest.Number);
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

        Form = new LocationForm();
        await TryUpdateModelAsync(Form, "");
        ModelState.Clear();
        if (!TryReadPublishAt(publishAt, action, out var publishAtUtc))
        {
            return Page();
        }

        var (snapshot, errors) = await LocationFormReader.ReadAsync(Form, Item.Slug, queries.LookUpAsync, cancellationToken);
        if (snapshot is null)
        {
            errors.ForEach(e => ModelState.AddModelError(e.Key, e.Message));
            return Page();
        }

        var (next, response) = await SaveAsync(id, Form.BaseVersion, snapshot, Form.Comment, action, publishAtUtc, n => Form.BaseVersion = n, cancellationToken);
        return response ?? Finish(id, next, action, publishAtUtc);
    }

    protected override IReadOnlyList<FieldChange> Compare(LocationSnapshot theirs, LocationSnapshot yours) => SnapshotDiff.Compare(theirs, yours);
}
