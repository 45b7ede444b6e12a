using Microsoft.EntityFrameworkCore;
using Signpost.Core.Feedback;
using Signpost.Data;

namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>Reads one response for a detail page. Only moderators get the reply email and history; others get the words only once approved.</summary>
public sealed class FeedbackDetailsReader(SignpostDbContext db)
{
    public Task<FeedbackResponse?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.FeedbackResponses.AsNoTracking().Include(r => r.Themes).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<FeedbackDetails> ReadAsync(FeedbackResponse response, bool forModerator, CancellationToken cancellationToken)
    {
        var service = response.ServiceId is { } serviceId
            ? await db.Services.AsNoTracking().Where(s => s.Id == serviceId).Select(s => new { s.Name, s.Slug }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var themes = await db.FeedbackThemes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Label).ToListAsync(cancellationToken);
        if (!forModerator)
        {
            return new FeedbackDetails(response, service?.Name, service?.Slug, themes, null, [], response.Status == FeedbackStatus.Approved);
        }

        var reply = await db.FeedbackReplyRequests.AsNoTracking().FirstOrDefaultAsync(r => r.FeedbackResponseId == response.Id, cancellationToken);
        var history = await db.FeedbackModerationEvents.AsNoTracking()
            .Where(e => e.FeedbackResponseId == response.Id)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return new FeedbackDetails(response, service?.Name, service?.Slug, themes, reply, history, ShowsText: true);
    }
}
