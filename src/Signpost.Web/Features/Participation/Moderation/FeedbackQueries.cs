using Microsoft.EntityFrameworkCore;
using Signpost.Core.Feedback;
using Signpost.Data;

namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>The moderation queue, the editors' read-only list, and the dashboard's counts.</summary>
public sealed class FeedbackQueries(SignpostDbContext db)
{
    /// <summary>Urgent first (those still waiting for the safeguarding lead), then oldest first, so nothing waits longest by accident.</summary>
    public async Task<FeedbackPage> QueueAsync(FeedbackQueueFilter filter, CancellationToken cancellationToken)
    {
        var responses = db.FeedbackResponses.AsNoTracking();
        responses = filter.Status is { } status
            ? responses.Where(r => r.Status == status)
            : responses.Where(r => r.Status == FeedbackStatus.Pending || r.Status == FeedbackStatus.Escalated);
        if (filter.ServiceId is { } serviceId)
        {
            responses = responses.Where(r => r.ServiceId == serviceId);
        }

        if (filter.UrgentOnly)
        {
            responses = responses.Where(r => r.Urgent);
        }

        var ordered = responses
            .OrderByDescending(r => r.Urgent && r.SafeguardingReviewedAt == null)
            .ThenBy(r => r.SubmittedAt)
            .ThenBy(r => r.Id);
        return await PageAsync(ordered, filter.Page, cancellationToken);
    }

    /// <summary>Approved responses about one organisation's services (or every organisation's), newest first.</summary>
    public async Task<FeedbackPage> ApprovedAsync(Guid? organisationId, int page, CancellationToken cancellationToken)
    {
        var responses = db.FeedbackResponses.AsNoTracking().Where(r => r.Status == FeedbackStatus.Approved);
        if (organisationId is { } own)
        {
            responses = responses.Where(r => r.OrganisationId == own);
        }

        return await PageAsync(responses.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id), page, cancellationToken);
    }

    public Task<int> WaitingCountAsync(CancellationToken cancellationToken) =>
        db.FeedbackResponses.CountAsync(r => r.Status == FeedbackStatus.Pending, cancellationToken);

    public Task<List<FeedbackQueueRow>> AwaitingSafeguardingAsync(CancellationToken cancellationToken) =>
        Rows(db.FeedbackResponses.AsNoTracking().Where(r => r.Urgent && r.SafeguardingReviewedAt == null).OrderBy(r => r.SubmittedAt))
            .Take(50)
            .ToListAsync(cancellationToken);

    /// <summary>Services that have feedback, for the queue's service filter.</summary>
    public Task<List<(Guid Id, string Name)>> ServicesWithFeedbackAsync(CancellationToken cancellationToken) =>
        db.Services.AsNoTracking()
            .Where(s => db.FeedbackResponses.Any(r => r.ServiceId == s.Id))
            .OrderBy(s => s.Name)
            .Select(s => new ValueTuple<Guid, string>(s.Id, s.Name))
            .ToListAsync(cancellationToken);

    public Task<string?> ServiceNameAsync(Guid? serviceId, CancellationToken cancellationToken) =>
        serviceId is { } id
            ? db.Services.AsNoTracking().Where(s => s.Id == id).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken)
            : Task.FromResult<string?>(null);

    private async Task<FeedbackPage> PageAsync(IQueryable<FeedbackResponse> ordered, int page, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + FeedbackQueueFilter.PageSize - 1) / FeedbackQueueFilter.PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await Rows(ordered.Skip((page - 1) * FeedbackQueueFilter.PageSize).Take(FeedbackQueueFilter.PageSize)).ToListAsync(cancellationToken);
        return new FeedbackPage(rows, total, page, FeedbackQueueFilter.PageSize);
    }

    private IQueryable<FeedbackQueueRow> Rows(IQueryable<FeedbackResponse> responses) =>
        responses.Select(r => new FeedbackQueueRow(
            r.Id,
            r.SubmittedAt,
            r.Respondent,
            db.Services.Where(s => s.Id == r.ServiceId).Select(s => s.Name).FirstOrDefault(),
            r.Rating,
            r.Status,
            r.Urgent,
            r.SafeguardingReviewedAt != null,
            r.Text,
            r.IsDemo));
}
