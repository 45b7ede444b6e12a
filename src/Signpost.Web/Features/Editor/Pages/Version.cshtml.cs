using Signpost.Core.Editorial.Diff;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Features.Editor.Workflow;
using Page = Signpost.Core.Content.Page;

namespace Signpost.Web.Features.Editor.Pages;

public sealed class VersionModel(PageWorkflow workflow, ContentSchedules schedules) : VersionPageBase<Page, PageSnapshot>(workflow, schedules)
{
    public override bool HasPreview => true;

    protected override string QueueUrl => "/editor/pages?state=in-review";

    protected override string UrlOf(Guid id) => $"/editor/pages/{id}";

    protected override IReadOnlyList<FieldChange> Compare(PageSnapshot? before, PageSnapshot after) => SnapshotDiff.Compare(before, after);
}
