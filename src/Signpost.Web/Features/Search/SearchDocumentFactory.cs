using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Search;

namespace Signpost.Web.Features.Search;

/// <summary>Flattens a published service from the store into what the search read model indexes.</summary>
public static class SearchDocumentFactory
{
    public static IQueryable<Service> WithEverythingIndexed(this IQueryable<Service> services) =>
        services
            .Include(s => s.Organisation)
            .Include(s => s.Terms).ThenInclude(t => t.Parent)
            .Include(s => s.Locations)
            .Include(s => s.Schedules)
            .Include(s => s.Closures)
            .AsSplitQuery()
            .AsNoTracking();

    public static SearchDocument From(Service service)
    {
        var categories = new List<SearchTerm>();
        foreach (var term in service.Categories)
        {
            categories.Add(new SearchTerm(term.Slug, term.Name, term.Parent?.Slug));
            if (term.Parent is { } parent && categories.All(c => c.Slug != parent.Slug))
            {
                categories.Add(new SearchTerm(parent.Slug, parent.Name, null));
            }
        }

        return new SearchDocument(
            service.Id,
            service.Slug,
            service.Name,
            service.Summary,
            Core.Markdown.SafeMarkdown.ToPlainText(service.Description),
            service.Organisation.Name,
            service.MinimumAge,
            service.MaximumAge,
            service.IsFree,
            categories,
            service.Needs.Select(n => new SearchTerm(n.Slug, n.Name, null)).ToList(),
            service.Audiences.Select(Listings.AudienceText.Slug).ToList(),
            service.AccessRoutes.Select(Data.Seed.VocabularyWords.Of).ToList(),
            service.DeliveryModes.Select(Data.Seed.VocabularyWords.Of).ToList(),
            service.Languages,
            service.Locations.SelectMany(l => l.Accessibility).Distinct().ToList(),
            service.Locations.Select(l => new SearchLocation(l.Latitude, l.Longitude, l.Town)).ToList(),
            Data.Seed.VocabularyWords.Of(service.AreaType),
            service.Localities,
            service.Schedules.Select(s => new SearchSession(s.Day, s.Opens, s.Closes, s.ValidFrom, s.ValidTo)).ToList(),
            service.Closures.Select(c => c.Date).ToList(),
            service.ValidTo);
    }
}
