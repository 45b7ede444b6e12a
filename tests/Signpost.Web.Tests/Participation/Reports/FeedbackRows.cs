using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Feedback;
using Signpost.Data;

namespace Signpost.Web.Tests.Participation.Reports;

/// <summary>
/// Crafted feedback for the report tests, written straight into the app's store. Each test keeps to
/// its own made-up postcode district, so its counts are exact whatever else is in the store.
/// </summary>
public static class FeedbackRows
{
    public static readonly IReadOnlyList<(string Slug, string Label)> Themes = [("access", "Getting there and getting in"), ("staff", "Staff and how they treat you"), ("times", "Opening times")];

    /// <summary>An approved response in the district, a week ago, with no answers beyond who gave it; change what the test needs.</summary>
    public static FeedbackResponse Approved(string district, RespondentType respondent = RespondentType.YoungPerson, Action<FeedbackResponse>? change = null)
    {
        var receipt = Guid.NewGuid().ToString("N");
        var response = new FeedbackResponse
        {
            SubmittedAt = DateTime.UtcNow.AddDays(-7),
            Respondent = respondent,
            PostcodeDistrict = district,
            Status = FeedbackStatus.Approved,
            ReceiptHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(receipt))).ToLowerInvariant(),
            ReceiptExpiresAt = DateTime.UtcNow.AddDays(83),
            DuplicateKey = Guid.NewGuid().ToString("N"),
        };
        change?.Invoke(response);
        return response;
    }

    public static IEnumerable<FeedbackResponse> Many(int count, string district, RespondentType respondent = RespondentType.YoungPerson, Action<FeedbackResponse>? change = null) =>
        Enumerable.Range(0, count).Select(_ => Approved(district, respondent, change));

    public static async Task AddAsync(SignpostWebFactory factory, IEnumerable<FeedbackResponse> responses)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
        await EnsureThemesAsync(db);
        db.FeedbackResponses.AddRange(responses);
        await db.SaveChangesAsync();
    }

    /// <summary>The seed importer may or may not have added themes; the tests need these three.</summary>
    public static async Task EnsureThemesAsync(SignpostDbContext db)
    {
        var existing = await db.FeedbackThemes.Select(t => t.Slug).ToListAsync();
        db.FeedbackThemes.AddRange(Themes.Where(t => !existing.Contains(t.Slug)).Select((t, i) => new FeedbackTheme { Slug = t.Slug, Label = t.Label, SortOrder = 900 + i }));
        await db.SaveChangesAsync();
    }

    /// <summary>Two published services of different organisations, with the first service's category.</summary>
    public static async Task<(Guid ServiceA, Guid OrganisationA, string SlugA, Guid ServiceB, Guid OrganisationB, string SlugB, string CategorySlugA)> TwoServicesAsync(SignpostWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
        var services = await db.Services.AsNoTracking().Include(s => s.Organisation).Include(s => s.Terms)
            .Where(s => s.Terms.Any(t => t.Kind == Core.Content.TaxonomyKind.Category))
            .OrderBy(s => s.Slug).ToListAsync();
        var a = services.First();
        var categoryIds = a.Terms.Where(t => t.Kind == Core.Content.TaxonomyKind.Category).Select(t => t.Id).ToHashSet();
        var b = services.First(s => s.OrganisationId != a.OrganisationId && !s.Terms.Any(t => categoryIds.Contains(t.Id) || (t.ParentId is { } p && categoryIds.Contains(p))));
        var category = a.Terms.First(t => t.Kind == Core.Content.TaxonomyKind.Category);
        return (a.Id, a.OrganisationId, a.Slug, b.Id, b.OrganisationId, b.Slug, category.Slug);
    }
}
