using Signpost.Core.Content;
using Signpost.Core.Editorial.Diff;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Locations;

public sealed class VersionModel(LocationWorkflow workflow, ContentSchedules schedules) : VersionPageBase<Location, LocationSnapshot>(workflow, schedules)
{
    public override bool HasPreview => true;

    protected override string QueueUrl => "/editor/locations?state=in-review";

    protected override string UrlOf(Guid id) => $"/editor/locations/{id}";

    protected override IReadOnlyList<FieldChange> Compare(LocationSnapshot? before, LocationSnapshot after) => SnapshotDiff.Compare(before, after);
}
