using Microsoft.EntityFrameworkCore;
using Signpost.Core.Feedback;

namespace Signpost.Web.Tests.Participation;

/// <summary>Arranges feedback rows straight in the store, and reads them back, for tests that start from "someone already gave this".</summary>
public static class FeedbackStore
{
    public const string YouthClubSlug = "upton-junior-youth-club";

    /// <summary>A pending response about the service (the youth club unless given), changed by <paramref name="configure"/> before it is saved.</summary>
    public static async Task<long> AddResponseAsync(SignpostWebFactory factory, Action<FeedbackResponse>? configure = null, string serviceSlug = YouthClubSlug)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var service = await db.Services.AsNoTracking().SingleAsync(s => s.Slug == serviceSlug);
        var response = FeedbackResponses.Pending(service.Id, service.OrganisationId, "Sam the youth worker helped me a lot, the club is great " + Guid.NewGuid().ToString("N")[..6]);
        configure?.Invoke(response);
        db.FeedbackResponses.Add(response);
        await db.SaveChangesAsync();
        return response.Id;
    }

    public static async Task AddReplyRequestAsync(SignpostWebFactory factory, long responseId, string email, DateTime? createdAt = null)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        db.FeedbackReplyRequests.Add(new FeedbackReplyRequest { FeedbackResponseId = responseId, Email = email, CreatedAt = createdAt ?? DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>A theme of the test's own, so seeded themes (when the importer adds them) never clash.</summary>
    public static async Task<string> AddThemeAsync(SignpostWebFactory factory, string label)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var slug = "test-" + Guid.NewGuid().ToString("N")[..10];
        db.FeedbackThemes.Add(new FeedbackTheme { Slug = slug, Label = label, SortOrder = 900 });
        await db.SaveChangesAsync();
        return slug;
    }

    public static async Task<FeedbackResponse> ReadAsync(SignpostWebFactory factory, long id)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        return await db.FeedbackResponses.AsNoTracking().Include(r => r.Themes).SingleAsync(r => r.Id == id);
    }

    public static async Task<List<FeedbackModerationEvent>> EventsAsync(SignpostWebFactory factory, long id)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        return await db.FeedbackModerationEvents.AsNoTracking().Where(e => e.FeedbackResponseId == id).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>Everything an action could change about a response, as one string to compare before and after.</summary>
    public static async Task<string> StateOfAsync(SignpostWebFactory factory, long id)
    {
        var response = await ReadAsync(factory, id);
        var events = await EventsAsync(factory, id);
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var reply = await db.FeedbackReplyRequests.AsNoTracking().Where(r => r.FeedbackResponseId == id).Select(r => r.RepliedAt).FirstOrDefaultAsync();
        return $"{response.Status} quote={response.QuoteApproved} text={response.Text} themes={string.Join(",", response.Themes.Select(t => t.ThemeSlug))} "
            + $"reviewed={response.SafeguardingReviewedAt} replied={reply} events={events.Count}";
    }
}
