using System.Security.Claims;
using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Data;
using Signpost.Web.Features.Editor.Pages;
using Signpost.Web.Features.Editor.Workflow;
using Signpost.Web.Infrastructure.Audit;
using Page = Signpost.Core.Content.Page;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>Pages can also be withdrawn at a set time, through the same step as withdrawing by hand.</summary>
public sealed class PageSchedules(PageWorkflow workflow, SignpostDbContext db, VersionHistory history, IAuditLog audit)
    : WorkflowSchedules<Page, PageSnapshot>(workflow, db, history, audit)
{
    public override async Task<string?> WithdrawRefusalAsync(Guid id, CancellationToken cancellationToken) =>
        await workflow.LoadAsync(id, tracking: false, cancellationToken) is { Status: ContentStatus.Published } ? null : workflow.WithdrawOnlyPublished;

    public override async Task<ScheduleRun> WithdrawAsync(ClaimsPrincipal user, Guid id, string when, CancellationToken cancellationToken)
    {
        var withdrawn = await workflow.WithdrawAsync(user, id, cancellationToken, when);
        return ScheduleRun.OfWithdrawal(withdrawn.Outcome, withdrawn.Message, user, "page");
    }
}
