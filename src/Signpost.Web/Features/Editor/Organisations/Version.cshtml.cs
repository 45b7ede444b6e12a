using Signpost.Core.Content;
using Signpost.Core.Editorial.Diff;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Organisations;

public sealed class VersionModel(OrganisationWorkflow workflow, ContentSchedules schedules) : VersionPageBase<Organisation, OrganisationSnapshot>(workflow, schedules)
{
    public override bool HasPreview => true;

    protected override string QueueUrl => "/editor/organisations?state=in-review";

    protected override string UrlOf(Guid id) => $"/editor/organisations/{id}";

    protected override IReadOnlyList<FieldChange> Compare(OrganisationSnapshot? before, OrganisationSnapshot after) => SnapshotDiff.Compare(before, after);
}
